"""What the conflict-risk page shows: the change layer, categories, trend data, incident points
and the IKP reference, formatted for one language."""

from __future__ import annotations

import pandas as pd

from domain.schema import CONFLICT_CATEGORIES, RISK_LEVELS, VERIFICATION_STATUSES
from i18n import MISSING, fmt_date, fmt_number, fmt_period, is_missing, t
from indicators.thematic import CHANGES
from maps.palette import CHANGE_COLOURS, SERIES_COLOURS
from maps.thematic import ThematicLayer
from storage.published import FigureSource
from views import provenance
from views.drilldown import kecamatan_labels
from views.thematic_common import category_label, level_label, number

STATUS_COLOURS = dict(zip(VERIFICATION_STATUSES, (SERIES_COLOURS[1], SERIES_COLOURS[0],
                                                  "#999999")))


def change_layer(change: pd.DataFrame, lang: str, period: str, previous: str) -> ThematicLayer:
    values = pd.DataFrame({
        "nama": change["nama"].values,
        "sebelum": [f"{level_label(lv, lang)} ({number(s, lang)})" if isinstance(lv, str)
                    else t("map.no_data", lang)
                    for lv, s in zip(change["tingkat_sebelum"], change["skor_sebelum"])],
        "kini": [f"{level_label(lv, lang)} ({number(s, lang)})" if isinstance(lv, str)
                 else t("map.no_data", lang)
                 for lv, s in zip(change["tingkat_kini"], change["skor_kini"])],
        "perubahan": [t(f"thematic.change.{c}", lang) if isinstance(c, str) else pd.NA
                      for c in change["perubahan"]],
    }, index=change["kode"].values)
    colour = pd.Series([CHANGE_COLOURS.get(c) if isinstance(c, str) else None
                        for c in change["perubahan"]],
                       index=change["kode"].values).dropna()
    return ThematicLayer(
        name=t("risk_page.change_title", lang),
        values=values, colour=colour,
        tooltip=[("nama", t("district", lang)),
                 # not the periods' names: they are in the map's title, and a tooltip that
                 # stays the same lets a period change recolour the map in place
                 ("sebelum", t("risk_page.change.before", lang)),
                 ("kini", t("risk_page.change.now", lang)),
                 ("perubahan", t("risk_page.change", lang))],
        legend_title=t("risk_page.change_legend", lang, previous=fmt_period(previous, lang)),
        legend_items=[(CHANGE_COLOURS[c], t(f"thematic.change.{c}", lang)) for c in CHANGES],
        no_data_label=t("risk_page.no_comparison", lang),
    )


def category_table(categories: pd.DataFrame, names: pd.Series, lang: str) -> pd.DataFrame:
    """District × category, ✓ where reported; only categories someone reported."""
    present = [c for c in CONFLICT_CATEGORIES if c in set(categories["kategori"])]
    rows = []
    for code, name in names.items():
        own = set(categories.loc[categories["kode"] == code, "kategori"])
        row = {t("district", lang): name}
        row.update({category_label(c, lang): ("✓" if c in own else "") for c in present})
        rows.append(row)
    return pd.DataFrame(rows)


def category_chart_data(categories: pd.DataFrame, lang: str) -> pd.DataFrame:
    return categories.assign(kategori_label=categories["kategori"].map(
        lambda c: category_label(c, lang)))


def trend_data(history: pd.DataFrame, lang: str) -> pd.DataFrame:
    return history.assign(periode_label=history["periode"].map(lambda p: fmt_period(p, lang)))


def level_labels(lang: str) -> dict[str, str]:
    return {level: level_label(level, lang) for level in RISK_LEVELS}


