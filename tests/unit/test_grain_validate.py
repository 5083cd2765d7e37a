"""Kecamatan and desa columns validated within the row's kab/kota (domain/validate_subregions.py):
what is stored (the Kemendagri code), and the bad inputs of issue 14 section 2, each with its
message in both languages and nothing accepted."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from domain.schema import DATASETS, typed_frame
from loaders import uploads
from tests.helpers.files import csv_bytes, risk_row

TODAY = dt.date(2026, 11, 29)
COLUMNS = ["kab_kota", "kecamatan", "desa", "periode", "tingkat_rawan", "skor", "kategori",
           "jumlah_kejadian", "catatan", "unit_pelapor", "tanggal_laporan", "sumber"]


def check(rows, lang="id", dataset="conflict_risk", columns=COLUMNS):
    return uploads.check_upload(dataset, csv_bytes(rows, columns), "laporan.csv", lang,
                                today=TODAY)


def errors(report, column):
    return [p for p in report.errors if p.column == column]


def test_names_variants_and_codes_are_stored_as_kemendagri_codes():
    report = check([risk_row(kab_kota="Samarinda", kecamatan="Kec. Sei Kunjang"),
                    risk_row(kab_kota="Samarinda", kecamatan="647201"),
                    risk_row(kab_kota="64.72", kecamatan="64.72.04", desa="")])
    assert report.ok, report.text()
    assert report.frame["kecamatan"].tolist() == ["64.72.06", "64.72.01", "64.72.04"]
    notes = [p for p in report.notes if p.column == "kecamatan"]
    assert any("Sungai Kunjang (64.72.06)" in p.message for p in notes)


def test_bps_code_accepted_with_a_note_in_both_languages():
    for lang, word in (("id", "kode BPS"), ("en", "BPS code")):
        report = check([risk_row(kab_kota="Samarinda", kecamatan="6472050")], lang)
        assert report.ok, report.text()
        assert report.frame["kecamatan"].tolist() == ["64.72.03"]
        note = next(p for p in report.notes if p.code == "grain.bps")
        assert word in note.message and "64.72.03" in note.message


@pytest.mark.parametrize("lang,words", [("id", ("ada di Kota Samarinda", "bukan Kota Balikpapan")),
                                        ("en", ("is in Kota Samarinda", "not Kota Balikpapan"))])
def test_kecamatan_of_another_district_is_refused_saying_where_it_is(lang, words):
    report = check([risk_row(), risk_row(kab_kota="Balikpapan", kecamatan="Sungai Kunjang")], lang)
    assert not report.ok
    (problem,) = errors(report, "kecamatan")
    assert problem.row == 3 and problem.value == "Sungai Kunjang"
    assert "Kecamatan Sungai Kunjang (64.72.06)" in problem.message
    assert all(w in problem.message for w in words)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_unknown_kecamatan_name_lists_the_districts_kecamatan(lang):
    report = check([risk_row(kab_kota="Samarinda", kecamatan="Bukit Pelangi Jaya")], lang)
    (problem,) = errors(report, "kecamatan")
    assert problem.row == 2
    for name in ("Palaran", "Sungai Kunjang", "Loa Janan Ilir", "Samarinda Ulu"):
        assert name in problem.message
    assert "64.72.06" in problem.message  # how to fix it: the code's form


def test_misspelt_kecamatan_is_read_with_a_warning():
    report = check([risk_row(kab_kota="Kukar", kecamatan="Tenggaron Seberang")])
    kec = report.frame["kecamatan"].tolist()
    warnings = [p for p in report.warnings if p.column == "kecamatan"]
    assert kec == ["64.02.16"] and warnings, report.text()


@pytest.mark.parametrize("lang,word", [("id", "bukan"), ("en", "not")])
def test_desa_whose_code_is_in_another_kecamatan_names_both(lang, word):
    # 64.72.06.1001 Loa Bakung is in Sungai Kunjang, the row says Palaran
    report = check([risk_row(kab_kota="Samarinda", kecamatan="Palaran", desa="64.72.06.1001")],
                   lang)
    assert not report.ok
    (problem,) = errors(report, "desa")
    assert "Kecamatan Sungai Kunjang (64.72.06)" in problem.message
    assert "Kecamatan Palaran (64.72.01)" in problem.message and word in problem.message


def test_desa_without_kecamatan_fills_it_in_from_its_code():
    report = check([risk_row(kab_kota="Samarinda", kecamatan="", desa="Loa Bakung")])
    assert report.ok, report.text()
    assert report.frame[["kecamatan", "desa"]].values.tolist() == [["64.72.06", "64.72.06.1001"]]
    assert any(p.code == "grain.kecamatan_from_desa" for p in report.notes)


def test_same_kecamatan_twice_in_two_spellings_is_a_duplicate():
    report = check([risk_row(kab_kota="Samarinda", kecamatan="Sungai Kunjang"),
                    risk_row(kab_kota="64.72", kecamatan="64.72.06")])
    assert any(p.code == "validate.duplicate_key" for p in report.errors), report.text()


def test_incidents_and_outreach_kecamatan_are_checked_too():
    row = {"tanggal": "2026-10-01", "kab_kota": "Balikpapan", "kecamatan": "Palaran",
           "kategori": "sara", "deskripsi": "x", "sumber": "s",
           "status_verifikasi": "terverifikasi"}
    report = check([row], dataset="incidents", columns=list(row))
    assert [p.column for p in report.errors] == ["kecamatan"]
    assert "Kota Samarinda" in report.errors[0].message


def test_stored_versions_and_files_written_with_names_read_as_codes():
    """An older stored version (or a demo file) with kecamatan names reads as codes; a name that
    fits no unit of the kab/kota is kept as written, not lost."""
    raw = pd.DataFrame({"kab_kota": ["64.72", "64.72", "64.71"],
                        "kecamatan": ["Kec. Samarinda Ulu", "Nowhere", "Sungai Kunjang"],
                        "desa": ["", "", ""], "periode": ["2026-Q1"] * 3})
    frame = typed_frame(DATASETS["conflict_risk"], raw)
    assert frame["kecamatan"].tolist() == ["64.72.03", "Nowhere", "Sungai Kunjang"]


def test_change_preview_names_the_kecamatan_not_its_code():
    from domain import changes

    record = {"kab_kota": "64.72", "kecamatan": "64.72.06", "desa": "", "periode": "2026-Q3"}
    assert changes.row_label(DATASETS["conflict_risk"], record, "id") == \
        "Samarinda, Sungai Kunjang, Triwulan III 2026"


@pytest.mark.parametrize("rows", [
    [risk_row(kab_kota="Balikpapan", kecamatan="Sungai Kunjang")],
    [risk_row(kab_kota="Samarinda", kecamatan="Bukit Pelangi Jaya")],
    [risk_row(kab_kota="Samarinda", kecamatan="Palaran", desa="64.72.06.1001")],
])
def test_refused_kecamatan_or_desa_stores_nothing(data_dir, tmp_path, capsys, rows):
    import argparse
    import hashlib

    from cli import data
    from storage.backends import open_store

    store = open_store()
    before = hashlib.sha256(store.path.read_bytes()).hexdigest()
    path = tmp_path / "laporan.csv"
    path.write_bytes(csv_bytes(rows, COLUMNS))
    parser = argparse.ArgumentParser()
    data.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["import", "conflict_risk", str(path), "--user", "ani"])
    assert args.func(args) == 1
    out = capsys.readouterr().out
    assert "DITOLAK" in out and "Traceback" not in out
    assert hashlib.sha256(store.path.read_bytes()).hexdigest() == before
