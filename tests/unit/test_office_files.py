"""Files as staff have them (issue 14, part 1): the header found below the office's title rows,
two-row headers joined, total rows left out and checked, a code and a name in one cell, merged
and hidden cells; and the bad inputs of each, refused with a message and nothing stored. Real
.xlsx files are built with openpyxl, CSV as Excel saves it."""

from __future__ import annotations

import csv
import datetime as dt
import io

import openpyxl
import pytest

from domain import regions
from domain.schema import DATASETS
from loaders import headers, readers
from loaders.readers import ReadError, read_table
from loaders.uploads import check_upload
from tests.helpers.office_files import (
    KUKAR_FIRST_DATA_ROW,
    KUKAR_ROWS,
    KUKAR_TOTAL_ROW,
    kukar_conflict_risk_xlsx,
    workbook_bytes,
)

TODAY = dt.date(2026, 11, 1)
RISK_HEADER = ["Kab/Kota", "Nama Kecamatan", "Periode", "Tingkat Kerawanan", "Skor",
               "Jumlah Kejadian", "Unit Pelapor", "Tanggal Laporan", "Sumber"]


def kukar_kecamatan(names: list[str]) -> list[str]:
    """The Kemendagri codes a kecamatan column stores for these Kutai Kartanegara names."""
    from domain import subregions

    units = subregions.default_subregions()
    return [units.find_kecamatan(name, "64.02").unit.code for name in names]


def risk_cells(kecamatan: str = "Tenggarong", kejadian: str = "3", kab: str = "Kukar",
               skor: str = "70") -> list[str]:
    return [kab, kecamatan, "2026-Q3", "tinggi", skor, kejadian, "Kesbangpol Kukar",
            "2026-10-01", "Laporan"]


def csv_of(rows: list[list[object]], delimiter: str = ";") -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("utf-8")


def xlsx_of(rows: list[list[object]], merges: tuple[str, ...] = (),
            title: str = "Sheet1", hidden_rows: tuple[int, ...] = (),
            hidden_columns: tuple[str, ...] = ()) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for ref in merges:
        sheet.merge_cells(ref)
    for number in hidden_rows:
        sheet.row_dimensions[number].hidden = True
    for letter in hidden_columns:
        sheet.column_dimensions[letter].hidden = True
    return workbook_bytes(workbook)


def check(name: str, data: bytes, filename: str = "laporan.xlsx", lang: str = "id"):
    return check_upload(name, data, filename, lang, today=TODAY)


def codes(report, code: str):
    return [p for p in report.problems if p.code == code]


# --- 1. the header row ---------------------------------------------------------------------------

TITLED = [["PEMERINTAH KABUPATEN KUTAI KARTANEGARA"], ["BADAN KESBANGPOL"], [],
          RISK_HEADER, risk_cells(), risk_cells("Loa Kulu")]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_title_rows_above_the_header_are_skipped_and_said(fmt):
    data = csv_of(TITLED) if fmt == "csv" else xlsx_of(TITLED)
    result = read_table(data, f"kukar.{fmt}", "conflict_risk")
    assert list(result.frame.columns) == RISK_HEADER
    assert list(result.frame.index) == [5, 6]  # the file's own row numbers
    said = [n.message("id") for n in result.notices]
    assert "Judul kolom dibaca dari baris 4." in said
    assert any("Baris 1, 2 di atas judul kolom (baris 4) dilewati" in s for s in said)
    report = check("conflict_risk", data, f"kukar.{fmt}")
    assert report.ok, report.text()
    assert report.frame["kecamatan"].tolist() == kukar_kecamatan(["Tenggarong", "Loa Kulu"])
    assert report.row_numbers == (5, 6)


def test_row_numbers_in_messages_stay_the_files_own():
    rows = [*TITLED[:4], risk_cells(), risk_cells("Loa Kulu", kejadian="dua")]
    report = check("conflict_risk", csv_of(rows), "x.csv")
    error = next(p for p in report.errors if p.column == "jumlah_kejadian")
    assert error.row == 6


