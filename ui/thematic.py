"""Streamlit glue shared by the thematic pages: a period slider that can play, maps whose
district clicks open the profile page, and the "no data" state."""

from __future__ import annotations

import time
from typing import Sequence

import folium
import streamlit as st

import ui
from domain import regions
from i18n import fmt_period, t

PROFILE_PAGE = "pages/profile.py"
SELECTED_DISTRICT = "selected_district"
PLAY_SECONDS = 1.6


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


def show_inplace_clickable_map(areas, layer, frame, key: str, height: int = 520) -> None:
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
                     decorate_key=(basemap, ui.lang()))


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


def period_player(periods: Sequence[str], key: str, lang: str, label: str,
                  default: str | None = None) -> str | None:
    """A period slider with a play button that steps through the periods, opening on
    ``default`` (else the newest). One period: no slider (a slider needs two ends), just the
    period named."""
    periods = list(periods)
    if not periods:
        return None
    if len(periods) == 1:
        st.caption(f"{label}: {fmt_period(periods[0], lang)}")
        return periods[0]
    next_key, playing_key, step_key = f"{key}__next", f"{key}__playing", f"{key}__stepped"
    # The slider's own state may only be set before it is drawn: the player leaves the next
    # period aside and it is applied here, on the full rerun it triggered.
    if next_key in st.session_state:
        st.session_state[key] = st.session_state.pop(next_key)
    if st.session_state.get(key) not in periods:
        st.session_state[key] = default if default in periods else periods[-1]
    left, right = st.columns([6, 1], vertical_alignment="bottom")
    period = left.select_slider(label, options=periods, key=key,
                                format_func=lambda p: fmt_period(p, lang))
    playing = bool(st.session_state.get(playing_key))
    if right.button(t("thematic.stop", lang) if playing else t("thematic.play", lang),
                    key=f"{key}__button", width="stretch"):
        playing = not playing
        st.session_state[playing_key] = playing
        st.session_state[step_key] = time.monotonic()
        if playing and period == periods[-1]:
            st.session_state[next_key] = periods[0]
        st.rerun()
    if playing:
        _play_tick(periods, key)
    return period


@st.fragment(run_every=0.5)
def _play_tick(periods: list[str], key: str) -> None:
    # Runs only while playing (the page calls it only then). The elapsed-time check makes the
    # step rate independent of how long a page rerun takes.
    playing_key, step_key, next_key = f"{key}__playing", f"{key}__stepped", f"{key}__next"
    if not st.session_state.get(playing_key):
        return
    if time.monotonic() - st.session_state.get(step_key, 0.0) < PLAY_SECONDS:
        return
    current = st.session_state.get(key, periods[-1])
    i = periods.index(current) if current in periods else -1
    if i + 1 >= len(periods):
        st.session_state[playing_key] = False
    else:
        st.session_state[next_key] = periods[i + 1]
    st.session_state[step_key] = time.monotonic()
    st.rerun(scope="app")
