"""Point layers: incidents and activities as clustered circle markers on real geography, or as a
count per tile on the schematic map (a point on an equal hexagon would pretend to a precision the
tile map does not have).

Every string from data reaches the browser escaped: folium inserts tooltip and popup HTML raw.
Marker clustering comes from ``static/vendor/markercluster`` (xstatic-leaflet-markercluster), not
from the CDN folium names by default.
"""

from __future__ import annotations

from typing import Callable, Sequence

import folium
import geopandas as gpd
import pandas as pd
from folium.plugins import MarkerCluster
from markupsafe import Markup

from i18n import or_missing
from maps import controls
from maps.assets import MARKERCLUSTER_CSS, MARKERCLUSTER_JS
from maps.palette import OUTLINE_COLOUR

COUNT_CLASS = "tile-count"


def local_marker_cluster(name: str) -> MarkerCluster:
    cluster = MarkerCluster(name=name, control=False,
                            options={"showCoverageOnHover": False, "maxClusterRadius": 40})
    # Instance attributes win over the class's CDN URLs, in st_folium and in exported HTML.
    cluster.default_js = list(MARKERCLUSTER_JS)
    cluster.default_css = list(MARKERCLUSTER_CSS)
    return cluster


def fields_html(fields: Sequence[tuple[str, object]]) -> Markup:
    """'<b>label</b>: value' lines, every label and value escaped."""
    return Markup("<br>").join(
        Markup("<b>{}</b>: {}").format(label, or_missing(value))
        for label, value in fields)


def add_clustered_points(m: folium.Map, points: pd.DataFrame,
                         fields: Sequence[tuple[str, str]], name: str,
                         colour_column: str = "_colour", radius: int = 7) -> MarkerCluster:
    """Circle markers (lat, lon, a colour per row) in one cluster; tooltip and popup show
    ``fields`` (column, label) of the row, escaped."""
    cluster = local_marker_cluster(name)
    for _, row in points.iterrows():
        html = fields_html([(label, row.get(column)) for column, label in fields])
        folium.CircleMarker(
            location=(float(row["lat"]), float(row["lon"])),
            radius=radius, color=OUTLINE_COLOUR, weight=1, fill=True, fill_opacity=0.9,
            fill_color=str(row.get(colour_column) or "#0072B2"),
            tooltip=folium.Tooltip(str(html)),
            popup=folium.Popup(str(html), parse_html=False, max_width=320),
        ).add_to(cluster)
    cluster.add_to(m)
    return cluster


def add_tile_counts(m: folium.Map, areas: gpd.GeoDataFrame, counts: pd.Series, title: str,
                    code_column: str = "kode") -> folium.FeatureGroup:
    """A badge with the count under each tile's name. Not interactive, so hover and click still
    reach the tile below."""
    group = folium.FeatureGroup(name=title, control=False)
    points = areas.geometry.representative_point()
    for point, code in zip(points, areas[code_column].astype(str)):
        count = int(counts.get(code, 0))
        html = Markup(
            '<div class="{}" title="{}" style="font:700 12px/18px sans-serif;text-align:center;'
            'min-width:22px;height:18px;padding:0 4px;border-radius:9px;background:#222;'
            'color:#fff;pointer-events:none;opacity:{}">{}</div>').format(
            COUNT_CLASS, title, "0.45" if count == 0 else "0.95", count)
        folium.Marker(
            location=(point.y, point.x),
            icon=folium.DivIcon(html=str(html), icon_size=(30, 18), icon_anchor=(15, -8),
                                class_name="tile-count-icon"),
            interactive=False,
        ).add_to(group)
    group.add_to(m)
    return group


def add_points_or_counts(m: folium.Map, areas: gpd.GeoDataFrame, schematic: bool, title: str,
                         counts: Callable[[], pd.Series],
                         located: Callable[[], tuple[pd.DataFrame, Sequence[tuple[str, str]]]],
                         legend_title: str, legend_items: Sequence[tuple[str, str]]) -> bool:
    """Incidents or activities on a map: a count per tile on the schematic map, clustered points
    with their legend on real geography. ``counts`` and ``located`` (rows and fields) are called
    only for the view drawn. Returns whether points were drawn, for the caption."""
    if schematic:
        add_tile_counts(m, areas, counts(), title)
        return False
    rows, fields = located()
    add_clustered_points(m, rows, fields, title)
    controls.legend(legend_title, legend_items).add_to(m)
    return True
