"""An uploaded data file read and validated: what the Data page and ``python -m loaders import``
share.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Iterable, Mapping

import pandas as pd

from domain.schema import DATASETS, header_key, typed_frame
from domain.validate import Problem, ProgressCallback, ValidationReport, validate
from i18n import MISSING, t


def constant_columns(dataset_name: str) -> list[str]:
    """The columns one value may stand for in a whole file (schema ``file_constant``)."""
    return [c.name for c in DATASETS[dataset_name].columns if c.file_constant]


def _has_header(column, headers: Iterable[str]) -> bool:
    keys = {header_key(h) for h in headers}
    return any(k in keys for k in column.header_keys())


def missing_constant_columns(dataset_name: str, data: bytes, filename: str,
                             max_bytes: int | None = None) -> list[str]:
    """The file-constant columns a file has no header for (the Data page asks for these); empty
    when the file cannot be read (check_upload then says why)."""
    from loaders import readers

    dataset = DATASETS[dataset_name]
    try:
        headers = [str(h) for h in readers.read_table(data, filename, dataset_name,
                                                      max_bytes).frame.columns]
    except readers.ReadError:
        return []
    return [c.name for c in dataset.columns if c.file_constant and not _has_header(c, headers)]


def apply_constants(dataset_name: str, frame: pd.DataFrame, constants: Mapping[str, str],
                    lang: str) -> tuple[pd.DataFrame, list[Problem]]:
    """``frame`` with each constant filled in as a column for every row, where the file has no
    such column (a file's own column wins, with a note); a name that is no file-constant column
    of the dataset is an error. The values are validated with the rest, like cells of the file."""
    dataset = DATASETS[dataset_name]
    allowed = ", ".join(constant_columns(dataset_name)) or MISSING
    problems: list[Problem] = []
    frame = frame.copy()
    for name, value in constants.items():
        column = next((c for c in dataset.columns if c.name == name), None)
        if column is None or not column.file_constant:
            key = "published.set.unknown_column" if column is None else "published.set.not_constant"
            problems.append(Problem("error", key, t(key, lang, column=name, columns=allowed,
                                                    dataset=dataset_name), column=name))
        elif _has_header(column, [str(h) for h in frame.columns]):
            problems.append(Problem("info", "published.set.ignored",
                                    t("published.set.ignored", lang, column=name, value=value),
                                    column=name, value=value))
        else:
            frame[name] = value
            problems.append(Problem("info", "published.set.applied",
                                    t("published.set.applied", lang, column=name, value=value),
                                    column=name, value=value))
    return frame, problems


def check_upload(dataset_name: str, data: bytes, filename: str, lang: str = "id", *,
                 today: dt.date | None = None, progress: ProgressCallback | None = None,
                 max_bytes: int | None = None,
                 constants: Mapping[str, str] | None = None) -> ValidationReport:
    """Read and validate an uploaded file: what the page and ``python -m loaders import`` share.
    A file that cannot be read gives a report with one error, never an exception. ``constants``
    (column -> value) stand for file-constant columns the file does not have, for every row."""
    from loaders import readers

    dataset = DATASETS[dataset_name]

    def refused(code: str, message: str) -> ValidationReport:
        return ValidationReport(dataset_name, lang, [Problem("error", code, message)],
                                typed_frame(dataset, pd.DataFrame()), file_name=filename)

    try:
        result = readers.read_table(data, filename, dataset_name, max_bytes)
        frame, set_notes = apply_constants(dataset_name, result.frame, constants or {}, lang)
        if any(p.severity == "error" for p in set_notes):
            report = ValidationReport(dataset_name, lang, set_notes,
                                      typed_frame(dataset, pd.DataFrame()), file_name=filename)
            return report
        report = validate(dataset, frame, lang, today=today, progress=progress)
    except readers.ReadError as error:
        return refused(error.message_id, error.message(lang))
    except Exception:  # noqa: BLE001 - a defect of ours must not become a traceback on the page
        # Every known bad input has its own message; this is the last line, logged in full for
        # whoever maintains the server, and the file is refused (nothing is stored).
        logging.getLogger(__name__).exception("unexpected error checking %r", filename)
        return refused("validate.unexpected", t("validate.unexpected", lang))
    read_notes = [Problem("warning" if n.message_id == "read.notice.sheet_chosen" else "info",
                          n.message_id, n.message(lang)) for n in result.notices]
    cells = [Problem("error", c.message_id, c.message(lang), c.row, c.column, c.value)
             for c in result.cell_problems]
    if cells:
        # A formula without its value reads as an empty cell; "required, empty" would only
        # repeat that cell's real problem.
        unread = {(c.row, header_key(c.column)) for c in result.cell_problems}
        report.problems = [p for p in report.problems
                           if not (p.code == "validate.required_empty"
                                   and (p.row, header_key(p.column or "")) in unread)]
    report.problems[:0] = read_notes + set_notes + cells
    report.file_name = filename
    return report
