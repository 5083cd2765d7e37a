"""Streamlit glue shared by the pages: language, honesty labels and map display.

Kept small on purpose: data rules live in ``loaders``, map rules in ``maps``; this only lays out.
"""

from __future__ import annotations

from typing import Iterable

import folium
import streamlit as st
from streamlit_folium import st_folium

from i18n import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES, t

LANG_KEY = "lang"


def lang() -> str:
    """The interface language: the session's choice, else ``?lang=`` in the URL, else Indonesian."""
    if LANG_KEY not in st.session_state:
        requested = st.query_params.get(LANG_KEY, DEFAULT_LANGUAGE)
        st.session_state[LANG_KEY] = requested if requested in LANGUAGES else DEFAULT_LANGUAGE
    return st.session_state[LANG_KEY]


def language_switch() -> str:
    """The sidebar's language choice; keeps ``?lang=`` in the URL so a bookmark reopens it."""
    current = lang()
    choice = st.sidebar.radio(
        # Named in both languages, whichever is shown ("Bahasa / Language"), for someone who
        # does not read the one on screen.
        f"{t('app.language', 'id')} / {t('app.language', 'en')}",
        LANGUAGES,
        index=LANGUAGES.index(current),
        format_func=LANGUAGE_NAMES.get,
        horizontal=True,
        key="language_switch",
    )
    if choice != current:
        st.session_state[LANG_KEY] = choice
        st.query_params[LANG_KEY] = choice
        st.rerun()
    if st.query_params.get(LANG_KEY) != choice:
        # A menu link opens its page without the query: put the language back in the address,
        # so a reload or a copied link stays in the language chosen.
        st.query_params[LANG_KEY] = choice
    return choice


def demo_banner(language: str, is_demo: bool | Iterable) -> None:
    """The DATA CONTOH label, on every page that shows demo data. Given the loaded datasets
    (storage.defaults.LoadedDataset), it names which figures are invented (the embedded
    participation data holds published figures too, views.provenance); given only flags, it says
    the page's figures are demo data except where a source is named."""
    from views.provenance import invented_figures

    items = [is_demo] if isinstance(is_demo, bool) else list(is_demo)
    named: list[str] = []
    for item in items:
        if not isinstance(item, bool) and getattr(item, "is_demo", False):
            named += invented_figures(item.name, item.frame, language)
    if named:
        st.warning(t("published.banner", language, figures="; ".join(dict.fromkeys(named))),
                   icon="⚠️")
    elif any(item if isinstance(item, bool) else False for item in items):
        st.warning(t("demo.banner", language), icon="⚠️")


def source_line(language: str, source: str, period: str) -> None:
    st.caption(t("source.line", language, source=source, period=period))


SCHEMATIC_KEY = "map_view_schematic"
BASEMAP_KEY = "map_basemap"


def map_view_switch(language: str) -> None:
    """Once official boundaries are imported: choose them or the schematic tiles (which give the
    small cities equal weight in a presentation), and optionally a basemap that needs internet."""
    from loaders import areas

    if areas.imported_areas("kabupaten") is None:
        st.session_state[SCHEMATIC_KEY] = True
        return
    with st.sidebar:
        choice = st.radio(t("map.view", language), ("boundaries", "tiles"),
                          format_func=lambda v: t(f"map.view.{v}", language),
                          key="map_view_choice", horizontal=True)
        st.session_state[SCHEMATIC_KEY] = choice == "tiles"
        st.checkbox(t("map.basemap", language), key=BASEMAP_KEY,
                    disabled=choice == "tiles", help=t("map.basemap.help", language))


def district_areas():
    """The kab/kota layer for maps, as the sidebar's view switch says."""
    from loaders import areas

    if st.session_state.get(SCHEMATIC_KEY, False):
        return areas.schematic_tiles()
    return areas.district_areas()


def show_map(m: folium.Map, key: str, height: int = 560,
             returned_objects: Iterable[str] = ()) -> dict:
    """Draw a map. By default nothing comes back, so panning or zooming does not rerun the page;
    a page that reacts to clicks names the keys it uses."""
    if st.session_state.get(BASEMAP_KEY) and not st.session_state.get(SCHEMATIC_KEY, True):
        from maps.basemap import add_basemap

        add_basemap(m, t("map.basemap.offline", lang()))
    return st_folium(m, key=key, height=height, use_container_width=True,
                     returned_objects=list(returned_objects)) or {}