def test_without_a_dataset_the_first_non_blank_row_is_still_the_header():
    # The old rule, kept for files read for themselves: a title row is the header, and the
    # wider rows below it are refused as before.
    with pytest.raises(ReadError) as raised:
        read_table(csv_of(TITLED), "x.csv")
    assert raised.value.message_id == "read.error.too_many_cells"


def test_without_a_dataset_merged_cells_and_hidden_rows_are_read_as_before():
    rows = [RISK_HEADER, risk_cells(), risk_cells("Loa Kulu", kab=None)]
    result = read_table(xlsx_of(rows, merges=("A2:A3",), hidden_rows=(3,)), "x.xlsx")
    assert result.frame["Kab/Kota"].tolist() == ["Kukar", ""] and not result.notices


def test_a_file_whose_first_row_is_the_header_reads_as_before_without_a_notice():
    data = csv_of([RISK_HEADER, risk_cells()])
    result = read_table(data, "x.csv", "conflict_risk")
    assert list(result.frame.index) == [2] and not result.notices


def test_a_title_without_delimiters_does_not_decide_the_csv_delimiter():
    text = "LAPORAN TRIWULAN III\r\n" + csv_of([RISK_HEADER, risk_cells()]).decode()
    result = read_table(text.encode(), "x.csv", "conflict_risk")
    assert result.delimiter == ";" and result.frame.loc[3, "Skor"] == "70"


def test_two_row_header_with_a_merged_group_cell_is_joined():
    rows = [["REKAPITULASI DPT PILKADA 2024"], [],
            ["Kab/Kota", "Pemilihan", "DPT", None, None, "Sumber"],
            [None, None, "L", "P", "L+P", None],
            ["Samarinda", "Pilkada 2024", "306.120", "300.053", "606.173", "KPU Samarinda"],
            ["Balikpapan", "Pilkada 2024", 252314, 245011, 497325, "KPU Balikpapan"]]
    data = xlsx_of(rows, merges=("C3:E3", "A3:A4", "B3:B4", "F3:F4"))
    result = read_table(data, "dpt.xlsx", "participation")
    assert list(result.frame.columns) == ["Kab/Kota", "Pemilihan", "DPT L", "DPT P", "DPT L+P",
                                          "Sumber"]
    assert any("baris 3 dan 4" in n.message("id") for n in result.notices)
    report = check("participation", data)
    assert report.ok, report.text()
    assert report.frame["dpt_perempuan"].tolist() == [300053, 245011]
    assert report.frame["dpt_total"].tolist() == [606173, 497325]
    assert report.row_numbers == (5, 6)


def test_a_header_merged_down_over_two_rows_is_one_header_not_two():
    rows = [["LAPORAN"], RISK_HEADER, [None] * len(RISK_HEADER), risk_cells()]
    letters = "ABCDEFGHI"
    data = xlsx_of(rows, merges=tuple(f"{x}2:{x}3" for x in letters))
    report = check("conflict_risk", data)
    assert report.ok, report.text()
    assert report.row_numbers == (4,)


def test_two_row_header_in_csv_carries_the_group_over_its_sub_columns():
    rows = [["Kab/Kota", "Pemilihan", "Jumlah Pemilih", "", "", "Sumber"],
            ["", "", "Laki-laki", "Perempuan", "Jumlah", ""],
            ["Bontang", "Pilkada 2024", "60.100", "59.900", "120.000", "KPU Bontang"]]
    report = check("participation", csv_of(rows), "x.csv")
    assert report.ok, report.text()
    assert report.frame["dpt_perempuan"].tolist() == [59900]
    assert report.frame["dpt_total"].tolist() == [120000]


