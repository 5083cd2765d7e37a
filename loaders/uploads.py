"""An uploaded data file read and validated: what the Data page and ``python -m loaders import``
share.
"""

from __future__ import annotations

import datetime as dt
import logging

import pandas as pd

from domain.schema import DATASETS, header_key, typed_frame
from domain.validate import Problem, ProgressCallback, ValidationReport, validate
from i18n import t


def check_upload(dataset_name: str, data: bytes, filename: str, lang: str = "id", *,
                 today: dt.date | None = None, progress: ProgressCallback | None = None,
                 max_bytes: int | None = None) -> ValidationReport:
    """Read and validate an uploaded file: what the page and ``python -m loaders import`` share.
    A file that cannot be read gives a report with one error, never an exception."""
    from loaders import readers

    dataset = DATASETS[dataset_name]

    def refused(code: str, message: str) -> ValidationReport:
        return ValidationReport(dataset_name, lang, [Problem("error", code, message)],
                                typed_frame(dataset, pd.DataFrame()), file_name=filename)

    try:
        result = readers.read_table(data, filename, dataset_name, max_bytes)
        report = validate(dataset, result.frame, lang, today=today, progress=progress)
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
    report.problems[:0] = read_notes + cells
    report.file_name = filename
    return report
