"""Maps of the kab/kota (or any areas keyed by Kemendagri code) coloured by one category.

Colours are computed in Python and legends drawn as HTML: a branca colormap or folium.Choropleth
would make st_folium fetch d3 from the internet. Values reach the browser as escaped strings,
because GeoJsonTooltip inserts them as raw HTML.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import Sequence

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from markupsafe import Markup, escape
from shapely.geometry import mapping

from loaders import regions
from maps import controls, layout
from maps.assets import offline_map
from maps.palette import NO_DATA_COLOUR, OUTLINE_COLOUR

COLOUR_FIELD = "_colour"


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
_geometry_cache: dict[int, tuple[weakref.ref, list]] = {}


def _geometry_dicts(areas: gpd.GeoDataFrame) -> list:
    cached = _geometry_cache.get(id(areas))
    if cached is not None and cached[0]() is areas:
        return cached[1]
    geometries = [None if g is None else mapping(g) for g in areas.geometry]
    if len(_geometry_cache) >= _GEOMETRY_CACHE_SIZE:
        _geometry_cache.pop(next(iter(_geometry_cache)))
    _geometry_cache[id(areas)] = (weakref.ref(areas), geometries)
    return geometries


def layer_geojson(areas: gpd.GeoDataFrame, layer: ThematicLayer, code_column: str = "kode") -> dict:
    """The GeoJSON sent to the browser: geometry, the area code as id, the colour and the escaped
    tooltip strings. Pure, so its size and escaping are tested without a browser."""
    codes = areas[code_column].astype(str).tolist()
    colours = pd.Series(codes).map(layer.colour).fillna(NO_DATA_COLOUR).tolist()
    no_data = str(escape(layer.no_data_label or "–"))
    columns = {}
    for column, _ in layer.tooltip:
        series = layer.values[column] if column in layer.values else pd.Series(dtype=object)
        values = series.to_dict()
        columns[column] = [str(escape(values[code])) if code in values and pd.notna(values[code])
                           else no_data for code in codes]
    features = []
    for i, (code, geometry) in enumerate(zip(codes, _geometry_dicts(areas))):
        properties = {code_column: code, COLOUR_FIELD: colours[i]}
        properties.update((column, values[i]) for column, values in columns.items())
        features.append({"id": code, "type": "Feature", "properties": properties,
                         "geometry": geometry})
    return {"type": "FeatureCollection", "features": features}


def add_thematic_layer(m: folium.Map, areas: gpd.GeoDataFrame, layer: ThematicLayer,
                       code_column: str = "kode") -> folium.GeoJson:
    data = layer_geojson(areas, layer, code_column)
    fields = [column for column, _ in layer.tooltip]
    aliases = [str(escape(label)) for _, label in layer.tooltip]
    geojson = folium.GeoJson(
        data,
        name=layer.name,
        style_function=lambda feature: {
            "fillColor": feature["properties"][COLOUR_FIELD],
            "color": OUTLINE_COLOUR,
            "weight": 1.2,
            "fillOpacity": 0.85,
        },
        highlight_function=lambda feature: {"weight": 3.5, "color": "#000000", "fillOpacity": 0.95},
        tooltip=folium.GeoJsonTooltip(fields=fields, aliases=aliases, sticky=True, localize=False),
    )
    geojson.add_to(m)
    items = list(layer.legend_items)
    if layer.no_data_label:
        items.append((NO_DATA_COLOUR, layer.no_data_label))
    controls.legend(layer.legend_title, items, layer.legend_footnote).add_to(m)
    return geojson


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
