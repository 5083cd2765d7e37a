"""A map that updates in place: its frame is built once per base map and recoloured by updates.

``st_folium`` keys its component by a hash of the map's script, so a period change (new colours,
new script) makes a new component: the frame reloads, the map flashes blank, zoom and pan are lost,
and the whole map (geometry included) goes over the websocket again. Here the map is split:

* the **base**: ``thematic_map(areas, neutral_layer(layer), frame)``, the same folium map with
  every area "no data" (geometry, labels, notices, layout), rendered as st_folium renders it
  (its script, header and html, the local Leaflet links). Sent only while the frame is not
  known to hold it (:func:`plan`): the server records, per map, the base it sent with a full
  script (``st.session_state[key + "__sent"]``) and later runs send only the update, without
  waiting for the frame to confirm (a confirmation would be one more run of the page after every
  first draw). The record is dropped when the frame was not on the previous run's page (another
  page and back: a new frame), and replaced by what the frame says it holds whenever it speaks
  (a click, a player stop, or "I do not hold that map" after a remount or a lost render);
* the **update**: ``maps.thematic.layer_update`` (styles, escaped tooltip strings, legend), sent
  on every run. The frame (``ui/inplace_frontend``) applies it to the map on screen;
* optionally a **player** (:class:`Player`): every period's update, sent once per content and
  recorded like the base. Play, pause, scrub and step run in the browser with no server run
  (``recolour.js``); where the user stops becomes the page's period.

The component keeps one identity per ``key``, so Streamlit never reloads its frame; zoom and pan
stay as the user left them. A click on a district is handed over as st_folium hands it over
(``st.session_state[key]["last_active_drawing"]["id"]``), so ``ui.thematic.follow_map_click`` is
unchanged.
"""

from __future__ import annotations

import hashlib
import json
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import folium
import geopandas as gpd
import streamlit as st
import streamlit.components.v1 as components

from maps.assets import RECOLOUR_JS
from maps.palette import STALE_STRIPE_COLOUR
from maps.thematic import (
    MapFrame,
    ThematicLayer,
    layer_update,
    neutral_layer,
    player_controls,
    thematic_map,
)
from storage.cache import Cache

FRONTEND = Path(__file__).resolve().parent / "inplace_frontend"
_component = components.declare_component("inplace_map", path=str(FRONTEND))
# (frame id, the neutral inputs) -> the base map's parts: building and rendering a folium map
# costs tens of ms; a period change does not change it.
_bases: Cache[tuple[weakref.ref, dict]] = Cache(32)


@dataclass(frozen=True)
class Player:
    """Every period's colours for a map, played in the browser. ``frames``: per period
    ``{"period", "label", "update"}`` (``player_frames``); ``period_key``: the page's period
    widget, set to where the user stops; ``index``: the page's period among the frames."""
    frames: list[dict]
    period_key: str
    index: int
    digest: str = field(default="")

    @property
    def periods(self) -> list[str]:
        return [frame["period"] for frame in self.frames]


def make_player(frames: list[dict], period_key: str, period: str | None) -> Player:
    digest = hashlib.sha256(json.dumps(frames, sort_keys=True).encode("utf-8")).hexdigest()[:20]
    periods = [frame["period"] for frame in frames]
    index = periods.index(period) if period in periods else len(periods) - 1
    return Player(frames, period_key, index, digest)


@dataclass(frozen=True)
class Plan:
    """What one run sends to a map's frame, and what the frame holds once it has it."""
    send_base: bool
    send_frames: bool
    record: dict


def plan(record: object, mounted: bool, base: str, digest: str | None) -> Plan:
    """The base map (``base``, its digest) is sent unless ``record`` (what this session's frame
    is known to hold: ``{"base", "frames"}``) names it; the player's frames (``digest``; None: no
    player) likewise, and always with a new base (a build drops the frames). ``mounted``: the
    frame was on the previous run's page; when it was not, it is a new frame, holding nothing."""
    held = record if mounted and isinstance(record, dict) else {}
    send_base = held.get("base") != base
    send_frames = digest is not None and (send_base or held.get("frames") != digest)
    return Plan(send_base, send_frames, {"base": base, "frames": digest})


def record_from_value(value: object) -> dict | None:
    """What the frame said it holds, with its last message (a click, a player stop, or its
    question about a map it does not hold): that, not the server's record, is the truth."""
    if not isinstance(value, dict):
        return None
    return {"base": value.get("base"), "frames": value.get("frames")}


def _player_args(player: Player, send_frames: bool, lang: str) -> dict:
    spec = {"digest": player.digest, "index": player.index, **player_controls(lang)}
    if send_frames:
        spec["frames"] = player.frames
    return spec


