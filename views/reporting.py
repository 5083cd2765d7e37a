"""What Status Pelaporan shows, as plain data: per district whether the period's report came on
time, late, or not at all (missing while still due, overdue after the due date), on a map and in
a table, with the due date and the source line."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from i18n import MISSING, fmt_date, fmt_datetime, fmt_number, fmt_period, is_missing, t
from indicators import reporting
from maps.presentation_palette import ACT, GOOD
from maps.thematic import ThematicLayer

# Okabe-Ito: bluish green on time, yellow late, vermillion overdue (yellow and vermillion lie far
# apart in lightness, so late and overdue stay apart under every colour-vision deficiency and on a
# washed-out projector); sky blue for "not yet due", apart from the three and from "no data" grey.
TIMELINESS_COLOURS: dict[str, str] = {
    reporting.ON_TIME: GOOD,
    reporting.LATE: "#F0E442",
    reporting.MISSING: "#56B4E9",
    reporting.OVERDUE: ACT,
}


def status_text(status: reporting.ReportStatus, lang: str) -> str:
    """"Terlambat 3 hari", "Lewat tenggat (12 hari)", "Belum melapor (laporan periode
    sebelumnya: Triwulan II 2026 tampil di peta)"."""
    text = t(f"periods.timeliness.{status.timeliness}", lang)
    if status.days_late:
        text += " " + t("periods.days_late", lang, days=fmt_number(status.days_late, lang))
    if status.shown_period:
        text += " · " + t("periods.shown_instead", lang,
                          period=fmt_period(status.shown_period, lang))
    return text


def due_text(period: str, due: dt.date, today: dt.date, lang: str) -> str:
    key = "periods.due.passed" if today > due else "periods.due.coming"
    return t(key, lang, period=fmt_period(period, lang), date=fmt_date(due, lang),
             days=fmt_number(reporting.due_days(), lang))


def reporting_table(statuses: list[reporting.ReportStatus], lang: str) -> pd.DataFrame:
    return pd.DataFrame({
        t("district", lang): [s.name for s in statuses],
        t("district.code", lang): [s.kab_kota for s in statuses],
        t("reporting.col.status", lang): [status_text(s, lang) for s in statuses],
        t("reporting.col.report_date", lang): [fmt_date(s.report_date, lang) for s in statuses],
        t("periods.col.due", lang): [fmt_date(s.due_date, lang) for s in statuses],
        t("reporting.col.committed", lang): [
            f"{s.version} · {fmt_datetime(s.committed_at, lang)} · {s.committed_by}"
            if not is_missing(s.version) else MISSING for s in statuses],
    })


def reporting_layer(statuses: list[reporting.ReportStatus], period: str,
                    lang: str) -> ThematicLayer:
    codes = [s.kab_kota for s in statuses]
    values = pd.DataFrame({
        "nama": [s.name for s in statuses],
        "status": [status_text(s, lang) for s in statuses],
        "tanggal": [fmt_date(s.report_date, lang) for s in statuses],
        "tenggat": [fmt_date(s.due_date, lang) for s in statuses],
    }, index=codes)
    colour = pd.Series([TIMELINESS_COLOURS[s.timeliness] for s in statuses], index=codes)
    return ThematicLayer(
        name=t("reporting.title", lang), values=values, colour=colour,
        tooltip=[("nama", t("district", lang)), ("status", t("reporting.col.status", lang)),
                 ("tanggal", t("reporting.col.report_date", lang)),
                 ("tenggat", t("periods.col.due", lang))],
        legend_title=t("periods.legend.timeliness", lang, period=fmt_period(period, lang)),
        legend_items=[(TIMELINESS_COLOURS[k], t(f"periods.timeliness.{k}", lang))
                      for k in reporting.TIMELINESS],
    )


def metrics(statuses: list[reporting.ReportStatus], lang: str) -> list[tuple[str, str]]:
    """(label, value): reported out of all districts (one status each), then on time / late /
    missing / overdue."""
    counts = reporting.counts(statuses)
    done = sum(s.reported for s in statuses)
    return [(t("periods.metric.reported", lang), f"{done}/{len(statuses)}")] + [
        (t(f"periods.metric.{k}", lang), fmt_number(counts[k], lang))
        for k in reporting.TIMELINESS]


def source_text(frame: pd.DataFrame, period: str, due: dt.date, lang: str) -> str:
    rows = frame[frame["periode"] == period] if len(frame) else frame
    sources = "; ".join(sorted({str(s) for s in rows.get("sumber", pd.Series(dtype=str))
                                if not is_missing(s)})) or MISSING
    return t("periods.reporting.source", lang, source=sources, period=fmt_period(period, lang),
             due=fmt_date(due, lang), days=fmt_number(reporting.due_days(), lang))
