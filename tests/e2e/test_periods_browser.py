"""The real path: official kab/kota boundaries imported and an admin account in place (created
with ``python -m loaders add-user`` on the server's data dir). A visitor who is not logged in gets
the public landing page with the public datasets on a map, not an empty "internal" page; after
logging in through the Masuk form, the overview map of the demo's newest period (two districts
still on their 2026-Q2 report) stripes those two and has the "laporan periode sebelumnya" legend
entry."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import (
    WAIT_MS,
    add_user,
    import_boundaries_into,
    login,
    map_frame,
    start_server,
    stop_server,
)

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def real_server(tmp_path_factory, shared_dir):
    data_dir = tmp_path_factory.mktemp("e2e-periods")
    import_boundaries_into(data_dir, shared_dir, ["kabupaten"])
    add_user(data_dir, "ani", "admin")
    process, url = start_server(data_dir)
    yield url
    stop_server(process)


def test_anonymous_visitor_sees_the_public_map_and_what_login_adds(page, real_server):
    p = page.page
    p.goto(f"{real_server}/?lang=id", wait_until="domcontentloaded")
    p.get_by_text("Anda melihat data publik").wait_for(timeout=WAIT_MS)
    frame = map_frame(p, containing="Capaian − target")
    assert frame.locator("path.leaflet-interactive").count() >= 10  # the real kab/kota
    notices = " ".join(frame.locator(".map-notice").all_inner_texts())
    assert "bukan batas wilayah resmi" not in notices  # official boundaries, not the tiles
    body = p.locator("section.main, [data-testid='stMain']").first.inner_text()
    assert "Belum ada laporan rawan konflik" not in body
    assert "Laporan peta rawan konflik sosial dan kejadian konflik adalah data internal" in body
    assert "Kegiatan sosialisasi dalam periode" in body  # the outreach key figure
    assert page.external_requests() == []


def test_after_login_stale_districts_are_striped_with_a_legend_entry(page, real_server):
    p = page.page
    login(p, real_server, "ani")
    p.get_by_role("link", name="Ringkasan").click()
    frame = map_frame(p, containing="Laporan periode sebelumnya")
    legend = frame.locator(".map-legend").inner_text()
    assert "Laporan periode sebelumnya" in legend and "Tinggi" in legend
    fills = frame.locator("path.leaflet-interactive").evaluate_all(
        "ps => ps.map(p => [p.getAttribute('fill'), p.getAttribute('stroke-dasharray')])")
    striped = [f for f in fills if (f[0] or "").startswith("url(#stale-")]
    assert len(striped) == 2, fills  # Penajam Paser Utara and Mahakam Ulu, still on 2026-Q2
    assert all(dash == "6 4" for _, dash in striped)
    # the patterns the fills point to exist in the map's document
    for fill, _ in striped:
        pattern = fill[len("url(#"):-1]
        assert frame.locator(f"pattern#{pattern}").count() == 1
    # the key figure counts them as not reported
    body = p.locator("[data-testid='stMain']").first.inner_text()
    assert "8/10" in body and "Mahakam Ulu (tampil laporan Triwulan II 2026)" in body
    assert page.external_requests() == []
