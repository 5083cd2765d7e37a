"""Streamlit glue for shareable links (rules in ``views.links``): a district chooser that opens
on the district the URL names and writes the user's choice back into the URL."""

from __future__ import annotations

from typing import Callable

import streamlit as st

from domain import regions
from i18n import t
from views import links


def district_box(lang: str, key: str, label: str, default: object,
                 format_func: Callable[[str], str]) -> str | None:
    """A kab/kota selectbox: the URL's ``?kab=`` when it names one (once per link, so a later
    choice sticks), else ``default``. The choice goes back into the URL. An unknown code in the
    URL gets the translated message and no district (None) until the user picks one."""
    codes = regions.codes()
    requested = st.query_params.get(links.KAB)
    code, problem = links.district_param(requested, lang)
    links.take_requested(st.session_state, key, requested, code)
    if key not in st.session_state:
        st.session_state[key] = default if default in codes else codes[0]
    if problem and st.session_state.get(key) is None:
        st.error(problem, icon="⚠️")
    choice = st.selectbox(label, codes, key=key, format_func=format_func,
                          placeholder=t("links.choose", lang))
    if choice is not None:
        links.keep_in_url(st.query_params, st.session_state, key, links.KAB, choice)
    return choice


def kecamatan_request(lang: str, key: str, kab: str, kecamatan_codes) -> None:
    """Before the kecamatan selectbox: the URL's ``?kec=`` (a kecamatan of ``kab``) becomes its
    value once per link; a code that is not one of them gets the translated message and all
    kecamatan are shown."""
    requested = st.query_params.get(links.KEC)
    code, problem = links.kecamatan_param(requested, kab, kecamatan_codes, lang)
    if links.take_requested(st.session_state, key, requested, code or "") and problem:
        st.warning(problem, icon="⚠️")


def keep_kecamatan_in_url(key: str, kec: str | None) -> None:
    links.keep_in_url(st.query_params, st.session_state, key, links.KEC, kec)
