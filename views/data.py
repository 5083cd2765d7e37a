"""What the Data page shows, as plain data: validation report table, change preview, history."""

from __future__ import annotations

import pandas as pd

from accounts.access import User
from domain import regions
from domain.validate import Problem, ValidationReport
from i18n import MISSING, fmt_datetime, fmt_number, is_missing, or_missing, t
from views.text import md_escape  # noqa: F401  (pages import it from here)


def _short(value: str, width: int = 80) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


def upload_limits(lang: str, server_cap_mb: float) -> tuple[str, int]:
    """What the upload widget says and allows. The help text states the app's own limit
    (DASHBOARD_MAX_UPLOAD_MB) in the user's language; the widget itself accepts up to twice that
    (never more than Streamlit's ``server.maxUploadSize``), so a file somewhat over the limit
    reaches the app's translated refusal ("Berkas terlalu besar ...") instead of Streamlit's
    English-only "File must be 50.0MB or smaller"."""
    import math

    from loaders import readers

    limit_mb = readers.max_upload_bytes() / 1024 / 1024
    widget_mb = max(1, min(int(server_cap_mb), math.ceil(limit_mb * 2)))
    shown = fmt_number(limit_mb, lang, 0 if float(limit_mb).is_integer() else 1)
    return t("data.upload.limit", lang, limit_mb=shown), widget_mb


def problems_table(problems: list[Problem], lang: str) -> pd.DataFrame:
    """One line per problem: severity, row, column, value, what to do. Shown with st.dataframe,
    which draws text as text (no HTML, no markdown)."""
    return pd.DataFrame({
        t("data.col.severity", lang): [t(f"report.severity.{p.severity}", lang) for p in problems],
        t("data.col.row", lang): [", ".join(map(str, p.rows)) if len(p.rows) > 1
                                  else (str(p.row) if p.row is not None else "") for p in problems],
        t("data.col.column", lang): [_short(p.column or "") for p in problems],
        # Shortened like the text report: a cell may hold 131,072 characters, and two hundred
        # of them would be megabytes sent to the browser for one table.
        t("data.col.value", lang): [_short(p.value or "") for p in problems],
        t("data.col.message", lang): [p.message for p in problems],
    })


def scope_problems(report: ValidationReport, user: User, lang: str) -> list[Problem]:
    """Rows of districts a district editor may not upload: one error per such row."""
    if user.role == "admin" or not user.districts or "kab_kota" not in report.frame:
        return []
    allowed = ", ".join(regions.get(c).label for c in user.districts)
    problems = []
    numbers = report.row_numbers or tuple(range(2, len(report.frame) + 2))
    for number, code in zip(numbers, report.frame["kab_kota"].tolist()):
        if code and code not in user.districts:
            name = regions.get(code).label if code in regions.BY_KEMENDAGRI else str(code)
            problems.append(Problem("error", "data.error.out_of_scope",
                                    t("data.error.out_of_scope", lang, district=name,
                                      allowed=allowed),
                                    row=number, column="kab_kota", value=str(code)))
    return problems


def history_table(history: list, lang: str) -> pd.DataFrame:
    rows = list(reversed(history))
    return pd.DataFrame({
        t("data.col.version", lang): [i.label for i in rows],
        t("data.col.when", lang): [fmt_datetime(i.committed_at, lang) for i in rows],
        t("data.col.who", lang): [i.user for i in rows],
        t("data.col.action", lang): [t(f"data.action.{i.action}", lang) for i in rows],
        t("data.col.file", lang): [or_missing(i.file_name) for i in rows],
        "SHA-256": [MISSING if is_missing(i.file_sha256) else i.file_sha256[:16] + "…"
                    for i in rows],
        t("data.col.rows", lang): [fmt_number(i.row_count, lang) for i in rows],
        t("data.col.changes", lang): [f"+{fmt_number(i.rows_added, lang)} / "
                                      f"−{fmt_number(i.rows_removed, lang)} / "
                                      f"~{fmt_number(i.rows_changed, lang)}" for i in rows],
        t("data.col.note", lang): [("DATA CONTOH. " if i.is_demo else "") + (i.note or "")
                                   or MISSING for i in rows],
    })


def reporting_table(statuses: list, lang: str) -> pd.DataFrame:
    from i18n import fmt_date

    return pd.DataFrame({
        t("district", lang): [s.name for s in statuses],
        t("district.code", lang): [s.kab_kota for s in statuses],
        t("reporting.col.status", lang): [t("reporting.reported" if s.reported
                                            else "reporting.missing", lang) for s in statuses],
        t("reporting.col.report_date", lang): [fmt_date(s.report_date, lang) for s in statuses],
        t("reporting.col.committed", lang): [
            f"{s.version} · {fmt_datetime(s.committed_at, lang)} · {s.committed_by}"
            if not is_missing(s.version) else MISSING for s in statuses],
    })


REPORTED_COLOUR = "#009E73"  # Okabe-Ito bluish green
MISSING_COLOUR = "#CC79A7"  # Okabe-Ito reddish purple: apart from the risk colours


def reporting_layer(statuses: list, lang: str):
    from i18n import fmt_date
    from maps.thematic import ThematicLayer

    codes = [s.kab_kota for s in statuses]
    values = pd.DataFrame({
        "nama": [s.name for s in statuses],
        "status": [t("reporting.reported" if s.reported else "reporting.missing", lang)
                   for s in statuses],
        "tanggal": [fmt_date(s.report_date, lang) for s in statuses],
    }, index=codes)
    colour = pd.Series([REPORTED_COLOUR if s.reported else MISSING_COLOUR for s in statuses],
                       index=codes)
    return ThematicLayer(
        name=t("reporting.title", lang), values=values, colour=colour,
        tooltip=[("nama", t("district", lang)), ("status", t("reporting.col.status", lang)),
                 ("tanggal", t("reporting.col.report_date", lang))],
        legend_title=t("reporting.legend", lang),
        legend_items=[(REPORTED_COLOUR, t("reporting.reported", lang)),
                      (MISSING_COLOUR, t("reporting.missing", lang))],
    )


def audit_table(entries: list, lang: str) -> pd.DataFrame:
    import json

    return pd.DataFrame({
        t("admin.col.time", lang): [fmt_datetime(e.at, lang, seconds=True) for e in entries],
        t("admin.col.user", lang): [e.user for e in entries],
        t("admin.col.action", lang): [e.action for e in entries],
        t("admin.col.dataset", lang): [e.dataset or "" for e in entries],
        t("admin.col.detail", lang): [json.dumps(e.detail, ensure_ascii=False) for e in entries],
    })
