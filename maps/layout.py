"""Map layout in the browser: where the geometry, the controls and the labels go.

Sizes of legends, notices and labels are only known once the browser has laid out their text (a
language, a font, a frame width), so one small script arranges them after every other part of the
map has been added:

1. Controls (notices, legends) get a maximum width so that the two controls of one edge (e.g. the
   zoom buttons and a notice) never reach each other.
2. The areas are fitted with padding that reserves, for each corner holding controls, either a
   strip (top/bottom) or a column (left/right), whichever draws the areas larger (then: centred):
   no area is ever under a legend or a notice, and any number of legend entries fits.
3. Labels are placed in priority order (smallest area first, so the three cities keep theirs):
   at the area's point, else in its short form (``data-short``), else nearby with a leader line,
   else hidden. A label never overlaps another label, a control, a count badge or a point marker
   (cluster), and never leaves the map. Runs again after every zoom or pan.
4. Tooltips are opaque and kept inside the map (Leaflet only flips them left/right).

Everything is inline (no CDN) and lives in the map's own script, so it works the same in
st_folium, exported HTML and a browser test.
"""

from __future__ import annotations

import folium
from branca.element import MacroElement
from jinja2 import Template

LABEL_CLASS = "area-label"
LABEL_TEXT_CLASS = "area-label-text"
LEADER_CLASS = "area-label-leader"

CSS = (
    f".{LABEL_CLASS}{{font:600 11px/1.1 sans-serif;color:#111;text-align:center;"
    "pointer-events:none;white-space:nowrap}"
    f".{LABEL_TEXT_CLASS}{{display:inline-block;padding:0 1px;"
    "text-shadow:0 0 3px #fff,0 0 3px #fff,0 0 2px #fff}"
    f".{LEADER_CLASS}{{position:absolute;height:1px;background:#222;transform-origin:0 50%;"
    "pointer-events:none}"
    ".leaflet-container{background:#f4f6f8}"
    # Opaque tooltips that wrap instead of running off the map.
    ".leaflet-tooltip{opacity:1 !important;background:#fff;color:#111;border:1px solid #555;"
    "box-shadow:0 1px 4px rgba(0,0,0,.4);max-width:280px;white-space:normal}"
    ".map-notice-control,.map-legend-control{box-sizing:border-box}"
    # Notices wrap rather than claim a wide column of the map.
    ".map-notice{max-width:300px}"
)

