"""Uploaded tables (CSV, XLSX) -> a DataFrame of strings, nothing else.

Every cell comes out as text exactly as the user typed it (stripped of surrounding blanks), so that
the validator sees "45123" or "=SUM(A1)" and can explain them, instead of a reader guessing types.
The frame's index is the row number as the user sees it in their file (header = row 1) and is named
``row``; blank rows are skipped without renumbering the others.

Problems are raised as :class:`ReadError` carrying a message id and parameters, never shown to users
as tracebacks.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

import pandas as pd

import config
from i18n import fmt_number, round_half_away
from i18n.errors import LocalizedError, Message
from loaders import headers

CFB_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE2 compound file: .xls, or encrypted .xlsx
ZIP_SIGNATURE = b"PK\x03\x04"
# The stream names an Office-encrypted package carries, as UTF-16LE directory entries.
_ENCRYPTION_MARKERS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))

_INSTRUCTION_SHEETS = {"petunjuk", "instructions", "instruksi", "pilihan", "choices", "keterangan"}

# What one upload may hold, whatever its format: past any of these the file is refused with a
# message that states the limit, before the frame is built (a 5 KB file must not cost gigabytes).
MAX_ROWS = 100_000  # data rows (the header is row 1, so the last row read is MAX_ROWS + 1)
MAX_COLUMNS = 500
MAX_CELLS = 1_500_000  # filled cells
MAX_CELL_CHARS = 131_072  # characters in one cell (the csv module's own default field limit)
MAX_RAW_CELLS_PER_ROW = 16_384  # delimiters in one CSV line, filled or not (Excel's last column)


class ReadError(LocalizedError):
    """A file that cannot be read as a table; ``message(lang)`` says why. Parameters named
    ``limit_*`` or ``n_*`` are counts and ``size_mb`` a size (one decimal): all written the way
    the language writes numbers."""

    def say_param(self, name: str, value: object, lang: str) -> object:
        if name == "size_mb" and isinstance(value, float):
            return fmt_number(value, lang, 1)
        if name.startswith(("limit_", "n_")) and isinstance(value, int):
            return fmt_number(value, lang)
        return super().say_param(name, value, lang)


@dataclass(frozen=True)
class CellProblem:
    """A cell the reader could read only in part (a formula without its saved value, a damaged
    cell): reported by the validator at its row and column."""
    row: int
    column: str  # the header of its column, or the column letter outside the table
    message_id: str
    params: dict = field(default_factory=dict)
    value: str = ""
    position: int = 0  # 1-based column position in the sheet

    def message(self, lang: str = "id") -> str:
        from i18n import t

        return t(self.message_id, lang, **self.params)


@dataclass(frozen=True)
class Notice(Message):
    """A note on how the file was read (its encoding, the sheet chosen): an ``i18n.errors.Message``,
    said the same way; ``message(lang)`` as the reader's other results say themselves."""

    def message(self, lang: str = "id") -> str:
        return self.text(lang)


@dataclass(frozen=True)
class ReadResult:
    frame: pd.DataFrame  # all columns str, index = row number in the file (header = 1)
    file_format: str  # "csv" or "xlsx"
    notices: tuple[Notice, ...] = ()
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    cell_problems: tuple[CellProblem, ...] = ()


def max_upload_bytes() -> int:
    """The size limit in bytes: DASHBOARD_MAX_UPLOAD_MB, or 50 MB."""
    return int(config.MAX_UPLOAD_MB.get() * 1024 * 1024)


def check_size(size: int, limit: int | None) -> None:
    limit = max_upload_bytes() if limit is None else limit
    if size > limit:
        raise ReadError("read.error.too_large", size_mb=_mb(size),
                        limit_mb=round_half_away(limit / 1024 / 1024))


