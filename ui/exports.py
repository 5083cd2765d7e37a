"""Download buttons for the table a page shows (after its filters): CSV, Excel and GeoJSON."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import streamlit as st

from exports import frames
from i18n import t


def export_buttons(frame: pd.DataFrame, name: str, lang: str) -> None:
    """``name`` is the file stem and part of the widget keys, so it must be unique on the page.

    The files are made only when a button is clicked (deferred ``data``): building three formats
    of every table on every rerun cost more than drawing the page's map."""
    from ui import district_areas

    areas = district_areas()  # the view the page shows: boundaries or tiles
    note = t("map.schematic_notice", lang) if areas.schematic else ""
    frame = frame.copy()  # what is shown now, whatever the page does with its frame afterwards
    has_geometry = isinstance(frame, gpd.GeoDataFrame) or \
        frames.district_code_column(frame) is not None
    # One row that wraps, each button as wide as its label: three equal columns cut the label
    # ("Download GeoJ…") in a half-width column at 1366 px.
    row = st.container(horizontal=True)
    columns = [row, row, row]
    # on_click="ignore": downloading must not rerun the page (and redraw its maps).
    columns[0].download_button(t("pres.export.csv", lang),
                               lambda: frames.to_csv_bytes(frame),
                               file_name=f"{name}.csv", mime=frames.MEDIA_TYPES["csv"],
                               key=f"export_{name}_csv", on_click="ignore")
    columns[1].download_button(
        t("pres.export.xlsx", lang), lambda: frames.to_xlsx_bytes(frame, name),
        file_name=f"{name}.xlsx", key=f"export_{name}_xlsx", on_click="ignore",
        mime=frames.MEDIA_TYPES["xlsx"])
    if has_geometry:
        columns[2].download_button(
            t("pres.export.geojson", lang),
            lambda: frames.to_geojson_bytes(frame, areas.frame, note) or b"",
            file_name=f"{name}.geojson", mime=frames.MEDIA_TYPES["geojson"],
            key=f"export_{name}_geojson", on_click="ignore")