_SCRIPT = r"""
(function () {
  var map = {{ this._parent.get_name() }};
  var bounds = L.latLngBounds({{ this.bounds|tojson }});
  var GAP = {{ this.gap }};
  var container = map.getContainer();

  // Tooltips stay inside the map (after Leaflet's own left/right choice).
  if (!L.Tooltip.prototype._keptInside) {
    var place = L.Tooltip.prototype._setPosition;
    L.Tooltip.prototype._setPosition = function (pos) {
      place.call(this, pos);
      var m = this._map, el = this._container;
      if (!m || !el) { return; }
      // The box as drawn (Leaflet's direction margins and fractional widths included), not
      // the position and the rounded offsetWidth, which missed a few pixels at the edge.
      var size = m.getSize(), at = L.DomUtil.getPosition(el);
      var box = el.getBoundingClientRect(), frame = m.getContainer().getBoundingClientRect();
      var x = box.left - frame.left, y = box.top - frame.top;
      var dx = 0, dy = 0;
      if (x + box.width > size.x - 2) { dx = size.x - 2 - (x + box.width); }
      if (x + dx < 2) { dx = 2 - x; }
      if (y + box.height > size.y - 2) { dy = size.y - 2 - (y + box.height); }
      if (y + dy < 2) { dy = 2 - y; }
      var whole = function (v) { return v < 0 ? Math.floor(v) : Math.ceil(v); };
      if (dx || dy) { L.DomUtil.setPosition(el, at.add(L.point(whole(dx), whole(dy)))); }
    };
    L.Tooltip.prototype._keptInside = true;
  }

  function controls(corner) {
    var div = map._controlCorners && map._controlCorners[corner];
    return div ? Array.prototype.slice.call(div.children) : [];
  }
  function union(elements) {
    var box = null;
    elements.forEach(function (el) {
      var r = el.getBoundingClientRect();
      if (!r.width || !r.height) { return; }
      box = box ? {left: Math.min(box.left, r.left), top: Math.min(box.top, r.top),
                   right: Math.max(box.right, r.right), bottom: Math.max(box.bottom, r.bottom)}
                : {left: r.left, top: r.top, right: r.right, bottom: r.bottom};
    });
    return box;
  }
  function ours(el) {
    return /map-(notice|legend)-control/.test(el.className);
  }

  // 1. Controls of one edge never reach each other: ours (notices, legends) get what the other
  // corner leaves, or half the width when the other corner holds ours too.
  function limitWidths() {
    var width = container.clientWidth;
    [["topleft", "topright"], ["bottomleft", "bottomright"]].forEach(function (pair) {
      pair.forEach(function (corner, i) {
        var others = controls(pair[1 - i]);
        var other = union(others);
        var room = others.some(ours) ? width / 2 - 10 - GAP
          : width - (other ? other.right - other.left + 10 : 0) - 20 - GAP;
        controls(corner).filter(ours).forEach(function (el) {
          el.style.maxWidth = Math.max(100, Math.floor(room)) + "px";
        });
      });
    });
  }

  // 2. Fit the areas clear of every corner's controls.
  function reserves() {
    var c = container.getBoundingClientRect(), out = [];
    ["topleft", "topright", "bottomleft", "bottomright"].forEach(function (corner) {
      var box = union(controls(corner));
      if (!box) { return; }
      out.push({corner: corner,
                x: corner.indexOf("left") > 0 ? box.right - c.left + GAP : c.right - box.left + GAP,
                y: corner.indexOf("top") === 0 ? box.bottom - c.top + GAP : c.bottom - box.top + GAP});
    });
    return out;
  }
  // What the fit depends on: the map's size and every control's size.
  var fitting = false, userView = false;
  var fitted = null, watcher = window.ResizeObserver ? new ResizeObserver(function () {
    if (signature() !== fitted) { fit(); }
  }) : null;
  function allControls() {
    return [].concat(controls("topleft"), controls("topright"), controls("bottomleft"),
                     controls("bottomright"));
  }
  function signature() {
    return [container.clientWidth, container.clientHeight].concat(allControls().map(
      function (el) { return el.offsetWidth + "x" + el.offsetHeight; })).join(",");
  }
  function styled() {  // Leaflet's CSS can arrive after this script (st_folium loads it async)
    var corner = map._controlCorners && map._controlCorners.topleft;
    return corner && getComputedStyle(corner).position === "absolute";
  }
  function fit() {
    var W = container.clientWidth, H = container.clientHeight;
    if (watcher) {
      watcher.observe(container);
      allControls().forEach(function (el) { watcher.observe(el); });
    }
    // Not laid out yet (a frame still being sized, the CSS still loading): fit once it is.
    if (W < 120 || H < 120 || !styled()) { fitted = null; return; }
    // Once the user has zoomed or panned, the view is theirs: a legend that changes size when
    // the map is recoloured in place (ui.inplace_map) moves the labels, not the map.
    if (userView) { fitted = signature(); placeLabels(); return; }
    limitWidths();
    fitted = signature();
    var list = reserves(), best = null;
    for (var mask = 0; mask < (1 << list.length); mask++) {
      var pad = {left: GAP, top: GAP, right: GAP, bottom: GAP};
      list.forEach(function (r, i) {
        var sideways = mask & (1 << i);
        if (sideways) {
          if (r.corner.indexOf("left") > 0) { pad.left = Math.max(pad.left, r.x); }
          else { pad.right = Math.max(pad.right, r.x); }
        } else if (r.corner.indexOf("top") === 0) { pad.top = Math.max(pad.top, r.y); }
        else { pad.bottom = Math.max(pad.bottom, r.y); }
      });
      if (pad.left + pad.right > W - 60 || pad.top + pad.bottom > H - 60) { continue; }
      var zoom = map.getBoundsZoom(bounds, false,
                                   L.point(pad.left + pad.right, pad.top + pad.bottom));
      // Largest areas first; then the most centred (least lopsided padding); then least padding.
      var lopsided = Math.abs(pad.left - pad.right) + Math.abs(pad.top - pad.bottom);
      var waste = pad.left + pad.right + pad.top + pad.bottom;
      if (!best || zoom > best.zoom || (zoom === best.zoom && (lopsided < best.lopsided ||
          (lopsided === best.lopsided && waste < best.waste)))) {
        best = {zoom: zoom, lopsided: lopsided, waste: waste, pad: pad};
      }
    }
    if (!best) {  // no room to keep clear of the controls (a tiny frame): fit the areas alone
      best = {pad: {left: GAP, top: GAP, right: GAP, bottom: GAP}};
    }
    fitting = true;
    try {
      map.fitBounds(bounds, {paddingTopLeft: [best.pad.left, best.pad.top],
                             paddingBottomRight: [best.pad.right, best.pad.bottom],
                             animate: false});
    } finally { fitting = false; }
    container.setAttribute("data-layout-padding", JSON.stringify(best.pad));
    placeLabels();
  }

  // 3. Labels that never overlap.
  function hits(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }
  function shifted(r, dx, dy) {
    return {left: r.left + dx, right: r.right + dx, top: r.top + dy, bottom: r.bottom + dy};
  }
  function placeLabels() {
    var labels = Array.prototype.slice.call(container.querySelectorAll(".{{ this.label_class }}"));
    if (!labels.length) { return; }
    var c = container.getBoundingClientRect();
    var inside = {left: c.left + 2, top: c.top + 2, right: c.right - 2, bottom: c.bottom - 2};
    var blocked = [];
    ["topleft", "topright", "bottomleft", "bottomright"].forEach(function (corner) {
      controls(corner).forEach(function (el) {
        var r = el.getBoundingClientRect();
        if (r.width && r.height) { blocked.push(shifted(r, 0, 0)); }
      });
    });
    // Count badges, marker clusters and single point markers stay readable under no label.
    var points = Array.prototype.slice.call(container.querySelectorAll(
      ".tile-count, .marker-cluster, .leaflet-overlay-pane path.leaflet-interactive"));
    points.filter(function (el) {
      return el.tagName.toLowerCase() !== "path" || /a/i.test(el.getAttribute("d") || "");
    }).forEach(function (el) {
      var r = el.getBoundingClientRect();
      if (r.width && r.height) { blocked.push(shifted(r, 0, 0)); }
    });
    labels.sort(function (a, b) { return (+a.dataset.priority || 0) - (+b.dataset.priority || 0); });
    labels.forEach(function (label) {
      var text = label.querySelector(".{{ this.text_class }}");
      var leader = label.parentNode.querySelector(".{{ this.leader_class }}");
      if (leader) { leader.remove(); }
      label.style.transform = "";
      label.style.visibility = "";
      text.textContent = label.dataset.full;
      var forms = [label.dataset.full];
      if (label.dataset.short && label.dataset.short !== label.dataset.full) {
        forms.push(label.dataset.short);
      }
      // The full name first when it fits across its own area, else the short form first.
      var bbox = (label.dataset.bbox || "").split(",").map(Number);
      if (forms.length > 1 && bbox.length === 4) {
        text.textContent = forms[0];
        var across = Math.abs(map.latLngToContainerPoint([bbox[1], bbox[2]]).x -
                              map.latLngToContainerPoint([bbox[1], bbox[0]]).x);
        if (text.getBoundingClientRect().width > across) { forms.reverse(); }
      }
      var sizes = forms.map(function (form) {
        text.textContent = form;
        var r = text.getBoundingClientRect();
        return {form: form, box: shifted(r, 0, 0), w: r.width, h: r.height};
      });
      var anchor = {x: (sizes[0].box.left + sizes[0].box.right) / 2,
                    y: (sizes[0].box.top + sizes[0].box.bottom) / 2};
      var chosen = null;
      function tryAt(size, dx, dy) {
        var r = shifted(size.box, dx, dy);
        if (r.left < inside.left || r.right > inside.right || r.top < inside.top ||
            r.bottom > inside.bottom) { return false; }
        for (var i = 0; i < blocked.length; i++) { if (hits(r, blocked[i])) { return false; } }
        chosen = {size: size, dx: dx, dy: dy, box: r};
        return true;
      }
      var found = sizes.some(function (s) { return tryAt(s, 0, 0); });
      for (var ring = 1; !found && ring <= 3; ring++) {
        found = sizes.some(function (s) {
          var v = (s.h + 3) * ring, h = s.w / 2 + 8 * ring;
          return [[0, -v], [0, v], [h, 0], [-h, 0], [h, -v], [-h, -v], [h, v], [-h, v]]
            .some(function (d) { return tryAt(s, d[0], d[1]); });
        });
      }
      if (!found) {
        label.style.visibility = "hidden";
        text.textContent = label.dataset.full;
        return;
      }
      text.textContent = chosen.size.form;
      label.style.transform = "translate(" + chosen.dx + "px," + chosen.dy + "px)";
      blocked.push(chosen.box);
      var b = chosen.box;
      if (anchor.x < b.left || anchor.x > b.right || anchor.y < b.top || anchor.y > b.bottom) {
        // Away from its area: a leader line from the area's point to the nearest label edge.
        var ex = Math.max(b.left, Math.min(anchor.x, b.right));
        var ey = Math.max(b.top, Math.min(anchor.y, b.bottom));
        var icon = label.parentNode.getBoundingClientRect();
        var line = document.createElement("div");
        line.className = "{{ this.leader_class }}";
        line.style.left = (anchor.x - icon.left) + "px";
        line.style.top = (anchor.y - icon.top) + "px";
        line.style.width = Math.hypot(ex - anchor.x, ey - anchor.y) + "px";
        line.style.transform = "rotate(" + Math.atan2(ey - anchor.y, ex - anchor.x) + "rad)";
        label.parentNode.appendChild(line);
      }
    });
  }

  map.on("resize", fit);
  map.on("movestart zoomstart", function () { if (!fitting) { userView = true; } });
  // The frame can be sized, and the CSS applied, after the script ran: the watcher fits again
  // whenever the map's or a control's size differs from the one last fitted.
  var later = null;
  map.on("zoomend moveend", function () {
    placeLabels();
    // Marker clusters regroup (animated) after a zoom: place the labels again once they have.
    clearTimeout(later);
    later = setTimeout(placeLabels, 450);
  });
  setTimeout(fit, 0);
  if (document.fonts && document.fonts.ready) { document.fonts.ready.then(placeLabels); }
})();
"""


class MapLayout(MacroElement):
    """Add last to a map (its script defers to after every control is drawn)."""

    _template = Template("{% macro script(this, kwargs) %}" + _SCRIPT.strip() + "{% endmacro %}")

    def __init__(self, bounds: list[list[float]], gap: int = 6):
        super().__init__()
        self._name = "MapLayout"
        self.bounds = bounds
        self.gap = int(gap)
        self.label_class = LABEL_CLASS
        self.text_class = LABEL_TEXT_CLASS
        self.leader_class = LEADER_CLASS


def arrange(m: folium.Map, bounds: list[list[float]]) -> MapLayout:
    """The map's CSS and layout script: fit ``bounds`` ([[south, west], [north, east]]) clear of
    controls, labels without overlaps, tooltips opaque and inside."""
    m.get_root().header.add_child(folium.Element(f"<style>{CSS}</style>"), name="area_css")
    layout = MapLayout(bounds)
    layout.add_to(m)
    return layout
