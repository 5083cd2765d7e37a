"""A figure's source as pages, maps, slides and the PDF show it: the source, its period, the
confidence stated, and the other values disagreeing sources give ("69,18 % (KPU Kaltim);
sumber lain: 69,44 %"); and which figures of a page are DATA CONTOH."""

from __future__ import annotations

from typing import Callable, Iterable

import pandas as pd

from i18n import MISSING, fmt_number, fmt_percent, is_missing, t
from storage.published import DEMO_SOURCE, FigureSource, figure_source

Formatter = Callable[[float, str], str]

# The figure columns of the participation data, in the order the banner names them.
PARTICIPATION_FIGURES: tuple[str, ...] = (
    "dpt_total", "dpt_perempuan", "dpt_pemilih_pemula", "partisipasi_total",
    "partisipasi_perempuan", "partisipasi_pemilih_pemula", "target_total", "target_perempuan",
    "target_pemilih_pemula")


def percent_text(value: float, lang: str) -> str:
    return fmt_percent(value, lang, 2)


def count_text(value: float, lang: str) -> str:
    return fmt_number(value, lang)


def formatter_for(column: str) -> Formatter:
    return count_text if column.startswith("dpt_") else percent_text


def confidence_text(level: str, lang: str) -> str:
    key = f"published.confidence.{level}"
    shown = t(key, lang)
    shown = level if shown == key else shown  # a level the catalogue does not know, as written
    return t("published.confidence", lang, level=shown)


def others_text(source: FigureSource, lang: str, fmt: Formatter = percent_text) -> str:
    """'sumber lain: 69,44 % (Radar Balikpapan)'; '' when no source disagrees with a value."""
    if not source.alternatives:
        return ""
    values = "; ".join(f"{fmt(value, lang)} ({name})" if name else fmt(value, lang)
                       for value, name in source.alternatives)
    return t("published.other_sources", lang, values=values)


def source_text(source: FigureSource | None, lang: str, fmt: Formatter = percent_text) -> str:
    """The source of one figure, with its period, confidence and disagreeing sources."""
    if source is None:
        return MISSING
    if source.is_demo:
        return t("demo.map_label", lang)
    parts = [source.source or MISSING]
    if source.period:
        parts.append(source.period)
    if source.confidence:
        parts.append(confidence_text(source.confidence, lang))
    text = " · ".join(parts)
    others = others_text(source, lang, fmt)
    return f"{text}; {others}" if others else text


def figure_text(value: object, source: FigureSource | None, lang: str,
                fmt: Formatter = percent_text) -> str:
    """'69,18 % (KPU Kaltim); sumber lain: 69,44 % (…)': a value with its source."""
    if is_missing(value):
        return MISSING
    shown = fmt(float(value), lang)
    if source is None:
        return shown
    if source.is_demo:
        return f"{shown} ({t('demo.map_label', lang)})"
    others = others_text(source, lang, fmt)
    return f"{shown} ({source.source})" + (f"; {others}" if others else "")


def source_texts(sources: Iterable[FigureSource | None], lang: str,
                 fmt: Formatter = percent_text) -> list[str]:
    """The distinct source texts of several figures, in order of first appearance."""
    return list(dict.fromkeys(source_text(s, lang, fmt) for s in sources
                              if isinstance(s, FigureSource)))


def invented_figures(dataset: str, frame: pd.DataFrame, lang: str) -> list[str]:
    """What the banner names as DATA CONTOH in a dataset: per figure column of the participation
    data, the share of its figures with no published source; for the other datasets, their rows
    whose source is DATA CONTOH (all, some "n of m", or none: the ikp default is published)."""
    rows = frame.to_dict("records")
    if dataset != "participation":
        demo = sum(DEMO_SOURCE in str(row.get("sumber", "")).upper() for row in rows)
        label = t(f"dataset.{dataset}", lang)
        if not demo:
            return []
        return [t("published.banner.all", lang, dataset=label) if demo == len(rows) else
                t("published.banner.some", lang, figure=label, count=demo, total=len(rows))]
    named = []
    for column in PARTICIPATION_FIGURES:
        sources = [figure_source(dataset, row, column) for row in rows]
        present = [s for s in sources if s is not None]
        demo = sum(s.is_demo for s in present)
        if not demo:
            continue
        label = t(f"published.col.{column}", lang)
        named.append(label if demo == len(present) else
                     t("published.banner.some", lang, figure=label, count=demo,
                       total=len(present)))
    return named


def frame_sources(dataset: str, frame: pd.DataFrame,
                  columns: Iterable[str] = PARTICIPATION_FIGURES) -> list[str]:
    """The sources of a dataset's figures in ``columns`` (short names, once each), for a
    caption's source line: the published sources and DATA CONTOH of the default, the rows'
    ``sumber`` of uploads. Datasets without per-figure sources give their rows' ``sumber``."""
    if dataset != "participation":
        return list(dict.fromkeys(str(v) for v in frame.get("sumber", []) if not is_missing(v)))
    found = (figure_source(dataset, row, column) for row in frame.to_dict("records")
             for column in columns)
    return list(dict.fromkeys(s.source for s in found if s is not None and s.source))
