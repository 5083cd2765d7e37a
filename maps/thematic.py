"""Maps of the kab/kota (or any areas keyed by Kemendagri code) coloured by one category.

Colours are computed in Python and legends drawn as HTML: a branca colormap or folium.Choropleth
would make st_folium fetch d3 from the internet. Values reach the browser as escaped strings,
because GeoJsonTooltip inserts them as raw HTML.
"""

from __future__ import annotations

import json
import re
import weakref
from dataclasses import dataclass, field, replace
from typing import Sequence

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from branca.element import MacroElement
from jinja2 import Template
from markupsafe import Markup, escape
from shapely.geometry import mapping

from domain import regions
from i18n import MISSING, fmt_number, is_missing, t
from maps import controls, layout
from maps.assets import offline_map
from maps.palette import (
    NO_DATA_COLOUR,
    OUTLINE_COLOUR,
    STALE_DASH,
    STALE_STRIPE_COLOUR,
    STALE_SWATCH,
)
from storage.cache import Cache

COLOUR_FIELD = "_colour"
STALE_FIELD = "_stale"
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass
class ThematicLayer:
    """What one coloured layer shows.

    ``values`` is indexed by area code and holds the tooltip columns (already formatted for the
    user's language) plus a colour per area in ``colour``; areas without a row get NO_DATA_COLOUR.
    """

    name: str
    values: pd.DataFrame
    colour: pd.Series
    tooltip: Sequence[tuple[str, str]]  # (column in values, label)
    legend_title: str
    legend_items: Sequence[tuple[str, str]]  # (colour, label)
    legend_footnote: str = ""
    no_data_label: str = ""
    # Areas shown with a report from an earlier period: striped, dashed, and one legend entry.
    stale: Sequence[str] = ()
    stale_label: str = ""


@dataclass
class MapFrame:
    """What surrounds the layer: notices, attribution and labels."""

    notices: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # drawn emphasised, e.g. DATA CONTOH
    attribution: str = ""
    label_column: str | None = "nama_pendek"


# The geometry half of a layer's GeoJSON depends only on the areas frame, and pages get that frame
# from a cache (the same object on every rerun and for every user): convert it once per frame.
# Keyed by id() with a weak reference to check it is still the same frame (frames are unhashable).
_GEOMETRY_CACHE_SIZE = 16
_geometry_cache: Cache[tuple[weakref.ref, list]] = Cache(_GEOMETRY_CACHE_SIZE)


def _geometry_dicts(areas: gpd.GeoDataFrame) -> list:
    def convert() -> tuple[weakref.ref, list]:
        return weakref.ref(areas), [None if g is None else mapping(g) for g in areas.geometry]

    ref, geometries = _geometry_cache.get_or_build(id(areas), convert)
    if ref() is not areas:  # the id of a frame since collected, reused by this one
        ref, geometries = convert()
        _geometry_cache.put(id(areas), (ref, geometries))
    return geometries


def layer_geojson(areas: gpd.GeoDataFrame, layer: ThematicLayer, code_column: str = "kode") -> dict:
    """The GeoJSON sent to the browser: geometry, the area code as id, the colour and the escaped
    tooltip strings. Pure, so its size and escaping are tested without a browser."""
    codes = areas[code_column].astype(str).tolist()
    colours = pd.Series(codes, dtype=object).map(layer.colour).astype(object).fillna(NO_DATA_COLOUR).tolist()
    stale = set(layer.stale)
    no_data = str(escape(layer.no_data_label or MISSING))
    columns = {}
    for column, _ in layer.tooltip:
        series = layer.values[column] if column in layer.values else pd.Series(dtype=object)
        values = series.to_dict()
        columns[column] = [str(escape(values[code])) if code in values and not is_missing(values[code])
                           else no_data for code in codes]
    features = []
    for i, (code, geometry) in enumerate(zip(codes, _geometry_dicts(areas))):
        properties = {code_column: code, COLOUR_FIELD: colours[i]}
        if code in stale:
            properties[STALE_FIELD] = 1
        properties.update((column, values[i]) for column, values in columns.items())
        features.append({"id": code, "type": "Feature", "properties": properties,
                         "geometry": geometry})
    return {"type": "FeatureCollection", "features": features}