def test_no_row_like_a_header_names_the_expected_columns_and_the_closest_row():
    rows = [["LAPORAN KERAWANAN"], [], ["Wilayah kerja", "Kecamatan", "Nilai rawan", "Tgl"],
            ["Kukar", "Tenggarong", "70", "2026-10-01"]]
    for lang, words in (("id", ["Tidak ada baris yang tampak seperti judul kolom",
                                "kab_kota, periode, tingkat_rawan", "baris 3",
                                "Wilayah kerja | Kecamatan | Nilai rawan | Tgl"]),
                        ("en", ["No row looks like a header row", "row 3"])):
        report = check("conflict_risk", csv_of(rows), "x.csv", lang)
        assert [p.code for p in report.errors] == ["headers.error.none"]
        for word in words:
            assert word in report.errors[0].message
        assert len(report.frame) == 0  # nothing to store


def test_two_rows_that_name_the_columns_equally_are_refused_naming_both():
    rows = [["Tabel 1"], RISK_HEADER, risk_cells(), [], ["Tabel 2"], RISK_HEADER,
            risk_cells("Loa Kulu")]
    report = check("conflict_risk", xlsx_of(rows))
    assert [p.code for p in report.errors] == ["headers.error.tie"]
    message = report.errors[0].message
    assert "baris 2" in message and "baris 6" in message and "Mana yang judul kolom?" in message
    assert len(report.frame) == 0


def test_signature_block_below_the_data_is_left_out_with_a_note():
    rows = [*TITLED, [], ["", "", "", "", "", "", "Tenggarong, 6 Oktober 2026"],
            ["", "", "", "", "", "", "Mengetahui,"], ["", "", "", "", "", "", "Kepala Badan"]]
    report = check("conflict_risk", csv_of(rows), "x.csv")
    assert report.ok, report.text()
    note = codes(report, "headers.notice.footer")[0]
    assert "Baris 8, 9, 10 di bawah data dilewati" in note.message
    assert len(report.frame) == 2


def test_office_aliases_are_declared_once_per_dataset_and_listed_in_templates_and_docs():
    from pathlib import Path

    from exports import templates

    for dataset in DATASETS.values():
        keys = [k for c in dataset.columns for k in c.header_keys()]
        assert len(keys) == len(set(keys)), dataset.name  # no header means two columns
    participation = DATASETS["participation"]
    for alias in ("DPT (P)", "Jumlah Pemilih Perempuan", "DPT Perempuan"):
        assert alias in participation.column("dpt_perempuan").aliases
    rows = {r["column"]: r for r in templates.instructions("participation")}
    assert "Jumlah DPT" in rows["dpt_total"]["aliases"]
    sheet = openpyxl.load_workbook(io.BytesIO(templates.xlsx_template("conflict_risk")))[
        templates.INSTRUCTIONS_SHEET]
    cells = [c.value for row in sheet.iter_rows() for c in row if c.value]
    assert any("Nama Kecamatan" in str(c) for c in cells)
    docs = Path(__file__).resolve().parents[2] / "docs"
    assert (docs / "columns.md").read_text(encoding="utf-8") == templates.columns_markdown("id") + "\n"
    assert (docs / "columns.en.md").read_text(encoding="utf-8") == \
        templates.columns_markdown("en") + "\n"
    assert "`Tingkat Kerawanan`" in (docs / "columns.md").read_text(encoding="utf-8")


# --- 3. total rows -------------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["JUMLAH", "jumlah", "Total", "J U M L A H", "SUBTOTAL",
                                   "Jumlah Kab. Kukar", "Total Kaltim", "Sub Total"])
def test_total_rows_are_left_out_with_a_note(label):
    rows = [RISK_HEADER, risk_cells(), risk_cells("Loa Kulu", kejadian="4"),
            [label, "", "", "", "", "7", "", "", ""]]
    report = check("conflict_risk", csv_of(rows), "x.csv")
    assert report.ok, report.text()
    note = codes(report, "headers.totals.left_out")[0]
    assert note.severity == "info" and note.row == 4 and "Baris jumlah/total 4" in note.message
    assert len(report.frame) == 2 and not codes(report, "headers.totals.mismatch")


