"""A one-map Streamlit page for ``bench_maps.py --page-draw``: ``?map=naive|ours|tiny&level=...``.

The map goes through ``st_folium`` as on the dashboard's pages, so the time measured from the page
request to the last polygon drawn includes the server building and sending the map. The layers
are read once per process (``st.cache_resource``): what is measured is the page, not file reading.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PROJECT_ROOT = Path(os.environ["BENCH_PROJECT_ROOT"])
sys.path.insert(0, str(PROJECT_ROOT))
sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))

import bench_maps  # noqa: E402
import geopandas as gpd  # noqa: E402
import streamlit as st  # noqa: E402
from streamlit_folium import st_folium  # noqa: E402


@st.cache_resource
def layers(level: str):
    from storage import boundary_store
    from storage.boundary_display import display_layer

    full = gpd.read_file(bench_maps.SHARED / bench_maps.LAYERS[level])
    return full, display_layer(level), boundary_store.current_version(level).attribution


kind = st.query_params.get("map", "tiny")
level = st.query_params.get("level", "desa")
full, shown, attribution = layers(level)
if kind == "naive":
    m = bench_maps.naive_map(full)
elif kind == "ours":
    m = bench_maps.our_map(shown, level, attribution)
else:  # the floor: a Streamlit page with a map of one polygon
    m = bench_maps.our_map(shown.iloc[:1], level, attribution)
st_folium(m, key="bench_map", height=560, use_container_width=True, returned_objects=[])
