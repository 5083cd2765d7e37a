"""What the overview page shows, as plain data: the map's layer, the table, the source line."""

from __future__ import annotations

from typing import Callable

import pandas as pd

from domain import regions
from domain.schema import RISK_LEVELS
from i18n import MISSING, fmt_number, fmt_percent, fmt_period, fmt_signed_points, is_missing, or_missing, t
from indicators import figures
from indicators.figures import CURRENT, STALE, KeyFigures
from indicators.grain import FROM_KECAMATAN
from maps.palette import RISK_COLOURS, risk_colour
from maps.thematic import ThematicLayer
from views import provenance
from views.participation import gap_layer


def _period_label(row: pd.Series, lang: str) -> object:
    if is_missing(row["periode_laporan"]):
        return pd.NA
    label = fmt_period(row["periode_laporan"], lang)
    return label if row["laporan_terkini"] else t("overview.not_current", lang, period=label)


def report_status_text(status: object, report_period: object, period: str, lang: str) -> str:
    """What a district's report counts as for ``period``: reported, an older report (named,
    counted as not reported) or no report."""
    if status == CURRENT:
        return t("periods.status.current", lang, period=fmt_period(period, lang))
    if status == STALE:
        return t("periods.status.stale", lang, report=fmt_period(report_period, lang),
                 period=fmt_period(period, lang))
    return t("periods.status.none", lang, period=fmt_period(period, lang))


def basis_text(row: pd.Series, lang: str, own: bool = False) -> object:
    """How a kab/kota's level came about when its report is per kecamatan (the rule of
    ``indicators.grain``): "3 dari 10 kecamatan rawan tinggi"; for its own kab/kota row NA, or
    with ``own`` "laporan tingkat kab/kota" (the map's tooltip); NA without a report."""
    if is_missing(row.get("tingkat_rawan")):
        return pd.NA
    if row.get("tingkat_asal") != FROM_KECAMATAN:
        return t("grain.own_row", lang) if own else pd.NA
    level = t(f"risk.{row['tingkat_rawan']}", lang).casefold()
    params = {"count": fmt_number(row["kecamatan_tertinggi"], lang),
              "total": fmt_number(row["kecamatan_jumlah"], lang), "level": level}
    if row["kecamatan_dilaporkan"] < row["kecamatan_jumlah"]:
        return t("grain.derived_reported", lang, reported=fmt_number(row["kecamatan_dilaporkan"],
                                                                     lang), **params)
    return t("grain.derived", lang, **params)


def level_text(row: pd.Series, lang: str) -> str:
    """The level of the report shown, marked when it is an older one: "Sedang (laporan
    Triwulan II 2026)", and when it comes from the kecamatan: "Sedang · 3 dari 10 kecamatan
    rawan sedang"; "Tidak ada data" without a report."""
    if is_missing(row["tingkat_rawan"]):
        return t("map.no_data", lang)
    level = t(f"risk.{row['tingkat_rawan']}", lang)
    basis = basis_text(row, lang)
    if not is_missing(basis):
        level = f"{level} · {basis}"
    if row.get("status_laporan") == STALE:
        return t("periods.level_stale", lang, level=level,
                 period=fmt_period(row["periode_laporan"], lang))
    return level


def stale_codes(summary: pd.DataFrame) -> list[str]:
    return list(summary.loc[summary["status_laporan"] == STALE, "kode"])


def risk_layers_by_period(conflict: pd.DataFrame, participation: pd.DataFrame,
                          outreach: pd.DataFrame, lang: str) -> list[tuple[str, str, ThematicLayer]]:
    """``(period, label, risk_layer)`` for every period of the conflict-risk data: what the map's
    player steps through, each period as the page shows it when that period is chosen."""
    return [(period, fmt_period(period, lang),
             risk_layer(figures.district_summary(conflict, participation, outreach, period), lang))
            for period in figures.periods(conflict)]


def risk_layer(summary: pd.DataFrame, lang: str) -> ThematicLayer:
    """The overview map's layer: colour by the level of the report shown, tooltip with name,
    level, score, period, whether it counts for the period, and source. Districts shown with an
    older report are striped (``stale``) with their own legend entry."""
    values = pd.DataFrame({
        "nama": summary["nama"],
        "tingkat": summary["tingkat_rawan"].map(
            lambda v: pd.NA if is_missing(v) else t(f"risk.{v}", lang)),
        "dasar": [basis_text(row, lang, own=True) for _, row in summary.iterrows()],
        "skor": summary["skor"].map(lambda v: pd.NA if is_missing(v) else fmt_number(v, lang)),
        "periode": summary.apply(_period_label, axis=1, lang=lang),
        "sumber": summary["sumber_risiko"],
        "status": [report_status_text(st, rp, chosen, lang) for st, rp, chosen in
                   zip(summary["status_laporan"], summary["periode_laporan"], summary["periode"])],
    })
    values.index = summary["kode"]
    colour = pd.Series([None if is_missing(v) else risk_colour(v)
                        for v in summary["tingkat_rawan"]], index=summary["kode"]).dropna()
    return ThematicLayer(
        name=t("overview.map_title", lang),
        values=values,
        colour=colour,
        tooltip=[("nama", t("district", lang)), ("tingkat", t("risk.level", lang)),
                 ("dasar", t("grain.tooltip.basis", lang)), ("skor", t("risk.score", lang)),
                 ("periode", t("overview.tooltip.period", lang)),
                 ("status", t("periods.tooltip.status", lang)),
                 ("sumber", t("overview.tooltip.source", lang))],
        legend_title=t("risk.level", lang),
        legend_items=[(RISK_COLOURS[level], t(f"risk.{level}", lang)) for level in RISK_LEVELS],
        no_data_label=t("map.no_data", lang),
        stale=stale_codes(summary),
        stale_label=t("periods.legend.stale", lang),
    )


