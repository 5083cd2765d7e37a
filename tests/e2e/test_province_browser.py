"""DASHBOARD_PROVINCE=33 in a real browser with no internet: the landing page draws Jawa Tengah's
35 schematic tiles at 1366x768, with its title and DATA CONTOH, and not one request off loopback.
The page half is tests/app/test_province_pages.py."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import map_frame, start_server, stop_server

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def jateng_server(tmp_path_factory):
    process, base = start_server(tmp_path_factory.mktemp("jateng") / "data",
                                 extra_env={"DASHBOARD_PROVINCE": "33"})
    yield base
    stop_server(process)


def test_jawa_tengah_landing_draws_its_35_tiles(page, jateng_server):
    page.page.set_viewport_size({"width": 1366, "height": 768})
    page.page.goto(f"{jateng_server}/?lang=id", wait_until="domcontentloaded")
    frame = map_frame(page.page)
    paths = frame.locator("path.leaflet-interactive")
    assert paths.count() == 35
    assert frame.locator("path.leaflet-interactive").first.is_visible()
    notices = frame.locator(".map-notice").all_inner_texts()
    assert any("bukan batas wilayah resmi" in text for text in notices)
    assert any("DATA CONTOH" in text for text in notices)
    page.page.wait_for_function("document.title === 'Dasbor Kesbangpol Jawa Tengah'")
    sidebar = page.page.locator("[data-testid='stSidebar']").first.inner_text()
    assert "Badan Kesatuan Bangsa dan Politik Provinsi Jawa Tengah" in sidebar
    paths.first.hover()
    tooltip = frame.locator(".leaflet-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    assert "Kabupaten" in tooltip.inner_text() or "Kota" in tooltip.inner_text()
    assert page.external_requests() == []
