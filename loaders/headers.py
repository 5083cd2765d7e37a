"""Where a table starts in a file as offices write it: the header row found among the first rows
(title rows, blank rows and notes above it skipped), a two-row header joined, merged cells of an
.xlsx spread over their range where that means something, and the signature block below the data
left out. Every step the reader takes is said in a notice; rows keep the file's own numbers.

Without a dataset (a file read for itself) none of this happens: the first non-blank row is the
header, as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from domain.schema import DATASETS, Dataset, header_key
from i18n import fmt_number
from i18n.errors import LocalizedError

SEARCH_ROWS = 30  # non-blank rows looked at for the header
MIN_HEADER_SCORE = 2  # columns a row must name to be taken for the header below the first row
MAX_MERGED_RANGES = 200_000  # two per row of the largest sheet read (MAX_ROWS)
MAX_CELLS_QUOTED = 12
_NUMERIC = ("integer", "number", "percent", "latitude", "longitude")
# The first words of what offices write below a table: place and date, the signature, the notes.
_FOOTER = re.compile(r"^(mengetahui|kepala|catatan|keterangan|ket\s*[.:]|sumber\s*:|nip\b|"
                     r"dibuat oleh|disusun oleh|diperiksa|tembusan|an\.|a\.n\.|plt\b|plh\b)",
                     re.IGNORECASE)


@dataclass(frozen=True)
class Layout:
    """What an .xlsx sheet says besides its values: merged ranges (row1, col1, row2, col2; 1-based)
    and the hidden rows and columns."""
    merges: tuple[tuple[int, int, int, int], ...] = ()
    hidden_rows: tuple[int, ...] = ()
    hidden_columns: tuple[tuple[int, int], ...] = ()  # (first, last) positions


@dataclass
class Table:
    header: list[str]
    first_row: int  # index in records of the first header row
    last_row: int  # index in records of the (last) header row
    notices: list[tuple[str, dict]] = field(default_factory=list)


class HeaderError(LocalizedError):
    """No header to be found, or two; merged ranges past the bounds. loaders.readers raises it
    again as its ReadError."""

    def say_param(self, name: str, value: object, lang: str) -> object:
        if name.startswith("limit_") and isinstance(value, int):
            return fmt_number(value, lang)
        return super().say_param(name, value, lang)


def dataset_keys(dataset: Dataset) -> dict[str, str]:
    """Header key -> column name, for every name and alias of the dataset's columns."""
    keys: dict[str, str] = {}
    for column in dataset.columns:
        for key in column.header_keys():
            keys.setdefault(key, column.name)
    return keys


def _filled(record: list[str]) -> list[str]:
    return [c.strip() for c in record if c.strip()]


def _score(cells: list[str], keys: dict[str, str]) -> int:
    return len({keys[k] for k in (header_key(c) for c in cells if c) if k in keys})


def _closeness(cells: list[str], keys: dict[str, str]) -> float:
    choices = list(keys)
    total = 0.0
    for cell in cells[:100]:
        key = header_key(cell)
        if not key or len(key) > 60:
            continue
        near = process.extractOne(key, choices, scorer=fuzz.ratio)
        total += near[1] / 100 if near else 0
    return total


def _joined(upper: list[str], lower: list[str]) -> list[str]:
    """Two header rows as one: a group cell over its sub-columns ('DPT' over 'L', 'P') gives
    'DPT L', 'DPT P'. A group cell not spread over its range (CSV, or merges lost) is carried to
    the right while the row below goes on naming sub-columns."""
    width = max(len(upper), len(lower))
    upper = [c.strip() for c in upper] + [""] * (width - len(upper))
    lower = [c.strip() for c in lower] + [""] * (width - len(lower))
    out, group = [], ""
    for top, bottom in zip(upper, lower):
        if top:
            group = top if bottom else ""
        elif bottom and group:
            top = group
        else:
            group = ""
        if top and bottom and header_key(top) != header_key(bottom):
            out.append(f"{top} {bottom}")
        else:
            out.append(top or bottom)
    while out and not out[-1]:
        out.pop()
    return out


