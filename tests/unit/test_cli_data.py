"""``python -m loaders import/history/rollback/template/export``: every bad input is reported with
row, column and fix, the exit code says rejected, and the store file is byte-for-byte unchanged."""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from cli import data
from domain.subregions import default_subregions
from storage import datasets
from storage.backends import open_store
from tests.helpers.files import csv_bytes, encrypted_office_file, participation_row, risk_row, xlsx_bytes

ROOT = Path(__file__).resolve().parents[2]


def run(argv: list[str], capsys) -> tuple[int, str]:
    parser = argparse.ArgumentParser(prog="python -m loaders")
    data.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    code = args.func(args)
    return code, capsys.readouterr().out


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def store_file(data_dir) -> Path:
    return open_store().path


def _without(row: dict, column: str) -> dict:
    return {k: v for k, v in row.items() if k != column}


def _renamed(row: dict, old: str, new: str) -> dict:
    return {(new if k == old else k): v for k, v in row.items()}


RISK_COLUMNS = list(risk_row())
PARTICIPATION_COLUMNS = list(participation_row())

# name -> (dataset, file name, content, exit code, texts the output must contain)
BAD_INPUTS = {
    "empty_file": ("conflict_risk", "kosong.csv", b"", 1, ["Berkas kosong"]),
    "header_only": ("conflict_risk", "judul.csv", csv_bytes([], RISK_COLUMNS), 1,
                    ["hanya berisi judul kolom", "baris 2"]),
    "misspelt_column": ("conflict_risk", "x.csv",
                        csv_bytes([_renamed(risk_row(), "tingkat_rawan", "tingkat_rawn")]), 1,
                        ["kolom “tingkat_rawan”", "Ganti judul “tingkat_rawn” menjadi "
                                                   "“tingkat_rawan”"]),
    "missing_column": ("conflict_risk", "x.csv", csv_bytes([_without(risk_row(), "skor")]), 1,
                       ["Kolom wajib “skor” tidak ada"]),
    "extra_column": ("conflict_risk", "x.csv", csv_bytes([dict(risk_row(), lain="1")]), 0,
                     ["PERINGATAN", "kolom “lain”", "diabaikan"]),
    "text_in_number": ("conflict_risk", "x.csv", csv_bytes([risk_row(skor="tinggi")]), 1,
                       ["baris 2, kolom “skor”, nilai “tinggi”", "bukan angka", "contoh"]),
    "percent_above_100": ("participation", "p.csv",
                          csv_bytes([participation_row(partisipasi_total="120")]), 1,
                          ["baris 2, kolom “partisipasi_total”", "0–100"]),
    "percent_below_0": ("participation", "p.csv",
                        csv_bytes([participation_row(partisipasi_total="-3")]), 1,
                        ["kolom “partisipasi_total”", "0–100"]),
    "women_over_total": ("participation", "p.csv",
                         csv_bytes([participation_row(dpt_perempuan="600001")]), 1,
                         ["baris 2, kolom “dpt_perempuan”", "melebihi total"]),
    "unparseable_date": ("conflict_risk", "x.csv",
                         csv_bytes([risk_row(tanggal_laporan="31 Oktober")]), 1,
                         ["kolom “tanggal_laporan”", "2026-01-18"]),
    "future_date": ("conflict_risk", "x.csv", csv_bytes([risk_row(tanggal_laporan="2099-12-31")]),
                    1, ["masa depan", "Periksa tahun"]),
    "excel_serial_date": ("conflict_risk", "x.csv",
                          csv_bytes([risk_row(tanggal_laporan="45123")]), 1,
                          ["nomor seri tanggal Excel (= 2023-07-16)", "Format sel"]),
    "same_district_and_period_twice": (
        "conflict_risk", "x.csv", csv_bytes([risk_row(), risk_row(kab_kota="Kutai Timur")]), 1,
        ["baris 3", "sudah ada di baris 2", "Kutai Timur, Triwulan III 2026"]),
    "unknown_district": ("conflict_risk", "x.csv", csv_bytes([risk_row(kab_kota="Atlantis")]),
                         1, ["baris 2, kolom “kab_kota”, nilai “Atlantis”", "tidak dikenal",
                             "64.02"]),
    "other_province_district": ("conflict_risk", "x.csv",
                                csv_bytes([risk_row(kab_kota="Kabupaten Nunukan")]), 1,
                                ["bukan wilayah Kalimantan Timur", "hapus baris ini"]),
    "mixed_code_schemes": ("conflict_risk", "x.csv",
                           csv_bytes([risk_row(kab_kota="64.01"), risk_row(kab_kota="6404")]), 1,
                           ["mencampur kode Kemendagri", "baris 3: 6404", "satu skema"]),
    "formula_cells": ("conflict_risk", "x.csv",
                      csv_bytes([risk_row(sumber="=HYPERLINK(\"http://x\")",
                                          unit_pelapor="@unit", catatan="+62 811")]), 0,
                      ["CATATAN", "disimpan sebagai teks biasa", "apostrof"]),
    "html_in_text": ("conflict_risk", "x.csv",
                     csv_bytes([risk_row(catatan="<script>alert(1)</script>")]), 0,
                     ["HTML/skrip", "teks apa adanya"]),
    "binary_garbage_csv": ("conflict_risk", "laporan.csv",
                           bytes((i * 97 + 3) % 256 for i in range(5000)), 1,
                           ["bukan berkas teks CSV"]),
    "password_protected_xlsx": ("conflict_risk", "rahasia.xlsx", encrypted_office_file(), 1,
                                ["dilindungi kata sandi", "hapus kata sandi"]),
    "xlsx_with_several_sheets": (
        "conflict_risk", "laporan.xlsx",
        xlsx_bytes({"Rekap": [["catatan"], ["bukan data"]],
                    "conflict_risk": [RISK_COLUMNS, list(risk_row().values())]}), 0,
        ["PERINGATAN", "lembar “conflict_risk”", "Rekap"]),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_dry_run_reports_and_leaves_the_store_untouched(case, store_file, tmp_path,
                                                                  capsys):
    dataset, name, content, expected_code, texts = BAD_INPUTS[case]
    path = tmp_path / name
    path.write_bytes(content)
    before = sha256(store_file)
    code, out = run(["import", dataset, str(path), "--dry-run"], capsys)
    assert code == expected_code, out
    for text in texts:
        assert text in out, f"{text!r} missing from:\n{out}"
    verdict = "DITOLAK" if expected_code else "Uji coba (--dry-run): tidak ada yang disimpan."
    assert verdict in out
    assert "Traceback" not in out
    assert sha256(store_file) == before
    assert open_store().current_version(dataset) == 1


@pytest.mark.parametrize("case", ["unknown_district", "binary_garbage_csv"])
def test_rejected_file_without_dry_run_saves_nothing(case, store_file, tmp_path, capsys):
    dataset, name, content, _, _ = BAD_INPUTS[case]
    path = tmp_path / name
    path.write_bytes(content)
    before = sha256(store_file)
    code, out = run(["import", dataset, str(path), "--user", "ani"], capsys)
    assert code == 1 and "DITOLAK" in out
    assert sha256(store_file) == before


def test_file_over_the_default_50_mb_is_refused_before_reading(store_file, tmp_path, capsys,
                                                              monkeypatch):
    monkeypatch.delenv("DASHBOARD_MAX_UPLOAD_MB", raising=False)
    path = tmp_path / "besar.csv"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024 + 1)  # sparse: the real default, without writing 50 MB
    before = sha256(store_file)
    code, out = run(["import", "conflict_risk", str(path), "--dry-run"], capsys)
    assert code == 1
    # Indonesian number format (issue 11 #9): a decimal comma, not "50.0"
    assert "Berkas terlalu besar (50,0 MB; batas 50 MB)" in out and "Pecah berkas" in out
    assert sha256(store_file) == before


