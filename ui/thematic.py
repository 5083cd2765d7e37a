"""Streamlit glue shared by the thematic pages: a period slider, a period player that runs in the
map's frame, maps whose district clicks open the profile page, and the "no data" state."""

from __future__ import annotations

import dataclasses
from typing import Callable, Sequence

import folium
import geopandas as gpd
import pandas as pd
import streamlit as st

import ui
from domain import regions
from i18n import fmt_period, t
from storage.cache import Cache, content_key

PROFILE_PAGE = "pages/profile.py"
SELECTED_DISTRICT = "selected_district"
# (area codes, language, content of each input) -> the player's frames: one summary per period
# costs ~10 ms, and a rerun that only moves the period does not change them.
_players: Cache = Cache(16)


def clicked_district(value: object) -> str | None:
    """The Kemendagri code of the district feature in an st_folium value, else None. Only the
    GeoJSON ``id`` counts (set by maps.thematic): markers and labels carry none."""
    if not isinstance(value, dict):
        return None
    drawing = value.get("last_active_drawing")
    if not isinstance(drawing, dict):
        return None
    code = drawing.get("id")
    return code if isinstance(code, str) and code in regions.codes() else None


def follow_map_click(key: str) -> None:
    """Call before building the map: a click on a district opens its profile, so the click's
    rerun stops here and does not rebuild the map. st_folium writes its value to
    ``st.session_state[key]``; popping it means coming back does not jump again."""
    code = clicked_district(st.session_state.pop(key, None))
    if code:
        st.session_state[SELECTED_DISTRICT] = code
        st.switch_page(PROFILE_PAGE)


def show_clickable_map(m: folium.Map, key: str, height: int = 520) -> None:
    """A map that reruns the page only for a click on a feature, never for pan or zoom."""
    ui.show_map(m, key=key, height=height, returned_objects=["last_active_drawing"])


def show_inplace_clickable_map(areas, layer, frame, key: str, height: int = 520,
                               player=None) -> None:
    """As ``show_clickable_map``, for a map that a period change recolours in place (its frame
    stays, zoom and pan too; ``ui.inplace_map``). With the optional basemap chosen in the
    sidebar, the basemap is part of the map sent once."""
    from ui.inplace_map import show_inplace_map

    basemap = bool(st.session_state.get(ui.BASEMAP_KEY)
                   and not st.session_state.get(ui.SCHEMATIC_KEY, True))
    decorate = None
    if basemap:
        from maps.basemap import add_basemap

        lang = ui.lang()

        def decorate(m):
            add_basemap(m, t("map.basemap.offline", lang))
    show_inplace_map(areas, layer, frame, key=key, height=height, decorate=decorate,
                     decorate_key=(basemap, ui.lang()), player=player, lang=ui.lang())


def start_page(page: str, lang: str, datasets: Sequence[str],
               map_keys: Sequence[str] = ()) -> dict:
    """What every map page opens with: map clicks followed (a district click opens its profile),
    the title and introduction (``<page>.title``, ``<page>.intro``), its datasets loaded through the
    access check, and the DATA CONTOH label when any of them is demo data. Returns the datasets
    by name."""
    from ui import auth

    for key in map_keys:
        follow_map_click(key)
    st.title(t(f"{page}.title", lang))
    st.caption(t(f"{page}.intro", lang))
    loaded = {name: auth.dataset(name, lang) for name in datasets}
    ui.demo_banner(lang, list(loaded.values()))
    return loaded


def no_data(message: str, *datasets) -> None:
    """Say that there is no data, unless one of ``datasets`` (the LoadedDataset the emptiness
    comes from) was refused to this visitor: its note already said the data is internal and how
    to log in, and "no reports yet" would be false."""
    from ui import auth

    if any(auth.refused(loaded) for loaded in datasets):
        return
    st.info(message, icon="ℹ️")


def period_slider(periods: Sequence[str], key: str, lang: str, label: str,
                  default: str | None = None) -> str | None:
    """A period slider opening on ``default`` (else the newest). One period: no slider (a slider
    needs two ends), just the period named. The map's player (:func:`browser_player`) sets the
    slider to where the user stops it."""
    periods = list(periods)
    if not periods:
        return None
    if len(periods) == 1:
        st.caption(f"{label}: {fmt_period(periods[0], lang)}")
        return periods[0]
    if st.session_state.get(key) not in periods:
        st.session_state[key] = default if default in periods else periods[-1]
    return st.select_slider(label, options=periods, key=key,
                            format_func=lambda p: fmt_period(p, lang))


def browser_player(areas: gpd.GeoDataFrame, inputs: Sequence[pd.DataFrame], lang: str,
                   period_key: str, period: str | None,
                   layers: Callable[[], Sequence[tuple[str, str, object]]]):
    """The period player for an in-place map: ``layers()`` gives ``(period, label, layer)`` for
    every period; built once per content of ``inputs`` (the frames the layers derive from)."""
    from maps.thematic import player_frames
    from ui.inplace_map import make_player

    key = (tuple(areas["kode"].astype(str)), lang, *(content_key(f) for f in inputs))
    player = _players.get_or_build(
        key, lambda: make_player(player_frames(areas, list(layers())), period_key, None))
    return dataclasses.replace(player, period_key=period_key,
                               index=player.periods.index(period) if period in player.periods
                               else player.index)
