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
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from i18n import LocalizedError

DEFAULT_MAX_UPLOAD_MB = 50.0
MAX_UPLOAD_ENV = "DASHBOARD_MAX_UPLOAD_MB"

CFB_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE2 compound file: .xls, or encrypted .xlsx
ZIP_SIGNATURE = b"PK\x03\x04"
# The stream names an Office-encrypted package carries, as UTF-16LE directory entries.
_ENCRYPTION_MARKERS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))

_INSTRUCTION_SHEETS = {"petunjuk", "instructions", "instruksi", "pilihan", "choices", "keterangan"}


class ReadError(LocalizedError):
    """A file that cannot be read as a table; ``message(lang)`` says why."""


@dataclass(frozen=True)
class Notice:
    message_id: str
    params: dict = field(default_factory=dict)

    def message(self, lang: str = "id") -> str:
        from i18n import t

        return t(self.message_id, lang, **self.params)


@dataclass(frozen=True)
class ReadResult:
    frame: pd.DataFrame  # all columns str, index = row number in the file (header = 1)
    file_format: str  # "csv" or "xlsx"
    notices: tuple[Notice, ...] = ()
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None


def max_upload_bytes() -> int:
    """The size limit in bytes: DASHBOARD_MAX_UPLOAD_MB, or 50 MB."""
    raw = os.environ.get(MAX_UPLOAD_ENV, "").strip()
    try:
        megabytes = float(raw) if raw else DEFAULT_MAX_UPLOAD_MB
    except ValueError:
        megabytes = DEFAULT_MAX_UPLOAD_MB
    if megabytes <= 0:
        megabytes = DEFAULT_MAX_UPLOAD_MB
    return int(megabytes * 1024 * 1024)


def check_size(size: int, limit: int | None) -> None:
    limit = max_upload_bytes() if limit is None else limit
    if size > limit:
        raise ReadError("read.error.too_large", size_mb=f"{size / 1024 / 1024:.1f}",
                        limit_mb=f"{limit / 1024 / 1024:.0f}")


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
            result = ReadResult(result.frame, result.file_format, notices, result.sheet)
        return result
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        if not data.strip():
            return ReadResult(_empty_frame(), "xlsx")
        raise ReadError("read.error.not_xlsx", file=filename)
    if suffix not in ("", ".csv", ".txt", ".tsv"):
        raise ReadError("read.error.unsupported", file=filename, suffix=suffix)
    return _read_csv(data, filename)


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
    """The delimiter of the header line: Indonesian Excel saves CSV with ';' because ',' is the
    decimal separator, so both are common."""
    for line in text.splitlines():
        if line.strip(" ,;\t"):
            counts = {d: _count_outside_quotes(line, d) for d in (";", ",", "\t")}
            best = max(counts, key=lambda d: counts[d])
            return best if counts[best] > 0 else ","
    return ","


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            count += 1
    return count


def _read_csv(data: bytes, filename: str) -> ReadResult:
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
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error:
        raise ReadError("read.error.csv_syntax", file=filename) from None
    notices = []
    if encoding not in ("utf-8", "utf-8-sig", "utf-16"):
        notices.append(Notice("read.notice.encoding", {"encoding": "Windows-1252"}))
    frame = _records_to_frame(records)
    return ReadResult(frame, "csv", tuple(notices), encoding=encoding, delimiter=delimiter)


def _records_to_frame(records: list[list[str]]) -> pd.DataFrame:
    """Rows of cells (row 1 first) -> frame with the first non-blank row as header."""
    header_at = next((i for i, r in enumerate(records) if any(c.strip() for c in r)), None)
    if header_at is None:
        return _empty_frame()
    header = [c.strip() for c in records[header_at]]
    while header and not header[-1]:
        header.pop()
    width = len(header)
    for position, name in enumerate(header):
        if not name:
            header[position] = f"(kolom {position + 1})"
    rows, numbers = [], []
    for number, record in enumerate(records[header_at + 1:], start=header_at + 2):
        cells = [c.strip() for c in record]
        if not any(cells):
            continue
        if len(cells) > width:
            if any(cells[width:]):
                raise ReadError("read.error.too_many_cells", row=number, cells=len(cells),
                                columns=width)
            cells = cells[:width]
        cells += [""] * (width - len(cells))
        rows.append(cells)
        numbers.append(number)
    frame = pd.DataFrame(rows, columns=_unique(header), index=pd.Index(numbers, name="row"),
                         dtype=object)
    if not rows:
        frame = pd.DataFrame({c: pd.Series(dtype=object) for c in _unique(header)})
        frame.index = pd.Index([], dtype="int64", name="row")
    return frame


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

def _read_xlsx(data: bytes, filename: str, dataset: str | None) -> ReadResult:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException):
        raise ReadError("read.error.not_xlsx", file=filename) from None
    except Exception:  # openpyxl raises many kinds on damaged packages; none should reach a user
        raise ReadError("read.error.not_xlsx", file=filename) from None
    try:
        sheets = [ws for ws in workbook.worksheets]
        notices: list[Notice] = []
        candidates = [ws for ws in sheets if ws.title.strip().casefold() not in _INSTRUCTION_SHEETS]
        with_data = []
        for ws in candidates:
            records = _sheet_records(ws)
            if any(any(c for c in r) for r in records):
                with_data.append((ws.title, records))
        if not with_data:
            return ReadResult(_empty_frame(), "xlsx", sheet=sheets[0].title if sheets else None)
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
                "others": ", ".join(title for title, _ in with_data if title != chosen[0])}))
        frame = _records_to_frame(chosen[1])
        return ReadResult(frame, "xlsx", tuple(notices), sheet=chosen[0])
    finally:
        workbook.close()


def _sheet_records(ws) -> list[list[str]]:
    records = []
    for row in ws.iter_rows():
        records.append([_cell_text(cell) for cell in row])
    return records


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