def _candidates(records: list[list[str]], keys: dict[str, str]):
    """(score, first index, last index, header cells) for each of the first SEARCH_ROWS non-blank
    rows alone and joined with the row right below it."""
    rows = [i for i, r in enumerate(records) if _filled(r)][:SEARCH_ROWS]
    out = []
    for i in rows:
        cells = [c.strip() for c in records[i]]
        out.append((_score(cells, keys), i, i, cells))
        below = i + 1
        if below < len(records) and _filled(records[below]):
            joined = _joined(records[i], records[below])
            out.append((_score(joined, keys), i, below, joined))
    return rows, out


def _groups(upper: list[str], lower: list[str]) -> bool:
    """Whether ``upper`` has a group cell over ``lower``: one text over two or more adjacent
    columns (a merged cell spread, or carried to the right in CSV) whose cells below differ."""
    for j in range(min(len(upper), len(lower)) - 1):
        top, left, right = upper[j].strip(), lower[j].strip(), lower[j + 1].strip()
        if top and upper[j + 1].strip() == top and left and right and left != right:
            return True
    return False


def _cells_text(cells: list[str]) -> str:
    shown = [c if len(c) <= 40 else c[:39] + "…" for c in _filled(cells)[:MAX_CELLS_QUOTED]]
    return " | ".join(shown) or "-"


def locate(records: list[list[str]], dataset_name: str) -> Table | None:
    """The header of ``records`` for this dataset; None when it is the first non-blank row (the
    old rule, nothing to say). Raises HeaderError when no row looks like a header while the
    first row is plainly a title, and when two rows name the columns equally well."""
    dataset = DATASETS[dataset_name]
    keys = dataset_keys(dataset)
    rows, candidates = _candidates(records, keys)
    if not rows:
        return None
    first = rows[0]
    best_score = max(c[0] for c in candidates)
    first_score = max(c[0] for c in candidates if c[1] == first)
    if best_score < MIN_HEADER_SCORE:
        if len(set(_filled(records[first]))) <= 1 and any(
                len(_filled(records[i])) >= MIN_HEADER_SCORE for i in rows[1:]):
            closest = max(rows, key=lambda i: (_score(records[i], keys),
                                               _closeness(_filled(records[i]), keys)))
            raise HeaderError("headers.error.none", row=closest + 1,
                              cells=_cells_text(records[closest]),
                              expected=", ".join(c.name for c in dataset.columns if c.required))
        return None
    # Best first; at equal score a join under a group cell ("DPT" over "L", "P", "L+P": the
    # sub-headers may be aliases themselves) before the single row, else the single row before a
    # join; the earlier before the later.
    ranked = sorted(candidates, key=lambda c: (
        -c[0], not (c[2] > c[1] and _groups(records[c[1]], records[c[2]])), c[2] - c[1], c[1]))
    score, start, end, cells = ranked[0]
    if end == start:
        # A header merged down over two rows reads the same in both: one header of two rows.
        twin = next((c for c in ranked if c[1] == start and c[2] == start + 1 and c[0] == score
                     and any(d[1] == d[2] == start + 1 and d[0] == score for d in ranked)), None)
        if twin is not None:
            score, start, end, cells = twin
    rival = next((c for c in ranked[1:] if c[0] == score and (c[1] > end or c[2] < start)), None)
    if rival is not None:
        raise HeaderError("headers.error.tie", first=start + 1, second=rival[1] + 1,
                          first_cells=_cells_text(cells), second_cells=_cells_text(rival[3]))
    if end == first and first_score == score:
        return None
    table = Table(_header_names(cells), start, end)
    skipped = [i + 1 for i in rows if i < start]
    if end > start:
        table.notices.append(("headers.notice.two_rows", {"first": start + 1, "second": end + 1}))
    else:
        table.notices.append(("headers.notice.header_row", {"row": start + 1}))
    if skipped:
        table.notices.append(("headers.notice.skipped_above",
                              {"rows": _rows_text(skipped), "header": start + 1,
                               "text": quoted_rows(records, [i - 1 for i in skipped])}))
    return table


def quoted_rows(records: list[list[str]], indexes: list[int], limit: int = 3) -> str:
    """What the first rows of ``indexes`` say, each as its first cell quoted and shortened:
    “PEMERINTAH KABUPATEN …”, “BADAN …” (+2)."""
    quoted = []
    for index in indexes[:limit]:
        cells = _filled(records[index])
        if cells:
            text = cells[0] if len(cells[0]) <= 50 else cells[0][:49] + "…"
            quoted.append(f"“{text}”")
    more = f" (+{len(indexes) - limit})" if len(indexes) > limit else ""
    return ", ".join(quoted) + more


