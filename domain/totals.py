"""Total rows in a table as offices write it: "JUMLAH", "TOTAL", "Subtotal", "Jumlah Kab. Kukar",
"Total Kaltim", "J U M L A H" in the kab/kota, kecamatan or first text column. They are no data:
the validator leaves them out (and says so), and checks their figures against the rows they
total, so a wrong formula or a row typed twice shows up as a difference.

Pure: the validator (:mod:`domain.validate`) calls it with the frame of strings and its parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

import pandas as pd

from domain.schema import Dataset

_SPACED = re.compile(r"(?:\w\s){2,}\w")  # J U M L A H
_TOTAL = re.compile(r"(grand\s*total|sub\s*-?\s*total|sub\s*jumlah|total|jumlah|jml\.?|"
                    r"rata\s*-?\s*rata|rerata)(?![a-z])", re.IGNORECASE)
# Columns whose sum means something: counts and amounts. Percentages and bounded scores (0-100)
# are not added up, so a total row's average or weighted figure there is not checked.
_ADDITIVE = ("integer", "number")
TOLERANCE = 1e-6


@dataclass(frozen=True)
class TotalRow:
    position: int  # index in the frame
    row: int  # the file's row number
    label: str

    @property
    def is_subtotal(self) -> bool:
        return bool(re.match(r"sub", self.label.strip(), re.IGNORECASE))

    @property
    def is_average(self) -> bool:
        return bool(re.match(r"(rata|rerata)", self.label.strip(), re.IGNORECASE))


@dataclass(frozen=True)
class Mismatch:
    total: TotalRow
    column: str
    figure: float
    expected: float
    first_row: int
    last_row: int

    @property
    def difference(self) -> float:
        return self.figure - self.expected


def is_total_label(text: str) -> bool:
    s = str(text).strip()
    if _SPACED.fullmatch(s):
        s = re.sub(r"\s", "", s)
    return bool(_TOTAL.match(s))


def label_columns(dataset: Dataset, headers: list[str], mapping: dict[str, str]) -> list[str]:
    """The file's columns a total row's label may stand in: kab/kota, kecamatan, any text column
    the schema does not know ("No", "Uraian"), and the first column."""
    mapped = {header: name for name, header in mapping.items()}
    out = []
    for position, header in enumerate(headers):
        name = mapped.get(header)
        if position == 0 or name is None or name in ("kab_kota", "kecamatan"):
            out.append(header)
    return out


def find(dataset: Dataset, raw: pd.DataFrame, mapping: dict[str, str],
         rows: list[int]) -> list[TotalRow]:
    headers = [str(c) for c in raw.columns]
    columns = label_columns(dataset, headers, mapping)
    found = []
    for position in range(len(raw)):
        for header in columns:
            cell = raw.iloc[position][header]
            if isinstance(cell, str) and cell.strip() and is_total_label(cell):
                found.append(TotalRow(position, rows[position], cell.strip()))
                break
    return found


def mismatches(dataset: Dataset, raw: pd.DataFrame, mapping: dict[str, str], rows: list[int],
               totals: list[TotalRow],
               parse: Callable[[str, bool], float | None]) -> list[Mismatch]:
    """Each total row's figure in each additive column against the sum of the rows it totals:
    those since the previous total row, or all data rows above it; a subtotal only the former,
    a grand total (after other totals) whichever of the two is nearer its figure."""
    columns = [c for c in dataset.columns if c.name in mapping and c.type in _ADDITIVE
               and c.maximum is None]
    total_positions = {t.position for t in totals}
    out = []
    previous = -1
    for total in totals:
        if total.is_average:
            previous = total.position
            continue
        segment = [p for p in range(previous + 1, total.position) if p not in total_positions]
        above = [p for p in range(total.position) if p not in total_positions]
        for column in columns:
            found = _mismatch(raw[mapping[column.name]], column.type == "integer", total,
                              segment, above if previous >= 0 and not total.is_subtotal else None,
                              rows, parse)
            if found is not None:
                out.append(Mismatch(total, column.name, *found))
        previous = total.position
    return out


def _sum(cells: pd.Series, positions: list[int], integer: bool,
         parse: Callable[[str, bool], float | None]) -> float | None:
    total = 0.0
    for p in positions:
        text = str(cells.iloc[p]).strip()
        if not text:
            continue
        value = parse(text, integer)
        if value is None:
            return None  # reported by the validator at its cell; no sum to compare
        total += value
    return total


def _mismatch(cells: pd.Series, integer: bool, total: TotalRow, segment: list[int],
              above: list[int] | None, rows: list[int],
              parse: Callable[[str, bool], float | None]):
    text = str(cells.iloc[total.position]).strip()
    figure = parse(text, integer) if text else None
    if figure is None or not segment:
        return None
    options = [segment] + ([above] if above else [])
    best = None
    for positions in options:
        expected = _sum(cells, positions, integer, parse)
        if expected is None:
            return None
        if abs(figure - expected) <= TOLERANCE * max(1.0, abs(expected)):
            return None
        if best is None or abs(figure - expected) < abs(figure - best[1]):
            best = (figure, expected, rows[positions[0]], rows[positions[-1]])
    return best
