"""Upload templates generated from the schema: an .xlsx with the data sheet, a bilingual
instructions sheet and drop-down lists, and a .csv with the header row.

Nothing here is written by hand per dataset, so a column added to ``domain.schema`` appears in the
templates, their instructions and their drop-downs at once.
"""

from __future__ import annotations

import pandas as pd

from domain.changes import NUMERIC_TYPES
from domain.schema import DATASETS, FORMS, Column, Dataset
from exports import formats, frames
from i18n import MISSING, t
from i18n.catalog import MESSAGES

TEMPLATE_ROWS = 1000  # rows prepared with drop-downs and text format
INSTRUCTIONS_SHEET = "Petunjuk"
CHOICES_SHEET = "Pilihan"
LANGS = ("id", "en")

_EXAMPLES = {"district": "64.02", "subdistrict": "64.02.06", "village": "64.02.06.1008",
             "text": "", "integer": "120", "number": "37.5",
             "percent": "78.26", "date": "2026-01-18", "period": "2026-Q3",
             "latitude": "-0.45", "longitude": "117.15"}


def example_value(column: Column) -> str:
    if column.allowed:
        return column.allowed[0]
    if column.type == "text":
        return "…"
    if column.minimum is not None and column.type == "integer":
        return str(int(max(column.minimum, 120)))
    return _EXAMPLES.get(column.type, "")


def column_description(dataset: Dataset, column: Column, lang: str) -> str:
    key = f"schema.{dataset.name}.{column.name}"
    return t(key, lang) if key in MESSAGES else ""


def _range_text(column: Column, lang: str) -> str:
    if column.minimum is None and column.maximum is None:
        return ""
    if column.maximum is None:
        return t("template.range.min", lang, minimum=_num(column.minimum))
    if column.minimum is None:
        return t("template.range.max", lang, maximum=_num(column.maximum))
    return t("template.range.between", lang, minimum=_num(column.minimum),
             maximum=_num(column.maximum))


def _num(value: float | None) -> str:
    return str(int(value)) if value is not None and float(value).is_integer() else str(value)


def instructions(dataset_name: str) -> list[dict[str, str]]:
    """One row per column, in both languages: what the instructions sheet shows and what the
    page can show beside the upload button."""
    dataset = DATASETS[dataset_name]
    rows = []
    for column in dataset.columns:
        row = {"column": column.name, "example": example_value(column),
               "allowed": ", ".join(column.allowed), "aliases": ", ".join(column.aliases)}
        for lang in LANGS:
            row[f"type_{lang}"] = t(f"template.type.{column.type}", lang)
            row[f"required_{lang}"] = t("template.required.yes" if column.required
                                        else "template.required.no", lang)
            row[f"range_{lang}"] = _range_text(column, lang)
            row[f"unit_{lang}"] = column.unit
            row[f"description_{lang}"] = column_description(dataset, column, lang)
        rows.append(row)
    return rows


def csv_template(dataset_name: str, example: bool = False) -> bytes:
    """Header row (and an example row when asked), written as the dataset exports are."""
    dataset = DATASETS[dataset_name]
    rows = [[example_value(c) for c in dataset.columns]] if example else []
    return frames.to_csv_bytes(pd.DataFrame(rows, columns=dataset.column_names),
                               formats.column_kinds(dataset))


