"""Pemantauan Orang Asing: its own access (editors and admins, not viewers), the table and the map
of a period (AppTest)."""

from __future__ import annotations

import pandas as pd

from tests.helpers.pages import login_token, map_components, run_page


def _rows():
    base = {"orang_asing_penelitian": "2", "orang_asing_wisata": "30", "orang_asing_keagamaan": "1",
            "orang_asing_lainnya": "0", "catatan": "Tim Pora: pemeriksaan di lokasi tambang",
            "unit_pelapor": "Kesbangpol", "tanggal_laporan": "2026-10-10", "sumber": "Tim Pora"}
    return pd.DataFrame([
        {**base, "kab_kota": "64.72", "periode": "2026-Q3", "orang_asing_bekerja": "170",
         "lembaga_asing": "3"},
        {**base, "kab_kota": "64.03", "periode": "2026-Q3", "orang_asing_bekerja": "5",
         "lembaga_asing": "0"},
    ])


def _as(role, monkeypatch, data_dir, lang="id"):
    from storage import datasets
    from tests.helpers.pages import fake_load

    monkeypatch.setattr(datasets, "load", fake_load({"foreigners": _rows()}))
    return run_page("foreigners.py", lang, token=login_token(role, f"u{role}"))


def test_an_editor_sees_the_period_table_map_and_notes(monkeypatch, data_dir):
    at = _as("editor", monkeypatch, data_dir)
    assert not at.exception
    table = at.dataframe[0].value
    assert table["Kabupaten/kota"].tolist() == ["Kabupaten Berau", "Kota Samarinda"]
    assert table["Jumlah orang asing"].tolist() == ["38", "203"]  # 5+2+30+1+0, 170+2+30+1+0
    assert table["Catatan"].iloc[1] == "Tim Pora: pemeriksaan di lokasi tambang"
    assert len(map_components(at)) == 1
    caption = " ".join(c.value for c in at.caption)
    assert "Tim Pora" in caption and "Belum melapor untuk periode ini: Kabupaten Paser" in caption


def test_a_viewer_is_refused_the_dataset_with_a_note(monkeypatch, data_dir):
    at = _as("viewer", monkeypatch, data_dir)
    assert not at.exception
    assert not at.dataframe and not map_components(at)
    assert any("pemantauan orang asing" in i.value for i in at.info)


def test_in_english(monkeypatch, data_dir):
    at = _as("admin", monkeypatch, data_dir, lang="en")
    assert not at.exception
    assert "Foreigners" in at.dataframe[0].value.columns


def test_logged_out_once_accounts_exist_says_who_may_and_offers_the_login(monkeypatch, data_dir):
    """Like the other restricted pages opened by their URL (issue 11, item 5): what the page
    needs, in the user's language, with the login form that comes back to this page."""
    from accounts.users import Accounts
    from storage import datasets
    from tests.helpers.pages import fake_load

    Accounts().add_user("ani", "kata-sandi-yang-panjang", "admin")
    monkeypatch.setattr(datasets, "load", fake_load({"foreigners": _rows()}))
    at = run_page("foreigners.py", "id", token="")
    assert not at.exception
    assert not at.dataframe and not map_components(at)
    assert at.error and "tidak berwenang" in at.error[0].value
    assert "Pemantauan Orang Asing" in at.error[0].value
    form = " ".join(e.proto.body for e in at.get("html"))
    assert 'action="/auth/login"' in form and 'name="kb_password"' in form
