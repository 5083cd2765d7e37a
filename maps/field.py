"""Maps of the field-report pages: where a report is (tap to place it) and the verification queue.

Both draw without tiles: the chosen kab/kota's outline when official boundaries are imported,
else its bounding box from the registry, so that a tap gives real coordinates even while the
other maps still show the schematic tiles.
"""

from __future__ import annotations

from typing import Sequence

import folium
import pandas as pd

from maps.assets import offline_map
from maps.palette import OUTLINE_COLOUR
from maps.points import add_clustered_points

PICK_COLOUR = "#D55E00"
AREA_COLOUR = "#0072B2"


def location_map(bounds: tuple[float, float, float, float], point: tuple[float, float] | None,
                 outline: dict | None, area_label: str, point_label: str) -> folium.Map:
    """A map fitted to ``bounds`` (min_lon, min_lat, max_lon, max_lat) showing the kab/kota
    (``outline``: a GeoJSON geometry, else the box itself) and the chosen ``point``."""
    min_lon, min_lat, max_lon, max_lat = bounds
    m = offline_map(location=((min_lat + max_lat) / 2, (min_lon + max_lon) / 2), zoom_start=9)
    if outline is not None:
        folium.GeoJson(outline, name=area_label, tooltip=area_label, style_function=lambda _: {
            "color": AREA_COLOUR, "weight": 2, "fillOpacity": 0.08}).add_to(m)
    else:
        folium.Rectangle(((min_lat, min_lon), (max_lat, max_lon)), tooltip=area_label,
                         color=AREA_COLOUR, weight=2, fill=True, fill_opacity=0.08).add_to(m)
    if point is not None:
        folium.CircleMarker(point, radius=10, color=OUTLINE_COLOUR, weight=2, fill=True,
                            fill_color=PICK_COLOUR, fill_opacity=0.95,
                            tooltip=point_label).add_to(m)
    m.fit_bounds(((min_lat, min_lon), (max_lat, max_lon)))
    return m


def queue_map(points: pd.DataFrame, fields: Sequence[tuple[str, str]], name: str,
              bounds: tuple[float, float, float, float]) -> folium.Map:
    """The reports awaiting review, as points (``lat``, ``lon``, ``_colour`` and ``fields``)."""
    min_lon, min_lat, max_lon, max_lat = bounds
    m = offline_map(location=((min_lat + max_lat) / 2, (min_lon + max_lon) / 2), zoom_start=7)
    if len(points):
        add_clustered_points(m, points, fields, name)
    m.fit_bounds(((min_lat, min_lon), (max_lat, max_lon)))
    return m
