"""An editor logs in, uploads a district report on the Data page, reads the validation report,
commits it, and sees the overview map change; then a viewer cannot reach the Data page."""

from __future__ import annotations

import pytest

from accounts.users import Accounts
from maps.palette import RISK_COLOURS
from tests.e2e.conftest import PASSWORD, WAIT_MS, login, map_frame, start_server, stop_server

pytestmark = pytest.mark.e2e
XSS = "<img src=x onerror=alert(document.domain)>"
NAMES = ["Paser", "Kukar", "Berau", "Kab. Kutai Barat", "KUTAI TIMUR", "Penajam Paser Utara",
         "Mahakam Hulu", "Kota Balikpapan", "Samarinda", "Bontang"]


@pytest.fixture(scope="module")
def server_with_accounts(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("e2e-upload")
    accounts = Accounts(data_dir / "dashboard.sqlite3")
    accounts.add_user("edi", PASSWORD, "editor")
    accounts.add_user("vina", PASSWORD, "viewer")
    accounts.add_user("adi", PASSWORD, "admin")
    accounts.add_user("dina", PASSWORD, "editor", ["64.72"])  # Samarinda's own editor
    process, url = start_server(data_dir)
    yield url
    stop_server(process)


def report_file(tmp_path):
    lines = ["kab_kota;periode;tingkat_rawan;skor;kategori;jumlah_kejadian;catatan;unit_pelapor;"
             "tanggal_laporan;sumber"]
    for name in NAMES:
        lines.append(f"{name};2026-Q3;tinggi;80;politik_pemilu;4;{XSS};"
                     f"Kesbangpol;15/10/2026;Laporan kab/kota {XSS}")
    path = tmp_path / "laporan_q3.csv"
    path.write_text("\n".join(lines) + "\n", encoding="cp1252")
    return path


def test_editor_uploads_commits_and_the_map_changes(page, server_with_accounts, tmp_path):
    url = server_with_accounts
    p = page.page
    dialogs = []
    p.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    login(p, url, "edi")
    p.get_by_role("link", name="Ringkasan").click()
    before = {map_frame(p).locator("path.leaflet-interactive").nth(i).get_attribute("fill")
              for i in range(10)}
    assert len(before) > 1  # the demo map mixes levels

    p.get_by_role("link", name="Data").click()
    p.get_by_text("Unggah berkas").wait_for(timeout=WAIT_MS)
    p.locator("input[type=file]").set_input_files(str(report_file(tmp_path)))
    p.get_by_text("Pratinjau perubahan terhadap versi terkini").wait_for(timeout=WAIT_MS)
    body = p.locator("[data-testid='stMain']").inner_text()
    assert "10 baris data dibaca; 0 galat" in body  # the validation report's summary
    assert "Pratinjau" in body
    p.get_by_role("button", name="Simpan sebagai versi baru").click()
    p.get_by_text("Tersimpan sebagai versi").wait_for(timeout=WAIT_MS)

    p.get_by_role("link", name="Ringkasan").click()
    frame = map_frame(p)
    p.wait_for_timeout(500)
    paths = frame.locator("path.leaflet-interactive")
    after = [paths.nth(i).get_attribute("fill") for i in range(paths.count())]
    assert after.count(RISK_COLOURS["tinggi"]) == 10, after
    assert "DATA CONTOH" not in " ".join(frame.locator(".map-notice").all_inner_texts())
    paths.nth(2).hover()  # the source, with its <img onerror>, is in the tooltip as text
    tooltip = frame.locator(".leaflet-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    assert XSS in tooltip.inner_text()
    assert frame.locator(".leaflet-tooltip img").count() == 0
    p.wait_for_timeout(500)

    p.get_by_role("link", name="Profil Kab/Kota").click()  # the district's own page
    # The overview shows the same source text, so wait for the profile's own headings (the
    # source caption comes before them) instead of for the text.
    p.wait_for_url("**/profil-kab-kota*", timeout=WAIT_MS)
    main = p.locator("[data-testid='stMain']")
    main.get_by_role("heading", name="Riwayat skor rawan").wait_for(timeout=WAIT_MS)
    main.get_by_role("heading", name="Kegiatan sosialisasi").wait_for(timeout=WAIT_MS)
    assert XSS in main.inner_text()
    assert main.locator("img[src='x']").count() == 0
    assert dialogs == []  # no payload ran: not in the tooltip, the tables or the profile
    assert page.external_requests() == []


def test_viewer_has_no_data_page(page, server_with_accounts):
    p = page.page
    login(p, server_with_accounts, "vina")
    assert p.get_by_role("link", name="Data").count() == 0
    p.goto(f"{server_with_accounts}/data?lang=id", wait_until="domcontentloaded")
    p.wait_for_timeout(3000)
    assert p.locator("input[type=file]").count() == 0


def test_district_editor_cannot_commit_other_districts_rows(page, server_with_accounts,
                                                            tmp_path):
    p = page.page
    login(p, server_with_accounts, "dina")
    p.get_by_role("link", name="Data").click()
    p.get_by_text("Unggah berkas").wait_for(timeout=WAIT_MS)
    p.locator("input[type=file]").set_input_files(str(report_file(tmp_path)))
    p.get_by_text("10 baris data dibaca; 9 galat").wait_for(timeout=WAIT_MS)  # all but Samarinda
    # The verdict is drawn after the count line: wait for it before counting what is on screen.
    p.get_by_text("Berkas DITOLAK").first.wait_for(timeout=WAIT_MS)
    assert p.get_by_role("button", name="Simpan sebagai versi baru").count() == 0
    assert p.get_by_text("Berkas DITOLAK").count() == 1
    assert page.external_requests() == []


def test_admin_reads_every_action_in_the_audit_trail(page, server_with_accounts):
    """Runs after the editor's upload and the viewer's visit (same server, file order)."""
    p = page.page
    login(p, server_with_accounts, "adi")
    p.get_by_role("link", name="Admin").click()
    p.get_by_text("Jejak audit", exact=True).wait_for(timeout=WAIT_MS)
    csv_button = p.get_by_role("button", name="Unduh jejak audit (CSV)")
    with p.expect_download() as download:
        csv_button.click()
    text = open(download.value.path(), encoding="utf-8-sig").read()
    for user, action in (("edi", "login"), ("edi", "upload_checked"), ("edi", "commit"),
                         ("vina", "login"), ("dina", "upload_checked"), ("adi", "login")):
        assert any(line.split(",")[1:3] == [user, action] for line in text.splitlines()), \
            (user, action)
    assert page.external_requests() == []
