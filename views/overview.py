"""What the overview page shows, as plain data: the map's layer, the table, the source line."""

from __future__ import annotations

from typing import Callable

import pandas as pd

from i18n import fmt_number, fmt_percent, fmt_period, fmt_signed_points, t
from loaders import regions
from loaders.indicators import KeyFigures
from maps.palette import RISK_COLOURS, risk_colour
from maps.thematic import MapFrame, ThematicLayer
from loaders.schema import RISK_LEVELS


def _period_label(row: pd.Series, lang: str) -> object:
    if pd.isna(row["periode_laporan"]):
        return pd.NA
    label = fmt_period(row["periode_laporan"], lang)
    return label if row["laporan_terkini"] else t("overview.not_current", lang, period=label)


def risk_layer(summary: pd.DataFrame, lang: str) -> ThematicLayer:
    """The overview map's layer: colour by latest level, tooltip with name, level, score, period
    and source."""
    values = pd.DataFrame({
        "nama": summary["nama"],
        "tingkat": summary["tingkat_rawan"].map(
            lambda v: t(f"risk.{v}", lang) if pd.notna(v) else pd.NA),
        "skor": summary["skor"].map(lambda v: fmt_number(v, lang) if pd.notna(v) else pd.NA),
        "periode": summary.apply(_period_label, axis=1, lang=lang),
        "sumber": summary["sumber_risiko"],
    })
    values.index = summary["kode"]
    colour = pd.Series([risk_colour(v) if pd.notna(v) else None
                        for v in summary["tingkat_rawan"]], index=summary["kode"]).dropna()
    return ThematicLayer(
        name=t("overview.map_title", lang),
        values=values,
        colour=colour,
        tooltip=[("nama", t("district", lang)), ("tingkat", t("risk.level", lang)),
                 ("skor", t("risk.score", lang)), ("periode", t("overview.tooltip.period", lang)),
                 ("sumber", t("overview.tooltip.source", lang))],
        legend_title=t("risk.level", lang),
        legend_items=[(RISK_COLOURS[level], t(f"risk.{level}", lang)) for level in RISK_LEVELS],
        no_data_label=t("map.no_data", lang),
    )


def map_frame(lang: str, schematic: bool, demo: bool, attribution: str = "") -> MapFrame:
    return MapFrame(
        notices=[t("map.schematic_notice", lang)] if schematic else [],
        warnings=[t("demo.map_label", lang)] if demo else [],
        attribution=attribution,
    )


def summary_table(summary: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The same figures as the map and the key figures, one row per district, formatted."""
    return pd.DataFrame({
        t("district", lang): summary["nama"],
        t("district.code", lang): summary["kode"],
        t("risk.level", lang): summary["tingkat_rawan"].map(
            lambda v: t(f"risk.{v}", lang) if pd.notna(v) else t("map.no_data", lang)),
        t("risk.score", lang): summary["skor"].map(lambda v: fmt_number(v, lang)
                                                    if pd.notna(v) else "–"),
        t("overview.col.report_period", lang): summary.apply(_period_label, axis=1, lang=lang)
        .fillna("–"),
        t("overview.col.turnout", lang): summary["partisipasi_total"].map(
            lambda v: fmt_percent(v, lang) if pd.notna(v) else "–"),
        t("overview.col.target", lang): summary["target_total"].map(
            lambda v: fmt_percent(v, lang) if pd.notna(v) else "–"),
        t("overview.col.gap", lang): summary["selisih_target"].map(
            lambda v: fmt_signed_points(v, lang) if pd.notna(v) else "–"),
        t("overview.col.activities", lang): summary["jumlah_kegiatan"].map(
            lambda v: fmt_number(v, lang)),
        t("overview.col.participants", lang): summary["peserta_kegiatan"].map(
            lambda v: fmt_number(v, lang)),
        t("overview.col.source_risk", lang): summary["sumber_risiko"].fillna("–"),
        t("overview.col.source_turnout", lang): summary["sumber_partisipasi"].fillna("–"),
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
        risk_source="; ".join(escape(s) for s in sorted(risk_sources)) or "–",
        turnout_source=f"{turnout.source} ({turnout.period})" if turnout else "–",
        target_source=figures.turnout_target.source,
        outreach_source="; ".join(escape(s) for s in sorted(outreach_sources)) or "–",
    )
