"""Warm the process at server start, so the first visitor does not pay for it.

A fresh server process has imported Streamlit and the login routes only. The first page's script
then imports pandas, geopandas, folium and the pages' modules (about 3 s on the 2-core test
machine), opens the store and decodes the datasets, reads the area layer and compiles folium's
templates while building its first map: the first visitor waited ~5 s for a map that later
visitors get in about 2 s. ``start()`` does that work in a daemon thread when the server starts,
while the first browser is still loading Streamlit's own scripts (about 1.2 s before its
websocket opens). Everything warmed is a cache the pages use anyway (module imports,
``storage.datasets``' decoded versions, ``loaders.areas``' layers, ``maps.thematic``'s geometry
cache, jinja's compiled templates), so a page that runs during the warm-up waits on the same
build (``storage.cache``) or import lock instead of repeating it. ``DASHBOARD_WARMUP=0`` turns it
off (the benchmark's "before").

Failures are logged and ignored: a store that cannot be read is the first page's to report, in
the user's language.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Callable

import config

log = logging.getLogger(__name__)
DATASETS = ("conflict_risk", "participation", "outreach")
_state: dict[str, object] = {"thread": None, "timings": {}}


def _imports() -> None:
    import folium  # noqa: F401
    import folium.plugins  # noqa: F401
    import geopandas  # noqa: F401

    # What streamlit-folium imports; not streamlit_folium itself: it registers its component when
    # imported, which needs a script run (in this thread the map frames would answer 404).
    import streamlit.components.v1  # noqa: F401

    import exports.frames  # noqa: F401
    import indicators.figures  # noqa: F401
    import indicators.thematic  # noqa: F401
    import maps.charts  # noqa: F401
    import maps.points  # noqa: F401
    import maps.thematic  # noqa: F401
    import views.conflict_risk  # noqa: F401
    import views.overview  # noqa: F401
    import views.thematic_common  # noqa: F401
    from accounts import users  # noqa: F401


def _datasets() -> None:
    from storage import datasets

    for name in DATASETS:
        datasets.load(name)
    from accounts import users

    try:
        store = users.shared_accounts()
        store.has_users()
        store.public_datasets()
    except Exception as error:  # noqa: BLE001 - the page reports the store in the user's language
        log.info("warm-up: account store not read: %s", error)


def _areas() -> list:
    from loaders import areas

    layers = [areas.schematic_tiles()]
    imported = areas.imported_areas("kabupaten")
    if imported is not None:
        layers.append(imported)
    return layers


def _first_map(layers: list) -> None:
    """The overview's map on each area layer, rendered to HTML: compiles folium's element
    templates and fills the per-frame geometry cache the pages hit."""
    from i18n import DEFAULT_LANGUAGE
    from indicators import figures
    from maps.thematic import thematic_map
    from storage import datasets
    from views import overview
    from views.thematic_common import map_frame

    loaded = {name: datasets.load(name) for name in DATASETS}
    conflict = loaded["conflict_risk"].frame
    period = figures.default_period(conflict)
    if period is None:
        return
    summary = figures.district_summary(conflict, loaded["participation"].frame,
                                       loaded["outreach"].frame, period)
    layer = overview.risk_layer(summary, DEFAULT_LANGUAGE)
    for area in layers:
        m = thematic_map(area.frame, layer, map_frame(DEFAULT_LANGUAGE, area.schematic,
                                                       loaded["conflict_risk"].is_demo,
                                                       area.attribution))
        m.get_root().render()


def warm() -> dict[str, float]:
    """Run every step (each failure logged, the next still tried); seconds per step."""
    timings: dict[str, float] = {}
    layers: list = []
    steps: list[tuple[str, Callable[[], object]]] = [
        ("imports", _imports), ("datasets", _datasets), ("areas", lambda: layers.extend(_areas())),
        ("first map", lambda: _first_map(layers))]
    for name, step in steps:
        started = time.perf_counter()
        try:
            step()
        except Exception:  # noqa: BLE001 - a warm-up never stops the server
            log.warning("warm-up step %s failed", name, exc_info=True)
        timings[name] = time.perf_counter() - started
    _state["timings"] = timings
    log.info("warm-up done: %s", ", ".join(f"{k} {v:.2f} s" for k, v in timings.items()))
    return timings


def start() -> threading.Thread | None:
    """Start the warm-up thread once per process (unless ``DASHBOARD_WARMUP=0``)."""
    if not config.WARMUP.get() or _state["thread"] is not None:
        return None
    thread = threading.Thread(target=warm, name="dashboard-warmup", daemon=True)
    _state["thread"] = thread
    thread.start()
    return thread


def timings() -> dict[str, float]:
    return dict(_state["timings"])  # type: ignore[arg-type]
