"""With official boundaries imported, the maps draw the ten real kab/kota, a switch brings back the
schematic tiles, and the drill-down reaches one kecamatan's villages by clicking the map (the
server: ``server_with_boundaries`` in tests/e2e/conftest.py)."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import WAIT_MS, map_frame

pytestmark = pytest.mark.e2e


def test_real_districts_and_the_tile_switch(page, server_with_boundaries):
    p = page.page
    p.goto(f"{server_with_boundaries}/?lang=id", wait_until="domcontentloaded")
    frame = map_frame(p)
    assert frame.locator("path.leaflet-interactive").count() >= 10
    notices = " ".join(frame.locator(".map-notice").all_inner_texts())
    assert "bukan batas wilayah resmi" not in notices
    assert "kaltim_kabupaten_kota.geojson" in notices  # the layer's provenance is on the map
    p.get_by_text("Petak skematis").click()
    for _ in range(40):  # the map is redrawn in a new frame
        p.wait_for_timeout(500)
        texts = [" ".join(f.locator(".map-notice").all_inner_texts())
                 for f in p.frames if f != p.main_frame]
        if any("bukan batas wilayah resmi" in text for text in texts):
            break
    else:
        raise AssertionError(f"the tile view did not appear: {texts}")
    assert page.external_requests() == []


def test_drill_down_to_one_kecamatan_by_clicking(page, server_with_boundaries):
    p = page.page
    p.goto(f"{server_with_boundaries}/?lang=id", wait_until="domcontentloaded")
    p.get_by_role("link", name="Kecamatan & Desa").click()
    kec_frame = map_frame(p)
    kecamatan = kec_frame.locator("path.leaflet-interactive")
    assert kecamatan.count() >= 5  # Paser has 10 kecamatan
    kecamatan.nth(0).click(force=True)
    p.get_by_text("Desa/kelurahan di Kecamatan").wait_for(timeout=WAIT_MS)
    desa_frame = map_frame(p, index=1)
    assert desa_frame.locator("path.leaflet-interactive").count() >= 3
    assert page.external_requests() == []
