"""What the participation page shows: the gap layer, targets vs achieved, DPT composition, the
comparison between elections and the published reference figures."""

from __future__ import annotations

import pandas as pd

from i18n import MISSING, fmt_number, fmt_percent, is_missing, t
from indicators.thematic import GAP_BREAKS, GROUPS, gap_class
from loaders import reference
from maps.palette import GAP_COLOURS, SERIES_COLOURS, class_colour
from maps.thematic import ThematicLayer
from storage.published import FigureSource
from views import provenance
from views.thematic_common import group_label, number, percent, points


def gap_legend_items(lang: str) -> list[tuple[str, str]]:
    edges = list(GAP_BREAKS)
    labels = [t("participation_page.gap.below", lang, points=fmt_number(-edges[0], lang))]
    for lo, hi in zip(edges[:-1], edges[1:]):
        labels.append(t("participation_page.gap.between", lang,
                        low=f"{lo:+g}".replace("-", "−"), high=f"{hi:+g}".replace("-", "−")))
    labels.append(t("participation_page.gap.above", lang, points=fmt_number(edges[-1], lang)))
    return list(zip(GAP_COLOURS, labels))


def gap_layer(gaps: pd.DataFrame, group: str, election: str, lang: str) -> ThematicLayer:
    column = f"selisih_{group}"
    values = pd.DataFrame({
        "nama": gaps["nama"].values,
        "capaian": gaps[f"partisipasi_{group}"].map(lambda v: percent(v, lang)).values,
        "target": gaps[f"target_{group}"].map(lambda v: percent(v, lang)).values,
        "selisih": gaps[column].map(lambda v: points(v, lang)).values,
        "sumber": [provenance.source_text(s, lang) for s in gaps[f"asal_partisipasi_{group}"]],
        "sumber_target": [provenance.source_text(s, lang) for s in gaps[f"asal_target_{group}"]],
    }, index=gaps["kode"].values)
    colour = pd.Series([None if is_missing(v) else class_colour(gap_class(v), GAP_COLOURS)
                        for v in gaps[column]], index=gaps["kode"].values).dropna()
    return ThematicLayer(
        name=t("participation_page.map_title", lang),
        values=values, colour=colour,
        tooltip=[("nama", t("district", lang)),
                 ("capaian", t("participation_page.achieved", lang)),
                 ("target", t("participation_page.target", lang)),
                 ("selisih", t("participation_page.gap", lang)),
                 ("sumber", t("published.source.achieved", lang)),
                 ("sumber_target", t("published.source.target", lang))],
        legend_title=t("participation_page.gap_legend", lang, group=group_label(group, lang),
                       election=election),
        legend_items=gap_legend_items(lang),
        no_data_label=t("map.no_data", lang),
    )


def targets_table(gaps: pd.DataFrame, lang: str) -> pd.DataFrame:
    out = pd.DataFrame({t("district", lang): gaps["nama"]})
    for g in GROUPS:
        name = group_label(g, lang)
        out[f"{name} · {t('participation_page.target', lang)}"] = gaps[f"target_{g}"].map(
            lambda v: percent(v, lang))
        out[f"{name} · {t('participation_page.achieved', lang)}"] = gaps[
            f"partisipasi_{g}"].map(lambda v: percent(v, lang))
        out[f"{name} · {t('participation_page.gap', lang)}"] = gaps[f"selisih_{g}"].map(
            lambda v: points(v, lang))
        out[f"{name} · {t('published.source.achieved', lang)}"] = [
            provenance.source_text(s, lang) for s in gaps[f"asal_partisipasi_{g}"]]
    out[t("published.source.target", lang)] = [
        " / ".join(provenance.source_texts(row, lang)) or MISSING
        for row in zip(*(gaps[f"asal_target_{g}"] for g in GROUPS))]
    return out


DPT_PARTS = ("perempuan", "laki_laki")