def xlsx_template(dataset_name: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    dataset = DATASETS[dataset_name]
    workbook = Workbook()
    data = workbook.active
    data.title = dataset.name  # the reader picks the sheet named like the dataset
    bold = Font(bold=True)
    required_fill = PatternFill("solid", fgColor="FFF2CC")
    data.append(dataset.column_names)
    data.freeze_panes = "A2"

    choices = workbook.create_sheet(CHOICES_SHEET)
    choice_col = 0
    for position, column in enumerate(dataset.columns, start=1):
        letter = get_column_letter(position)
        header = data.cell(row=1, column=position)
        header.font = bold
        if column.required:
            header.fill = required_fill
        data.column_dimensions[letter].width = max(14, len(column.name) + 4)
        target = f"{letter}2:{letter}{TEMPLATE_ROWS + 1}"
        if column.type in ("district", "subdistrict", "village", "period", "text", "choices"):
            # Excel would turn 2026-07 into a date and 64.10 into a number otherwise.
            for (cell,) in data.iter_rows(min_row=2, max_row=TEMPLATE_ROWS + 1, min_col=position,
                                          max_col=position):
                cell.number_format = "@"
        validation = _validation(dataset, column, choices, choice_col)
        if column.type == "choice":
            choice_col += 1
        if validation is not None:
            data.add_data_validation(validation)
            validation.add(target)
    choices.sheet_state = "hidden"

    sheet = workbook.create_sheet(INSTRUCTIONS_SHEET, 1)
    sheet.append([t("template.title", "id", dataset=dataset.name)])
    sheet.append([t("template.title", "en", dataset=dataset.name)])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([])
    for lang in LANGS:
        for line in t("template.howto", lang).split("\n"):
            sheet.append([line])
    sheet.append([])
    headings = ["template.head.column", "headers.template.aliases", "template.head.required",
                "template.head.type", "template.head.allowed", "template.head.range",
                "template.head.unit", "template.head.example", "template.head.description_id",
                "template.head.description_en"]
    sheet.append([f"{t(h, 'id')} / {t(h, 'en')}" for h in headings])
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    for row in instructions(dataset_name):
        sheet.append([
            row["column"], row["aliases"], f"{row['required_id']} / {row['required_en']}",
            f"{row['type_id']} / {row['type_en']}", row["allowed"],
            " / ".join(x for x in (row["range_id"], row["range_en"]) if x), row["unit_id"],
            row["example"], row["description_id"], row["description_en"]])
    for letter, width in zip("ABCDEFGHIJ", (24, 36, 16, 30, 40, 28, 14, 14, 50, 50)):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=9):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")

    return frames.workbook_bytes(workbook)


def _validation(dataset: Dataset, column: Column, choices, choice_col: int):
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    if column.type == "choice":
        letter = get_column_letter(choice_col + 1)
        choices.cell(row=1, column=choice_col + 1, value=column.name)
        for position, value in enumerate(column.allowed, start=2):
            choices.cell(row=position, column=choice_col + 1, value=value)
        end = len(column.allowed) + 1
        validation = DataValidation(type="list",
                                    formula1=f"={CHOICES_SHEET}!${letter}$2:${letter}${end}",
                                    allow_blank=not column.required)
        validation.error = _both("template.dv.choice", allowed=", ".join(column.allowed))
    elif column.type in NUMERIC_TYPES:
        kind = "whole" if column.type == "integer" else "decimal"
        if column.minimum is not None and column.maximum is not None:
            validation = DataValidation(type=kind, operator="between",
                                        formula1=_num(column.minimum),
                                        formula2=_num(column.maximum), allow_blank=True)
        elif column.minimum is not None:
            validation = DataValidation(type=kind, operator="greaterThanOrEqual",
                                        formula1=_num(column.minimum), allow_blank=True)
        else:
            return None
        validation.error = _both("template.dv.number",
                                 range=lambda lang: _range_text(column, lang))
    elif column.type == "choices":
        # Excel lists allow one value; several are typed with ';', so only a prompt helps here.
        validation = DataValidation(allow_blank=True)
    else:
        return None
    validation.errorTitle = f"{column.name}"
    validation.showErrorMessage = column.type != "choices"
    prompt_key = f"template.dv.prompt.{column.type}"
    validation.prompt = _both(prompt_key, allowed=", ".join(column.allowed)) \
        if prompt_key in MESSAGES else None
    validation.showInputMessage = validation.prompt is not None
    return validation


def _both(key: str, **params: object) -> str:
    # Excel cannot switch language: the drop-down texts carry both, Bahasa Indonesia first, and
    # are cut to Excel's 255-character limit.
    def render(lang: str) -> str:
        values = {k: v(lang) if callable(v) else v for k, v in params.items()}
        return t(key, lang, **values)

    text = f"{render('id')} / {render('en')}"
    return text[:255]


