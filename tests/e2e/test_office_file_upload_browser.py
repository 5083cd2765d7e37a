"""An editor uploads a district's report as the office wrote it (title rows, headers in the
office's words, a merged kab/kota cell, a JUMLAH row, the signature below) on the Data page, and
reads where the header was found and that the JUMLAH row was left out; the file commits."""

from __future__ import annotations

import pytest

from accounts.users import Accounts
from tests.e2e.conftest import PASSWORD, WAIT_MS, login, start_server, stop_server
from tests.helpers.office_files import KUKAR_TOTAL_ROW, kukar_conflict_risk_xlsx

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def server_with_editor(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("e2e-office-file")
    Accounts(data_dir / "dashboard.sqlite3").add_user("edi", PASSWORD, "editor")
    process, url = start_server(data_dir)
    yield url
    stop_server(process)


def test_editor_uploads_a_titled_district_report_and_reads_the_notes(page, server_with_editor,
                                                                     tmp_path):
    p = page.page
    login(p, server_with_editor, "edi")
    # By its address: a menu click made while the login's rerun redraws the sidebar can be lost.
    p.goto(f"{server_with_editor}/data?lang=id", wait_until="domcontentloaded")
    p.get_by_text("Unggah berkas").first.wait_for(timeout=WAIT_MS)
    path = tmp_path / "Peta Rawan Konflik Kukar TW III 2026.xlsx"
    path.write_bytes(kukar_conflict_risk_xlsx())
    p.locator("input[type=file]").set_input_files(str(path))
    p.get_by_text("4 baris data dibaca; 0 galat").wait_for(timeout=WAIT_MS)
    # The report's lines are drawn one after another in the same run: wait for each one read.
    for said in ("Judul kolom dibaca dari baris 5.",
                 f"Baris jumlah/total {KUKAR_TOTAL_ROW} tidak diimpor sebagai data (JUMLAH)",
                 "Baris 1, 2, 3 di atas judul kolom (baris 5) dilewati"):
        p.get_by_text(said).first.wait_for(timeout=WAIT_MS)
    body = p.locator("[data-testid='stMain']").inner_text()
    assert "Berkas DITOLAK" not in body
    p.get_by_role("button", name="Simpan sebagai versi baru").click()
    p.get_by_text("Tersimpan sebagai versi").wait_for(timeout=WAIT_MS)
    assert page.external_requests() == []