def read_path(path: str | Path, dataset: str | None = None,
              max_bytes: int | None = None) -> tuple[ReadResult, bytes]:
    """Read a file from disk; the size is checked before the file is loaded into memory. Returns
    the result and the raw bytes (callers hash them for the history)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        raise ReadError("read.error.not_found", file=str(path)) from None
    check_size(size, max_bytes)
    data = path.read_bytes()
    return read_table(data, path.name, dataset, max_bytes), data


def read_table(data: bytes, filename: str, dataset: str | None = None,
               max_bytes: int | None = None) -> ReadResult:
    """Read CSV or XLSX bytes into a frame of strings. The content decides the format, the file
    name only breaks ties, so an Excel file saved as .csv still reads, and binary garbage named
    .csv is refused."""
    check_size(len(data), max_bytes)
    suffix = Path(filename).suffix.lower()
    if data.startswith(CFB_SIGNATURE):
        if any(marker in data for marker in _ENCRYPTION_MARKERS):
            raise ReadError("read.error.encrypted", file=filename)
        raise ReadError("read.error.legacy_xls", file=filename)
    if data.startswith(ZIP_SIGNATURE):
        result = _read_xlsx(data, filename, dataset)
        if suffix == ".csv":
            notices = (Notice("read.notice.xlsx_named_csv", {"file": filename}), *result.notices)
            result = ReadResult(result.frame, result.file_format, notices, result.sheet,
                                cell_problems=result.cell_problems)
        return result
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        if not data.strip():
            return ReadResult(_empty_frame(), "xlsx")
        raise ReadError("read.error.not_xlsx", file=filename)
    if suffix not in ("", ".csv", ".txt", ".tsv"):
        raise ReadError("read.error.unsupported", file=filename, suffix=suffix)
    return _read_csv(data, filename, dataset if dataset in headers.DATASETS else None)


# --- CSV -----------------------------------------------------------------------------------------

def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 13))
    return control > max(2, len(sample) // 100)


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte, so a file that is neither
        # still reads and the odd character shows up in the preview rather than as a crash.
        return data.decode("latin-1"), "latin-1"


def _detect_delimiter(text: str) -> str:
    """The delimiter of the first line that has one (the header, or a title row padded with
    delimiters): Indonesian Excel saves CSV with ';' because ',' is the decimal separator, so both
    are common. A title row without any (a report's name alone on its line) is passed over, up to
    30 lines. Only the first 64 KB of a line are looked at, so a 50 MB single line costs no more
    than a short one."""
    position, looked = 0, 0
    while position < len(text) and looked < 30:
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        line = text[position:min(end, position + 65_536)]
        position = end + 1
        if line.strip(" ,;\t\r"):
            looked += 1
            counts = {d: _count_outside_quotes(line, d) for d in (";", ",", "\t")}
            best = max(counts, key=lambda d: counts[d])
            if counts[best] > 0:
                return best
    return ","


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            count += 1
    return count


def _read_csv(data: bytes, filename: str, dataset: str | None = None) -> ReadResult:
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            # Excel's "Unicode Text" export: UTF-16 with a BOM, full of NUL bytes but not binary.
            text, encoding = data.decode("utf-16"), "utf-16"
        elif _looks_binary(data):
            raise ReadError("read.error.binary", file=filename)
        else:
            text, encoding = _decode(data)
    except UnicodeDecodeError:
        raise ReadError("read.error.encoding", file=filename) from None
    delimiter = _detect_delimiter(text)
    records = _csv_records(text, delimiter, filename)
    notices = []
    if encoding not in ("utf-8", "utf-8-sig", "utf-16"):
        notices.append(Notice("read.notice.encoding", {"encoding": "Windows-1252"}))
    frame = _records_to_frame(records, dataset=dataset, notices=notices)
    return ReadResult(frame, "csv", tuple(notices), encoding=encoding, delimiter=delimiter)


def _csv_records(text: str, delimiter: str, filename: str) -> list[list[str]]:
    """The rows of a CSV text, bounded like a workbook: a row past MAX_ROWS, a filled cell past
    MAX_COLUMNS or a cell longer than MAX_CELL_CHARS stops the read with a message that says
    where and what the limit is. Each record is kept only up to its last filled cell."""
    # The csv module's field limit would stop a long cell with a bare "field larger than field
    # limit"; it is lifted for this read (to the whole text: nothing can be longer) so that the
    # check below can say which row and column, and restored afterwards.
    previous = csv.field_size_limit()
    csv.field_size_limit(max(previous, len(text) + 1))
    try:
        return _bounded_records(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter),
                                filename)
    finally:
        csv.field_size_limit(previous)


def _bounded_records(reader, filename: str) -> list[list[str]]:
    records: list[list[str]] = []
    cells = 0
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            if "field larger than field limit" in str(error):
                # Only when another read restored the limit in between.
                raise ReadError("read.error.csv_cell_too_long", row=len(records) + 1,
                                limit_chars=MAX_CELL_CHARS) from None
            raise ReadError("read.error.csv_syntax", file=filename) from None
        number = len(records) + 1
        if number > MAX_ROWS + 1:
            raise ReadError("read.error.too_many_rows", row=number, limit_rows=MAX_ROWS)
        if len(record) > MAX_RAW_CELLS_PER_ROW:
            raise ReadError("read.error.too_many_columns", row=number, position=len(record),
                            limit_columns=MAX_COLUMNS)
        last = len(record)
        while last and not record[last - 1].strip():
            last -= 1
        if last > MAX_COLUMNS:
            raise ReadError("read.error.too_many_columns", row=number, position=last,
                            limit_columns=MAX_COLUMNS)
        for position, cell in enumerate(record[:last], start=1):
            if len(cell) > MAX_CELL_CHARS:
                raise ReadError("read.error.csv_cell_too_long_at", row=number, position=position,
                                limit_chars=MAX_CELL_CHARS, n_chars=len(cell))
        cells += last
        if cells > MAX_CELLS:
            raise ReadError("read.error.cells_limit", limit_cells=MAX_CELLS)
        records.append(record[:last] if last < len(record) else record)
    return records


def _records_to_frame(records: list[list[str]], keep: frozenset[int] = frozenset(), *,
                      dataset: str | None = None, layout: headers.Layout | None = None,
                      notices: list[Notice] | None = None) -> pd.DataFrame:
    """Rows of cells (row 1 first) -> frame. Without ``dataset``, the first non-blank row is the
    header; with it, the row that best names the dataset's columns (:mod:`loaders.headers`), the
    rows above it and the signature block below the data left out, with a notice in ``notices``
    for each. Rows in ``keep`` stay even when blank (they hold a cell the reader could not read,
    reported there). ``layout``: an .xlsx sheet's merged ranges and hidden rows and columns."""
    said: list[tuple[str, dict]] = []
    try:
        header_at, header_end, header = _find_header(records, dataset, layout, said)
    except headers.HeaderError as error:
        raise ReadError(error.message_id, **error.params) from None
    if header_at is None:
        return _empty_frame()
    width = len(header)
    for position, name in enumerate(header):
        if not name:
            header[position] = f"(kolom {position + 1})"
    footer = set(headers.footer_rows(records, header_end, keep)) if dataset else set()
    if footer:
        ordered = sorted(footer)
        said.append(("headers.notice.footer", {
            "rows": ", ".join(str(i + 1) for i in ordered[:12]),
            "text": headers.quoted_rows(records, ordered)}))
    rows, numbers = [], []
    for number, record in enumerate(records[header_end + 1:], start=header_end + 2):
        cells = [c.strip() for c in record]
        if (not any(cells) and number not in keep) or number - 1 in footer:
            continue
        if len(cells) > width:
            if any(cells[width:]):
                raise ReadError("read.error.too_many_cells", row=number, cells=len(cells),
                                columns=width)
            cells = cells[:width]
        cells += [""] * (width - len(cells))
        rows.append(cells)
        numbers.append(number)
    if notices is not None:
        notices.extend(Notice(message_id, params) for message_id, params in said)
    frame = pd.DataFrame(rows, columns=_unique(header), index=pd.Index(numbers, name="row"),
                         dtype=object)
    if not rows:
        frame = pd.DataFrame({c: pd.Series(dtype=object) for c in _unique(header)})
        frame.index = pd.Index([], dtype="int64", name="row")
    return frame


def _find_header(records: list[list[str]], dataset: str | None, layout: headers.Layout | None,
                 said: list[tuple[str, dict]]) -> tuple[int | None, int, list[str]]:
    """(index of the first header row, index of the last, header cells); merged ranges of
    ``layout`` spread over ``records`` in place, the header found on them."""
    merges = layout.merges if layout is not None else ()
    top = records
    if merges and dataset:
        # The header is looked for with every range spread (header groups across); the data
        # below it get only what is meaningful there, once the header's columns are known.
        top = [list(r) for r in records[:_search_end(records)]]
        headers.spread_merges(top, merges, MAX_CELLS)
    table = headers.locate(top, dataset) if dataset else None
    first = next((i for i, r in enumerate(top) if any(c.strip() for c in r)), None)
    if table is not None:
        said.extend(table.notices)
        start, end, header = table.first_row, table.last_row, table.header
    elif first is None:
        return None, 0, []
    else:
        start = end = first
        header = None
    if merges and dataset:
        headers.spread_merges(records, merges, MAX_CELLS, end,
                              headers.column_types(header or top[first], dataset))
    if header is None:
        header = [c.strip() for c in records[start]]
        while header and not header[-1]:
            header.pop()
    if layout is not None and dataset:
        said.extend(headers.hidden_notice(layout, records))
    return start, end, header


def _search_end(records: list[list[str]]) -> int:
    """How many records hold the first headers.SEARCH_ROWS non-blank rows, and the row after."""
    seen = 0
    for index, record in enumerate(records):
        if any(c.strip() for c in record):
            seen += 1
            if seen > headers.SEARCH_ROWS + 1:
                return index + 1
    return len(records)


DUPLICATE_SUFFIX = " (kolom ke-{n})"


def _unique(names: list[str]) -> list[str]:
    # Duplicate headers would make frame[col] return a frame; they are renamed with a marker the
    # validator recognises and reports as a duplicate.
    seen: dict[str, int] = {}
    out = []
    for name in names:
        if name in seen:
            seen[name] += 1
            out.append(name + DUPLICATE_SUFFIX.format(n=seen[name]))
        else:
            seen[name] = 1
            out.append(name)
    return out


def _empty_frame() -> pd.DataFrame:
    frame = pd.DataFrame()
    frame.index = pd.Index([], dtype="int64", name="row")
    return frame


# --- XLSX ----------------------------------------------------------------------------------------
#
# An .xlsx is a zip of XML parts, and both layers can be made hostile: a 5 KB file can declare a
# sheet of 17 billion cells (openpyxl pads rows to the declared <dimension>), unpack to gigabytes,
# nest elements a million deep, or carry a DTD with entity declarations. So, before openpyxl sees
# the package: every part's unpacked size is bounded (zipfile never inflates past the declared size,
# so the declared sizes bound the work), every XML part is scanned with expat for DTDs and bounded
# in depth and element count; then the sheets are read by our own streaming loop (the declared
# dimension is ignored, each finished cell is dropped from the tree) that stops at MAX_ROWS,
# MAX_COLUMNS, MAX_CELLS and MAX_CELL_CHARS.

MAX_XLSX_MEMBERS = 2_000
MAX_XLSX_UNPACKED_BYTES = 256 * 1024 * 1024  # all parts together, unpacked
MAX_XLSX_PART_BYTES = 16 * 1024 * 1024  # any part other than a sheet or the shared strings
MAX_XML_DEPTH = 64
MAX_PART_ELEMENTS = 500_000  # in a part openpyxl builds as one tree (styles, workbook, ...)
MAX_STRING_ELEMENTS = 10_000  # elements inside one shared string or one cell
# XML elements in all sheets read (rows, cells, values, empty styled cells): enough for MAX_CELLS
# filled cells with their rows, and a bound on the time a sheet of empty elements can take (about
# as long as the largest file allowed: seconds, not minutes).
MAX_SHEET_ELEMENTS = 2 * MAX_CELLS
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_ROW_TAG = f"{{{_MAIN_NS}}}row"
_CELL_TAG = f"{{{_MAIN_NS}}}c"
_VALUE_TAG = f"{{{_MAIN_NS}}}v"
_FORMULA_TAG = f"{{{_MAIN_NS}}}f"
_INLINE_TAG = f"{{{_MAIN_NS}}}is"
_TEXT_TAG = f"{{{_MAIN_NS}}}t"
_PHONETIC_TAG = f"{{{_MAIN_NS}}}rPh"
_MERGE_TAG = f"{{{_MAIN_NS}}}mergeCell"
_COL_TAG = f"{{{_MAIN_NS}}}col"


class _Refused(Exception):
    """Raised inside the expat handlers; carries the ReadError to raise outside them."""

    def __init__(self, error: ReadError):
        self.error = error


def _is_worksheet(name: str) -> bool:
    return name.startswith("xl/worksheets/") and name.endswith(".xml")


def _is_shared_strings(name: str) -> bool:
    return name.lower().endswith("sharedstrings.xml")


def _check_package(archive: zipfile.ZipFile, filename: str) -> dict[str, list[str]]:
    """Refuse a package whose parts would unpack past the bounds; then scan each XML part
    (DTDs, depth, element counts). Returns, for each part named like the shared strings, their
    full text, read from every <t> in each <si> (rich text nested however deep)."""
    members = archive.infolist()
    if len(members) > MAX_XLSX_MEMBERS:
        raise ReadError("read.error.xlsx_members", file=filename, limit_count=MAX_XLSX_MEMBERS)
    total = 0
    for info in members:
        total += info.file_size
        big_part = _is_worksheet(info.filename) or _is_shared_strings(info.filename)
        if not big_part and info.file_size > MAX_XLSX_PART_BYTES:
            raise ReadError("read.error.xlsx_unpacked", file=filename, part=info.filename,
                            size_mb=_mb(info.file_size), limit_mb=_mb(MAX_XLSX_PART_BYTES))
    if total > MAX_XLSX_UNPACKED_BYTES:
        raise ReadError("read.error.xlsx_unpacked", file=filename, part="*",
                        size_mb=_mb(total), limit_mb=_mb(MAX_XLSX_UNPACKED_BYTES))
    strings: dict[str, list[str]] = {}
    for info in members:
        name = info.filename
        if info.is_dir() or not _looks_like_xml(archive, info):
            continue  # images, vbaProject.bin: openpyxl does not parse them as XML
        if _is_shared_strings(name):
            strings[name] = _scan_xml(archive, info, filename, "strings")
        else:
            _scan_xml(archive, info, filename, "sheet" if _is_worksheet(name) else "part")
    return strings


def _looks_like_xml(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Whatever the part's name, whether it starts as an XML document would (after blanks, or in
    UTF-16): those are scanned, so a DTD cannot hide in a part named .bin that the manifest
    declares as the workbook."""
    if info.filename.lower().endswith((".xml", ".rels", ".vml")):
        return True
    with archive.open(info) as handle:
        head = handle.read(512)
    stripped = head.lstrip(b" \t\r\n")
    return stripped.startswith((b"<", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00<"))


def _mb(size: int) -> float:
    """Megabytes to one decimal, as a float: the message writes it in the user's language."""
    return round_half_away(size / 1024 / 1024, 1)


def _scan_xml(archive: zipfile.ZipFile, info: zipfile.ZipInfo, filename: str,
              kind: str) -> list[str]:
    """One streaming expat pass over a part. DTDs and entity declarations are refused (Excel never
    writes them; they are how XML bombs and external entities arrive). ``kind`` "part": depth and
    element count bounded (openpyxl builds it as one tree); "sheet": bounded up to <sheetData>
    (what openpyxl reads to find the declared size), the rows are bounded by the sheet reader;
    "strings": each <si> bounded, and its text collected."""
    from xml.parsers import expat

    parser = expat.ParserCreate(namespace_separator="}")
    scan = _XmlScan(parser, kind, filename, info.filename)
    parser.StartDoctypeDeclHandler = scan.doctype
    parser.EntityDeclHandler = scan.doctype
    parser.StartElementHandler = scan.start
    parser.EndElementHandler = scan.end
    if kind == "strings":
        parser.CharacterDataHandler = scan.characters
    try:
        with archive.open(info) as handle:
            while True:
                chunk = handle.read(1024 * 1024)
                parser.Parse(chunk, not chunk)
                if not chunk:
                    break
    except _Refused as refused:
        raise refused.error from None
    except (expat.ExpatError, zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
            NotImplementedError, RuntimeError):
        # Malformed XML, a damaged or lying zip entry, an unsupported compression method.
        raise ReadError("read.error.not_xlsx", file=filename) from None
    return scan.strings


class _XmlScan:
    """The expat handlers of one :func:`_scan_xml` pass and what they count: depth and elements
    in the part; in a shared-strings part, the open <si> (its depth, its elements, its text so
    far, whether inside a <t> or a phonetic <rPh>) and the strings finished."""

    def __init__(self, parser, kind: str, filename: str, part: str) -> None:
        self.parser = parser
        self.kind = kind
        self.filename = filename
        self.part = part
        self.depth = 0
        self.elements = 0
        self.in_si = 0  # depth of the open <si>, 0 outside one
        self.si_elements = 0
        self.text: list[str] = []
        self.in_t = 0
        self.in_phonetic = 0
        self.strings: list[str] = []

    def refuse(self, message_id: str, **params: object) -> NoReturn:
        raise _Refused(ReadError(message_id, file=self.filename, part=self.part, **params))

    def doctype(self, *_args) -> None:
        self.refuse("read.error.xlsx_dtd")

    def start(self, tag: str, _attrs) -> None:
        self.depth += 1
        self.elements += 1
        if self.depth > MAX_XML_DEPTH:
            self.refuse("read.error.xlsx_structure", limit_depth=MAX_XML_DEPTH)
        if self.kind == "part" and self.elements > MAX_PART_ELEMENTS:
            self.refuse("read.error.xlsx_structure", limit_depth=MAX_XML_DEPTH)
        if self.kind == "sheet":
            self._start_in_sheet(tag)
        elif self.kind == "strings":
            self._start_in_strings(tag)

    def _start_in_sheet(self, tag: str) -> None:
        if tag.endswith("}sheetData"):
            # From here the sheet reader bounds the work; expat goes on at C speed, only
            # watching for a DTD (which cannot come after the root anyway).
            self.parser.StartElementHandler = None
            self.parser.EndElementHandler = None
        elif self.elements > MAX_PART_ELEMENTS:
            self.refuse("read.error.xlsx_structure", limit_depth=MAX_XML_DEPTH)

    def _start_in_strings(self, tag: str) -> None:
        local = tag.rsplit("}", 1)[-1]
        if local == "si" and not self.in_si:
            self.in_si, self.si_elements, self.text = self.depth, 0, []
            if len(self.strings) >= MAX_CELLS:
                self.refuse("read.error.cells_limit", limit_cells=MAX_CELLS)
        elif self.in_si:
            self.si_elements += 1
            if self.si_elements > MAX_STRING_ELEMENTS:
                self.refuse("read.error.xlsx_structure", limit_depth=MAX_XML_DEPTH)
            if local == "rPh":
                self.in_phonetic += 1
            elif local == "t":
                self.in_t += 1

    def end(self, tag: str) -> None:
        if self.kind == "strings" and self.in_si:
            local = tag.rsplit("}", 1)[-1]
            if self.depth == self.in_si:
                self.strings.append("".join(self.text).replace("x005F_", ""))
                self.in_si = 0
            elif local == "rPh":
                self.in_phonetic -= 1
            elif local == "t":
                self.in_t -= 1
        self.depth -= 1

    def characters(self, data: str) -> None:
        if self.in_t and not self.in_phonetic:
            self.text.append(data)
            if len(self.text) > MAX_STRING_ELEMENTS:  # chunks of one string
                self.text = ["".join(self.text)]


def _read_xlsx(data: bytes, filename: str, dataset: str | None) -> ReadResult:
    import warnings

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        strings = _check_package(archive, filename)
    except ReadError:
        raise
    except Exception:  # noqa: BLE001 - a damaged package in any of many ways; none reaches a user
        raise ReadError("read.error.not_xlsx", file=filename) from None
    with warnings.catch_warnings():
        # openpyxl warns about styles and extensions it drops; none of it concerns the values.
        warnings.simplefilter("ignore")
        try:
            workbook, sheets, package, strings_part = _open_workbook(data)
        except Exception:  # openpyxl raises many kinds on damaged packages; none should reach a user
            raise ReadError("read.error.not_xlsx", file=filename) from None
        try:
            return _read_workbook(workbook, sheets, package,
                                  _shared_strings(package, strings_part, strings, filename),
                                  filename, dataset)
        except ReadError:
            raise
        except Exception:  # noqa: BLE001 - anything else a damaged workbook makes openpyxl raise
            raise ReadError("read.error.not_xlsx", file=filename) from None
        finally:
            package.close()
            archive.close()


def _shared_strings(package: zipfile.ZipFile, part: str | None,
                    scanned: dict[str, list[str]], filename: str) -> list[str]:
    """The shared strings of the part the manifest names (usually xl/sharedStrings.xml, already
    read by the scan; another part, already bounded as a generic part, is read now)."""
    if part is None:
        return next(iter(scanned.values()), [])
    if part in scanned:
        return scanned[part]
    try:
        info = package.getinfo(part)
    except KeyError:
        return []
    return _scan_xml(package, info, filename, "strings")


def _open_workbook(data: bytes):
    """openpyxl's workbook, styles and list of sheets, without what ``load_workbook`` also does:
    reading the shared strings (ours are read by the bounded scan) and parsing each sheet for its
    declared size (a whole extra pass over a sheet that has no <dimension>). Returns the workbook,
    [(title, part name)] of the worksheets, the open zip and the shared strings' part name (the
    manifest's, or None)."""
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.styles.stylesheet import apply_stylesheet
    from openpyxl.xml.constants import SHARED_STRINGS

    reader = ExcelReader(io.BytesIO(data), read_only=True, keep_vba=False, data_only=True,
                         keep_links=False)
    reader.read_manifest()
    reader.read_workbook()
    apply_stylesheet(reader.archive, reader.wb)
    sheets = [(sheet.name, rel.target) for sheet, rel in reader.parser.find_sheets()
              if rel.target in reader.valid_files and "chartsheet" not in str(rel.Type)]
    declared = reader.package.find(SHARED_STRINGS)
    strings_part = declared.PartName[1:] if declared is not None else None
    return reader.wb, sheets, reader.archive, strings_part


class _Budget:
    """Filled cells and XML elements read so far, across the sheets of one workbook."""

    def __init__(self) -> None:
        self.cells = 0
        self.elements = 0


def _read_workbook(workbook, sheets: list[tuple[str, str]], package: zipfile.ZipFile,
                   strings: list[str], filename: str, dataset: str | None) -> ReadResult:
    notices: list[Notice] = []
    candidates = [(title, part) for title, part in sheets
                  if title.strip().casefold() not in _INSTRUCTION_SHEETS]
    budget = _Budget()
    with_data = []
    for title, part in candidates:
        records, cell_problems, layout = _sheet_records(package, part, title, workbook, strings,
                                                        filename, budget)
        if any(any(c for c in r) for r in records) or cell_problems:
            with_data.append((title, records, cell_problems, layout))
    if not with_data:
        return ReadResult(_empty_frame(), "xlsx", sheet=sheets[0][0] if sheets else None)
    chosen = None
    if dataset:
        chosen = next((item for item in with_data
                       if item[0].strip().casefold() == dataset.casefold()), None)
    if chosen is None:
        chosen = with_data[0]
    if len(with_data) > 1:
        # Only sheets with data are worth a warning; the template's own instruction and
        # choice sheets are expected.
        notices.append(Notice("read.notice.sheet_chosen", {
            "sheet": chosen[0], "count": len(with_data),
            "others": ", ".join(item[0] for item in with_data if item[0] != chosen[0])}))
    frame = _records_to_frame(chosen[1], frozenset(p.row for p in chosen[2]),
                              dataset=dataset if dataset in headers.DATASETS else None,
                              layout=chosen[3], notices=notices)
    return ReadResult(frame, "xlsx", tuple(notices), sheet=chosen[0],
                      cell_problems=_located(chosen[2], frame))


def _located(problems: list[CellProblem], frame: pd.DataFrame) -> tuple[CellProblem, ...]:
    """Cell problems found while reading carry a column position; name the column by its header
    (problems in the header row or outside the table are kept with the column letter)."""
    from openpyxl.utils import get_column_letter

    headers = [str(c) for c in frame.columns]
    first_data_row = frame.index[0] if len(frame.index) else None
    out = []
    for problem in problems:
        position = problem.position
        name = headers[position - 1] if 0 < position <= len(headers) else \
            get_column_letter(position)
        if first_data_row is not None and problem.row < first_data_row:
            name = get_column_letter(position)
        out.append(CellProblem(problem.row, name, problem.message_id, problem.params,
                               problem.value, position))
    return tuple(out)


def _sheet_records(package: zipfile.ZipFile, part: str, title: str, workbook,
                   strings: list[str], filename: str,
                   budget: _Budget
                   ) -> tuple[list[list[str]], list[CellProblem], headers.Layout]:
    """The sheet's rows as lists of cell text (row 1 first; blank rows as []), read by streaming
    its XML: only cells present in the file are kept, the declared dimension is ignored, and the
    read stops at the first bound it passes."""
    from xml.etree.ElementTree import iterparse

    from openpyxl.worksheet._reader import WorkSheetParser

    parser = WorkSheetParser(None, strings, data_only=True, epoch=workbook.epoch,
                             date_formats=workbook._date_formats,
                             timedelta_formats=workbook._timedelta_formats)
    stream = _SheetStream(parser, part, filename, workbook, budget)
    try:
        with package.open(part) as source:
            for event, element in iterparse(source, events=("start", "end")):
                if event == "start":
                    stream.start(element)
                else:
                    stream.end(element)
    except ReadError:
        raise
    except Exception:  # noqa: BLE001 - malformed sheet XML in any of many ways
        raise ReadError("read.error.not_xlsx", file=filename) from None
    return _record_rows(stream.records), stream.problems, stream.layout()


class _SheetStream:
    """One streaming read of a sheet's XML (:func:`_sheet_records`): the open elements, the open
    <c> and <row>, the rows and cells seen, and what was read (row number -> position -> text)."""

    def __init__(self, parser, part: str, filename: str, workbook, budget: _Budget) -> None:
        self.parser = parser  # openpyxl's WorkSheetParser: reads one finished <c>
        self.part = part
        self.filename = filename
        self.workbook = workbook
        self.budget = budget
        self.records: dict[int, dict[int, str]] = {}
        self.problems: list[CellProblem] = []
        self.stack: list = []
        self.in_cell = 0  # depth of the open <c>, 0 outside a cell
        self.cell_elements = 0
        self.row_cells: dict[int, str] | None = None
        self.row_number = 0
        self.last_row = 0
        self.rows_seen = 0
        self.cells_in_row = 0
        self.merges: list[tuple[int, int, int, int]] = []
        self.hidden_rows: list[int] = []
        self.hidden_columns: list[tuple[int, int]] = []

    def layout(self) -> headers.Layout:
        return headers.Layout(tuple(self.merges), tuple(self.hidden_rows),
                              tuple(self.hidden_columns))

    def _structure_error(self) -> ReadError:
        return ReadError("read.error.xlsx_structure", file=self.filename, part=self.part,
                         limit_depth=MAX_XML_DEPTH)

    def start(self, element) -> None:
        self.stack.append(element)
        self.budget.elements += 1
        if self.budget.elements > MAX_SHEET_ELEMENTS:
            raise self._structure_error()
        if self.in_cell:
            self.cell_elements += 1
            if self.cell_elements > MAX_STRING_ELEMENTS:
                raise self._structure_error()
        elif element.tag == _CELL_TAG:
            self._start_cell()
        elif element.tag == _ROW_TAG:
            self._start_row(element)
        if len(self.stack) > MAX_XML_DEPTH:
            raise self._structure_error()

    def _start_cell(self) -> None:
        self.in_cell, self.cell_elements = len(self.stack), 0
        self.cells_in_row += 1
        if self.cells_in_row > MAX_RAW_CELLS_PER_ROW:
            raise ReadError("read.error.too_many_columns", row=self.row_number,
                            position=self.cells_in_row, limit_columns=MAX_COLUMNS)

    def _start_row(self, element) -> None:
        self.rows_seen, self.cells_in_row = self.rows_seen + 1, 0
        if self.rows_seen > MAX_ROWS + 1:  # <row> elements, empty or not
            raise ReadError("read.error.too_many_rows", row=self.rows_seen, limit_rows=MAX_ROWS)
        row_number = _row_number(element.get("r"), self.last_row)
        if row_number is None:
            raise ReadError("read.error.not_xlsx", file=self.filename)
        if row_number > MAX_ROWS + 1:
            raise ReadError("read.error.too_many_rows", row=row_number, limit_rows=MAX_ROWS)
        self.row_number = self.last_row = row_number
        self.parser.row_counter, self.parser.col_counter = row_number, 0
        self.row_cells = {}
        if element.get("hidden") in ("1", "true"):
            self.hidden_rows.append(row_number)

    def end(self, element) -> None:
        stack = self.stack
        stack.pop()
        if self.in_cell and len(stack) >= self.in_cell:
            return  # inside a cell: kept until the cell ends
        if element.tag == _CELL_TAG and self.in_cell:
            self.in_cell = 0
            if self.row_cells is not None:
                _add_cell(self.parser, element, self.row_number, self.row_cells, self.problems,
                          self.budget, self.workbook)
        elif element.tag == _ROW_TAG and self.row_cells is not None:
            problems = self.problems
            if self.row_cells or (problems and problems[-1].row == self.row_number):
                self.records[self.row_number] = self.row_cells
            self.row_cells = None
        elif element.tag in (_MERGE_TAG, _COL_TAG):
            self._layout_element(element)
        if stack:
            stack[-1].remove(element)


    def _layout_element(self, element) -> None:
        """A <mergeCell ref="A1:C1"> or a hidden <col min max>, kept (bounded) for the layout."""
        from openpyxl.utils.cell import range_boundaries

        if element.tag == _COL_TAG:
            if element.get("hidden") in ("1", "true") and len(self.hidden_columns) < MAX_COLUMNS:
                try:
                    low, high = int(element.get("min", "0")), int(element.get("max", "0"))
                except ValueError:
                    return
                if 1 <= low <= high:
                    self.hidden_columns.append((low, min(high, MAX_COLUMNS)))
            return
        if len(self.merges) >= headers.MAX_MERGED_RANGES:
            raise ReadError("headers.error.too_many_merges", limit_count=headers.MAX_MERGED_RANGES)
        try:
            col1, row1, col2, row2 = range_boundaries(element.get("ref") or "")
        except (ValueError, TypeError):
            return  # a range we cannot read merges nothing
        if None not in (col1, row1, col2, row2) and (row1, col1) != (row2, col2):
            self.merges.append((row1, col1, row2, col2))


def _record_rows(records: dict[int, dict[int, str]]) -> list[list[str]]:
    """Row number -> position -> text, as rows of cell text from row 1 (missing rows as [], missing
    cells as "")."""
    out: list[list[str]] = []
    if records:
        for number in range(1, max(records) + 1):
            cells = records.get(number)
            if not cells:
                out.append([])
                continue
            row = [""] * max(cells)
            for position, text in cells.items():
                row[position - 1] = text
            out.append(row)
    return out


def _row_number(raw: str | None, last: int) -> int | None:
    if raw is None:
        return last + 1
    try:
        number = int(raw)
    except ValueError:
        try:
            value = float(raw)
        except ValueError:
            return None
        if not value.is_integer():
            return None
        number = int(value)
    return number if number >= 1 else None


def _add_cell(parser, element, row_number: int, row_cells: dict[int, str],
              problems: list[CellProblem], budget: _Budget, workbook) -> None:
    """Read one finished <c> into ``row_cells`` (position -> text), or note why it cannot be
    read; past MAX_COLUMNS, MAX_CELL_CHARS or MAX_CELLS the read stops."""
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    coordinate = element.get("r")
    if coordinate:
        try:
            letters, _ = coordinate_from_string(coordinate)
            position = column_index_from_string(letters)
        except ValueError:
            position = parser.col_counter + 1
    else:
        position = parser.col_counter + 1
    parser.col_counter = position
    has_formula = element.find(_FORMULA_TAG) is not None
    raw_value = element.find(_VALUE_TAG)
    kind = element.get("t", "n")
    if kind == "inlineStr":
        text = _inline_text(element)
    elif has_formula and (raw_value is None or (not raw_value.text and kind not in ("str", "s"))):
        # A formula never calculated: no value saved in the file (openpyxl and other generators
        # write <v/>; Excel saves an empty text result as t="str" with an empty <v>).
        text = None
    else:
        try:
            if kind == "s" and not _string_index_ok(raw_value, len(parser.shared_strings)):
                raise IndexError("no such shared string")
            cell = parser.parse_cell(element)
            text = _value_text(cell["value"], cell.get("style_id", 0), workbook)
        except (ValueError, OverflowError, TypeError, IndexError, KeyError):
            if kind == "s":
                _check_position(position, row_number)
                problems.append(CellProblem(row_number, "", "read.cell.damaged", {},
                                            raw_value.text if raw_value is not None else "",
                                            position))
                return
            # A number Python cannot hold (5,000 digits): keep the text the file has, the
            # validator says what is wrong with it.
            text = (raw_value.text or "").strip() if raw_value is not None else ""
    if text is None:
        _check_position(position, row_number)
        problems.append(CellProblem(row_number, "", "read.cell.formula_no_value", {},
                                    "=" + (element.findtext(_FORMULA_TAG) or ""), position))
        return
    if not text:
        return
    _check_position(position, row_number)
    if len(text) > MAX_CELL_CHARS:
        raise ReadError("read.error.cell_too_long", row=row_number, position=position,
                        limit_chars=MAX_CELL_CHARS, n_chars=len(text))
    budget.cells += 1
    if budget.cells > MAX_CELLS:
        raise ReadError("read.error.cells_limit", limit_cells=MAX_CELLS)
    row_cells[position] = text


def _string_index_ok(raw_value, count: int) -> bool:
    """Whether a t="s" cell names a shared string that exists (openpyxl would take "-1" as the
    last one and raise on "x")."""
    text = (raw_value.text or "").strip() if raw_value is not None else ""
    if not (text.isascii() and text.isdigit()) or len(text) > 12:
        return False
    return int(text) < count


def _check_position(position: int, row_number: int) -> None:
    if position > MAX_COLUMNS:
        raise ReadError("read.error.too_many_columns", row=row_number, position=position,
                        limit_columns=MAX_COLUMNS)


def _inline_text(element) -> str:
    """The text of an inline string however its runs are nested, phonetic guides left out."""
    parts: list[str] = []
    todo = [(child, False) for child in reversed(list(element))]
    while todo:
        node, phonetic = todo.pop()
        phonetic = phonetic or node.tag == _PHONETIC_TAG
        if node.tag == _TEXT_TAG and not phonetic and node.text:
            parts.append(node.text)
        todo.extend((child, phonetic) for child in reversed(list(node)))
    return "".join(parts).strip()


def _value_text(value, style_id, workbook) -> str:
    number_format = ""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and style_id:
        number_format = _number_format(workbook, int(style_id))
    return _cell_text(_Cell(value, number_format))


def _number_format(workbook, style_id: int) -> str:
    from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE

    try:
        format_id = workbook._cell_styles[style_id].numFmtId
        if format_id < BUILTIN_FORMATS_MAX_SIZE:
            return BUILTIN_FORMATS.get(format_id, "General")
        return workbook._number_formats[format_id - BUILTIN_FORMATS_MAX_SIZE]
    except (IndexError, AttributeError, TypeError):
        return ""


@dataclass(frozen=True)
class _Cell:
    value: object
    number_format: str


def _cell_text(cell) -> str:
    value = getattr(cell, "value", None)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (int, float)):
        number_format = str(getattr(cell, "number_format", "") or "")
        if "%" in number_format:
            # A cell shown as 78,3% holds 0.783; users mean the number they see.
            value = round(value * 100, 10)
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return repr(value) if isinstance(value, float) else str(value)
    return str(value).strip()
