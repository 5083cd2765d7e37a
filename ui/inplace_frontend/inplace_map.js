/* A map frame that stays: built once per base map (geometry, labels, notices), then recoloured
 * in place by small updates (styles, tooltip strings, legend). Served by Streamlit as a v1
 * component from ui/inplace_frontend (no CDN: Leaflet comes from /app/static/vendor). Speaks the
 * component protocol directly (componentReady, render, setComponentValue, setFrameHeight).
 *
 * Nothing here evaluates data: the base map's script is the folium map rendered on the server
 * (maps.safe_render: file text never a template); updates carry styles and strings already
 * escaped on the server, set as feature properties that the folium tooltip shows. */
(function () {
  "use strict";
  var HEX = /^#[0-9A-Fa-f]{6}$/;
  var state = {base: null, map: null, styles: {}, loading: null, pending: null, links: {},
               renders: 0, applied: 0, height: 0};
  window.__inplace = state; // read by the browser tests and benchmarks

  function send(type, data) {
    var message = Object.assign({isStreamlitMessage: true, type: type}, data || {});
    window.parent.postMessage(message, "*");
  }
  function setValue(value) {
    send("streamlit:setComponentValue", {value: value, dataType: "json"});
  }
  function setHeight(height) {
    if (height && height !== state.height) {
      state.height = height;
      document.getElementById("map_div").style.height = height + "px";
      send("streamlit:setFrameHeight", {height: height});
    }
  }

  function loadScript(src) {
    if (state.links[src]) return state.links[src];
    state.links[src] = new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = src; s.async = false; s.onload = resolve; s.onerror = reject;
      document.head.appendChild(s);
    });
    return state.links[src];
  }
  function loadStyle(href) {
    if (state.links[href]) return;
    state.links[href] = true;
    var l = document.createElement("link");
    l.rel = "stylesheet"; l.href = href;
    document.head.appendChild(l);
  }

  function geoJsonGroups(map) {
    var groups = [];
    map.eachLayer(function (layer) {
      if (layer instanceof L.GeoJSON) groups.push(layer);
    });
    return groups;
  }

  function onFeatureClick(e) {
    var feature = e.target && e.target.feature;
    if (!feature || feature.id === undefined) return;
    // As st_folium's last_active_drawing (ui.thematic.clicked_district reads its id).
    setValue({base: state.base, last_active_drawing: {type: "Feature", id: feature.id,
                                                       properties: {}}});
  }

  async function build(args) {
    if (state.map) { state.map.remove(); state.map = null; }
    var holder = document.getElementById("map_extra");
    if (holder) holder.remove();
    (args.css_links || []).forEach(loadStyle);
    for (var i = 0; i < (args.js_links || []).length; i++) {
      await loadScript(args.js_links[i]);
    }
    if (args.header && !state.header) {
      var head = document.createElement("div");
      head.innerHTML = args.header;
      Array.prototype.slice.call(head.childNodes).forEach(function (n) {
        if (n.tagName === "SCRIPT") {
          var s = document.createElement("script"); s.textContent = n.textContent;
          document.head.appendChild(s);
        } else { document.head.appendChild(n); }
      });
      state.header = true;
    }
    setHeight(args.height);
    var extra = document.createElement("div");
    extra.id = "map_extra";
    extra.innerHTML = args.html || "";
    document.body.appendChild(extra);
    var div = document.getElementById("map_div");
    div.innerHTML = ""; delete div._leaflet_id;
    var script = document.createElement("script");
    script.textContent = "try {\n" + args.script + "\n} catch (e) { window.__inplace.error = " +
      "String(e && e.stack || e); console.error(e); }\nwindow.__inplace.map = map_div;";
    document.body.appendChild(script);
    state.base = args.base;
    state.codes = args.codes || [];
    state.styles = {};
    geoJsonGroups(state.map).forEach(function (group) {
      var original = group.options.style;
      // resetStyle (mouseout after the highlight) reads the group's style: the current one.
      group.options.style = function (feature) {
        return state.styles[feature.id] || (original ? original(feature) : {});
      };
      group.eachLayer(function (layer) { layer.on("click", onFeatureClick); });
    });
    setValue({base: state.base, last_active_drawing: null});
  }

  function ensurePatterns(colours) {
    var ns = "http://www.w3.org/2000/svg";
    var holder = document.getElementById("stale-patterns");
    if (!holder) {
      holder = document.createElementNS(ns, "svg"); holder.id = "stale-patterns";
      holder.setAttribute("width", "0"); holder.setAttribute("height", "0");
      holder.setAttribute("aria-hidden", "true"); holder.style.position = "absolute";
      holder.appendChild(document.createElementNS(ns, "defs"));
      document.body.appendChild(holder);
    }
    colours.forEach(function (c) {
      if (!HEX.test(c)) return;
      var id = "stale-" + c.slice(1).toLowerCase();
      if (document.getElementById(id)) return;
      var p = document.createElementNS(ns, "pattern"); p.id = id;
      p.setAttribute("patternUnits", "userSpaceOnUse");
      p.setAttribute("width", "9"); p.setAttribute("height", "9");
      p.setAttribute("patternTransform", "rotate(45)");
      var bg = document.createElementNS(ns, "rect");
      bg.setAttribute("width", "9"); bg.setAttribute("height", "9"); bg.setAttribute("fill", c);
      p.appendChild(bg);
      var stripe = document.createElementNS(ns, "rect");
      stripe.setAttribute("width", "4"); stripe.setAttribute("height", "9");
      stripe.setAttribute("fill", state.stripe || "#FFFFFF");
      p.appendChild(stripe);
      holder.firstChild.appendChild(p);
    });
  }

  function apply(update) {
    if (!update || !state.map) return;
    state.stripe = update.stripe;
    ensurePatterns(update.stale_colours || []);
    var styles = {}, props = {}, columns = update.columns || {}, strings = update.strings || [];
    state.codes.forEach(function (code, i) {
      styles[code] = update.styles[update.style[i]];
      var p = {};
      Object.keys(columns).forEach(function (c) { p[c] = strings[columns[c][i]]; });
      props[code] = p;
    });
    state.styles = styles;
    geoJsonGroups(state.map).forEach(function (group) {
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
    var legend = document.querySelector(".map-legend-control");
    if (legend && typeof update.legend === "string") legend.innerHTML = update.legend;
    state.applied += 1;
  }

  async function render(args) {
    state.renders += 1;
    if (args.script && args.base !== state.base) {
      await build(args);
    } else if (!state.map || args.base !== state.base) {
      // An update for a map this frame does not hold (it was rebuilt, or the layer changed):
      // say what it holds, and the server sends the base map with the next run.
      setValue({base: state.base, last_active_drawing: null});
      return;
    }
    setHeight(args.height);
    apply(args.update);
  }

  // Renders arrive faster than a build may finish: keep only the newest (the last one wins).
  function schedule(args) {
    state.pending = args;
    if (state.loading) return;
    state.loading = (async function () {
      while (state.pending) {
        var next = state.pending; state.pending = null;
        try { await render(next); } catch (error) { console.error(error); }
      }
      state.loading = null;
    })();
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (data && data.type === "streamlit:render") schedule(data.args || {});
  });
  send("streamlit:componentReady", {apiVersion: 1});
})();
