"""Uploads -> frames of strings: encodings, delimiters, XLSX sheets, and every refusal as a message
id (never a traceback). The files are built by tests/helpers/files.py."""

from __future__ import annotations

import io

import openpyxl
import pytest

from loaders import readers
from loaders.readers import ReadError, read_table
from tests.helpers.files import RISK_COLUMNS, csv_bytes, encrypted_office_file, risk_row, xlsx_bytes

# --- CSV -----------------------------------------------------------------------------------------

def test_utf8_comma_csv_reads_strings_with_file_row_numbers():
    data = csv_bytes([risk_row(), risk_row(kab_kota="Kukar")])
    result = read_table(data, "laporan.csv")
    assert result.file_format == "csv" and result.delimiter == ","
    assert list(result.frame.columns) == RISK_COLUMNS
    assert list(result.frame.index) == [2, 3]  # header is row 1
    assert result.frame.loc[3, "kab_kota"] == "Kukar"
    assert all(isinstance(v, str) for v in result.frame.loc[2])


def test_utf8_bom_semicolon_csv():
    data = b"\xef\xbb\xbf" + csv_bytes([risk_row(unit_pelapor="Kesbangpol Bontang")],
                                       delimiter=";")
    result = read_table(data, "laporan.csv")
    assert result.delimiter == ";" and result.encoding == "utf-8-sig"
    assert result.frame.columns[0] == "kab_kota"  # no BOM glued to the first header
    assert result.frame.iloc[0]["unit_pelapor"] == "Kesbangpol Bontang"


def test_windows_1252_csv_is_read_and_noted():
    data = csv_bytes([risk_row(sumber="Laporan Café “rakor”")], encoding="cp1252")
    result = read_table(data, "laporan.csv")
    assert result.encoding == "cp1252"
    assert result.frame.iloc[0]["sumber"] == "Laporan Café “rakor”"
    assert [n.message_id for n in result.notices] == ["read.notice.encoding"]


def test_utf16_tab_separated_unicode_text_from_excel():
    text = "kab_kota\tunit_pelapor\r\n64.08\tKesbangpol Kutai Timur – Sangatta\r\n"
    result = read_table(text.encode("utf-16"), "laporan.txt")
    assert result.delimiter == "\t"
    assert result.frame.loc[2, "unit_pelapor"] == "Kesbangpol Kutai Timur – Sangatta"


def test_decimal_commas_in_a_semicolon_file_stay_in_their_cell():
    data = "kab_kota;skor\n64.08;72,5\n".encode()
    frame = read_table(data, "x.csv").frame
    assert frame.iloc[0]["skor"] == "72,5"


def test_blank_rows_are_skipped_without_renumbering():
    data = b"kab_kota,skor\n64.08,1\n,\n\n64.01,2\n"
    frame = read_table(data, "x.csv").frame
    assert list(frame.index) == [2, 5]


def test_row_with_more_cells_than_header_names_the_row():
    data = b"kab_kota,skor\n64.08,1\n64.01,2,3,4\n"
    with pytest.raises(ReadError) as caught:
        read_table(data, "x.csv")
    assert caught.value.message_id == "read.error.too_many_cells"
    assert "Baris 3" in caught.value.message("id") and "Row 3" in caught.value.message("en")


def test_empty_file_gives_an_empty_frame_not_an_exception():
    result = read_table(b"", "kosong.csv")
    assert result.frame.shape == (0, 0)


def test_header_only_gives_columns_and_no_rows():
    result = read_table(b"kab_kota,periode\r\n", "x.csv")
    assert list(result.frame.columns) == ["kab_kota", "periode"] and len(result.frame) == 0


def test_binary_garbage_named_csv_is_refused():
    garbage = bytes((i * 37 + 11) % 256 for i in range(4096))
    with pytest.raises(ReadError) as caught:
        read_table(garbage, "laporan.csv")
    assert caught.value.message_id == "read.error.binary"
    assert "laporan.csv" in caught.value.message("id")


def test_size_limit_from_env(monkeypatch):
    monkeypatch.setenv("DASHBOARD_MAX_UPLOAD_MB", "0.001")  # about 1 KB
    assert readers.max_upload_bytes() == int(0.001 * 1024 * 1024)
    with pytest.raises(ReadError) as caught:
        read_table(b"kab_kota\n" + b"64.08\n" * 400, "besar.csv")
    assert caught.value.message_id == "read.error.too_large"
    assert "MB" in caught.value.message("en")


