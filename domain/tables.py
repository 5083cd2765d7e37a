"""The registry's tables (districts, kecamatan, desa) read one way: CSV UTF-8 (a BOM, as Excel
writes it, is allowed), blank lines skipped, a header row of known columns, each in it once, and
every row as many cells as the header. A table that breaks a rule raises the caller's error type
with the file, the row (its line in the file, the header being row 1) and the column, where there
is one; what a cell must hold is the caller's business."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Protocol


class TableError(Protocol):
    """``RegistryError`` and its kin: built from the file, the problem, the row and the column."""

    def __call__(self, path: Path | str, problem: str, row: int | None = None,
                 column: str | None = None) -> Exception: ...


def read_table(path: Path, columns: tuple[str, ...], error: TableError, *,
               rows_are: str = "rows") -> list[tuple[int, dict[str, str]]]:
    """[(row, {column: stripped cell})], the row being the line in the file (header = 1).
    ``rows_are`` names the rows in the refusal of a table that has only its header."""
    try:
        data = path.read_bytes()
    except OSError as problem:
        raise error(path, f"cannot be read ({problem.strerror or problem})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as problem:
        raise error(path, "is not UTF-8 (save it as CSV UTF-8)",
                    row=data[:problem.start].count(b"\n") + 1) from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        records = [(reader.line_num, cells) for cells in reader if any(c.strip() for c in cells)]
    except csv.Error as problem:
        raise error(path, f"is not a readable CSV ({problem})", row=reader.line_num) from None
    if not records:
        raise error(path, "is empty: expected a header row " + ",".join(columns))
    (header_row, header), body = records[0], records[1:]
    header = [c.strip().lower() for c in header]
    for index, column in enumerate(header):
        if column not in columns:
            raise error(path, f"unknown column (expected: {', '.join(columns)})", row=header_row,
                        column=column or f"#{index + 1}")
        if column in header[:index]:
            raise error(path, "the column appears twice", row=header_row, column=column)
    for column in columns:
        if column not in header:
            raise error(path, "the column is missing", row=header_row, column=column)
    if not body:
        raise error(path, f"has a header but no {rows_are}")
    rows = []
    for row, cells in body:
        if len(cells) != len(header):
            raise error(path, f"has {len(cells)} cells, the header {len(header)}", row=row)
        rows.append((row, {c: v.strip() for c, v in zip(header, cells)}))
    return rows