def base_parts(m: folium.Map) -> dict:
    """The base map as st_folium sends it (script, header, html, links) and its key."""
    from streamlit_folium import _get_header, _get_html, _get_map_string

    # As st_folium does, in its order: render first (GeoJson computes its style map there), the
    # html and header before the script (whose generation renames the folium variables).
    m.get_root().render()
    m.render()
    html = _get_html(m)
    header = _get_header(m)
    script = _get_map_string(m)
    js_links, css_links = [], []
    for element in _walk(m):
        css_links.extend(href for _, href in getattr(element, "default_css", []))
        js_links.extend(src for _, src in getattr(element, "default_js", []))
    js_links.append(RECOLOUR_JS)  # the frame recolours and plays with it (maps/recolour.js)
    parts = {"script": script, "header": header, "html": html,
             "js_links": list(dict.fromkeys(js_links)),
             "css_links": list(dict.fromkeys(css_links))}
    digest = hashlib.sha256()
    for name in ("script", "header", "html"):
        digest.update(parts[name].encode("utf-8") + b"\0")
    digest.update("\0".join(parts["js_links"] + parts["css_links"]).encode("utf-8"))
    parts["base"] = digest.hexdigest()[:20]
    return parts


def _walk(element):
    yield element
    for child in getattr(element, "_children", {}).values():
        yield from _walk(child)


def _base_for(areas: gpd.GeoDataFrame, layer: ThematicLayer, frame: MapFrame,
              decorate: Callable[[folium.Map], None] | None, cache_key: tuple) -> dict:
    def build() -> tuple[weakref.ref, dict]:
        m = thematic_map(areas, neutral_layer(layer), frame)
        if decorate is not None:
            decorate(m)
        return weakref.ref(areas), base_parts(m)

    ref, parts = _bases.get_or_build((id(areas), cache_key), build)
    if ref() is not areas:  # the id of a frame since collected, reused by this one
        ref, parts = build()
        _bases.put((id(areas), cache_key), (ref, parts))
    return parts


def show_inplace_map(areas: gpd.GeoDataFrame, layer: ThematicLayer, frame: MapFrame, key: str,
                     height: int = 560, decorate: Callable[[folium.Map], None] | None = None,
                     decorate_key: object = None, player: Player | None = None,
                     lang: str = "id") -> None:
    """Draw ``layer`` on ``areas`` in a frame that stays: the first run sends the base map, later
    runs only ``layer_update``. ``decorate`` adds to the base map (a basemap); name what it
    depends on in ``decorate_key``. With ``player``, the frame plays the periods itself."""
    frame_key = f"{key}__frame"
    # The legend is not part of the base: every update carries it (a group or election switch
    # that only retitles the legend keeps the map on screen, with its zoom).
    cache_key = (len(areas), layer.name, tuple(layer.tooltip), layer.no_data_label,
                 layer.stale_label, tuple(frame.notices), tuple(frame.warnings),
                 frame.attribution, frame.label_column, decorate_key)
    base = _base_for(areas, layer, frame, decorate, cache_key)
    sent_key = f"{key}__sent"
    if player is not None and len(player.frames) < 2:
        player = None
    # A keyed component's state is dropped at the end of a run that did not draw it (another
    # page): then this is a new frame, whatever was sent to the old one.
    decided = plan(st.session_state.get(sent_key), frame_key in st.session_state, base["base"],
                   player.digest if player is not None else None)
    update = layer_update(areas, layer)  # in the order of the base's codes
    update["stripe"] = STALE_STRIPE_COLOUR
    # What the frame sends back: a district click (and the base it holds); never pan or zoom,
    # which stay in the browser without a rerun.
    args = {"base": base["base"], "update": update, "height": height,
            "returned_objects": ["last_active_drawing"]}
    if decided.send_base:
        args.update({name: base[name] for name in ("script", "header", "html", "js_links",
                                                    "css_links")})
        args["codes"] = areas["kode"].astype(str).tolist()
    if player is not None:
        args["player"] = _player_args(player, decided.send_frames, lang)

    def _on_change() -> None:
        value = st.session_state.get(frame_key)
        if not isinstance(value, dict):
            return
        st.session_state[sent_key] = record_from_value(value)  # what the frame holds
        if value.get("last_active_drawing"):
            st.session_state[key] = value  # as st_folium: the page's click handler reads it
        if player is not None and value.get("period") in player.periods:
            # Where the user stopped the player: the page's period (its slider) follows.
            st.session_state[player.period_key] = value["period"]

    _component(key=frame_key, default=None, on_change=_on_change, **args)
    # Recorded once the component is on its way (a run stopped before it sends nothing).
    st.session_state[sent_key] = decided.record