def test_a_total_label_in_the_kecamatan_column_counts_too():
    rows = [RISK_HEADER, risk_cells(), ["Kukar", "Jumlah", "", "", "", "3", "", "", ""]]
    report = check("conflict_risk", csv_of(rows), "x.csv")
    assert report.ok and codes(report, "headers.totals.left_out")[0].row == 3


def test_a_total_that_disagrees_gives_row_column_figure_sum_and_difference():
    rows = [RISK_HEADER, risk_cells(kejadian="1.200"), risk_cells("Loa Kulu", kejadian="1.034"),
            ["JUMLAH", "", "", "", "", "2.000", "", "", ""]]
    for lang, text in (("id", "Baris jumlah 4 (JUMLAH), kolom “jumlah_kejadian”: di berkas "
                              "2.000, jumlah baris 2–3 adalah 2.234 (selisih -234)"),
                       ("en", "the file says 2,000, rows 2–3 sum to 2,234 (difference -234)")):
        report = check("conflict_risk", csv_of(rows), "x.csv", lang)
        warning = codes(report, "headers.totals.mismatch")[0]
        assert warning.severity == "warning" and warning.row == 4
        assert warning.column == "jumlah_kejadian" and text in warning.message
        assert report.ok  # a warning: the rows themselves are kept


def test_subtotals_are_checked_against_their_own_rows_and_the_grand_total_against_all():
    rows = [RISK_HEADER, risk_cells(kejadian="2"), risk_cells("Loa Kulu", kejadian="3"),
            ["Subtotal", "", "", "", "", "5", "", "", ""],
            risk_cells("Anggana", kejadian="4"), risk_cells("Sebulu", kejadian="1"),
            ["Subtotal", "", "", "", "", "6", "", "", ""],
            ["TOTAL", "", "", "", "", "10", "", "", ""]]
    report = check("conflict_risk", csv_of(rows), "x.csv")
    assert codes(report, "headers.totals.left_out")[0].rows == (4, 7, 8)
    mismatches = codes(report, "headers.totals.mismatch")
    assert [(p.row, p.value) for p in mismatches] == [(7, "6")]  # 4 + 1 = 5; the total is right
    assert "jumlah baris 5–6 adalah 5 (selisih +1)" in mismatches[0].message
    assert len(report.frame) == 4


def test_percent_and_bounded_score_columns_are_not_summed():
    rows = [["Kab/Kota", "Pemilihan", "DPT", "DPT (P)", "Partisipasi (%)", "Sumber"],
            ["Samarinda", "Pilkada 2024", "600.000", "290.000", "61,5", "KPU"],
            ["Bontang", "Pilkada 2024", "120.000", "59.900", "70,1", "KPU"],
            ["Total Kaltim", "", "720.000", "349.900", "63,0", ""]]
    report = check("participation", csv_of(rows), "x.csv")
    assert report.ok, report.text()
    assert not codes(report, "headers.totals.mismatch")
    assert report.frame["dpt_total"].tolist() == [600000, 120000]


# --- 4. a code and a name in one cell ------------------------------------------------------------

@pytest.mark.parametrize("value,code", [("6405 Berau", "64.03"), ("64.72 - Samarinda", "64.72"),
                                        ("64.72 Kota Samarinda", "64.72"),
                                        ("64.02 Kab. Kutai Kartanegara", "64.02")])
def test_code_and_name_that_agree(value, code):
    match = regions.normalise(value)
    assert match.district.kemendagri_code == code and match.method == "code_name"


def test_a_bare_code_the_schemes_read_differently_is_decided_by_the_name():
    match = regions.normalise("6403 Kutai Kartanegara")
    assert match.district.kemendagri_code == "64.02" and match.method == "code_name_scheme"
    assert regions.normalise("6403 Berau").district.kemendagri_code == "64.03"
    # In a file known to use BPS codes the two agree: nothing to report.
    assert regions.normalise("6403 Kutai Kartanegara", "bps").method == "code_name"

    rows = [RISK_HEADER, risk_cells(kab="6403 Kutai Kartanegara")]
    report = check("conflict_risk", csv_of(rows), "x.csv")
    assert report.ok and report.frame["kab_kota"].tolist() == ["64.02"]
    warning = codes(report, "headers.region.code_name_scheme")[0]
    assert warning.severity == "warning" and warning.row == 2
    assert warning.value == "6403 Kutai Kartanegara"
    assert "kode 6403 adalah Kabupaten Kutai Kartanegara (64.02) menurut BPS, tetapi Kabupaten " \
           "Berau (64.03) menurut Kemendagri" in warning.message


