"""The notice every page shows when the data store cannot be used, and the safety net that turns
a store fault escaping a page into that notice instead of a traceback. The faults themselves are
classified in ``storage`` (``store_health``, ``classify``); this only lays them out."""

from __future__ import annotations

import logging

import streamlit as st

from i18n import t
from storage import backends, faults

log = logging.getLogger(__name__)


def show_notice(lang: str, fault: faults.StoreFaultError | None = None) -> \
        faults.StoreFaultError | None:
    """Above every page: which condition (unreachable, read-only, full, damaged, busy), what to
    do, and whether what follows is the real data or the demo data. Returns the fault (or None)."""
    fault = fault or backends.store_health()
    if fault is None:
        return None
    shown = "store.fault.shown_real" if fault.readable else "store.fault.shown_demo"
    st.error(f"{fault.message(lang)}\n\n{t(shown, lang)}", icon="🛑")
    return fault


def run_page(navigation, lang: str) -> None:
    """``navigation.run()``; a store fault that escapes the page (a write refused, an account
    store that went away mid-run) ends the page with the notice, not a traceback. Any other error
    is left to Streamlit, which shows no details (``client.showErrorDetails = "none"``)."""
    try:
        navigation.run()
    except Exception as error:  # noqa: BLE001 - only store faults are handled; others re-raised
        fault = faults.classify_backend(error, backends.store_location())
        if fault is None:
            raise
        log.warning("page stopped by a store fault (%s): %s", fault.condition, fault.detail)
        st.error(f"{t('store.fault.page_stopped', lang)} {fault.message(lang)}", icon="🛑")
