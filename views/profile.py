"""What a district's profile shows: its indicators, history, activities and reporting status."""

from __future__ import annotations

import pandas as pd

from domain import regions
from domain.schema import RISK_LEVELS
from i18n import MISSING, fmt_date, fmt_period, is_missing, or_missing, t
from indicators.figures import STALE
from indicators.thematic import GROUPS
from maps.palette import RISK_COLOURS
from views import provenance
from views.thematic_common import group_label, level_label, number, percent, points, source_caption


def district_options() -> list[str]:
    return regions.codes()


def district_label(code: str) -> str:
    return regions.get(code).label


def default_index(selected: object) -> int:
    codes = district_options()
    return codes.index(selected) if selected in codes else 0


def history_data(history: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, list[str], list[str],
                                                              list[str]]:
    data = history.copy()
    data["periode_label"] = data["periode"].map(lambda p: fmt_period(p, lang))
    data["tingkat"] = data["tingkat_rawan"].map(lambda v: level_label(v, lang))
    data["skor"] = data["skor"].astype(float)
    order = list(data.sort_values("urutan")["periode_label"])
    return (data, order, [level_label(v, lang) for v in RISK_LEVELS],
            [RISK_COLOURS[v] for v in RISK_LEVELS])


def reporting_table(status: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame({
        t("source.period", lang): status["periode"].map(lambda p: fmt_period(p, lang)),
        t("profile_page.reported", lang): status["dilaporkan"].map(
            lambda v: "✓" if v else t("profile_page.missing", lang)),
        t("profile_page.report_date", lang): status["tanggal_laporan"].map(
            lambda d: fmt_date(d, lang)),
        t("profile_page.reporter", lang): status["unit_pelapor"].map(or_missing),
        t("risk.level", lang): status["tingkat_rawan"].map(lambda v: level_label(v, lang)),
        t("risk.score", lang): status["skor"].map(lambda v: number(v, lang)),
    })


def participation_table(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One row per election with turnout, target and gap per group and the DPT."""
    records = []
    for _, row in rows.iterrows():
        record = {t("profile_page.election", lang): row["pemilihan"],
                  t("profile_page.dpt", lang): number(row["dpt_total"], lang)}
        for g in GROUPS:
            record[group_label(g, lang)] = (
                f"{percent(row[f'partisipasi_{g}'], lang)} / "
                f"{percent(row[f'target_{g}'], lang)} ({points(row[f'selisih_{g}'], lang)})")
        record[t("published.source.dpt", lang)] = provenance.source_text(
            row.get("asal_dpt_total"), lang, provenance.count_text)
        record[t("published.source.achieved", lang)] = provenance.source_text(
            row.get("asal_partisipasi_total"), lang)
        records.append(record)
    return pd.DataFrame(records)


def activities_table(acts: pd.DataFrame, lang: str) -> pd.DataFrame:
    acts = acts.sort_values("tanggal", ascending=False)
    return pd.DataFrame({
        t("outreach_page.date", lang): acts["tanggal"].map(lambda d: fmt_date(d, lang)),
        t("outreach_page.type", lang): acts["jenis_kegiatan"].map(
            lambda v: t(f"activity.{v}", lang)),
        t("outreach_page.group", lang): acts["sasaran"].map(lambda v: t(f"group.{v}", lang)),
        t("outreach_page.reached", lang): acts["peserta_total"].map(lambda v: number(v, lang)),
        t("outreach_page.organiser", lang): acts["penyelenggara"],
        t("source.label", lang): acts["sumber"],
    })


def key_metrics(report: pd.Series | None, gap_row: pd.Series | None, activities: int,
                election: str, lang: str, period: str | None = None
                ) -> list[tuple[str, str, str | None, str | None]]:
    """(label, value, delta, help) for the four headline figures. ``report`` is the district's
    row of ``indicators.figures.period_reports`` for ``period``: an older report is shown with
    its period and said to count as not reported."""
    from views.overview import report_status_text

    has_risk = report is not None and not is_missing(report.get("tingkat_rawan"))
    stale = has_risk and report.get("status") == STALE
    gap = gap_row["selisih_total"] if gap_row is not None else None
    level = level_label(report["tingkat_rawan"], lang) if has_risk else MISSING
    if stale:
        level = t("periods.level_stale", lang, level=level,
                  period=fmt_period(report["periode_laporan"], lang))
    status = (report_status_text(report["status"], report["periode_laporan"], period, lang)
              if report is not None and period else None)
    return [
        (t("risk.level", lang), level, None, status),
        (t("risk.score", lang), number(report["skor"], lang) if has_risk else MISSING, None,
         status if stale else None),
        (t("profile_page.turnout", lang, election=or_missing(election)),
         percent(gap_row["partisipasi_total"], lang) if gap_row is not None else MISSING,
         None if is_missing(gap) else points(gap, lang), None),
        (t("outreach_page.activities", lang), number(activities, lang), None, None),
    ]


def incidents_caption(incidents: pd.DataFrame, lang: str) -> str:
    period = MISSING if incidents.empty else (f"{fmt_date(min(incidents['tanggal']), lang)} – "
                                          f"{fmt_date(max(incidents['tanggal']), lang)}")
    return (t("profile_page.incidents", lang, count=len(incidents)) + " "
            + source_caption(lang, incidents["sumber"], period))


def kecamatan_table(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The kab/kota's kecamatan (``indicators.grain.kecamatan_table``) formatted: name, code,
    level ("belum dilaporkan" where not reported), score, incidents."""
    return pd.DataFrame({
        t("grain.profile.col.kecamatan", lang): table["nama"],
        t("grain.profile.col.code", lang): table["kode"],
        t("risk.level", lang): [t("grain.drill.not_reported", lang) if is_missing(v)
                                else level_label(v, lang) for v in table["tingkat_rawan"]],
        t("risk.score", lang): table["skor"].map(lambda v: number(v, lang)),
        t("grain.profile.col.incidents", lang): table["jumlah_kejadian"].map(
            lambda v: number(v, lang)),
    })