def dpt_chart_data(composition: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, list[str]]:
    data = composition[composition["bagian"].isin(DPT_PARTS)].copy()
    labels = {"perempuan": t("group.perempuan", lang),
              "laki_laki": t("participation_page.men", lang)}
    data["bagian_label"] = data["bagian"].map(labels)
    return data, [labels[p] for p in DPT_PARTS]


def dpt_table(composition: pd.DataFrame, lang: str) -> pd.DataFrame:
    wide = composition.pivot_table(index="nama_pendek", columns="bagian", values=["jumlah",
                                                                                 "persen"],
                                   aggfunc="first", sort=False)

    def cell(name: str, part: str) -> str:
        if ("jumlah", part) not in wide.columns or is_missing(wide.at[name, ("jumlah", part)]):
            return MISSING
        return (f"{fmt_number(wide.at[name, ('jumlah', part)], lang)} "
                f"({fmt_percent(wide.at[name, ('persen', part)], lang)})")

    def sources(name: str) -> str:
        rows = composition[composition["nama_pendek"] == name]
        total = rows["asal_total"].iloc[0] if len(rows) else None
        parts = [f"{t('published.col.dpt_total', lang)}: "
                 f"{provenance.source_text(total, lang, provenance.count_text)}"]
        for part in ("perempuan", "pemilih_pemula"):
            own = rows.loc[rows["bagian"] == part, "asal"]
            if len(own) and own.iloc[0] is not total:
                parts.append(f"{t(f'published.col.dpt_{part}', lang)}: "
                             f"{provenance.source_text(own.iloc[0], lang, provenance.count_text)}")
        return "; ".join(parts)

    return pd.DataFrame([{t("district", lang): name,
                          t("group.perempuan", lang): cell(name, "perempuan"),
                          t("participation_page.men", lang): cell(name, "laki_laki"),
                          t("group.pemilih_pemula", lang): cell(name, "pemilih_pemula"),
                          t("published.source.dpt", lang): sources(name)}
                         for name in wide.index])




def comparison_data(comparison: pd.DataFrame) -> tuple[pd.DataFrame, list[str], list[str]]:
    order = list(dict.fromkeys(comparison["pemilihan"]))
    return comparison, order, list(SERIES_COLOURS[:len(order)])


def reference_lines(lang: str) -> list[str]:
    lines = []
    for election, figure in reference.PROVINCE_TURNOUT.items():
        lines.append(t("participation_page.reference.turnout", lang, election=election,
                       value=fmt_percent(figure.value, lang, 2),
                       source=provenance.source_text(_as_source(figure), lang)))
    target = reference.PROVINCE_TURNOUT_TARGET
    lines.append(t("participation_page.reference.target", lang, period=target.period,
                   value=fmt_percent(target.value, lang, 0), source=target.source))
    for election, figure in reference.PROVINCE_DPT.items():
        lines.append(t("participation_page.reference.dpt", lang, election=election,
                       value=fmt_number(figure.value, lang),
                       source=provenance.source_text(_as_source(figure), lang,
                                                     provenance.count_text)))
    return lines


def _as_source(figure: reference.ReferenceFigure) -> FigureSource:
    return FigureSource(figure.source, figure.period, figure.url, figure.confidence,
                        figure.alternatives, value=figure.value)


def published_district_rows(gaps: pd.DataFrame) -> pd.DataFrame:
    """Districts whose turnout figure has a source of its own (not DATA CONTOH)."""
    sourced = gaps["asal_partisipasi_total"].map(lambda s: s is not None and not s.is_demo)
    return gaps[sourced.astype(bool) & gaps["partisipasi_total"].notna()]


def published_table(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame({
        t("district", lang): rows["nama"],
        t("participation_page.achieved", lang): [
            provenance.figure_text(v, s, lang) for v, s in zip(rows["partisipasi_total"],
                                                              rows["asal_partisipasi_total"])],
        t("source.label", lang): [provenance.source_text(s, lang)
                                  for s in rows["asal_partisipasi_total"]],
    })


def dpt_total_text(gaps: pd.DataFrame, lang: str) -> str:
    return number(gaps["dpt_total"].sum(skipna=True), lang)
