"""Importing the forms published figures come in: a KPU DPT recap (kab/kota rows, L / P / L+P,
no pemilihan or sumber column: given once for the whole file) into participation, and a Bawaslu
IKP table into the ikp dataset; on the command line (--set) and through loaders.uploads."""

from __future__ import annotations

import argparse
import io

import openpyxl
import pytest

from cli import data
from domain import schema
from exports import templates
from loaders import uploads
from storage.backends import open_store
from tests.helpers.files import csv_bytes, xlsx_bytes

RECAP_HEADER = ["Kabupaten/Kota", "L", "P", "L+P"]
RECAP = [["Kab. Paser", "109280", "102019", "211299"],
         ["Kab. Penajam Paser Utara", "70725", "66770", "137495"],
         ["Kota Samarinda", "308427", "303645", "612072"]]
CONSTANTS = {"pemilihan": "Pilkada 2024", "sumber": "KPU Kaltim, rekap DPT Pilkada 2024"}


def recap_csv(rows=RECAP, header=RECAP_HEADER) -> bytes:
    return csv_bytes([dict(zip(header, r)) for r in rows], header)


def codes(report) -> list[str]:
    return [p.code for p in report.problems]


def test_a_kpu_dpt_recap_imports_with_the_election_and_source_given_once():
    report = uploads.check_upload("participation", recap_csv(), "rekap_dpt.csv", "id",
                                  constants=CONSTANTS)
    assert report.ok, report.text()
    frame = report.frame.set_index("kab_kota")
    assert frame.loc["64.01", "dpt_total"] == 211299 and frame.loc["64.01", "dpt_perempuan"] == 102019
    assert frame.loc["64.72", "dpt_total"] == 612072
    assert set(frame["pemilihan"]) == {"Pilkada 2024"}
    assert set(frame["sumber"]) == {CONSTANTS["sumber"]}
    assert codes(report).count("published.set.applied") == 2
    assert "validate.extra_column" in codes(report)  # L: men are total minus women
    text = report.text()
    assert "diisi \"Pilkada 2024\" untuk semua baris" in text


def test_the_same_recap_as_xlsx_with_jumlah_over_the_total():
    rows = [["Kabupaten/Kota", "L", "P", "Jumlah"], *RECAP]
    report = uploads.check_upload("participation", xlsx_bytes({"DPT": rows}), "dpt.xlsx", "en",
                                  constants=CONSTANTS)
    assert report.ok, report.text()
    assert list(report.frame["dpt_total"]) == [211299, 137495, 612072]


def test_without_the_constants_the_recap_is_refused_naming_the_missing_columns():
    data = recap_csv()
    assert uploads.missing_constant_columns("participation", data, "r.csv") == ["pemilihan",
                                                                                 "sumber"]
    report = uploads.check_upload("participation", data, "r.csv", "id")
    assert not report.ok
    missing = [p.column for p in report.errors if p.code == "validate.missing_column"]
    assert missing == ["pemilihan", "sumber"]


def test_a_constant_that_is_not_allowed_gets_the_usual_message():
    report = uploads.check_upload("participation", recap_csv(), "r.csv", "en",
                                  constants={**CONSTANTS, "pemilihan": "Pilkada 2025"})
    assert not report.ok
    wrong = [p for p in report.errors if p.column == "pemilihan"]
    assert wrong and wrong[0].code.startswith("validate.choice_unknown")
    assert "Pilkada 2024" in wrong[0].message  # the accepted values are named


@pytest.mark.parametrize("constants, code", [
    ({"kolom_x": "1"}, "published.set.unknown_column"),
    ({"dpt_total": "5"}, "published.set.not_constant"),
])
def test_a_constant_for_a_column_that_cannot_take_one_is_refused(constants, code):
    report = uploads.check_upload("participation", recap_csv(), "r.csv", "id",
                                  constants={**CONSTANTS, **constants})
    assert not report.ok and [p.code for p in report.errors] == [code]
    assert "pemilihan, sumber" in report.errors[0].message
    assert report.frame.empty


def test_the_files_own_column_wins_over_a_constant():
    header = [*RECAP_HEADER, "Pemilihan"]
    rows = [[*r, "Pemilu 2024"] for r in RECAP]
    report = uploads.check_upload("participation", recap_csv(rows, header), "r.csv", "id",
                                  constants=CONSTANTS)
    assert report.ok, report.text()
    assert set(report.frame["pemilihan"]) == {"Pemilu 2024"}
    assert "published.set.ignored" in codes(report)


def test_a_kpu_recap_with_title_rows_above_its_header():
    rows = [["REKAPITULASI DAFTAR PEMILIH TETAP (DPT)"], ["PEMILIHAN SERENTAK TAHUN 2024"], [],
            ["No", "Kabupaten/Kota", "L", "P", "L+P"],
            *[[str(i), *r] for i, r in enumerate(RECAP, start=1)]]
    report = uploads.check_upload("participation", xlsx_bytes({"DPT": rows}), "dpt.xlsx", "id",
                                  constants=CONSTANTS)
    assert report.ok, report.text()
    assert list(report.frame["dpt_total"]) == [211299, 137495, 612072]


# --- the Bawaslu IKP table ----------------------------------------------------------------------

IKP_HEADER = ["Kabupaten/Kota", "Skor IKP", "Kategori", "Konteks Sosial Politik",
              "Penyelenggaraan Pemilu", "Kontestasi", "Partisipasi"]
IKP_ROWS = [["Kutai Kartanegara", "51,48", "Tinggi", "60,1", "55,2", "40,3", "20,4"],
            ["Kota Bontang", "39,48", "Sedang", "47,13", "46,04", "37,06", "0"]]