def stale_pattern_id(colour: str) -> str:
    return "stale-" + (colour[1:] if _HEX.match(colour) else NO_DATA_COLOUR[1:]).lower()


def _area_style(feature: dict) -> dict:
    properties = feature["properties"]
    if properties.get(STALE_FIELD):
        return {"fillColor": f"url(#{stale_pattern_id(properties[COLOUR_FIELD])})",
                "color": OUTLINE_COLOUR, "weight": 2.0, "dashArray": STALE_DASH,
                "fillOpacity": 0.95}
    return {"fillColor": properties[COLOUR_FIELD], "color": OUTLINE_COLOUR, "weight": 1.2,
            "fillOpacity": 0.85}


class StalePatterns(MacroElement):
    """SVG fill patterns (the colour striped with white) for areas with an older report,
    added to the page by the map's own script, so they exist in st_folium, in the offline deck's
    frames and in exported HTML alike. Colours are checked hex values, nothing else."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "(function () {"
        " var ns = 'http://www.w3.org/2000/svg';"
        " var holder = document.getElementById('stale-patterns');"
        " if (!holder) {"
        "  holder = document.createElementNS(ns, 'svg'); holder.id = 'stale-patterns';"
        "  holder.setAttribute('width', '0'); holder.setAttribute('height', '0');"
        "  holder.setAttribute('aria-hidden', 'true');"
        "  holder.style.position = 'absolute';"
        "  holder.appendChild(document.createElementNS(ns, 'defs'));"
        "  document.body.appendChild(holder);"
        " }"
        " var defs = holder.firstChild;"
        " {{ this.colours|tojson }}.forEach(function (c) {"
        "  var id = 'stale-' + c.slice(1).toLowerCase();"
        "  if (document.getElementById(id)) return;"
        "  var p = document.createElementNS(ns, 'pattern'); p.id = id;"
        "  p.setAttribute('patternUnits', 'userSpaceOnUse');"
        "  p.setAttribute('width', '9'); p.setAttribute('height', '9');"
        "  p.setAttribute('patternTransform', 'rotate(45)');"
        "  var bg = document.createElementNS(ns, 'rect');"
        "  bg.setAttribute('width', '9'); bg.setAttribute('height', '9');"
        "  bg.setAttribute('fill', c); p.appendChild(bg);"
        "  var stripe = document.createElementNS(ns, 'rect');"
        "  stripe.setAttribute('width', '4'); stripe.setAttribute('height', '9');"
        "  stripe.setAttribute('fill', {{ this.stripe|tojson }}); p.appendChild(stripe);"
        "  defs.appendChild(p);"
        " });"
        "})();"
        "{% endmacro %}"
    )

    def __init__(self, colours: Sequence[str]):
        super().__init__()
        self._name = "StalePatterns"
        self.colours = [c if _HEX.match(c) else NO_DATA_COLOUR for c in colours]
        self.stripe = STALE_STRIPE_COLOUR


def add_thematic_layer(m: folium.Map, areas: gpd.GeoDataFrame, layer: ThematicLayer,
                       code_column: str = "kode") -> folium.GeoJson:
    data = layer_geojson(areas, layer, code_column)
    fields = [column for column, _ in layer.tooltip]
    aliases = [str(escape(label)) for _, label in layer.tooltip]
    stale_colours = sorted({f["properties"][COLOUR_FIELD] for f in data["features"]
                            if f["properties"].get(STALE_FIELD)})
    if stale_colours:
        StalePatterns(stale_colours).add_to(m)
    geojson = folium.GeoJson(
        data,
        name=layer.name,
        style_function=_area_style,
        highlight_function=lambda feature: {"weight": 3.5, "color": "#000000", "fillOpacity": 0.95},
        tooltip=folium.GeoJsonTooltip(fields=fields, aliases=aliases, sticky=True, localize=False),
    )
    geojson.add_to(m)
    controls.legend(layer.legend_title, _legend_items(layer, stale_colours),
                    layer.legend_footnote).add_to(m)
    return geojson


def _legend_items(layer: ThematicLayer, stale_colours: Sequence[str]) -> list[tuple[str, str]]:
    items = list(layer.legend_items)
    if layer.no_data_label:
        items.append((NO_DATA_COLOUR, layer.no_data_label))
    if stale_colours and layer.stale_label:
        items.append((STALE_SWATCH, layer.stale_label))
    return items


# --- in place: one map per layer version, recoloured by small updates (ui.inplace_map) ----------

def neutral_layer(layer: ThematicLayer) -> ThematicLayer:
    """The layer with its data taken out (every area "no data", nothing stale): what stays the
    same when only the period changes. ``thematic_map(areas, neutral_layer(l), frame)`` is the
    map sent to the browser once; ``layer_update`` then colours it."""
    return replace(layer, values=layer.values.iloc[0:0], colour=layer.colour.iloc[0:0], stale=())


def layer_update(areas: gpd.GeoDataFrame, layer: ThematicLayer, code_column: str = "kode") -> dict:
    """What a period change sends to a map already on screen, in the order of ``areas`` (the
    base map's ``codes``): per area an index into the distinct styles (each as ``_area_style``)
    and, per tooltip column, an index into the distinct tooltip strings (escaped, as in
    ``layer_geojson``); the colours that need a stripe pattern; the legend's HTML (escaped by
    ``controls.legend_html``). No geometry, and each string once: ~5 KB for the ten kab/kota,
    tens of KB for the 1,038 desa. Pure, so the browser gets exactly what a rebuilt map shows
    (``expand_update`` reads it back)."""
    codes = areas[code_column].astype(str).tolist()
    colours = pd.Series(codes, dtype=object).map(layer.colour).astype(object) \
        .fillna(NO_DATA_COLOUR).tolist()
    stale = set(layer.stale)
    no_data = str(escape(layer.no_data_label or MISSING))
    lookups = {column: (layer.values[column] if column in layer.values
                        else pd.Series(dtype=object)).to_dict() for column, _ in layer.tooltip}
    styles: dict[str, int] = {}
    strings: dict[str, int] = {}
    style_of, columns, stale_colours = [], {column: [] for column in lookups}, set()
    for code, colour in zip(codes, colours):
        colour = colour if _HEX.match(str(colour)) else NO_DATA_COLOUR
        feature = {"properties": {COLOUR_FIELD: colour}}
        if code in stale:
            feature["properties"][STALE_FIELD] = 1
            stale_colours.add(colour)
        style = json.dumps(_area_style(feature), sort_keys=True)
        style_of.append(styles.setdefault(style, len(styles)))
        for column, values in lookups.items():
            text = (str(escape(values[code])) if code in values and not is_missing(values[code])
                    else no_data)
            columns[column].append(strings.setdefault(text, len(strings)))
    legend = controls.legend_html(layer.legend_title, _legend_items(layer, sorted(stale_colours)),
                                  layer.legend_footnote)
    return {"styles": [json.loads(style) for style in styles], "style": style_of,
            "strings": list(strings), "columns": columns, "stale_colours": sorted(stale_colours),
            "legend": str(legend)}


PLAYER_STEP_MS = 800
PLAYER_STEPS_MS = (400, 800, 1600)


def player_controls(lang: str) -> dict:
    """The player's step (ms), the steps offered and its texts, in ``lang`` (``maps/recolour.js``
    sets them as text, never as HTML)."""
    return {"step": PLAYER_STEP_MS,
            "steps": [{"ms": ms, "label": t("player.seconds", lang,
                                             seconds=fmt_number(ms / 1000, lang, decimals=1))}
                      for ms in PLAYER_STEPS_MS],
            "texts": {name: t(f"player.{name}", lang)
                      for name in ("play", "pause", "step", "period")}}


def player_frames(areas: gpd.GeoDataFrame, layers: Sequence[tuple[str, str, ThematicLayer]]
                  ) -> list[dict]:
    """``(period, label, layer)`` for each period -> what the browser's player steps through: each
    period's ``layer_update`` in the order of ``areas`` (the base map's codes). Labels are set as
    text in the browser, never as HTML."""
    frames = []
    for period, label, layer in layers:
        update = layer_update(areas, layer)
        update["stripe"] = STALE_STRIPE_COLOUR  # the hatching of an older report
        frames.append({"period": period, "label": label, "update": update})
    return frames


def expand_update(update: dict, codes: Sequence[str]) -> dict[str, tuple[dict, dict]]:
    """``layer_update`` read back per area: code -> (style, tooltip strings), as the browser
    applies it."""
    return {code: (update["styles"][update["style"][i]],
                   {column: update["strings"][indices[i]]
                    for column, indices in update["columns"].items()})
            for i, code in enumerate(codes)}


def add_area_labels(m: folium.Map, areas: gpd.GeoDataFrame, column: str,
                    code_column: str = "kode") -> None:
    """Names on the areas; not interactive, so hover and click reach the polygon below. Each label
    carries its short form (a district's abbreviation, e.g. PPU) and a priority (smallest area
    first), which ``maps.layout`` uses to keep labels apart in the browser."""
    points = areas.geometry.representative_point()
    sizes = pd.Series(shapely.area(np.asarray(areas.geometry, dtype=object))).fillna(0.0)
    areas_size = sizes.rank(method="first").astype(int).tolist()
    codes = areas[code_column].astype(str).tolist() if code_column in areas else [""] * len(areas)
    known = set(regions.codes())
    group = folium.FeatureGroup(name="labels", control=False)
    for point, geometry, text, code, priority in zip(points, areas.geometry,
                                                    areas[column].astype(str), codes, areas_size):
        short = regions.get(code).abbreviation if code in known else text
        bbox = ",".join(f"{v:.5f}" for v in (geometry.bounds if geometry is not None
                                             and not geometry.is_empty else (0, 0, 0, 0)))
        html = Markup('<div class="{}" data-full="{}" data-short="{}" data-priority="{}" '
                      'data-bbox="{}"><span class="{}">{}</span></div>').format(
            layout.LABEL_CLASS, text, short, priority, bbox, layout.LABEL_TEXT_CLASS, text)
        folium.Marker(
            location=(point.y, point.x),
            icon=folium.DivIcon(html=str(html), icon_size=(160, 18), icon_anchor=(80, 9),
                                class_name="area-label-icon"),
            interactive=False,
        ).add_to(group)
    group.add_to(m)


def thematic_map(areas: gpd.GeoDataFrame, layer: ThematicLayer, frame: MapFrame,
                 code_column: str = "kode") -> folium.Map:
    """One coloured layer on an offline map fitted to the areas, with legend and notices; the
    browser keeps areas clear of legends and notices and labels apart (``maps.layout``)."""
    minx, miny, maxx, maxy = areas.total_bounds
    m = offline_map(location=((miny + maxy) / 2, (minx + maxx) / 2), zoom_start=7,
                    zoom_snap=0.25, attribution_control=bool(frame.attribution))
    add_thematic_layer(m, areas, layer, code_column)
    if frame.label_column and frame.label_column in areas:
        add_area_labels(m, areas, frame.label_column)
    if frame.warnings:
        controls.notice(frame.warnings, position="topright", emphasis=True).add_to(m)
    if frame.notices:
        controls.notice(frame.notices, position="topright").add_to(m)
    if frame.attribution:
        controls.notice([frame.attribution], position="bottomleft").add_to(m)
    bounds = [[float(miny), float(minx)], [float(maxy), float(maxx)]]
    # Fitted by maps.layout once every control is drawn (not also by folium's fit_bounds, whose
    # animated zoom would end after, and undo, the layout's fit).
    layout.arrange(m, bounds)
    return m
