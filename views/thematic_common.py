"""Formatting shared by the thematic pages: labels of levels and groups, source lines, the
frame around a map. Pure functions, no Streamlit."""

from __future__ import annotations

from typing import Iterable

from i18n import MISSING, fmt_number, fmt_percent, fmt_signed_points, is_missing, t
from maps.thematic import MapFrame
from views.text import md_escape


def level_label(level: object, lang: str) -> str:
    return t(f"risk.{level}", lang) if isinstance(level, str) and not is_missing(level) else MISSING


def category_label(category: object, lang: str) -> str:
    return t(f"category.{category}", lang) if isinstance(category, str) and not is_missing(category) \
        else MISSING


def group_label(group: str, lang: str) -> str:
    """'total' is everyone; the other groups share the schema's vocabulary."""
    return t("thematic.group.total", lang) if group == "total" else t(f"group.{group}", lang)


def number(value: object, lang: str, decimals: int | None = None) -> str:
    return MISSING if is_missing(value) else fmt_number(float(value), lang, decimals)


def percent(value: object, lang: str, decimals: int = 1) -> str:
    return MISSING if is_missing(value) else fmt_percent(float(value), lang, decimals)


def points(value: object, lang: str) -> str:
    return MISSING if is_missing(value) else fmt_signed_points(float(value), lang)


def joined_sources(sources: Iterable[object]) -> str:
    """Distinct sources for a caption, escaped: captions are markdown."""
    values = sorted({str(s) for s in sources if not is_missing(s)} - {""})
    return "; ".join(md_escape(v) for v in values) or MISSING


def source_caption(lang: str, sources: Iterable[object], period: str) -> str:
    return t("source.line", lang, source=joined_sources(sources), period=period)


# One frame rule for every map: the schematic-tiles notice and the demo-data warning.
def map_frame(lang: str, schematic: bool, demo: bool, attribution: str = "") -> MapFrame:
    return MapFrame(
        notices=[t("map.schematic_notice", lang)] if schematic else [],
        warnings=[t("demo.map_label", lang)] if demo else [],
        attribution=attribution,
    )
