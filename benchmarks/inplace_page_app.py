"""A one-map Streamlit page for ``bench_inplace.py``: the overview's risk map with its period
slider, ``?mode=rebuild|inplace&level=kabupaten|desa``. *rebuild* draws it as main did (a new
folium map through ``st_folium`` on every run: the frame reloads), *inplace* through
``ui.inplace_map`` (the base map once, then colour updates). At desa level every desa takes its
kab/kota's level (1,038 polygons), which is what a period change at that level costs."""

from __future__ import annotations

import os
import sys
from pathlib import Path

PROJECT_ROOT = Path(os.environ["BENCH_PROJECT_ROOT"])
sys.path.insert(0, str(PROJECT_ROOT))
sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))

import bench_inplace  # noqa: E402
import streamlit as st  # noqa: E402

from maps.assets import ensure_static_assets  # noqa: E402
from maps.thematic import thematic_map  # noqa: E402
from ui import thematic as tui  # noqa: E402

ensure_static_assets()
mode = st.query_params.get("mode", "inplace")
level = st.query_params.get("level", "kabupaten")
periods = bench_inplace.periods()
period = st.select_slider("Periode", options=periods, value=periods[-1],
                          key="bench_period")
areas, layer, frame = bench_inplace.layer_for(level, period)
st.subheader(f"{level} · {period}")
if mode == "rebuild":
    tui.show_clickable_map(thematic_map(areas, layer, frame), key="bench_map", height=560)
else:
    tui.show_inplace_clickable_map(areas, layer, frame, key="bench_map", height=560)
