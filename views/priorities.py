"""What the priority page shows: the composite layer, the ranking and the formula in words."""

from __future__ import annotations

import pandas as pd

from i18n import MISSING, fmt_number, t
from indicators.thematic import GAP_CAP_POINTS, Weights
from maps.palette import PRIORITY_COLOURS, class_colour
from maps.thematic import ThematicLayer
from views.thematic_common import number, percent

CLASS_LABELS = ("0–20", "20–40", "40–60", "60–80", "80–100")


def priority_layer(ranked: pd.DataFrame, lang: str) -> ThematicLayer:
    values = pd.DataFrame({
        "nama": ranked["nama"].values,
        "peringkat": ranked["peringkat"].map(lambda v: number(v, lang)).values,
        "komposit": ranked["skor_komposit"].map(lambda v: number(v, lang, 1)).values,
        "risiko": ranked["komponen_risiko"].map(lambda v: number(v, lang, 1)).values,
        "partisipasi": ranked["komponen_partisipasi"].map(lambda v: number(v, lang, 1)).values,
        "sosialisasi": ranked["komponen_sosialisasi"].map(lambda v: number(v, lang, 1)).values,
    }, index=ranked["kode"].values)
    colour = pd.Series([class_colour(k, PRIORITY_COLOURS) if k is not None else None
                        for k in ranked["kelas"]], index=ranked["kode"].values).dropna()
    return ThematicLayer(
        name=t("priority_page.map_title", lang), values=values, colour=colour,
        tooltip=[("nama", t("district", lang)), ("peringkat", t("priority_page.rank", lang)),
                 ("komposit", t("priority_page.composite", lang)),
                 ("risiko", t("priority_page.c_risk", lang)),
                 ("partisipasi", t("priority_page.c_gap", lang)),
                 ("sosialisasi", t("priority_page.c_coverage", lang))],
        legend_title=t("priority_page.composite", lang),
        legend_items=list(zip(PRIORITY_COLOURS, CLASS_LABELS)),
        no_data_label=t("map.no_data", lang),
    )


def ranking_table(ranked: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame({
        t("priority_page.rank", lang): ranked["peringkat"].map(lambda v: number(v, lang)),
        t("district", lang): ranked["nama"],
        t("priority_page.composite", lang): ranked["skor_komposit"].map(
            lambda v: number(v, lang, 1)),
        t("priority_page.c_risk", lang): ranked["komponen_risiko"].map(
            lambda v: number(v, lang, 1)),
        t("priority_page.c_gap", lang): ranked["komponen_partisipasi"].map(
            lambda v: number(v, lang, 1)),
        t("priority_page.c_coverage", lang): ranked["komponen_sosialisasi"].map(
            lambda v: number(v, lang, 1)),
        t("priority_page.raw_coverage", lang): ranked["cakupan_total"].map(
            lambda v: percent(v, lang, 2)),
        t("priority_page.complete", lang): ranked["lengkap"].map(
            lambda v: t("priority_page.yes", lang) if v else t("priority_page.no", lang)),
    })


def chart_data(ranked: pd.DataFrame) -> tuple[pd.DataFrame, list[str], list[str]]:
    data = ranked[ranked["skor_komposit"].notna()].copy()
    data["skor_komposit"] = data["skor_komposit"].astype(float)
    data["kelas_label"] = data["kelas"].map(lambda k: CLASS_LABELS[k])
    return data, list(CLASS_LABELS), list(PRIORITY_COLOURS)


def formula_markdown(weights: Weights, lang: str, election: str, period_label: str) -> str:
    total = weights.risk + weights.gap + weights.coverage
    share = (lambda w: fmt_number(100 * w / total, lang, 0) + "%") if total else (lambda w: MISSING)
    return t("priority_page.formula", lang,
             w_risk=fmt_number(weights.risk, lang), w_gap=fmt_number(weights.gap, lang),
             w_cov=fmt_number(weights.coverage, lang), s_risk=share(weights.risk),
             s_gap=share(weights.gap), s_cov=share(weights.coverage),
             cap=fmt_number(GAP_CAP_POINTS, lang), election=election, period=period_label)