def _header_names(cells: list[str]) -> list[str]:
    header = [c.strip() for c in cells]
    while header and not header[-1]:
        header.pop()
    return header


def _rows_text(rows: list[int]) -> str:
    shown = ", ".join(str(r) for r in rows[:12])
    return shown + (f" (+{len(rows) - 12})" if len(rows) > 12 else "")


def footer_rows(records: list[list[str]], start: int, keep: frozenset[int]) -> list[int]:
    """Indexes of the rows below the data that are no data: a run at the end of rows with at most
    two different values (place and date, "Mengetahui,", the name and NIP of who signs), begun
    after a blank row or by a word such rows begin with."""
    tail: list[int] = []
    i = len(records) - 1
    while i > start:
        values = set(_filled(records[i]))
        if not values:
            i -= 1
            continue
        if len(values) > 2 or (i + 1) in keep:
            break
        tail.append(i)
        i -= 1
    tail.reverse()
    for position, index in enumerate(tail):
        after_blank = not _filled(records[index - 1])
        if after_blank or _FOOTER.match(_filled(records[index])[0]):
            return tail[position:]
    return []


def column_types(header: list[str], dataset_name: str) -> list[str | None]:
    """The schema type of each header cell's column (None when it names none)."""
    dataset = DATASETS[dataset_name]
    keys = dataset_keys(dataset)
    return [dataset.column(keys[k]).type if (k := header_key(h)) in keys else None
            for h in header]


def spread_merges(records: list[list[str]], merges, limit_cells: int,
                  header_end: int | None = None,
                  types: list[str | None] | None = None) -> int:
    """Copy each merged range's value (kept by Excel in its top-left cell) over the range, in
    place, only over cells that are empty. Ranges that start at or above ``header_end`` (titles,
    header groups) are spread whole; below it (the data) only into columns whose type is not a
    number (a kab/kota merged down over its kecamatan rows), never a figure, which would count
    twice. The ranges are clipped to the rows read and to the table's width; returns the cells
    filled (at most ``limit_cells``)."""
    filled = 0
    height = len(records)
    width = max((len(r) for r in records), default=0)
    budget = 2 * limit_cells  # cells looked at, filled or not: ranges may overlap many times
    for row1, col1, row2, col2 in merges:
        if row1 > height or col1 > width:
            continue
        value = records[row1 - 1][col1 - 1] if col1 <= len(records[row1 - 1]) else ""
        if not value:
            continue
        in_data = header_end is not None and row1 - 1 > header_end
        columns = [c for c in range(col1 - 1, min(col2, width))
                   if not (in_data and types is not None
                           and (c >= len(types) or types[c] in _NUMERIC))]
        budget -= (min(row2, height) - row1 + 1) * len(columns)
        if budget < 0:
            raise HeaderError("headers.error.merged_too_large", limit_cells=limit_cells)
        for r in range(row1 - 1, min(row2, height)):
            filled += _fill(records[r], columns, value)
    if filled > limit_cells:
        raise HeaderError("headers.error.merged_too_large", limit_cells=limit_cells)
    return filled


def _fill(record: list[str], columns: list[int], value: str) -> int:
    filled = 0
    for c in columns:
        if c < len(record) and record[c]:
            continue
        if c >= len(record):
            record.extend([""] * (c + 1 - len(record)))
        record[c] = value
        filled += 1
    return filled


def hidden_notice(layout: Layout, records: list[list[str]]) -> list[tuple[str, dict]]:
    """A notice naming the hidden rows and columns that hold something: they are read like the
    others, so what is hidden in Excel is not silently imported either."""
    from openpyxl.utils import get_column_letter

    notices = []
    rows = [r for r in layout.hidden_rows if r <= len(records) and _filled(records[r - 1])]
    if rows:
        notices.append(("headers.notice.hidden_rows", {"rows": _rows_text(rows)}))
    hidden = {p for low, high in layout.hidden_columns for p in range(low, high + 1)}
    used: set[int] = set()
    if hidden:
        for record in records:  # one pass: the cells read are bounded (MAX_CELLS)
            used.update(p for p, cell in enumerate(record, start=1) if cell and p in hidden)
    columns = [get_column_letter(p) for p in sorted(used)]
    if columns:
        notices.append(("headers.notice.hidden_columns", {"columns": ", ".join(columns[:12])}))
    return notices