@pytest.mark.parametrize("value,expected", [
    ("64.03 Kutai Kartanegara", ["Kabupaten Berau (64.03)", "Kabupaten Kutai Kartanegara (64.02)"]),
    ("6403 Paser", ["Kabupaten Paser (64.01)", "menurut BPS"]),
    ("6499 Antah Berantah", ["tidak dikenal", "Kota Samarinda (64.72)"]),  # neither resolves
])
def test_code_and_name_that_disagree_or_neither_resolves_is_an_error_with_candidates(value,
                                                                                     expected):
    with pytest.raises(regions.RegionLookupError) as raised:
        regions.normalise(value)
    assert raised.value.reason == "code_name_mismatch" and raised.value.candidates
    rows = [RISK_HEADER, risk_cells(kab=value)]
    report = check("conflict_risk", csv_of(rows), "x.csv")
    error = next(p for p in report.errors if p.column == "kab_kota")
    assert error.row == 2 and "tidak cocok" in error.message
    for text in expected:
        assert text in error.message
    assert not report.ok  # refused: nothing is stored


# --- 5. merged cells, hidden rows and columns ----------------------------------------------------

def test_a_kab_kota_merged_down_fills_its_kecamatan_rows_but_a_figure_is_not_copied():
    rows = [RISK_HEADER, risk_cells(), risk_cells("Loa Kulu", kejadian=None, kab=None),
            risk_cells("Anggana", kab=None)]
    data = xlsx_of(rows, merges=("A2:A4", "F2:F3"))
    report = check("conflict_risk", data)
    assert [p for p in report.problems if p.column == "kab_kota" and p.severity != "info"] == []
    result = read_table(data, "x.xlsx", "conflict_risk")
    assert result.frame["Kab/Kota"].tolist() == ["Kukar"] * 3
    # jumlah_kejadian merged over two rows is one figure: not counted twice.
    assert result.frame["Jumlah Kejadian"].tolist() == ["3", "", "3"]
    assert [p.row for p in report.errors if p.column == "jumlah_kejadian"] == [3]


def test_hidden_rows_and_columns_are_read_and_listed():
    rows = [RISK_HEADER, risk_cells(), risk_cells("Loa Kulu"), risk_cells("Anggana")]
    data = xlsx_of(rows, hidden_rows=(3,), hidden_columns=("G",))
    report = check("conflict_risk", data)
    assert report.ok and len(report.frame) == 3  # nothing silently dropped
    messages = [p.message for p in report.notes]
    assert any("Baris 3 disembunyikan di Excel" in m for m in messages)
    assert any("Kolom G disembunyikan di Excel" in m for m in messages)


def test_merged_ranges_past_the_table_cost_nothing_and_too_many_are_refused(monkeypatch):
    import time
    import zipfile

    rows = [RISK_HEADER, risk_cells()]
    # A range to Excel's last cell (written into the XML by hand: openpyxl would build its 17
    # billion cells) is clipped to what the sheet holds.
    source = zipfile.ZipFile(io.BytesIO(xlsx_of(rows, merges=("A5:B5",))))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                content = content.replace(b'ref="A5:B5"', b'ref="A1:XFD1048576"')
            target.writestr(info, content)
    started = time.perf_counter()
    result = read_table(buffer.getvalue(), "x.xlsx", "conflict_risk")
    assert result.frame.shape == (1, 9) and time.perf_counter() - started < 5
    monkeypatch.setattr(headers, "MAX_MERGED_RANGES", 3)
    data = xlsx_of(rows, merges=("A5:B5", "A6:B6", "A7:B7", "A8:B8"))
    with pytest.raises(ReadError) as raised:
        read_table(data, "x.xlsx", "conflict_risk")
    assert raised.value.message_id == "headers.error.too_many_merges"
    assert "3" in raised.value.message("id")


