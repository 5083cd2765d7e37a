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
        t("app.language", current) + " / Language",
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
    return choice


def demo_banner(language: str, is_demo: bool | Iterable[bool]) -> None:
    """The DATA CONTOH label, on every page that shows demo data."""
    flags = [is_demo] if isinstance(is_demo, bool) else list(is_demo)
    if any(flags):
        st.warning(t("demo.banner", language), icon="⚠️")


def source_line(language: str, source: str, period: str) -> None:
    st.caption(t("source.line", language, source=source, period=period))


def show_map(m: folium.Map, key: str, height: int = 560,
             returned_objects: Iterable[str] = ()) -> dict:
    """Draw a map. By default nothing comes back, so panning or zooming does not rerun the page;
    a page that reacts to clicks names the keys it uses."""
    return st_folium(m, key=key, height=height, use_container_width=True,
                     returned_objects=list(returned_objects)) or {}