def columns_markdown(lang: str = "id") -> str:
    """Every dataset's columns as Markdown tables (docs/columns.md is this text, written by
    scripts/make_columns_doc.py and checked by the tests): name, the other headers recognised,
    required, type, allowed values or range, description."""
    heads = ["template.head.column", "headers.template.aliases", "template.head.required",
             "template.head.type", "template.head.allowed", "template.head.range",
             f"template.head.description_{lang}"]

    def cell(text: str) -> str:
        return str(text).replace("|", "\\|").replace("\n", " ")

    lines = [f"<!-- {t('headers.doc.generated', lang)} -->", "",
             f"# {t('headers.doc.title', lang)}", "", t("headers.doc.intro", lang), ""]
    for name in DATASETS:
        lines += [f"## {name}", "", "| " + " | ".join(t(h, lang) for h in heads) + " |",
                  "|" + "---|" * len(heads)]
        for row in instructions(name):
            aliases = ", ".join(f"`{a}`" for a in row["aliases"].split(", ") if a)
            lines.append("| " + " | ".join(cell(v) for v in (
                f"`{row['column']}`", aliases, row[f"required_{lang}"], row[f"type_{lang}"],
                row["allowed"], row[f"range_{lang}"], row[f"description_{lang}"])) + " |")
        lines.append("")
    return "\n".join(lines)


def template_filename(dataset_name: str, fmt: str) -> str:
    return f"templat_{dataset_name}.{fmt}"


def template(dataset_name: str, fmt: str) -> bytes:
    if fmt == "xlsx":
        return xlsx_template(dataset_name)
    if fmt == "csv":
        return csv_template(dataset_name)
    raise ValueError(f"unknown template format {fmt!r}")


# --- forms as offices publish them (a KPU DPT recap, a Bawaslu IKP table) -------------------------

def form_filename(form_name: str, fmt: str) -> str:
    return f"templat_{form_name}.{fmt}"


def form_instructions(form_name: str, lang: str) -> list[list[str]]:
    """Header -> dataset column and its description, then the columns given once on import."""
    form = FORMS[form_name]
    dataset = DATASETS[form.dataset]
    rows = []
    for column_name, header in form.headers:
        if column_name is None:
            rows.append([header, MISSING, t("published.form.unused", lang)])
        else:
            rows.append([header, column_name,
                         column_description(dataset, dataset.column(column_name), lang)])
    given = [c.name for c in dataset.columns if c.file_constant
             and c.name not in {name for name, _ in form.headers}]
    if given:
        rows.append([t("published.form.given_once", lang, columns=", ".join(given)), "", ""])
    return rows


def form_template(form_name: str, fmt: str) -> bytes:
    """The form's header row (csv), or a sheet with it, an example row and instructions (xlsx)."""
    form = FORMS[form_name]
    headers = [h for _, h in form.headers]
    if fmt == "csv":
        return frames.to_csv_bytes(pd.DataFrame([], columns=headers), {})
    if fmt != "xlsx":
        raise ValueError(f"unknown template format {fmt!r}")
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    data = workbook.active
    data.title = form.dataset  # the reader picks the sheet named like the dataset
    data.append(headers)
    for cell in data[1]:
        cell.font = Font(bold=True)
        cell.number_format = "@"
    for position, _ in enumerate(headers, start=1):
        data.column_dimensions[data.cell(row=1, column=position).column_letter].width = 24
    sheet = workbook.create_sheet(INSTRUCTIONS_SHEET)
    for lang in LANGS:
        sheet.append([t(f"published.form.{form.name}", lang)])
        sheet.append([t("published.form.head.header", lang), t("template.head.column", lang),
                      t("published.form.head.meaning", lang)])
        for row in form_instructions(form_name, lang):
            sheet.append(row)
        sheet.append([])
    for letter, width in zip("ABC", (40, 32, 70)):
        sheet.column_dimensions[letter].width = width
    return frames.workbook_bytes(workbook)