def test_lower_limit_from_env(store_file, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DASHBOARD_MAX_UPLOAD_MB", "0.0005")
    path = tmp_path / "x.csv"
    path.write_bytes(csv_bytes([risk_row(kecamatan=f"K{i}") for i in range(20)]))
    code, out = run(["import", "conflict_risk", str(path), "--lang", "en"], capsys)
    assert code == 1 and "too large" in out


def test_valid_upload_becomes_the_new_version(store_file, tmp_path, capsys):
    path = tmp_path / "kutim.csv"
    path.write_bytes(csv_bytes([risk_row(kab_kota="Kutim", tingkat_rawan="Tinggi")]))
    code, out = run(["import", "conflict_risk", str(path), "--user", "ani"], capsys)
    assert code == 0, out
    assert "Tersimpan: conflict_risk versi v2" in out
    assert "DATA CONTOH" in out  # told that the upload replaces the demo data
    loaded = datasets.load("conflict_risk")
    assert (loaded.version, loaded.is_demo, len(loaded.frame)) == ("v2", False, 1)
    assert loaded.frame.loc[0, "kab_kota"] == "64.08"
    info = open_store().history("conflict_risk")[-1]
    assert info.user == "ani" and info.file_name == "kutim.csv"
    assert info.file_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()

    # A second district's file adds its rows and keeps the first one's.
    path2 = tmp_path / "paser.csv"
    path2.write_bytes(csv_bytes([risk_row(kab_kota="Paser", tingkat_rawan="sedang")]))
    code, out = run(["import", "conflict_risk", str(path2), "--user", "budi"], capsys)
    assert code == 0 and "1 baris baru, 0 baris berubah, 0 baris dihapus" in out
    assert sorted(datasets.load("conflict_risk").frame["kab_kota"]) == ["64.01", "64.08"]

    # Changing a level shows it the way people say it.
    path3 = tmp_path / "kutim2.csv"
    path3.write_bytes(csv_bytes([risk_row(kab_kota="64.08", tingkat_rawan="sedang")]))
    code, out = run(["import", "conflict_risk", str(path3), "--dry-run", "--lang", "en"], capsys)
    assert "Kutai Timur, Q3 2026: tingkat_rawan tinggi → sedang" in out


def test_history_and_rollback_commands(store_file, tmp_path, capsys):
    original = datasets.load("participation").frame
    path = tmp_path / "p.csv"
    path.write_bytes(csv_bytes([participation_row()]))
    assert run(["import", "participation", str(path), "--user", "ani"], capsys)[0] == 0
    assert len(datasets.load("participation").frame) == 1

    code, out = run(["rollback", "participation", "v1", "--user", "budi"], capsys)
    assert code == 0 and "dipulihkan sebagai versi baru v3" in out
    loaded = datasets.load("participation")
    assert loaded.version == "v3" and loaded.is_demo and loaded.frame.equals(original)

    code, out = run(["history", "participation", "--lang", "en"], capsys)
    lines = out.splitlines()
    assert lines[0] == "History of participation:"
    assert lines[1].startswith("v1") and "by sistem" in lines[1]
    assert lines[2].startswith("v2") and "by ani" in lines[2] and "p.csv" in lines[2]
    assert lines[3].startswith("v3") and "rollback to v1" in lines[3] and "current" in lines[3]

    code, out = run(["rollback", "participation", "v42"], capsys)
    assert code == 1 and "tidak ada" in out


def test_formula_cells_are_stored_as_text_and_neutralised_on_export(store_file, tmp_path,
                                                                   capsys):
    import openpyxl

    path = tmp_path / "f.csv"
    path.write_bytes(csv_bytes([risk_row(sumber="=cmd|' /C calc'!A0", unit_pelapor="@SUM(1)")]))
    assert run(["import", "conflict_risk", str(path)], capsys)[0] == 0
    frame = datasets.load("conflict_risk").frame
    assert frame.loc[0, "sumber"] == "=cmd|' /C calc'!A0"  # the store keeps what was typed

    out_xlsx = tmp_path / "e.xlsx"
    code, out = run(["export", "conflict_risk", "--format", "xlsx", "--output", str(out_xlsx),
                     "--user", "ani"], capsys)
    assert code == 0 and "Ditulis" in out
    sheet = openpyxl.load_workbook(out_xlsx)["conflict_risk"]
    header = [c.value for c in sheet[1]]
    row = {h: c for h, c in zip(header, sheet[2])}
    assert row["sumber"].value == "'=cmd|' /C calc'!A0" and row["sumber"].data_type == "s"
    assert row["unit_pelapor"].value == "'@SUM(1)"
    assert row["skor"].value == 72  # numbers stay numbers

    out_csv = tmp_path / "e.csv"
    run(["export", "conflict_risk", "--format", "csv", "--output", str(out_csv)], capsys)
    assert "'=cmd" in out_csv.read_text(encoding="utf-8-sig")
    assert [e.action for e in open_store().read_audit("conflict_risk", limit=2)] == \
        ["export", "export"]


def test_template_command_writes_both_formats(data_dir, tmp_path, capsys):
    for fmt in ("xlsx", "csv"):
        output = tmp_path / f"t.{fmt}"
        code, out = run(["template", "outreach", "--format", fmt, "--output", str(output)],
                        capsys)
        assert code == 0 and output.stat().st_size > 0 and str(output) in out


def test_progress_line_for_large_files(store_file, tmp_path, capsys):
    # 6000 distinct rows of Kutai Timur's 18 real kecamatan (a kecamatan column is checked
    # against the registry) over enough quarters
    kecamatan = [k.code for k in default_subregions().kecamatan_of("64.08")]
    rows = [risk_row(kecamatan=kecamatan[i % len(kecamatan)],
                     periode=f"{2000 + i // len(kecamatan) // 4}-Q{i // len(kecamatan) % 4 + 1}",
                     catatan="x" * 90) for i in range(6000)]
    path = tmp_path / "besar.csv"
    path.write_bytes(csv_bytes(rows))
    assert path.stat().st_size > data.PROGRESS_FROM_BYTES
    parser = argparse.ArgumentParser()
    data.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["import", "conflict_risk", str(path), "--dry-run"])
    assert args.func(args) == 0
    captured = capsys.readouterr()
    assert "Memvalidasi kolom 11/11 (sumber)" in captured.err
    assert "6000 baris data dibaca" in captured.out


def test_real_entry_point_dry_run_in_english(store_file, tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes(csv_bytes([risk_row(skor="abc")]))
    before = sha256(store_file)
    result = subprocess.run([sys.executable, "-m", "loaders", "import", "conflict_risk", str(path),
                             "--dry-run", "--lang", "en"], cwd=ROOT, capture_output=True,
                            text=True, timeout=60,
                            env={**__import__("os").environ,
                                 "DASHBOARD_DATA_DIR": str(store_file.parent)})
    assert result.returncode == 1, result.stderr
    assert "row 2, column “skor”, value “abc”" in result.stdout
    assert "REJECTED" in result.stdout and "Traceback" not in result.stderr
    assert sha256(store_file) == before
