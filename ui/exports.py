"""Download buttons for the table a page shows (after its filters): CSV, Excel and GeoJSON."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from i18n import t
from loaders import geometry
from reports import exports_safe


def export_buttons(frame: pd.DataFrame, name: str, lang: str) -> None:
    """``name`` is the file stem and part of the widget keys, so it must be unique on the page."""
    areas = geometry.district_areas()
    note = t("map.schematic_notice", lang) if areas.schematic else ""
    geojson = exports_safe.to_geojson_bytes(frame, areas.frame, note)
    columns = st.columns(3 if geojson is not None else 2)
    # on_click="ignore": downloading must not rerun the page (and redraw its maps).
    columns[0].download_button(t("pres.export.csv", lang), exports_safe.to_csv_bytes(frame),
                               file_name=f"{name}.csv", mime="text/csv", key=f"export_{name}_csv",
                               on_click="ignore")
    columns[1].download_button(
        t("pres.export.xlsx", lang), exports_safe.to_xlsx_bytes(frame, name),
        file_name=f"{name}.xlsx", key=f"export_{name}_xlsx", on_click="ignore",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    if geojson is not None:
        columns[2].download_button(t("pres.export.geojson", lang), geojson,
                                   file_name=f"{name}.geojson", mime="application/geo+json",
                                   key=f"export_{name}_geojson", on_click="ignore")