def test_overlapping_merged_ranges_are_bounded_by_work_not_only_by_cells_filled():
    records = [["x"] + [""] * 99 for _ in range(200)]  # 20,000 cells
    merges = [(1, 1, 200, 100)] * 50  # each looks at every cell again
    with pytest.raises(headers.HeaderError) as raised:
        headers.spread_merges(records, merges, limit_cells=100_000)
    assert raised.value.message_id == "headers.error.merged_too_large"
    assert headers.spread_merges([["a", ""], ["", ""]], [(1, 1, 2, 2)], 10) == 3


def test_a_titled_merged_totalled_sheet_with_text_numbers_percent_cells_and_separators():
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "DPT"
    sheet.append(["KOMISI PEMILIHAN UMUM PROVINSI KALIMANTAN TIMUR"])
    sheet.append(["REKAPITULASI DPT DAN PARTISIPASI PILKADA 2024"])
    sheet.append([])
    sheet.append(["No", "Kabupaten/Kota", "Pemilihan", "DPT", None, None, "Pemilih Pemula",
                  "Partisipasi (%)", "Sumber"])
    sheet.append([None, None, None, "L", "P", "L+P", None, None, None])
    sheet.append([1, "64.72 - Samarinda", "Pilkada 2024", "306.120", "300.053", "606.173",
                  "41.250", 0.615, "KPU Kota Samarinda"])
    sheet.append([2, "6403 Kutai Kartanegara", "Pilkada 2024", 290000, 280000, 570000, 38000,
                  "58,25", "KPU Kab. Kutai Kartanegara"])
    sheet.append(["JUMLAH", None, None, 596120, 580053, 1176173, 79250, None, None])
    sheet.append([])
    sheet.append([None, None, None, None, None, None, None, "Samarinda, 10 Desember 2024"])
    for ref in ("A1:I1", "A2:I2", "D4:F4", "A4:A5", "B4:B5", "C4:C5", "G4:G5", "H4:H5", "I4:I5",
                "A8:C8"):
        sheet.merge_cells(ref)
    sheet["H6"].number_format = "0.0%"
    sheet.row_dimensions[7].hidden = True
    report = check("participation", workbook_bytes(workbook))
    assert report.ok, report.text()
    frame = report.frame
    assert frame["kab_kota"].tolist() == ["64.72", "64.02"]
    assert frame["dpt_total"].tolist() == [606173, 570000]
    assert frame["dpt_perempuan"].tolist() == [300053, 280000]
    assert frame["dpt_pemilih_pemula"].tolist() == [41250, 38000]
    assert frame["partisipasi_total"].tolist() == [61.5, 58.25]
    assert report.row_numbers == (6, 7)
    found = {p.code for p in report.problems}
    assert {"headers.notice.two_rows", "headers.notice.skipped_above",
            "headers.totals.left_out", "headers.notice.hidden_rows", "headers.notice.footer",
            "headers.region.code_name_scheme"} <= found
    assert not codes(report, "headers.totals.mismatch")  # the JUMLAH row adds up


# --- 6. the district's own file, end to end ------------------------------------------------------

