"""The server's warm-up (server/warmup.py) and the cache headers of versioned assets
(server/static_cache.py): what makes a newcomer's first page fast (benchmarks/bench_cold_start.py
measures it in a browser)."""

from __future__ import annotations

import asyncio
import logging
import threading

from loaders import areas
from maps import assets, thematic
from server import static_cache, warmup
from storage import datasets


def test_warmup_setting_turns_the_thread_on_and_off(monkeypatch):
    ran = []
    monkeypatch.setattr(warmup, "warm", lambda: ran.append(True))
    monkeypatch.setitem(warmup._state, "thread", None)
    monkeypatch.setenv("DASHBOARD_WARMUP", "0")
    assert warmup.start() is None and ran == []
    monkeypatch.setenv("DASHBOARD_WARMUP", "1")
    thread = warmup.start()
    thread.join(10)
    assert ran == [True]
    assert warmup.start() is None  # once per process
    assert ran == [True]


def test_warmup_fills_the_caches_the_first_page_reads(data_dir, caplog, monkeypatch):
    datasets._load_version.cache_clear()
    areas.schematic_tiles.cache_clear()
    thematic._geometry_cache.clear()
    with caplog.at_level(logging.WARNING, logger="server.warmup"):
        timings = warmup.warm()
    assert set(timings) == {"imports", "datasets", "areas", "first map"}
    assert not caplog.records, [r.getMessage() for r in caplog.records]  # no step failed
    assert (data_dir / "dashboard.sqlite3").exists()  # the store opened and seeded at start
    misses = datasets._load_version.cache_info().misses
    assert misses == 3  # the three datasets the overview reads, decoded once
    for name in warmup.DATASETS:
        datasets.load(name)
    assert datasets._load_version.cache_info().misses == misses  # the first page: hits only
    tiles = areas.schematic_tiles()
    assert areas.schematic_tiles.cache_info().misses == 1
    geometry_misses = thematic._geometry_cache.info().misses
    thematic._geometry_dicts(tiles.frame)  # the map's geometry, converted during the warm-up
    assert thematic._geometry_cache.info().misses == geometry_misses


def test_warmup_never_imports_the_map_component(monkeypatch):
    # streamlit-folium registers its component only when imported inside a script run; imported
    # by this thread first, it is never registered and every map frame answers 404 (seen in the
    # first version of the warm-up).
    import sys

    monkeypatch.delitem(sys.modules, "streamlit_folium", raising=False)
    warmup._imports()
    assert "streamlit_folium" not in sys.modules


def test_versioned_vendor_files_and_hashed_component_files_are_immutable():
    for _, url in assets.LOCAL_JS + assets.LOCAL_CSS + assets.MARKERCLUSTER_JS:
        assert static_cache.is_immutable(url), url
    assert static_cache.is_immutable(
        "/component/streamlit_folium.st_folium/static/js/main.521860b0.js")
    for path in ("/component/streamlit_folium.st_folium/index.html",  # names the bundle: no-cache
                 "/app/static/vendor/leaflet/leaflet.js",  # unversioned
                 "/app/static/other.js", "/", "/_stcore/health"):
        assert not static_cache.is_immutable(path), path


def _response_headers(path: str, status: int = 200, base: str = "") -> dict:
    async def app(scope, receive, send):
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"cache-control", b"public"), (b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": b"x"})

    sent = []

    async def send(message):
        sent.append(message)

    async def receive():
        return {"type": "http.request"}

    scope = {"type": "http", "method": "GET", "path": path}
    # In a thread of its own: after the browser tests of the same run, Playwright's sync API
    # keeps an event loop running in this thread, where asyncio.run() refuses to start one.
    worker = threading.Thread(target=asyncio.run,
                              args=(static_cache.ImmutableAssets(app, base)(scope, receive, send),))
    worker.start()
    worker.join()
    return {k.decode(): v.decode() for k, v in sent[0]["headers"]}


def test_the_middleware_replaces_the_cache_header_only_for_immutable_files():
    leaflet = assets.LOCAL_JS[0][1]
    assert _response_headers(leaflet)["cache-control"] == static_cache.IMMUTABLE
    assert _response_headers("/base" + leaflet, base="/base")["cache-control"] == \
        static_cache.IMMUTABLE
    assert _response_headers("/app/static/other.js")["cache-control"] == "public"
    assert _response_headers(leaflet, status=404)["cache-control"] == "public"
