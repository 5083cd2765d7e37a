"""The overview's map (and the conflict-risk page's level map) updates in place (issue 15): with
the official kab/kota boundaries imported,
a period change from the keyboard recolours the map in the frame already on screen (the frame is
neither replaced nor navigated, a mark set on its window survives), the zoom the user chose stays,
and the colours drawn are those of the chosen period's data."""

from __future__ import annotations

import os

import pytest

from tests.e2e.conftest import (
    WAIT_MS,
    click_district_opens_profile,
    import_boundaries_into,
    start_server,
    stop_server,
)

pytestmark = pytest.mark.e2e

FILLS_JS = """() => {
  const fills = {};
  window.__inplace.map.eachLayer(l => {
    if (l.feature && l._path) fills[l.feature.id] = l._path.getAttribute('fill');
  });
  return fills;
}"""


@pytest.fixture(scope="module")
def kab_server(tmp_path_factory, shared_dir):
    data_dir = tmp_path_factory.mktemp("e2e-inplace")
    import_boundaries_into(data_dir, shared_dir, levels=("kabupaten",))
    process, url = start_server(data_dir)
    yield url, data_dir
    stop_server(process)


def expected_fills(data_dir, period: str) -> dict[str, str]:
    """The fill of every district for ``period``, computed by the map builders from the data the
    server reads (the demo data seeded in its store), as a rebuilt map would draw it."""
    from indicators import figures
    from loaders import areas
    from maps.thematic import expand_update, layer_update
    from storage import datasets
    from views import overview

    previous = os.environ.get("DASHBOARD_DATA_DIR")
    os.environ["DASHBOARD_DATA_DIR"] = str(data_dir)
    try:
        loaded = {n: datasets.load(n) for n in ("conflict_risk", "participation", "outreach")}
        layer = areas.imported_areas("kabupaten")
        summary = figures.district_summary(loaded["conflict_risk"].frame,
                                           loaded["participation"].frame,
                                           loaded["outreach"].frame, period)
        update = layer_update(layer.frame, overview.risk_layer(summary, "id"))
    finally:
        if previous is None:
            os.environ.pop("DASHBOARD_DATA_DIR")
        else:
            os.environ["DASHBOARD_DATA_DIR"] = previous
    shown = expand_update(update, layer.frame["kode"].tolist())
    return {code: style["fillColor"] for code, (style, _) in shown.items()}


def periods_of(data_dir) -> tuple[list[str], str]:
    from indicators import figures
    from storage import datasets

    previous = os.environ.get("DASHBOARD_DATA_DIR")
    os.environ["DASHBOARD_DATA_DIR"] = str(data_dir)
    try:
        conflict = datasets.load("conflict_risk").frame
        return figures.periods(conflict), figures.default_period(conflict)
    finally:
        if previous is None:
            os.environ.pop("DASHBOARD_DATA_DIR")
        else:
            os.environ["DASHBOARD_DATA_DIR"] = previous


def inplace_frame(page):
    page.wait_for_selector("iframe", timeout=WAIT_MS)
    for _ in range(int(WAIT_MS / 100)):
        for frame in page.frames:
            if "inplace_map" in frame.url:
                try:
                    if frame.evaluate("!!(window.__inplace && window.__inplace.map && "
                                      "document.querySelector('path.leaflet-interactive'))"):
                        return frame
                except Exception:  # noqa: BLE001 - a frame being attached
                    pass
        page.wait_for_timeout(100)
    raise AssertionError("the overview's map frame never drew its districts")


def wait_for_fills(page, frame, expected: dict[str, str]) -> dict[str, str]:
    fills = {}
    for _ in range(int(WAIT_MS / 100)):
        fills = frame.evaluate(FILLS_JS)
        if fills == expected:
            return fills
        page.wait_for_timeout(100)
    raise AssertionError(f"colours drawn {fills} are not the period's {expected}")


@pytest.mark.parametrize("path", ["", "peta-rawan-konflik"])  # the overview, the conflict-risk page
def test_a_period_change_recolours_the_map_in_its_frame_and_keeps_the_zoom(page, kab_server, path):
    url, data_dir = kab_server
    p = page.page
    p.goto(f"{url}/{path}?lang=id", wait_until="domcontentloaded")
    frame = inplace_frame(p)
    periods, default = periods_of(data_dir)
    assert len(periods) >= 2 and default in periods
    earlier = periods[periods.index(default) - 1]
    assert expected_fills(data_dir, earlier) != expected_fills(data_dir, default)  # a real change
    wait_for_fills(p, frame, expected_fills(data_dir, default))
    assert frame.locator("path.leaflet-interactive").count() == 10

    # The user zooms in (the map's own + button), and the frame is marked.
    zoom = frame.evaluate("window.__inplace.map.getZoom()")
    frame.locator(".leaflet-control-zoom-in").click()
    p.wait_for_timeout(600)  # the zoom animation
    zoomed = frame.evaluate("window.__inplace.map.getZoom()")
    assert zoomed > zoom
    frame.evaluate("window.__kept = 'same window'")
    navigations = []
    # (the conflict-risk page's other maps still rebuild through st_folium: only this one counts)
    p.on("framenavigated", lambda f: navigations.append(f.url) if "inplace_map" in f.url else None)

    slider = p.get_by_role("slider").first
    slider.focus()
    p.keyboard.press("ArrowLeft")
    p.get_by_text("Triwulan").first.wait_for()
    wait_for_fills(p, frame, expected_fills(data_dir, earlier))

    assert frame.evaluate("window.__kept") == "same window"  # the frame was not reloaded
    assert navigations == []
    assert frame.evaluate("window.__inplace.map.getZoom()") == zoomed
    assert [f for f in p.frames if "inplace_map" in f.url] == [frame]
    legend = frame.locator(".map-legend").inner_text()
    assert "Tingkat rawan" in legend and "Tinggi" in legend

    # and back again: the newest period's colours, still the same window
    p.keyboard.press("ArrowRight")
    wait_for_fills(p, frame, expected_fills(data_dir, default))
    assert frame.evaluate("window.__kept") == "same window"
    assert page.external_requests() == []


def test_a_district_click_on_the_inplace_map_opens_its_profile(page, kab_server):
    url, _ = kab_server
    page.page.goto(f"{url}/?lang=id", wait_until="domcontentloaded")
    frame = inplace_frame(page.page)
    name = click_district_opens_profile(page, frame)  # hover for the name, click, its profile
    assert name
