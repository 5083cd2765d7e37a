"""What the outreach page shows: activities as points or counts per tile, coverage of the DPT,
and activities beside risk and the turnout gap."""

from __future__ import annotations

import pandas as pd

from domain.schema import RISK_LEVELS, TARGET_GROUPS
from i18n import fmt_date, t
from indicators.thematic import activity_count_class
from maps.palette import COUNT_COLOURS, RISK_COLOURS, SERIES_COLOURS, class_colour
from maps.thematic import ThematicLayer
from views.drilldown import kecamatan_labels
from views.thematic_common import level_label, number, percent, points

GROUP_COLOURS = dict(zip(TARGET_GROUPS, SERIES_COLOURS + ("#999999",)))


def count_layer(cov: pd.DataFrame, lang: str) -> ThematicLayer:
    values = pd.DataFrame({
        "nama": cov["nama"].values,
        "kegiatan": cov["kegiatan"].map(lambda v: number(v, lang)).values,
        "peserta": cov["peserta_total"].map(lambda v: number(v, lang)).values,
    }, index=cov["kode"].values)
    colour = pd.Series([class_colour(activity_count_class(int(n)), COUNT_COLOURS)
                        for n in cov["kegiatan"]], index=cov["kode"].values)
    labels = ["0", "1–2", "3–5", "6–10", "> 10"]
    return ThematicLayer(
        name=t("outreach_page.map_title", lang), values=values, colour=colour,
        tooltip=[("nama", t("district", lang)), ("kegiatan", t("outreach_page.activities", lang)),
                 ("peserta", t("outreach_page.reached", lang))],
        legend_title=t("outreach_page.count_legend", lang),
        legend_items=list(zip(COUNT_COLOURS, labels)),
    )


def activity_points(acts: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, list]:
    frame = pd.DataFrame({
        "lat": acts["lat"].astype(float).values, "lon": acts["lon"].astype(float).values,
        "_colour": acts["sasaran"].map(GROUP_COLOURS).fillna("#999999").values,
        "tanggal": acts["tanggal"].map(lambda d: fmt_date(d, lang)).values,
        "jenis": acts["jenis_kegiatan"].map(lambda v: t(f"activity.{v}", lang)).values,
        "sasaran": acts["sasaran"].map(lambda v: t(f"group.{v}", lang)).values,
        "peserta": acts["peserta_total"].map(lambda v: number(v, lang)).values,
        "penyelenggara": acts["penyelenggara"].values,
        "kecamatan": kecamatan_labels(acts, lang),  # name; "perkiraan dari koordinat"
        "sumber": acts["sumber"].values,
    })
    fields = [("tanggal", t("outreach_page.date", lang)), ("jenis", t("outreach_page.type", lang)),
              ("kecamatan", t("grain.tooltip.kecamatan", lang)),
              ("sasaran", t("outreach_page.group", lang)),
              ("peserta", t("outreach_page.reached", lang)),
              ("penyelenggara", t("outreach_page.organiser", lang)),
              ("sumber", t("source.label", lang))]
    return frame, fields


def group_legend_items(lang: str) -> list[tuple[str, str]]:
    return [(GROUP_COLOURS[g], t(f"group.{g}", lang)) for g in TARGET_GROUPS]


def coverage_table(cov: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame({
        t("district", lang): cov["nama"],
        t("outreach_page.activities", lang): cov["kegiatan"].map(lambda v: number(v, lang)),
        t("outreach_page.reached", lang): cov["peserta_total"].map(lambda v: number(v, lang)),
        t("outreach_page.coverage_total", lang): cov["cakupan_total"].map(
            lambda v: percent(v, lang, 2)),
        t("outreach_page.reached_women", lang): cov["peserta_perempuan"].map(
            lambda v: number(v, lang)),
        t("outreach_page.coverage_women", lang): cov["cakupan_perempuan"].map(
            lambda v: percent(v, lang, 2)),
        t("outreach_page.reached_first", lang): cov["peserta_pemilih_pemula"].map(
            lambda v: number(v, lang)),
        t("outreach_page.coverage_first", lang): cov["cakupan_pemilih_pemula"].map(
            lambda v: percent(v, lang, 2)),
    })


def needs_table(needs: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame({
        t("district", lang): needs["nama"],
        t("outreach_page.activities", lang): needs["kegiatan"].map(lambda v: number(v, lang)),
        t("outreach_page.reached", lang): needs["peserta_total"].map(lambda v: number(v, lang)),
        t("risk.level", lang): needs["tingkat_rawan"].map(lambda v: level_label(v, lang)),
        t("risk.score", lang): needs["skor"].map(lambda v: number(v, lang)),
        t("participation_page.gap", lang): needs["selisih_total"].map(lambda v: points(v, lang)),
    })


def scatter_data(needs: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, list[str], list[str]]:
    data = needs[needs["skor"].notna() & needs["selisih_total"].notna()].copy()
    data["skor"] = data["skor"].astype(float)
    data["selisih_total"] = data["selisih_total"].astype(float)
    data["tingkat"] = data["tingkat_rawan"].map(lambda v: level_label(v, lang))
    domain = [level_label(v, lang) for v in RISK_LEVELS]
    return data, domain, [RISK_COLOURS[v] for v in RISK_LEVELS]