def test_kukar_report_as_written_imports_with_the_right_values():
    report = check("conflict_risk", kukar_conflict_risk_xlsx(), "kukar_tw3.xlsx")
    assert report.ok, report.text()
    assert not report.warnings, report.text()
    frame = report.frame
    assert frame["kab_kota"].tolist() == ["64.02"] * 4
    assert frame["kecamatan"].tolist() == kukar_kecamatan([r[0] for r in KUKAR_ROWS])
    assert frame["periode"].tolist() == ["2026-Q3"] * 4
    assert frame["tingkat_rawan"].tolist() == ["tinggi", "sedang", "sedang", "rendah"]
    assert frame["skor"].tolist() == [72.5, 48.5, 45.0, 20.0]
    assert frame["kategori"].tolist() == ["politik_pemilu", "sumber_daya_alam_lahan",
                                          "ketenagakerjaan", "lainnya"]
    assert frame["jumlah_kejadian"].tolist() == [4, 2, 1, 0]
    assert frame["tanggal_laporan"].tolist() == [dt.date(2026, 10, 6)] * 4
    assert frame["catatan"].tolist()[0] == "Sengketa tapal batas desa"
    first = KUKAR_FIRST_DATA_ROW
    assert report.row_numbers == tuple(range(first, first + 4))
    header = codes(report, "headers.notice.header_row")[0]
    assert header.message == f"Judul kolom dibaca dari baris {first - 1}."
    skipped = codes(report, "headers.notice.skipped_above")[0].message
    assert "Baris 1, 2, 3 di atas judul kolom (baris 5) dilewati" in skipped
    assert "“PEMERINTAH KABUPATEN KUTAI KARTANEGARA”" in skipped
    total = codes(report, "headers.totals.left_out")[0]
    assert total.row == KUKAR_TOTAL_ROW and "(JUMLAH)" in total.message
    footer = codes(report, "headers.notice.footer")[0].message
    assert "“Mengetahui,”" in footer and f"Baris {KUKAR_TOTAL_ROW + 2}," in footer


def test_kukar_report_whose_jumlah_disagrees_is_warned():
    report = check("conflict_risk", kukar_conflict_risk_xlsx(total_kejadian=9), "kukar.xlsx")
    warning = codes(report, "headers.totals.mismatch")[0]
    assert warning.row == KUKAR_TOTAL_ROW
    assert "di berkas 9, jumlah baris 6–9 adalah 7 (selisih +2)" in warning.message


def test_kukar_report_through_the_command_line_is_stored(data_dir, tmp_path, capsys):
    from cli import main
    from storage import datasets

    path = tmp_path / "kukar_tw3.xlsx"
    path.write_bytes(kukar_conflict_risk_xlsx())
    code = main.main(["import", "conflict_risk", str(path), "--user", "kesbangpol_kukar"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "Judul kolom dibaca dari baris 5." in out and "Baris jumlah/total 10" in out
    loaded = datasets.load("conflict_risk")
    assert not loaded.is_demo and len(loaded.frame) == 4
    frame = loaded.frame.sort_values("kecamatan").reset_index(drop=True)
    assert frame["kecamatan"].tolist() == sorted(kukar_kecamatan([r[0] for r in KUKAR_ROWS]))
    assert set(frame["kab_kota"]) == {"64.02"}
    assert int(frame["jumlah_kejadian"].sum()) == 7  # the JUMLAH row is not a kecamatan


def test_a_refused_titled_file_stores_nothing(data_dir, tmp_path, capsys):
    from cli import main
    from storage import datasets

    before = datasets.load("conflict_risk")
    path = tmp_path / "x.csv"
    path.write_bytes(csv_of([["LAPORAN"], [], ["a", "b", "c"], ["1", "2", "3"]]))
    assert main.main(["import", "conflict_risk", str(path)]) == 1
    out = capsys.readouterr().out
    assert "Tidak ada baris yang tampak seperti judul kolom" in out
    after = datasets.load("conflict_risk")
    assert after.version == before.version and after.is_demo


def test_readers_module_still_refuses_huge_headers_scan_cheaply():
    # The header search looks at the first SEARCH_ROWS non-blank rows only.
    rows = [["x"]] * 5 + [RISK_HEADER] + [risk_cells()] * 3
    result = read_table(csv_of(rows), "x.csv", "conflict_risk")
    assert list(result.frame.index) == [7, 8, 9]
    assert readers.MAX_ROWS == 100_000 and headers.SEARCH_ROWS == 30
