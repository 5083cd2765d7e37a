"""What Pemantauan Orang Asing shows, as plain data: per kab/kota and period the foreigners reported
by purpose and the foreign institutions active, on a map (total foreigners, five fixed classes) and
in a table, with the source line."""

from __future__ import annotations

import pandas as pd

from domain import regions
from domain.schema import FOREIGNER_PURPOSES
from i18n import MISSING, fmt_number, fmt_period, is_missing, t
from maps.palette import COUNT_COLOURS
from maps.thematic import ThematicLayer

PURPOSE_COLUMNS = tuple(f"orang_asing_{p}" for p in FOREIGNER_PURPOSES)
# Upper bounds of the classes of total foreigners per period: fixed, so a map of one period reads
# like the map of another (classes by quantile would shift with the data).
TOTAL_BREAKS = (10, 50, 100, 200)


def periods(frame: pd.DataFrame) -> list[str]:
    from indicators.figures import period_sort_key

    return sorted({p for p in frame["periode"].dropna() if p}, key=period_sort_key)


def in_period(frame: pd.DataFrame, period: str) -> pd.DataFrame:
    rows = frame[frame["periode"] == period].copy()
    rows["total"] = rows[list(PURPOSE_COLUMNS)].fillna(0).sum(axis=1).astype(int)
    return rows.set_index("kab_kota")


def total_class(total: int) -> int:
    return sum(total > bound for bound in TOTAL_BREAKS)


def legend_labels(lang: str) -> list[str]:
    bounds = (0, *TOTAL_BREAKS)
    labels = [f"{fmt_number(low + (i > 0), lang)}–{fmt_number(high, lang)}"
              for i, (low, high) in enumerate(zip(bounds, bounds[1:]))]
    return labels + [t("foreigners.legend.more", lang, n=fmt_number(TOTAL_BREAKS[-1], lang))]


def foreigners_layer(frame: pd.DataFrame, period: str, lang: str) -> ThematicLayer:
    rows = in_period(frame, period)
    codes = [c for c in regions.codes() if c in rows.index]
    values = pd.DataFrame({
        "nama": [regions.get(c).label for c in codes],
        "total": [fmt_number(int(rows.at[c, "total"]), lang) for c in codes],
        "lembaga": [fmt_number(rows.at[c, "lembaga_asing"], lang) for c in codes],
        "sumber": [str(rows.at[c, "sumber"]) for c in codes],
    }, index=codes)
    colour = pd.Series([COUNT_COLOURS[total_class(int(rows.at[c, "total"]))] for c in codes],
                       index=codes, dtype=object)
    return ThematicLayer(
        name=t("foreigners.title", lang), values=values, colour=colour,
        tooltip=[("nama", t("district", lang)), ("total", t("foreigners.col.total", lang)),
                 ("lembaga", t("foreigners.col.institutions", lang)),
                 ("sumber", t("foreigners.col.source", lang))],
        legend_title=t("foreigners.legend", lang, period=fmt_period(period, lang)),
        legend_items=list(zip(COUNT_COLOURS, legend_labels(lang))),
        no_data_label=t("foreigners.no_report", lang),
    )


def foreigners_table(frame: pd.DataFrame, period: str, lang: str) -> pd.DataFrame:
    rows = in_period(frame, period)
    codes = [c for c in regions.codes() if c in rows.index]
    table = {t("district", lang): [regions.get(c).official_name for c in codes]}
    for purpose, column in zip(FOREIGNER_PURPOSES, PURPOSE_COLUMNS):
        table[t(f"foreigners.purpose.{purpose}", lang)] = [
            fmt_number(rows.at[c, column], lang) for c in codes]
    table[t("foreigners.col.total", lang)] = [fmt_number(int(rows.at[c, "total"]), lang)
                                              for c in codes]
    table[t("foreigners.col.institutions", lang)] = [fmt_number(rows.at[c, "lembaga_asing"], lang)
                                                     for c in codes]
    table[t("foreigners.col.note", lang)] = [
        MISSING if is_missing(rows.at[c, "catatan"]) or not rows.at[c, "catatan"]
        else str(rows.at[c, "catatan"]) for c in codes]
    return pd.DataFrame(table)


def source_text(frame: pd.DataFrame, period: str, lang: str) -> str:
    rows = frame[frame["periode"] == period]
    sources = "; ".join(sorted({str(s) for s in rows["sumber"] if not is_missing(s) and s})) or MISSING
    missing = [regions.get(c).official_name for c in regions.codes()
               if c not in set(rows["kab_kota"])]
    text = t("source.line", lang, source=sources, period=fmt_period(period, lang))
    if missing:
        text += " " + t("foreigners.not_reported", lang, names=", ".join(missing))
    return text
