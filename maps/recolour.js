/* Recolouring a folium map already drawn, and a period player that does it in the browser.
 * Shared by the in-place map component (inplace_map.js) and the offline HTML deck
 * (reports/deck.py inlines this file), so both play the same way.
 *
 * An update is maps.thematic.layer_update: per area (in the order of `codes`) an index into the
 * distinct styles and, per tooltip column, an index into the distinct strings (escaped on the
 * server), the colours that need a stripe pattern, and the legend's HTML (escaped on the server).
 * Nothing here evaluates data: strings become feature properties that the folium tooltip shows,
 * and labels are set as text. */
(function (root) {
  "use strict";
  var HEX = /^#[0-9A-Fa-f]{6}$/;

  function geoJsonGroups(map) {
    var groups = [];
    map.eachLayer(function (layer) {
      if (layer instanceof L.GeoJSON) groups.push(layer);
    });
    return groups;
  }

  /* The groups' style follows the last update: resetStyle (mouseout after folium's highlight)
   * reads the group's style function. */
  function hook(map) {
    map.__kbStyles = {};
    geoJsonGroups(map).forEach(function (group) {
      var original = group.options.style;
      group.options.style = function (feature) {
        return map.__kbStyles[feature.id] || (original ? original(feature) : {});
      };
    });
  }

  function ensurePatterns(doc, colours, stripe) {
    var ns = "http://www.w3.org/2000/svg";
    var holder = doc.getElementById("stale-patterns");
    if (!holder) {
      holder = doc.createElementNS(ns, "svg"); holder.id = "stale-patterns";
      holder.setAttribute("width", "0"); holder.setAttribute("height", "0");
      holder.setAttribute("aria-hidden", "true"); holder.style.position = "absolute";
      holder.appendChild(doc.createElementNS(ns, "defs"));
      doc.body.appendChild(holder);
    }
    colours.forEach(function (c) {
      if (!HEX.test(c)) return;
      var id = "stale-" + c.slice(1).toLowerCase();
      if (doc.getElementById(id)) return;
      var p = doc.createElementNS(ns, "pattern"); p.id = id;
      p.setAttribute("patternUnits", "userSpaceOnUse");
      p.setAttribute("width", "9"); p.setAttribute("height", "9");
      p.setAttribute("patternTransform", "rotate(45)");
      var bg = doc.createElementNS(ns, "rect");
      bg.setAttribute("width", "9"); bg.setAttribute("height", "9"); bg.setAttribute("fill", c);
      p.appendChild(bg);
      var band = doc.createElementNS(ns, "rect");
      band.setAttribute("width", "4"); band.setAttribute("height", "9");
      band.setAttribute("fill", HEX.test(stripe || "") ? stripe : "#FFFFFF");
      p.appendChild(band);
      holder.firstChild.appendChild(p);
    });
  }

  function apply(map, codes, update) {
    if (!map || !update) return;
    var doc = map.getContainer().ownerDocument;
    ensurePatterns(doc, update.stale_colours || [], update.stripe);
    var styles = {}, props = {}, columns = update.columns || {}, strings = update.strings || [];
    codes.forEach(function (code, i) {
      styles[code] = update.styles[update.style[i]];
      var p = {};
      Object.keys(columns).forEach(function (c) { p[c] = strings[columns[c][i]]; });
      props[code] = p;
    });
    if (!map.__kbStyles) hook(map);
    map.__kbStyles = styles;
    geoJsonGroups(map).forEach(function (group) {
      group.eachLayer(function (layer) {
        var feature = layer.feature;
        if (!feature) return;
        if (props[feature.id]) Object.assign(feature.properties, props[feature.id]);
        var style = styles[feature.id];
        if (style) layer.setStyle(style);
      });
      // folium binds the tooltip to the group; an open one shows the new strings now.
      var tooltip = group.getTooltip && group.getTooltip();
      if (tooltip && tooltip.isOpen()) tooltip.update();
    });
    var legend = doc.querySelector(".map-legend-control");
    if (legend && typeof update.legend === "string") legend.innerHTML = update.legend;
  }

  /* A bar above the map: play/pause, a period scrubber, the period shown, the step.
   * options: frames [{period, label, update}], index, step (ms), steps [{ms, label}],
   * texts {play, pause, step, period}, show(i, frame) draws frame i,
   * settle(i) is told where the user stopped (pause, scrub, end, tab hidden). */
  function Player(bar, options) {
    var doc = bar.ownerDocument, self = this;
    this.options = options;
    this.frames = options.frames || [];
    this.index = Math.max(0, Math.min(this.frames.length - 1, options.index || 0));
    this.step = options.step || 800;
    this.timer = null;
    this.steps = 0;
    bar.classList.add("kb-player");
    bar.textContent = "";
    var texts = options.texts || {};
    this.button = doc.createElement("button");
    this.button.type = "button"; this.button.className = "kb-play";
    this.range = doc.createElement("input");
    this.range.type = "range"; this.range.min = "0"; this.range.step = "1";
    this.range.setAttribute("aria-label", texts.period || "");
    this.label = doc.createElement("span");
    this.label.className = "kb-period"; this.label.setAttribute("aria-live", "polite");
    this.speed = doc.createElement("select");
    this.speed.setAttribute("aria-label", texts.step || "");
    (options.steps || [{ms: 800, label: "0,8 s"}]).forEach(function (step) {
      var o = doc.createElement("option");
      o.value = String(step.ms);
      o.textContent = step.label; // formatted on the server, in the page's language
      if (step.ms === self.step) o.selected = true;
      self.speed.appendChild(o);
    });
    [this.button, this.range, this.label, this.speed].forEach(function (e) { bar.appendChild(e); });
    this.button.addEventListener("click", function () {
      if (self.timer) self.pause(); else self.play();
    });
    this.range.addEventListener("input", function () {
      self.stopTimer(); self.go(parseInt(self.range.value, 10));
    });
    this.range.addEventListener("change", function () { self.settle(); });
    this.speed.addEventListener("change", function () {
      self.step = parseInt(self.speed.value, 10) || 800;
      if (self.timer) { self.stopTimer(); self.startTimer(); }
    });
    // A hidden tab does not play to nobody (and browsers throttle its timers anyway).
    doc.addEventListener("visibilitychange", function () {
      if (doc.hidden && self.timer) self.pause();
    });
    this.setFrames(this.frames, this.index);
  }
  Player.prototype.texts = function () { return this.options.texts || {}; };
  Player.prototype.playing = function () { return this.timer !== null; };
  Player.prototype.setFrames = function (frames, index) {
    this.frames = frames || [];
    this.range.max = String(Math.max(0, this.frames.length - 1));
    if (index !== undefined && index !== null && !this.timer) this.index = index;
    this.index = Math.max(0, Math.min(this.frames.length - 1, this.index));
    this.range.value = String(this.index);
    this.showLabel();
    this.showButton();
  };
  Player.prototype.showLabel = function () {
    var frame = this.frames[this.index];
    this.label.textContent = frame ? frame.label : "";
  };
  Player.prototype.showButton = function () {
    var texts = this.texts();
    this.button.textContent = this.timer ? (texts.pause || "❚❚") : (texts.play || "▶");
    this.button.setAttribute("aria-pressed", this.timer ? "true" : "false");
  };
  Player.prototype.go = function (i) {
    if (!this.frames.length) return;
    this.index = Math.max(0, Math.min(this.frames.length - 1, i));
    this.range.value = String(this.index);
    this.showLabel();
    this.options.show(this.index, this.frames[this.index]);
    this.steps += 1;
  };
  Player.prototype.startTimer = function () {
    var self = this;
    this.timer = setInterval(function () {
      if (self.index + 1 >= self.frames.length) { self.pause(); return; }
      self.go(self.index + 1);
    }, this.step);
  };
  Player.prototype.stopTimer = function () {
    if (this.timer) { clearInterval(this.timer); this.timer = null; }
    this.showButton();
  };
  Player.prototype.play = function () {
    if (this.frames.length < 2) return;
    if (this.index + 1 >= this.frames.length) this.go(0); // at the end: from the start
    this.startTimer();
    this.showButton();
  };
  Player.prototype.pause = function () {
    this.stopTimer();
    this.settle();
  };
  Player.prototype.settle = function () {
    if (this.options.settle && this.frames[this.index]) {
      this.options.settle(this.index, this.frames[this.index]);
    }
  };

  root.KbRecolour = {geoJsonGroups: geoJsonGroups, apply: apply, hook: hook, Player: Player};
})(window);