def incident_points(incidents: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, list]:
    """Rows for maps.points (lat, lon, _colour, display columns) and the popup fields. The
    description is an internal column: it stays off the map until access control exists."""
    frame = pd.DataFrame({
        "lat": incidents["lat"].astype(float).values,
        "lon": incidents["lon"].astype(float).values,
        "_colour": incidents["status_verifikasi"].map(STATUS_COLOURS).fillna("#999999").values,
        "tanggal": incidents["tanggal"].map(lambda d: fmt_date(d, lang)).values,
        "kategori": incidents["kategori"].map(lambda c: category_label(c, lang)).values,
        "status": incidents["status_verifikasi"].map(
            lambda s: t(f"thematic.verification.{s}", lang)).values,
        "kecamatan": kecamatan_labels(incidents, lang),  # name; "perkiraan dari koordinat"
        "korban": incidents["korban"].map(lambda v: number(v, lang)).values,
        "sumber": incidents["sumber"].values,
    })
    fields = [("tanggal", t("risk_page.incident.date", lang)),
              ("kategori", t("risk_page.incident.category", lang)),
              ("status", t("risk_page.incident.status", lang)),
              ("kecamatan", t("risk_page.incident.kecamatan", lang)),
              ("korban", t("risk_page.incident.victims", lang)),
              ("sumber", t("source.label", lang))]
    return frame, fields


def status_legend_items(lang: str) -> list[tuple[str, str]]:
    # Only verified incidents are published (domain.field_reports.published): one entry.
    return [(STATUS_COLOURS[s], t(f"thematic.verification.{s}", lang)) for s in ("diverifikasi",)]


def ikp_display(ikp: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The IKP table: each score with its source, period, confidence and the values disagreeing
    sources give ("51,48; sumber lain: 51,28 (Pjs Bupati Kukar …)")."""
    def score(value, alternatives) -> str:
        shown = fmt_number(value, lang, 2)
        if is_missing(value) or not alternatives:
            return shown
        return f"{shown}; " + provenance.others_text(
            FigureSource("", alternatives=tuple(alternatives)), lang,
            lambda v, language: fmt_number(v, language, 2))

    alternatives = ikp["alternatif"] if "alternatif" in ikp else [()] * len(ikp)
    confidence = ikp["keyakinan"] if "keyakinan" in ikp else [""] * len(ikp)
    return pd.DataFrame({
        t("risk_page.ikp.area", lang): ikp["wilayah"],
        t("risk_page.ikp.category", lang): [
            t(f"thematic.ikp.{c}", lang) + (" *" if implied else "")
            for c, implied in zip(ikp["kategori"], ikp["tersirat"])],
        t("risk_page.ikp.score", lang): [score(v, a) for v, a in zip(ikp["skor"], alternatives)],
        t("source.period", lang): ikp["periode"],
        t("source.label", lang): [t(key, lang) if isinstance(key, str) and key else source
                                  for key, source in zip(ikp.get("sumber_id", [""] * len(ikp)),
                                                         ikp["sumber"])],
        t("published.ikp.confidence", lang): [
            t(f"published.confidence.{c}", lang) if c else MISSING for c in confidence],
    })


def ikp_dimensions_text(ikp: pd.DataFrame, lang: str) -> str:
    """The province's dimension scores, '' when none is known."""
    from loaders.reference import IKP_DIMENSIONS

    province = ikp[ikp["kode"] == "64"]
    if province.empty:
        return ""
    row = province.iloc[0]
    values = [f"{t(f'published.ikp.dimension.{key}', lang)} "
              f"{fmt_number(row[f'dimensi_{key}'], lang, 2)}" for key, _ in IKP_DIMENSIONS
              if f"dimensi_{key}" in row and not is_missing(row[f"dimensi_{key}"])]
    return t("published.ikp.dimensions", lang, values="; ".join(values)) if values else ""


def ikp_table_height(rows: int) -> int:
    """Pixels for st.dataframe to show every row and the header with no inner scroll (the IKP
    table's 11th row, the province, was hidden below the fold)."""
    return (rows + 1) * 35 + 3


def ikp_scale_text(lang: str) -> str:
    from loaders.reference import IKP_KAB_KOTA_THRESHOLDS, IKP_PROVINCE_THRESHOLDS

    def ranges(thresholds):
        return "; ".join(f"{t(f'thematic.ikp.{c}', lang)} {fmt_number(lo, lang, 2)}–"
                         f"{fmt_number(hi, lang, 2)}" for c, lo, hi in thresholds)
    return t("risk_page.ikp.scale", lang, kab=ranges(IKP_KAB_KOTA_THRESHOLDS),
             prov=ranges(IKP_PROVINCE_THRESHOLDS))
