"""Issue 14's "done when": a kecamatan-level conflict-risk report of one kab/kota, imported through
the command line as staff write it (kecamatan by name, "Kec." prefixes, "Sei" for "Sungai"),
shows its kecamatan coloured by level on the drill-down opened by URL, for a logged-in viewer,
with official boundaries imported; the kecamatan not reported are in the no-data colour."""

from __future__ import annotations

import csv
import io
from collections import Counter

import pytest

from maps.palette import NO_DATA_COLOUR, RISK_COLOURS
from tests.e2e.conftest import (
    WAIT_MS,
    add_user,
    import_boundaries_into,
    login,
    map_frame,
    run_cli,
    start_server,
    stop_server,
)

pytestmark = pytest.mark.e2e

# Kota Samarinda, 2026-Q3, six of its ten kecamatan, as a district office writes them.
REPORT = [("Kec. Palaran", "tinggi", 81), ("Samarinda Seberang", "tinggi", 72),
          ("Kecamatan Samarinda Ulu", "sedang", 55), ("Sei Kunjang", "sedang", 40),
          ("Sambutan", "rendah", 20), ("Loa Janan Ilir", "rendah", 12)]


@pytest.fixture(scope="module")
def kecamatan_server(tmp_path_factory, shared_dir):
    data_dir = tmp_path_factory.mktemp("e2e-drill-kecamatan")
    import_boundaries_into(data_dir, shared_dir, ["kabupaten", "kecamatan"])
    add_user(data_dir, "edi", "editor")
    add_user(data_dir, "vina", "viewer")
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["kab_kota", "kecamatan", "periode", "tingkat_rawan", "skor", "kategori",
                     "jumlah_kejadian", "unit_pelapor", "tanggal_laporan", "sumber"])
    for name, level, score in REPORT:
        writer.writerow(["Kota Samarinda", name, "TW III 2026", level, score, "sara", 1,
                         "Kesbangpol Kota Samarinda", "2026-10-10", "Laporan TW III"])
    path = data_dir / "rawan_samarinda_kecamatan.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    out = run_cli(data_dir, "import", "conflict_risk", str(path), "--user", "edi", "--replace")
    assert "Sei Kunjang → Kecamatan Sungai Kunjang (64.72.06)" in out, out
    process, url = start_server(data_dir)
    yield url
    stop_server(process)


def test_kecamatan_report_colours_the_drilldown_opened_by_url(browser, kecamatan_server):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="id-ID")
    context.set_default_timeout(WAIT_MS)
    p = context.new_page()
    try:
        login(p, kecamatan_server, "vina")
        p.goto(f"{kecamatan_server}/kecamatan-desa?kab=64.72&lang=id",
               wait_until="domcontentloaded")
        frame = map_frame(p, containing="Tingkat rawan · Triwulan III 2026")
        legend = frame.locator(".map-legend").first.inner_text()
        assert "belum dilaporkan" in legend and "Tinggi" in legend
        fills = frame.locator("path.leaflet-interactive").evaluate_all(
            "ps => ps.map(p => (p.getAttribute('fill') || '').toUpperCase())")
        counts = Counter(fills)
        expected = Counter(level for _, level, _ in REPORT)
        for level, n in expected.items():
            assert counts[RISK_COLOURS[level].upper()] == n, (level, counts)
        assert counts[NO_DATA_COLOUR.upper()] == 10 - len(REPORT), counts  # four not reported
        body = p.locator("[data-testid='stMain']").first.inner_text()
        assert "Kecamatan di Kota Samarinda" in body
    finally:
        context.close()