def not_reported_text(summary: pd.DataFrame, lang: str, period: str | None = None) -> str:
    """Who counts as not reported for the chosen period, older reports named: "Belum melapor
    Triwulan III 2026: Penajam Paser Utara (tampil laporan Triwulan II 2026), ..."; '' if all did."""
    parts = [t("periods.kpi.stale_item", lang, name=regions.get(row.kode).short_name,
               period=fmt_period(row.periode_laporan, lang)) if row.status_laporan == STALE
             else regions.get(row.kode).short_name
             for row in summary.itertuples() if row.status_laporan != CURRENT]
    if not parts or summary.empty:
        return ""
    period = period or summary["periode"].iloc[0]
    return t("periods.kpi.not_reported", lang, period=fmt_period(period, lang),
             names=", ".join(parts))




def summary_table(summary: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The same figures as the map and the key figures, one row per district, formatted."""
    return pd.DataFrame({
        t("district", lang): summary["nama"],
        t("district.code", lang): summary["kode"],
        t("risk.level", lang): summary.apply(level_text, axis=1, lang=lang),
        t("risk.score", lang): summary["skor"].map(lambda v: fmt_number(v, lang)),
        t("overview.col.report_period", lang): summary.apply(_period_label, axis=1, lang=lang)
        .map(or_missing),
        t("overview.col.turnout", lang): summary["partisipasi_total"].map(
            lambda v: fmt_percent(v, lang)),
        t("overview.col.target", lang): summary["target_total"].map(
            lambda v: fmt_percent(v, lang)),
        t("overview.col.gap", lang): summary["selisih_target"].map(
            lambda v: fmt_signed_points(v, lang)),
        t("overview.col.activities", lang): summary["jumlah_kegiatan"].map(
            lambda v: fmt_number(v, lang)),
        t("overview.col.participants", lang): summary["peserta_kegiatan"].map(
            lambda v: fmt_number(v, lang)),
        t("overview.col.source_risk", lang): summary["sumber_risiko"].map(or_missing),
        t("overview.col.source_turnout", lang): [
            provenance.source_text(a, lang) if a is not None else or_missing(v)
            for a, v in zip(summary.get("asal_partisipasi_total", [None] * len(summary)),
                            summary["sumber_partisipasi"])],
    })


def high_risk_names(figures: KeyFigures, lang: str) -> str:
    if not figures.high_risk_codes:
        return t("overview.kpi.high_risk_none", lang)
    return ", ".join(regions.get(code).short_name for code in figures.high_risk_codes)


def turnout_delta(figures: KeyFigures, lang: str) -> str | None:
    if figures.province_turnout is None:
        return None
    gap = figures.province_turnout.value - figures.turnout_target.value
    return t("overview.kpi.turnout_delta", lang, delta=fmt_signed_points(gap, lang),
             target=fmt_percent(figures.turnout_target.value, lang, 0))


def sources_text(figures: KeyFigures, lang: str, risk_sources: set[str],
                 outreach_sources: set[str], *, escape: Callable[[str], str]) -> str:
    """The sources line of the key figures. ``escape`` is the output's own escaping, applied once
    to the file-given sources: ``md_escape`` for a Streamlit caption (markdown), ``str`` for plain
    text that an HTML or PDF writer escapes itself (a markdown-escaped source would show there as
    ``Laporan Kab\\. Paser \\(TW\\-III\\)``)."""
    turnout = figures.province_turnout
    return t(
        "overview.sources", lang,
        risk_source="; ".join(escape(s) for s in sorted(risk_sources)) or MISSING,
        turnout_source=f"{turnout.source} ({turnout.period})" if turnout else MISSING,
        target_source=figures.turnout_target.source,
        outreach_source="; ".join(escape(s) for s in sorted(outreach_sources)) or MISSING,
    )


# --- the public landing page (no access to the internal conflict-risk reports) -----------------

def public_layer(summary: pd.DataFrame, gaps: pd.DataFrame, election: str, period: str,
                 lang: str) -> ThematicLayer:
    """Turnout against target (the participation page's gap classes) with the period's outreach
    activities and participants in the tooltip: the two public datasets on one map."""
    layer = gap_layer(gaps, "total", election, lang)
    activities = summary.set_index("kode")
    layer.values["kegiatan"] = activities["jumlah_kegiatan"].map(lambda v: fmt_number(v, lang))
    layer.values["peserta"] = activities["peserta_kegiatan"].map(lambda v: fmt_number(v, lang))
    layer.name = t("periods.public.map_title", lang)
    label = fmt_period(period, lang)
    layer.tooltip = list(layer.tooltip[:-1]) + [
        ("kegiatan", t("periods.public.activities_in", lang, period=label)),
        ("peserta", t("periods.public.participants_in", lang, period=label)),
        layer.tooltip[-1]]
    return layer


def public_table(summary: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The public columns of the overview table (no conflict-risk figures)."""
    return summary_table(summary, lang).iloc[:, [0, 1, 5, 6, 7, 8, 9, 11]]


def public_sources_text(figures: KeyFigures, lang: str, turnout_sources: set[str],
                        outreach_sources: set[str], *, escape: Callable[[str], str]) -> str:
    """The sources line of the public landing page; ``escape`` as in ``sources_text``."""
    turnout = figures.province_turnout
    return t("periods.public.sources", lang,
             turnout_source=f"{turnout.source} ({turnout.period})" if turnout else MISSING,
             district_source="; ".join(escape(s) for s in sorted(turnout_sources)) or MISSING,
             target_source=figures.turnout_target.source,
             outreach_source="; ".join(escape(s) for s in sorted(outreach_sources)) or MISSING)
