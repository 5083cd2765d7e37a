"""What an upload would change, row by row, for the preview before a commit.

Rows are matched on the dataset's key (``schema.Dataset.key``); values are compared in one canonical
text form (:func:`cell_text`), the same form the store keeps, so "37" and 37.0 are not a change.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Literal

import pandas as pd

from domain import regions
from domain.schema import Dataset
from domain.subregions import default_subregions
from i18n import MISSING, decimals_of, fmt_date, fmt_number, fmt_period, is_missing, t

ChangeKind = Literal["added", "removed", "changed"]


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    label: str  # the row as people name it: "Kutai Timur, Triwulan III 2026"
    column: str | None = None
    old: str | None = None
    new: str | None = None
    value_type: str = "text"  # the column's schema type: how old and new are shown

    def describe(self, lang: str = "id") -> str:
        if self.kind == "changed":
            return t("change.changed", lang, label=self.label, column=self.column,
                     old=display_value(self.old, self.value_type, lang),
                     new=display_value(self.new, self.value_type, lang))
        return t(f"change.{self.kind}", lang, label=self.label)


NUMERIC_TYPES = frozenset({"number", "integer", "percent", "latitude", "longitude"})


def display_value(text: str | None, value_type: str, lang: str = "id") -> str:
    """A canonical cell text as people read it in ``lang``: numbers through i18n.fmt_number with
    the precision they were entered with (75.5 -> '75,5', not '75.5' nor '76'), dates and periods
    in words. Anything that does not parse is shown as it is."""
    if is_missing(text):
        return MISSING
    try:
        if value_type in NUMERIC_TYPES:
            value = float(text)
            if value_type in ("latitude", "longitude"):
                return fmt_number(value, lang, decimals_of(value, 6))
            return fmt_number(value, lang)
        if value_type == "date":
            return fmt_date(text, lang)
        if value_type == "period":
            return fmt_period(text, lang)
    except (TypeError, ValueError):
        pass
    return text


def cell_text(value: object) -> str | None:
    """The canonical text of a cell: None for missing, ISO for dates, no '.0' on whole numbers."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, (dt.datetime, pd.Timestamp)):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return cell_text(value.item())
    text = str(value)
    return text if text != "" else None


def frame_records(frame: pd.DataFrame, columns: list[str]) -> list[list[str | None]]:
    """Rows of canonical cell texts in ``columns`` order (missing columns -> None)."""
    series = [frame[c].tolist() if c in frame.columns else [None] * len(frame) for c in columns]
    return [[cell_text(v) for v in row] for row in zip(*series)] if columns else []


def row_label(dataset: Dataset, record: dict, lang: str = "id") -> str:
    parts = []
    for name in dataset.key:
        value = cell_text(record.get(name))
        if not value:
            continue
        kind = dataset.column(name).type
        if kind == "district":
            try:
                value = regions.get(value).short_name
            except KeyError:
                pass
        elif kind in ("subdistrict", "village"):
            unit = default_subregions().by_code.get(value)
            value = unit.name if unit is not None else value
        elif kind == "period":
            value = fmt_period(value, lang)
        elif len(value) > 40:
            value = value[:39] + "…"
        parts.append(value)
    return ", ".join(parts) or MISSING


def diff(dataset: Dataset, old: pd.DataFrame, new: pd.DataFrame, lang: str = "id") -> list[Change]:
    """Changes from ``old`` to ``new``: changed cells of rows with the same key, then added and
    removed rows, each in file order."""
    columns = dataset.column_names
    key_positions = [columns.index(k) for k in dataset.key]

    def keyed(frame: pd.DataFrame) -> dict[tuple, list[str | None]]:
        out: dict[tuple, list[str | None]] = {}
        for row in frame_records(frame, columns):
            key = tuple((row[i] or "").casefold() for i in key_positions)
            out.setdefault(key, row)
        return out

    before, after = keyed(old), keyed(new)
    changes: list[Change] = []
    added: list[Change] = []
    for key, row in after.items():
        label = row_label(dataset, dict(zip(columns, row)), lang)
        if key not in before:
            added.append(Change("added", label))
            continue
        for name, was, now in zip(columns, before[key], row):
            if was != now:
                changes.append(Change("changed", label, name, was, now,
                                      dataset.column(name).type))
    removed = [Change("removed", row_label(dataset, dict(zip(columns, row)), lang))
               for key, row in before.items() if key not in after]
    return changes + added + removed


def merge(dataset: Dataset, current: pd.DataFrame, upload: pd.DataFrame) -> pd.DataFrame:
    """What a district's upload makes of the dataset: rows of ``upload`` replace the rows with the
    same key and add the others; rows it does not mention stay. A district sending its quarter
    must not delete the other nine districts' reports (use replace for a full reload)."""
    columns = dataset.column_names
    key_positions = [columns.index(k) for k in dataset.key]

    def key_of(row: list[str | None]) -> tuple:
        return tuple((row[i] or "").casefold() for i in key_positions)

    new_rows = frame_records(upload, columns)
    incoming = {key_of(row): row for row in new_rows}
    merged: list[list[str | None]] = []
    used: set[tuple] = set()
    for row in frame_records(current, columns):
        key = key_of(row)
        if key in incoming:
            if key not in used:
                merged.append(incoming[key])
                used.add(key)
        else:
            merged.append(row)
    merged += [row for row in new_rows if key_of(row) not in used]
    from domain.schema import typed_frame

    return typed_frame(dataset, pd.DataFrame(merged, columns=columns, dtype=object))








def summary(changes: list[Change]) -> dict[str, int]:
    counts = {"added": 0, "removed": 0, "changed": 0}
    rows_changed = {c.label for c in changes if c.kind == "changed"}
    for change in changes:
        if change.kind != "changed":
            counts[change.kind] += 1
    counts["changed"] = len(rows_changed)
    return counts