def test_a_bawaslu_ikp_table_imports_into_the_ikp_dataset():
    data = csv_bytes([dict(zip(IKP_HEADER, r)) for r in IKP_ROWS], IKP_HEADER)
    assert uploads.missing_constant_columns("ikp", data, "ikp.csv") == ["edisi", "sumber"]
    report = uploads.check_upload("ikp", data, "ikp.csv", "id",
                                  constants={"edisi": "IKP Pemilu 2024",
                                             "sumber": "Bawaslu RI, IKP Pemilu 2024"})
    assert report.ok, report.text()
    frame = report.frame.set_index("kab_kota")
    assert frame.loc["64.02", "skor"] == 51.48 and frame.loc["64.02", "kategori"] == "tinggi"
    assert frame.loc["64.74", "dimensi_kontestasi"] == 37.06
    assert frame.loc["64.74", "dimensi_partisipasi"] == 0


def test_an_ikp_score_outside_the_scale_is_refused_with_row_and_column():
    rows = [["Kota Bontang", "139,48", "", "", "", "", ""]]
    data = csv_bytes([dict(zip(IKP_HEADER, r)) for r in rows], IKP_HEADER)
    report = uploads.check_upload("ikp", data, "ikp.csv", "en",
                                  constants={"edisi": "IKP Pemilu 2024", "sumber": "Bawaslu"})
    assert not report.ok
    error = next(p for p in report.errors if p.column == "skor")
    assert error.row == 2


# --- the command line ---------------------------------------------------------------------------

def run(argv: list[str], capsys) -> tuple[int, str]:
    parser = argparse.ArgumentParser(prog="python -m loaders")
    data.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args), capsys.readouterr().out


def test_cli_imports_a_recap_with_set(tmp_path, capsys, data_dir):
    path = tmp_path / "rekap_dpt.csv"
    path.write_bytes(recap_csv())
    code, out = run(["import", "participation", str(path), "--set", "pemilihan=Pilkada 2024",
                     "--set", "sumber=KPU Kaltim, rekap DPT", "--user", "ani"], capsys)
    assert code == 0, out
    frame = open_store().read("participation").frame.set_index("kab_kota")
    assert frame.loc["64.09", "dpt_total"] == 137495
    assert frame.loc["64.09", "sumber"] == "KPU Kaltim, rekap DPT"


@pytest.mark.parametrize("pair", ["pemilihan", "=Pilkada 2024", "pemilihan="])
def test_cli_refuses_a_malformed_set_and_stores_nothing(pair, tmp_path, capsys, data_dir):
    path = tmp_path / "rekap_dpt.csv"
    path.write_bytes(recap_csv())
    code, out = run(["import", "participation", str(path), "--set", pair], capsys)
    assert code == 1
    assert "--set memerlukan KOLOM=NILAI" in out
    assert open_store().current_version("participation") in (None, 1)  # the seed at most


def test_cli_without_set_says_which_columns_are_missing(tmp_path, capsys, data_dir):
    path = tmp_path / "rekap_dpt.csv"
    path.write_bytes(recap_csv())
    code, out = run(["import", "participation", str(path), "--dry-run", "--lang", "en"], capsys)
    assert code == 1
    assert "pemilihan" in out and "sumber" in out


# --- templates in the published forms -----------------------------------------------------------

@pytest.mark.parametrize("form_name", sorted(schema.FORMS))
def test_each_form_header_is_an_alias_of_its_column(form_name):
    form = schema.FORMS[form_name]
    dataset = schema.DATASETS[form.dataset]
    for column_name, header in form.headers:
        if column_name is None:  # not a column: left out on import, with a note
            assert all(schema.header_key(header) not in c.header_keys() for c in dataset.columns)
        else:
            assert schema.header_key(header) in dataset.column(column_name).header_keys()


def test_a_filled_kpu_template_imports_with_the_constants(tmp_path):
    workbook = openpyxl.load_workbook(io.BytesIO(templates.form_template("kpu_dpt", "xlsx")))
    sheet = workbook["participation"]
    assert [c.value for c in sheet[1]] == ["Kabupaten/Kota", "L", "P", "L+P"]
    for row in RECAP:
        sheet.append(row)
    text = " ".join(str(c.value) for r in workbook["Petunjuk"].iter_rows() for c in r if c.value)
    assert "pemilihan, sumber" in text and "--set" in text
    out = io.BytesIO()
    workbook.save(out)
    report = uploads.check_upload("participation", out.getvalue(), "rekap.xlsx", "id",
                                  constants=CONSTANTS)
    assert report.ok, report.text()
    assert list(report.frame["dpt_perempuan"]) == [102019, 66770, 303645]
    header = templates.form_template("bawaslu_ikp", "csv").decode("utf-8-sig").splitlines()[0]
    assert header.split(",")[:3] == ["Kabupaten/Kota", "Skor IKP", "Kategori"]


def test_cli_writes_a_form_template_and_refuses_it_for_another_dataset(tmp_path, capsys):
    out = tmp_path / "kpu.csv"
    code, text = run(["template", "participation", "--form", "kpu_dpt", "--format", "csv",
                      "--output", str(out)], capsys)
    assert code == 0 and out.read_bytes().decode("utf-8-sig").startswith("Kabupaten/Kota,L,P,L+P")
    code, text = run(["template", "ikp", "--form", "kpu_dpt", "--output", str(out)], capsys)
    assert code == 1 and "untuk dataset participation, bukan ikp" in text