def test_default_size_limit_is_50_mb(monkeypatch, tmp_path):
    monkeypatch.delenv("DASHBOARD_MAX_UPLOAD_MB", raising=False)
    assert readers.max_upload_bytes() == 50 * 1024 * 1024
    big = tmp_path / "besar.csv"
    with big.open("wb") as handle:  # sparse: 50 MB + 1 byte without writing 50 MB
        handle.truncate(50 * 1024 * 1024 + 1)
    with pytest.raises(ReadError) as caught:
        readers.read_path(big)
    assert caught.value.message_id == "read.error.too_large"
    assert "50 MB" in caught.value.message("id")


# --- XLSX ----------------------------------------------------------------------------------------

def test_xlsx_values_become_the_text_users_see():
    import datetime as dt

    data = xlsx_bytes({"conflict_risk": [
        ["kab_kota", "skor", "tanggal_laporan", "jumlah_kejadian", "sumber"],
        ["Kukar", 72.5, dt.datetime(2026, 10, 5), 4.0, "=HYPERLINK(\"x\")"],
    ]})
    result = read_table(data, "laporan.xlsx", "conflict_risk")
    row = result.frame.loc[2]
    assert (row["kab_kota"], row["skor"], row["tanggal_laporan"], row["jumlah_kejadian"]) == \
        ("Kukar", "72.5", "2026-10-05", "4")
    assert row["sumber"].startswith("=")  # kept as typed; the validator notes it


def test_percent_formatted_cells_read_as_the_percentage_shown():
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["partisipasi_total"])
    sheet.append([0.7826])
    sheet["A2"].number_format = "0.00%"
    buffer = io.BytesIO()
    workbook.save(buffer)
    frame = read_table(buffer.getvalue(), "p.xlsx").frame
    assert frame.iloc[0]["partisipasi_total"] == "78.26"


def test_several_sheets_uses_the_one_named_like_the_dataset_and_warns():
    data = xlsx_bytes({
        "Ringkasan": [["judul"], ["rekap"]],
        "conflict_risk": [["kab_kota", "periode"], ["64.08", "2026-Q3"]],
        "Petunjuk": [["cara mengisi"]],
    })
    result = read_table(data, "laporan.xlsx", "conflict_risk")
    assert result.sheet == "conflict_risk"
    assert list(result.frame.columns) == ["kab_kota", "periode"]
    assert [n.message_id for n in result.notices] == ["read.notice.sheet_chosen"]
    assert "Ringkasan" in result.notices[0].message("id")


def test_several_sheets_without_a_named_one_uses_the_first_data_sheet():
    data = xlsx_bytes({"Kosong": [], "Data": [["kab_kota"], ["64.01"]],
                       "Lain": [["x"], ["1"]]})
    result = read_table(data, "laporan.xlsx", "conflict_risk")
    assert result.sheet == "Data"
    assert result.notices[0].params["others"] == "Lain"


def test_password_protected_xlsx_is_refused_clearly():
    data = encrypted_office_file()
    with pytest.raises(Exception) as by_openpyxl:  # what openpyxl alone would show a user
        openpyxl.load_workbook(io.BytesIO(data))
    assert "zip" in str(by_openpyxl.value).lower()
    with pytest.raises(ReadError) as caught:
        read_table(data, "rahasia.xlsx")
    assert caught.value.message_id == "read.error.encrypted"
    assert "kata sandi" in caught.value.message("id")
    assert "password" in caught.value.message("en")


def test_legacy_xls_and_non_xlsx_binaries_are_refused():
    legacy = readers.CFB_SIGNATURE + b"\0" * 1024
    with pytest.raises(ReadError) as caught:
        read_table(legacy, "lama.xls")
    assert caught.value.message_id == "read.error.legacy_xls"
    for data in (b"%PDF-1.7 not a workbook" * 10, b"PK\x03\x04 damaged zip"):
        with pytest.raises(ReadError) as caught:
            read_table(data, "laporan.xlsx")
        assert caught.value.message_id == "read.error.not_xlsx"


def test_excel_file_named_csv_is_read_as_excel():
    data = xlsx_bytes({"Sheet": [["kab_kota"], ["64.01"]]})
    result = read_table(data, "laporan.csv")
    assert result.file_format == "xlsx"
    assert result.notices[0].message_id == "read.notice.xlsx_named_csv"


def test_a_reading_notice_is_a_message_and_says_its_parameters_as_messages_do():
    from i18n.errors import Message
    from loaders.readers import Notice

    notice = Notice("read.notice.sheet_chosen", {"sheet": "Data", "count": 2,
                                                 "others": Message("boundaries.level.desa")})
    assert isinstance(notice, Message)
    for lang in ("id", "en"):
        said = notice.message(lang)
        assert said == notice.text(lang) and Message("boundaries.level.desa").text(lang) in said
