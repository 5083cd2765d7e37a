"""The overview in a real browser with no internet: ten coloured districts, a legend, a tooltip on
hover, the key figures, both languages, and not one request to a non-loopback host."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import WAIT_MS, map_frame

pytestmark = pytest.mark.e2e


def open_overview(page, server, lang="id"):
    page.page.goto(f"{server}/?lang={lang}", wait_until="domcontentloaded")
    return map_frame(page.page)


def test_overview_draws_ten_districts_with_legend_and_tooltip(page, server):
    frame = open_overview(page, server)
    paths = frame.locator("path.leaflet-interactive")
    assert paths.count() >= 10
    fills = {paths.nth(i).get_attribute("fill") for i in range(paths.count())}
    assert len(fills - {None}) >= 2, f"districts are not coloured by level: {fills}"

    legend = frame.locator(".map-legend")
    assert legend.count() == 1
    for label in ("Rendah", "Sedang", "Tinggi"):
        assert label in legend.inner_text()
    notices = frame.locator(".map-notice").all_inner_texts()
    assert any("bukan batas wilayah resmi" in text for text in notices)
    assert any("DATA CONTOH" in text for text in notices)

    paths.first.hover()
    tooltip = frame.locator(".leaflet-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    text = tooltip.inner_text()
    assert "Kabupaten" in text or "Kota" in text
    assert "Sumber" in text and "Periode" in text

    body = page.page.locator("section.main, [data-testid='stMain']").first.inner_text()
    assert "Kab/kota rawan tinggi" in body
    assert "DATA CONTOH" in body
    assert page.external_requests() == []


def test_overview_in_english(page, server):
    frame = open_overview(page, server, lang="en")
    assert "Low" in frame.locator(".map-legend").inner_text()
    frame.locator("path.leaflet-interactive").nth(3).hover()
    tooltip = frame.locator(".leaflet-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    assert "Source" in tooltip.inner_text()
    main = page.page.locator("[data-testid='stMain']").first.inner_text()
    assert "Districts at high risk" in main
    assert page.external_requests() == []


def test_language_switch_in_sidebar(page, server):
    open_overview(page, server)
    assert page.page.title() == "Dasbor Kesbangpol Kaltim"
    page.page.get_by_text("English", exact=True).click()
    page.page.get_by_text("Districts at high risk").wait_for(timeout=WAIT_MS)
    page.page.wait_for_function("document.title === 'Kesbangpol Kaltim Dashboard'", timeout=WAIT_MS)
    frame = map_frame(page.page, containing="High")  # the English map, not the one it replaces
    assert "High" in frame.locator(".map-legend").inner_text()
    assert "Tinggi" not in frame.locator(".map-legend").inner_text()
    assert page.external_requests() == []


def test_overview_table_downloads_as_csv(page, server):
    open_overview(page, server)
    p = page.page
    with p.expect_download() as download:
        p.get_by_role("button", name="Unduh CSV", exact=True).click()
    text = open(download.value.path(), encoding="utf-8-sig").read()
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 11 and "Kabupaten Kutai Kartanegara" in text
    assert page.external_requests() == []
