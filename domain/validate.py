"""Schema + district registry -> a report of row/column problems and the cleaned, typed frame.

Pure: no files, no store, no Streamlit. The page and the command line both call
:func:`check_upload` (bytes in) or :func:`validate` (a frame of strings in), so a file is judged the
same way wherever it arrives.

Row numbers are those the user sees in their spreadsheet (header = row 1). Every message says where,
what was found and how to fix it, in the user's language.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Literal

import pandas as pd
from rapidfuzz import fuzz, process

from domain import regions, totals
from domain.schema import RISK_LEVELS, Column, Dataset, header_key, typed_frame
from domain.text import visible
from domain.validate_subregions import check_subregion_columns
from i18n import MISSING, fmt_number, or_missing, t
from i18n.catalog import MESSAGES
from i18n.errors import say_param

Severity = Literal["error", "warning", "info"]
ProgressCallback = Callable[[int, int, str], None]

# Past this many problems of one kind in one column, the rest are counted, not listed: a report
# of 200 000 identical lines helps nobody and a wrong delimiter can produce that many.
MAX_PROBLEMS_PER_KIND = 200
MAX_ROWS_LISTED = 8
EXCEL_SERIAL_RANGE = (20_000, 80_000)  # 1954 .. 2119 as Excel day numbers
_EXCEL_EPOCH = dt.date(1899, 12, 30)
FORMULA_PREFIXES = ("=", "+", "-", "@")
_HTML = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# Near-miss suggestions (district names, choices, headers) are looked for only in text up to this
# long: a 131,072-character cell is no misspelling, and matching it costs tens of milliseconds.
MAX_FUZZY_CHARS = 200


@dataclass(frozen=True)
class Problem:
    severity: Severity
    code: str  # message id
    message: str  # in the report's language, says how to fix it
    row: int | None = None  # first row concerned, as numbered in the user's file
    column: str | None = None
    value: str | None = None
    rows: tuple[int, ...] = ()  # all rows concerned when one problem covers several

    def location(self, lang: str = "id") -> str:
        parts = []
        if self.rows and len(self.rows) > 1:
            parts.append(t("report.rows", lang, rows=_rows_text(self.rows)))
        elif self.row is not None:
            parts.append(t("report.row", lang, row=self.row))
        if self.column:
            parts.append(t("report.column", lang, column=_short(self.column, MAX_FUZZY_CHARS)))
        if self.value not in (None, ""):
            parts.append(t("report.value", lang, value=_short(self.value)))
        return ", ".join(parts)


@dataclass
class ValidationReport:
    dataset: str
    lang: str
    problems: list[Problem]
    frame: pd.DataFrame  # typed (domain.schema.typed_frame), one row per data row read
    rows_read: int = 0
    file_name: str = ""
    row_numbers: tuple[int, ...] = ()  # file row of each frame row, same order

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def notes(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "info"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def text(self, limit: int = 60) -> str:
        return format_report(self, limit)

    def problems_frame(self) -> pd.DataFrame:
        """The problems as a table for the page (errors first), headers in the report's
        language; cells are plain text, for a table widget that escapes them."""
        lang = self.lang
        ordered = self.errors + self.warnings + self.notes
        return pd.DataFrame({
            t("report.head.severity", lang): [t(f"report.severity.{p.severity}", lang)
                                              for p in ordered],
            t("report.head.row", lang): [_rows_text(p.rows) if len(p.rows) > 1 else
                                         (str(p.row) if p.row is not None else "")
                                         for p in ordered],
            t("report.head.column", lang): [p.column or "" for p in ordered],
            t("report.head.value", lang): [_short(p.value) if p.value else "" for p in ordered],
            t("report.head.message", lang): [p.message for p in ordered],
        })


def format_report(report: ValidationReport, limit: int = 60) -> str:
    """The report as plain text lines for a terminal or a log."""
    lang = report.lang
    lines = [t("report.summary", lang, file=visible(or_missing(report.file_name), False),
               rows=report.rows_read,
               errors=len(report.errors), warnings=len(report.warnings),
               notes=len(report.notes))]
    ordered = report.errors + report.warnings + report.notes
    for problem in ordered[:limit]:
        where = problem.location(lang)
        label = t(f"report.severity.{problem.severity}", lang)
        # One problem, one line: a newline or an escape sequence inside a cell value is shown
        # as \n or \x1b, so it can neither forge report lines nor drive the terminal.
        lines.append(visible(f"{label:<10} {where + ': ' if where else ''}{problem.message}",
                             keep_newlines=False))
    if len(ordered) > limit:
        lines.append(t("report.more", lang, count=len(ordered) - limit))
    lines.append(t("report.verdict.ok" if report.ok else "report.verdict.rejected", lang))
    return "\n".join(lines)




# --- the validator -------------------------------------------------------------------------------

class _Collector:
    def __init__(self, lang: str):
        self.lang = lang
        self.problems: list[Problem] = []
        self._counts: dict[tuple[str, str | None], int] = {}

    def add(self, severity: Severity, code: str, *, row: int | None = None,
            column: str | None = None, value: str | None = None, rows: Iterable[int] = (),
            **params: object) -> None:
        kind = (code, column)
        self._counts[kind] = self._counts.get(kind, 0) + 1
        if self._counts[kind] > MAX_PROBLEMS_PER_KIND:
            return
        # Quoted in the message shortened: the cell itself may be 131,072 characters long.
        params.setdefault("column", _short(column or "", MAX_FUZZY_CHARS))
        params.setdefault("value", _short(value or "", MAX_FUZZY_CHARS))
        for key in ("found", "first", "part"):
            if isinstance(params.get(key), str):
                params[key] = _short(params[key], MAX_FUZZY_CHARS)
        said = {key: say_param(v, self.lang) for key, v in params.items()}
        self.problems.append(Problem(severity, code, t(code, self.lang, **said), row, column,
                                     value, tuple(rows)))

    def summarise_overflow(self) -> None:
        for (code, column), count in self._counts.items():
            if count > MAX_PROBLEMS_PER_KIND:
                severity = next(p.severity for p in self.problems
                                if p.code == code and p.column == column)
                self.problems.append(Problem(
                    severity, "validate.more_of_kind",
                    t("validate.more_of_kind", self.lang, count=count - MAX_PROBLEMS_PER_KIND),
                    column=column))


@dataclass
class _Issue:
    severity: Severity
    code: str
    params: dict = field(default_factory=dict)


def validate(dataset: Dataset, raw: pd.DataFrame, lang: str = "id", *,
             today: dt.date | None = None,
             progress: ProgressCallback | None = None) -> ValidationReport:
    """Check a frame of strings (as :mod:`loaders.readers` gives) against a dataset's schema.

    The index of ``raw`` is taken as the file's row numbers when it is named ``row``; otherwise the
    first data row is row 2.
    """
    today = today or dt.date.today()
    out = _Collector(lang)
    if raw.index.name == "row":
        row_numbers = [int(r) for r in raw.index]
    else:
        row_numbers = list(range(2, len(raw) + 2))

    def finish(clean: pd.DataFrame | None = None) -> ValidationReport:
        out.summarise_overflow()
        clean = clean if clean is not None else pd.DataFrame()
        return ValidationReport(dataset.name, lang, out.problems, typed_frame(dataset, clean),
                                rows_read=len(raw), row_numbers=tuple(row_numbers))

    if raw.shape[1] == 0:
        out.add("error", "validate.empty_file")
        return finish()

    # The header is the row above the first data row (a file's title rows come before it).
    header_row = row_numbers[0] - 1 if row_numbers else 1
    mapping = _map_columns(dataset, [str(c) for c in raw.columns], out, header_row)
    raw, row_numbers = _leave_out_totals(dataset, raw, mapping, row_numbers, out)
    if len(raw) == 0:
        out.add("error", "validate.no_rows")
        return finish()

    clean = pd.DataFrame(index=range(len(raw)))
    numeric: dict[str, list[float | None]] = {}
    present = [c for c in dataset.columns if c.name in mapping]
    subregion_cells: dict[str, list[str]] = {}
    for step, column in enumerate(present, start=1):
        if progress:
            progress(step, len(present), column.name)
        cells = [_cell(v) for v in raw[mapping[column.name]].tolist()]
        if column.type in ("subdistrict", "village"):
            subregion_cells[column.name] = cells  # checked below, within the row's kab/kota
            continue
        if column.type == "district":
            values = _check_district_column(column, cells, row_numbers, out)
        else:
            values = _check_column(column, cells, row_numbers, out, today)
        clean[column.name] = values
        if column.type in ("integer", "number", "percent", "latitude", "longitude"):
            numeric[column.name] = [float(v) if v is not None else None for v in values]

    if subregion_cells:
        check_subregion_columns(dataset, clean, subregion_cells, row_numbers, out)
    _cross_checks(dataset, numeric, row_numbers, out)
    _duplicate_keys(dataset, clean, mapping, row_numbers, out, lang)
    return finish(clean)


def _leave_out_totals(dataset: Dataset, raw: pd.DataFrame, mapping: dict[str, str],
                      rows: list[int], out: _Collector) -> tuple[pd.DataFrame, list[int]]:
    """Total rows (JUMLAH, TOTAL, Subtotal, ...) are no data: left out with a note, their
    figures checked against the rows they total (a warning gives the difference)."""
    found = totals.find(dataset, raw, mapping, rows)
    if not found:
        return raw, rows
    lang = out.lang
    out.add("info", "headers.totals.left_out", row=found[0].row, rows=[f.row for f in found],
            row_list=_rows_text(f.row for f in found),
            labels=", ".join(dict.fromkeys(_short(f.label, 40) for f in found)))
    for miss in totals.mismatches(dataset, raw, mapping, rows, found, parse_number):
        integer = dataset.column(miss.column).type == "integer"
        difference = fmt_number(miss.difference, lang, 0 if integer else None)
        out.add("warning", "headers.totals.mismatch", row=miss.total.row,
                column=miss.column, value=_number_text(miss.figure, integer),
                label=_short(miss.total.label, 40), total_row=miss.total.row,
                figure=fmt_number(miss.figure, lang, 0 if integer else None),
                total=fmt_number(miss.expected, lang, 0 if integer else None),
                difference=("+" if miss.difference > 0 else "") + difference,
                span=f"{miss.first_row}–{miss.last_row}")
    keep = [p for p in range(len(raw)) if p not in {f.position for f in found}]
    return raw.iloc[keep], [rows[p] for p in keep]


def _cell(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return ""
    return str(value).strip()


_header_key = header_key


# The running number offices put in their first column ("No", "No.", "Nomor"): no data, no warning.
ROW_NUMBER_KEYS = frozenset({"no", "nomor", "no_urut", "nomor_urut"})

# How loaders.readers renames a repeated header ("skor (kolom ke-2)").
_REPEATED_HEADER = re.compile(r"(.+) \(kolom ke-\d+\)")


def _map_columns(dataset: Dataset, headers: list[str], out: _Collector,
                 header_row: int = 1) -> dict[str, str]:
    """Schema column -> header in the file. Case, blanks and hyphens are forgiven silently; a
    misspelling is reported with the near miss, never silently accepted."""
    by_key: dict[str, str] = {}
    for header in headers:
        repeated = _REPEATED_HEADER.fullmatch(header)
        key = _header_key(repeated.group(1) if repeated else header)
        if key in by_key:
            out.add("error", "validate.duplicate_column",
                    column=repeated.group(1) if repeated else header, first=by_key[key])
            continue
        by_key[key] = header
    mapping: dict[str, str] = {}
    for column in dataset.columns:
        key = next((k for k in column.header_keys() if k in by_key), None)
        if key is None:
            continue
        mapping[column.name] = by_key.pop(key)
        if key != column.name:
            out.add("info", "validate.column_alias", column=column.name, found=mapping[column.name])
    missing = [c for c in dataset.columns if c.name not in mapping]
    for column in missing:
        near = process.extractOne(column.name, [k for k in by_key if len(k) <= MAX_FUZZY_CHARS],
                                  scorer=fuzz.ratio, score_cutoff=75)
        if near:
            found = by_key.pop(near[0])
            if column.required:
                out.add("error", "validate.missing_column_near", column=column.name, found=found)
            else:
                out.add("warning", "validate.optional_column_near", column=column.name,
                        found=found)
        elif column.required:
            out.add("error", "validate.missing_column", column=column.name,
                    expected=", ".join(dataset.column_names), header_row=header_row)
    for key, header in by_key.items():
        if key in ROW_NUMBER_KEYS:
            out.add("info", "headers.row_number_column", column=header)
        else:
            out.add("warning", "validate.extra_column", column=header)
    return mapping


def _rows_text(rows: Iterable[int]) -> str:
    rows = list(rows)
    shown = ", ".join(str(r) for r in rows[:MAX_ROWS_LISTED])
    if len(rows) > MAX_ROWS_LISTED:
        shown += f" (+{len(rows) - MAX_ROWS_LISTED})"
    return shown


def _short(value: str, width: int = 60) -> str:
    value = str(value)
    return value if len(value) <= width else value[: width - 1] + "…"


def _check_column(column: Column, cells: list[str], rows: list[int], out: _Collector,
                  today: dt.date) -> list[str | None]:
    """Parse each distinct value once (columns repeat a lot: periods, levels, categories), then
    report per row."""
    memo: dict[str, tuple[str | None, _Issue | None]] = {}
    values: list[str | None] = []
    notes: dict[tuple[str, str], list[int]] = {}
    for cell, row in zip(cells, rows):
        if cell == "":
            values.append(None)
            if column.required:
                out.add("error", "validate.required_empty", row=row, column=column.name,
                        hint=_example_hint(column, out.lang))
            continue
        if cell not in memo:
            memo[cell] = _parse(column, cell, today, out.lang)
        value, issue = memo[cell]
        values.append(value)
        if issue is None:
            continue
        if issue.severity == "info":
            notes.setdefault((issue.code, cell), []).append(row)
            continue
        out.add(issue.severity, issue.code, row=row, column=column.name, value=cell,
                **issue.params)
    for (code, cell), note_rows in notes.items():
        out.add("info", code, row=note_rows[0], rows=note_rows, column=column.name, value=cell,
                **memo[cell][1].params)  # type: ignore[union-attr]
    if column.type == "percent":
        numbers = [float(v) for v in values if v is not None]
        # 0.78 is a valid 0.78 %, but a whole column of fractions is 78 % written as Excel
        # stores it: worth a warning, not a guess.
        if numbers and max(numbers) <= 1 and any(n > 0 for n in numbers):
            out.add("warning", "validate.percent_fractions", column=column.name,
                    value=str(max(numbers)))
    return values


def _parse(column: Column, text: str, today: dt.date, lang: str) -> tuple[str | None, _Issue | None]:
    kind = column.type
    if kind in ("integer", "number", "percent", "latitude", "longitude"):
        return _parse_number_cell(column, text)
    if kind == "date":
        return _parse_date(text, today, column.allow_future)
    if kind == "period":
        return _parse_period(text)
    if kind == "choice":
        return _parse_choice(column, text, lang)
    if kind == "choices":
        return _parse_choices(column, text, lang)
    return _check_text(text)


def _check_text(text: str) -> tuple[str, _Issue | None]:
    # Stored exactly as typed: the page escapes on display, exports neutralise formulas.
    if text.startswith(FORMULA_PREFIXES):
        return text, _Issue("info", "validate.formula_text")
    if _HTML.search(text):
        return text, _Issue("info", "validate.html_text")
    return text, None


# --- numbers -------------------------------------------------------------------------------------

_INT = re.compile(r"[+-]?\d+")
_THOUSANDS_DOT = re.compile(r"[+-]?\d{1,3}(\.\d{3})+")
_THOUSANDS_COMMA = re.compile(r"[+-]?\d{1,3}(,\d{3})+")
_DECIMAL_DOT = re.compile(r"[+-]?(\d+\.\d*|\.\d+)")
_DECIMAL_COMMA = re.compile(r"[+-]?(\d+,\d*|,\d+)")
_ID_FULL = re.compile(r"[+-]?\d{1,3}(\.\d{3})+,\d+")
_EN_FULL = re.compile(r"[+-]?\d{1,3}(,\d{3})+\.\d+")


# Numbers are kept as floats and integer columns as pandas Int64: past 10^15 a float no longer
# holds every integer exactly, and a number Python would parse from 5,000 digits (or refuse to:
# its int-from-string limit is 4,300) is a pasting accident, not data.
MAX_NUMBER_DIGITS = 20
MAX_ABS_NUMBER = 10 ** 15


def _digit_count(text: str) -> int:
    return sum(1 for ch in text if ch.isdigit())


def parse_number(text: str, integer: bool = False) -> float | None:
    """'78,26' and '78.26' -> 78.26; in integer columns '167.596' and '167,596' -> 167596 (a
    thousands separator, as Indonesian and English Excel write them). None when not a number,
    or when it has more than MAX_NUMBER_DIGITS digits or is not finite."""
    s = text.replace(" ", "").replace("\u00a0", "")
    if _digit_count(s) > MAX_NUMBER_DIGITS:
        return None
    try:
        value = _parse_number_text(s, integer)
    except (ValueError, OverflowError):
        return None
    if value is not None and not math.isfinite(value):
        return None
    return value


def _parse_number_text(s: str, integer: bool) -> float | None:
    if _INT.fullmatch(s):
        return float(int(s))
    if integer and (_THOUSANDS_DOT.fullmatch(s) or _THOUSANDS_COMMA.fullmatch(s)):
        return float(int(s.replace(".", "").replace(",", "")))
    if _DECIMAL_DOT.fullmatch(s):
        return float(s)
    if _DECIMAL_COMMA.fullmatch(s):
        return float(s.replace(",", "."))
    if _ID_FULL.fullmatch(s):
        return float(s.replace(".", "").replace(",", "."))
    if _EN_FULL.fullmatch(s):
        return float(s.replace(",", ""))
    return None


def _number_text(value: float, integer: bool) -> str:
    if integer or value.is_integer():
        return str(int(value))
    return repr(value)


def _parse_number_cell(column: Column, text: str) -> tuple[str | None, _Issue | None]:
    integer = column.type == "integer"
    s = text
    if column.type == "percent" and s.endswith("%"):
        s = s[:-1].strip()
    digits = _digit_count(s)
    if digits > MAX_NUMBER_DIGITS:
        return None, _Issue("error", "validate.number_too_long", {
            "n_digits": _fmt(digits), "limit_digits": _fmt(MAX_NUMBER_DIGITS)})
    value = parse_number(s, integer)
    if value is not None and abs(value) > MAX_ABS_NUMBER:
        return None, _Issue("error", "validate.number_too_large", {
            "limit": "10^15"})
    if value is None:
        if text.startswith(("=", "+", "@")) and not _INT.fullmatch(text):
            return None, _Issue("error", "validate.formula_in_number")
        code = "validate.not_integer" if integer else "validate.not_number"
        return None, _Issue("error", code, {"example": _example_value(column)})
    if integer and not value.is_integer():
        return None, _Issue("error", "validate.not_whole", {"example": _example_value(column)})
    low, high = column.minimum, column.maximum
    if (low is not None and value < low) or (high is not None and value > high):
        if column.type == "percent":
            return None, _Issue("error", "validate.percent_out_of_range", {
                "minimum": _fmt(low), "maximum": _fmt(high)})
        if column.type in ("latitude", "longitude"):
            return None, _Issue("error", "validate.coordinate_out_of_range", {
                "minimum": _fmt(low), "maximum": _fmt(high)})
        if low is not None and value < low:
            return None, _Issue("error", "validate.below_minimum", {"minimum": _fmt(low)})
        return None, _Issue("error", "validate.above_maximum", {"maximum": _fmt(high)})
    return _number_text(value, integer), None


def _fmt(value: float | None) -> int | float | str:
    # Said in the report's language when the message is made (i18n.errors.say_param: -2,6 / -2.6).
    if value is None:
        return MISSING
    return int(value) if float(value).is_integer() else float(value)


# --- dates and periods ---------------------------------------------------------------------------

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_DMY = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_SERIAL = re.compile(r"\d{5}(?:\.\d+)?")


def parse_date(text: str) -> dt.date | None:
    """ISO (2026-01-18) or day first (18/01/2026, 18-01-2026, 18.01.2026); None otherwise."""
    m = _ISO.fullmatch(text)
    try:
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _DMY.fullmatch(text)
        if m:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None
    return None


def _parse_date(text: str, today: dt.date, allow_future: bool = False
                ) -> tuple[str | None, _Issue | None]:
    if _SERIAL.fullmatch(text):
        serial = float(text)
        if EXCEL_SERIAL_RANGE[0] <= serial <= EXCEL_SERIAL_RANGE[1]:
            meant = _EXCEL_EPOCH + dt.timedelta(days=int(serial))
            return None, _Issue("error", "validate.date_excel_serial", {"date": meant.isoformat()})
    value = parse_date(text)
    if value is None:
        m = _DMY.fullmatch(text)
        if m and int(m.group(2)) > 12 and int(m.group(1)) <= 12:
            return None, _Issue("error", "validate.date_month_first")
        return None, _Issue("error", "validate.date_unparseable")
    if value > today and not allow_future:
        return None, _Issue("error", "validate.date_future", {"today": today.isoformat()})
    clean = value.isoformat()
    return clean, None


_PERIOD_PATTERNS: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r"(\d{4})\s*-?\s*q\s*([1-4])"), "yq"),
    (re.compile(r"q\s*([1-4])[\s\-/]*(\d{4})"), "qy"),
    (re.compile(r"(?:tw|triwulan|trw|kuartal)\.?\s*(iv|iii|ii|i|[1-4])[\s\-/]*(\d{4})"), "qy"),
    (re.compile(r"(\d{4})-(\d{1,2})(?:-01)?"), "ym"),
    (re.compile(r"(\d{1,2})[/\-](\d{4})"), "my"),
)


def parse_period(text: str) -> str | None:
    """'2026-Q3', 'Q3 2026', 'TW III 2026', 'Triwulan 3 2026' -> '2026-Q3'; '2026-07', '07/2026'
    -> '2026-07'. None when not a period."""
    s = re.sub(r"\s+", " ", text.strip().casefold())
    for pattern, order in _PERIOD_PATTERNS:
        m = pattern.fullmatch(s)
        if not m:
            continue
        a, b = m.group(1), m.group(2)
        if order == "yq":
            year, quarter = int(a), int(b)
        elif order == "qy":
            quarter = _ROMAN.get(a) or int(a)
            year = int(b)
        elif order == "ym":
            year, month = int(a), int(b)
            return f"{year:04d}-{month:02d}" if 1 <= month <= 12 and 2000 <= year <= 2100 else None
        else:
            month, year = int(a), int(b)
            return f"{year:04d}-{month:02d}" if 1 <= month <= 12 and 2000 <= year <= 2100 else None
        return f"{year:04d}-Q{quarter}" if 2000 <= year <= 2100 else None
    return None


def _parse_period(text: str) -> tuple[str | None, _Issue | None]:
    value = parse_period(text)
    if value is None:
        return None, _Issue("error", "validate.period_unparseable")
    if value != text:
        return value, _Issue("info", "validate.period_reformatted", {"period": value})
    return value, None


# --- choices -------------------------------------------------------------------------------------

_LABEL_PREFIXES = ("risk.", "category.", "group.", "activity.", "agreement.status.",
                   "thematic.verification.")


def _choice_key(text: str) -> str:
    return re.sub(r"[\s_\-/().]+", "", text.casefold())


def _choice_index(column: Column) -> dict[str, str]:
    """Accepted spellings -> allowed value: the value in any case or spacing, and its label in
    either language ('Tinggi', 'Politik/pemilu', 'Women')."""
    index: dict[str, str] = {_choice_key(old): new for old, new in column.renamed}
    for allowed in column.allowed:
        index[_choice_key(allowed)] = allowed
        for prefix in _LABEL_PREFIXES:
            entry = MESSAGES.get(prefix + allowed)
            if entry:
                for label in entry.values():
                    index.setdefault(_choice_key(label), allowed)
    return index


_CHOICE_INDEXES: dict[tuple[str, ...], dict[str, str]] = {}


def _lookup_choice(column: Column, text: str) -> str | None:
    index = _CHOICE_INDEXES.get(column.allowed)
    if index is None:
        index = _CHOICE_INDEXES[column.allowed] = _choice_index(column)
    found = index.get(_choice_key(text))
    if found is None and column.allowed == RISK_LEVELS:
        # Bawaslu and many offices write the level as "Rawan Tinggi" / "Kerawanan Sedang".
        found = index.get(_choice_key(_LEVEL_PREFIX.sub("", text)))
    return found


_LEVEL_PREFIX = re.compile(r"^\s*(tingkat\s+)?(ke)?rawan(an)?\s+", re.IGNORECASE)


def _choice_issue(column: Column, text: str) -> _Issue:
    near = process.extractOne(text.casefold(), list(column.allowed), scorer=fuzz.WRatio,
                              score_cutoff=70) if len(text) <= MAX_FUZZY_CHARS else None
    return _Issue("error", "validate.choice_unknown_near" if near else "validate.choice_unknown",
                  {"allowed": ", ".join(column.allowed), "near": near[0] if near else ""})


def _parse_choice(column: Column, text: str, lang: str) -> tuple[str | None, _Issue | None]:
    value = _lookup_choice(column, text)
    if value is None:
        return None, _choice_issue(column, text)
    return value, None


def _parse_choices(column: Column, text: str, lang: str) -> tuple[str | None, _Issue | None]:
    parts = [p.strip() for p in re.split(r"[;,]", text) if p.strip()]
    values = []
    for part in parts:
        value = _lookup_choice(column, part)
        if value is None:
            issue = _choice_issue(column, part)
            issue.params["part"] = part
            return None, issue
        if value not in values:
            values.append(value)
    return ";".join(values), None


def _example_value(column: Column) -> str:
    examples = {"integer": "120", "number": "37,5", "percent": "78,26", "latitude": "-0,5",
                "longitude": "117,15", "date": "2026-01-18", "period": "2026-Q3",
                "district": "64.02", "subdistrict": "64.02.06", "village": "64.02.06.1008"}
    if column.allowed:
        return column.allowed[0]
    return examples.get(column.type, "…")


def _example_hint(column: Column, lang: str) -> str:
    return t("validate.example", lang, example=_example_value(column))


# --- districts -----------------------------------------------------------------------------------

def _check_district_column(column: Column, cells: list[str], rows: list[int],
                           out: _Collector) -> list[str | None]:
    lang = out.lang
    scheme = regions.detect_scheme(c for c in cells if c)
    if scheme == "mixed":
        first: dict[str, tuple[int, str]] = {}
        for cell, row in zip(cells, rows):
            kind = regions.detect_scheme([cell]) if cell else None
            if kind in ("kemendagri", "bps") and kind not in first:
                first[kind] = (row, cell)
        out.add("error", "validate.mixed_schemes", column=column.name,
                kemendagri_row=first["kemendagri"][0], kemendagri_value=first["kemendagri"][1],
                bps_row=first["bps"][0], bps_value=first["bps"][1])
    elif scheme == "bps":
        out.add("info", "validate.scheme_bps", column=column.name)
    use_scheme = scheme if scheme in ("kemendagri", "bps") else None
    memo: dict[str, object] = {}
    values: list[str | None] = []
    notes: dict[str, list[int]] = {}
    for cell, row in zip(cells, rows):
        if cell == "":
            values.append(None)
            if column.required:
                out.add("error", "validate.required_empty", row=row, column=column.name,
                        hint=_example_hint(column, lang))
            continue
        if cell not in memo:
            if len(cell) > MAX_FUZZY_CHARS:
                # No district name is this long; fuzzy matching it would only cost time.
                memo[cell] = regions.RegionLookupError("unknown", _short(cell))
            else:
                try:
                    memo[cell] = regions.normalise(cell, use_scheme)
                except regions.RegionLookupError as error:
                    memo[cell] = error
        found = memo[cell]
        if isinstance(found, regions.RegionLookupError):
            values.append(None)
            fix = {"ambiguous_code": "", "other_province":
                   t("validate.district_fix_other_province", lang)}.get(
                found.reason, t("validate.district_fix", lang))
            out.add("error", "validate.district", row=row, column=column.name, value=cell,
                    detail=regions.error_message(found, lang), fix=fix)
            continue
        values.append(found.district.kemendagri_code)  # type: ignore[union-attr]
        if cell != found.district.kemendagri_code:  # type: ignore[union-attr]
            notes.setdefault(cell, []).append(row)
    for cell, note_rows in notes.items():
        match = memo[cell]
        if match.method == "code_name_scheme":  # type: ignore[union-attr]
            # A bare code the two schemes read differently: the name decided, said as a warning.
            out.add("warning", "headers.region.code_name_scheme", row=note_rows[0],
                    rows=note_rows, column=column.name, value=cell,
                    **regions.code_name_readings(match))  # type: ignore[arg-type]
            continue
        severity: Severity = "warning" if match.method == "fuzzy" else "info"  # type: ignore
        code = "validate.district_fuzzy" if match.method == "fuzzy" else "validate.district_note"
        out.add(severity, code, row=note_rows[0], rows=note_rows, column=column.name, value=cell,
                label=match.district.label)  # type: ignore[union-attr]
    return values


# --- rules across columns and rows ---------------------------------------------------------------

_WITHIN_TOTAL = {
    "women_within_total": (("dpt_perempuan", "dpt_total"),),
    "first_time_within_total": (("dpt_pemilih_pemula", "dpt_total"),),
    "participants_within_total": (("peserta_perempuan", "peserta_total"),
                                  ("peserta_pemilih_pemula", "peserta_total")),
}


def _cross_checks(dataset: Dataset, numeric: dict[str, list[float | None]], rows: list[int],
                  out: _Collector) -> None:
    for check in dataset.checks:
        for part, total in _WITHIN_TOTAL.get(check, ()):
            if part not in numeric or total not in numeric:
                continue
            for row, p, tot in zip(rows, numeric[part], numeric[total]):
                if p is not None and tot is not None and p > tot:
                    out.add("error", "validate.part_over_total", row=row, column=part,
                            value=_number_text(p, True), total_column=total,
                            total=_number_text(tot, True))
        if check == "lat_lon_together" and "lat" in numeric and "lon" in numeric:
            for row, lat, lon in zip(rows, numeric["lat"], numeric["lon"]):
                if (lat is None) != (lon is None):
                    out.add("error", "validate.lat_lon_together", row=row,
                            column="lon" if lon is None else "lat")


def _duplicate_keys(dataset: Dataset, clean: pd.DataFrame, mapping: dict[str, str],
                    rows: list[int], out: _Collector, lang: str) -> None:
    from domain.changes import row_label

    key_columns = [k for k in dataset.key if k in clean.columns]
    required_key = [k for k in key_columns if dataset.column(k).required]
    if not required_key or any(dataset.column(k).required and k not in mapping
                               for k in dataset.key):
        return
    seen: dict[tuple, int] = {}
    records = clean[key_columns].to_dict("records")
    for row, record in zip(rows, records):
        if any(record[k] is None for k in required_key):
            continue  # already reported as invalid; a duplicate message would only add noise
        key = tuple("" if record[k] is None else str(record[k]).casefold() for k in key_columns)
        if key in seen:
            out.add("error", "validate.duplicate_key", row=row,
                    column=", ".join(key_columns), key=row_label(dataset, record, lang),
                    first_row=seen[key], key_columns=" + ".join(key_columns))
        else:
            seen[key] = row
