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
  var state = {base: null, map: null, frames: null, player: null, loading: null, pending: null,
               links: {}, renders: 0, applied: 0, settled: 0, asks: 0, height: 0};
  window.__inplace = state; // read by the browser tests and benchmarks

  function send(type, data) {
    var message = Object.assign({isStreamlitMessage: true, type: type}, data || {});
    window.parent.postMessage(message, "*");
  }
  function setValue(value) {
    send("streamlit:setComponentValue", {value: value, dataType: "json"});
  }
  function setHeight(height) {
    var bar = document.getElementById("player_bar");
    var total = height + (bar && !bar.hidden ? bar.offsetHeight : 0);
    if (height && total !== state.height) {
      state.height = total;
      document.getElementById("map_div").style.height = height + "px";
      if (state.map) state.map.invalidateSize();
      send("streamlit:setFrameHeight", {height: total});
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

  function onFeatureClick(e) {
    var feature = e.target && e.target.feature;
    if (!feature || feature.id === undefined) return;
    // As st_folium's last_active_drawing (ui.thematic.clicked_district reads its id).
    setValue({base: state.base, frames: state.frames,
              last_active_drawing: {type: "Feature", id: feature.id, properties: {}}});
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
    KbRecolour.hook(state.map);
    KbRecolour.geoJsonGroups(state.map).forEach(function (group) {
      group.eachLayer(function (layer) { layer.on("click", onFeatureClick); });
    });
    state.frames = null;
  }

  function apply(update) {
    if (!update || !state.map) return;
    KbRecolour.apply(state.map, state.codes, update);
    state.applied += 1;
  }

  /* The player: every period's update sent once (args.player.frames, with its digest); the
   * steps are drawn here, with no server run. Where the user stops is told to the server (the
   * page's period follows), once. */
  function player(spec) {
    var bar = document.getElementById("player_bar");
    if (!spec) {
      if (state.player) { state.player.stopTimer(); state.player = null; }
      bar.hidden = true; bar.textContent = "";
      state.frames = null;
      return;
    }
    bar.hidden = false;
    if (spec.frames) {
      state.frames = spec.digest;
      if (!state.player) {
        state.player = new KbRecolour.Player(bar, {
          frames: spec.frames, index: spec.index, step: spec.step, steps: spec.steps,
          texts: spec.texts,
          show: function (i, frame) { apply(frame.update); },
          settle: function (i, frame) {
            state.settled += 1; // each stop is news, even at the period of the last one
            setValue({base: state.base, frames: state.frames, period: frame.period,
                      settled: state.settled, last_active_drawing: null});
          }
        });
      } else {
        state.player.setFrames(spec.frames, spec.index);
      }
    } else if (state.player) {
      state.player.setFrames(state.player.frames, spec.index);
    }
  }

  /* What this frame holds, told to the server only when it lacks what an update is for (a new
   * frame after another page, a remount, a render Streamlit skipped): the next run then sends
   * the base (and the player's frames). The server does not wait for this after a build: it
   * records what it sent. Each question differs from the last (``ask``), so Streamlit reports
   * it even when the frame holds what it held when it last asked. */
  function ask() {
    state.asks += 1;
    setValue({base: state.map ? state.base : null, frames: state.map ? state.frames : null,
              ask: state.asks + ":" + Math.random().toString(36).slice(2),
              last_active_drawing: null});
  }

  async function render(args) {
    state.renders += 1;
    if (args.script && args.base !== state.base) {
      await build(args);
    } else if (!state.map || args.base !== state.base) {
      // An update for a map this frame does not hold (it was rebuilt, or the layer changed).
      ask();
      return;
    }
    var spec = args.player || null;
    var stale = spec && !spec.frames && spec.digest !== state.frames;
    player(stale ? null : spec);
    setHeight(args.height);
    // While playing, the page's period is behind the one shown: the steps draw, not the page.
    if (!(state.player && state.player.playing())) apply(args.update);
    if (stale) ask(); // the colours are drawn; the player comes with the next run
  }

  var BASE_PARTS = ["script", "header", "html", "js_links", "css_links", "codes"];

  /* A newer render replaces one not yet drawn, but keeps what only the older one carried (the
   * base map, the player's frames: the server sends them once) when it is for the same map. */
  function merge(older, newer) {
    if (!older || older.base !== newer.base) return newer;
    var out = Object.assign({}, newer);
    if (older.script && !newer.script) {
      BASE_PARTS.forEach(function (name) { out[name] = older[name]; });
    }
    var a = older.player, b = newer.player;
    if (a && b && a.frames && !b.frames && a.digest === b.digest) {
      out.player = Object.assign({}, b, {frames: a.frames});
    }
    return out;
  }

  // Renders arrive faster than a build may finish: keep only the newest (the last one wins).
  function schedule(args) {
    state.pending = merge(state.pending, args);
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
