"""Published reference figures shown beside the districts' own data, each with its source.

Read from geodata/published/kaltim_2024.csv (shipped with the product, derived from
../shared/facts/kaltim_published_figures_2024.csv by scripts/make_published_figures.py); tests
check that these agree with the shared file.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from storage import published
from storage.published import PublishedFigure


@dataclass(frozen=True)
class ReferenceFigure:
    indicator: str
    value: float
    unit: str
    period: str
    source: str
    url: str = ""
    confidence: str = ""
    alternatives: tuple[tuple[float, str], ...] = ()  # (value, source) of disagreeing sources


def _reference(figure: PublishedFigure, indicator: str, election: str) -> ReferenceFigure:
    return ReferenceFigure(indicator, float(figure.value), figure.unit, election, figure.source,
                           figure.url, figure.confidence, figure.alternatives)


def _province(indicator: str) -> PublishedFigure:
    figure = published.find(indicator, "64")
    if figure is None:
        raise LookupError(f"{published.PUBLISHED_FILE}: no province figure {indicator!r}")
    return figure


# The province's turnout: Pilkada 2024 is the governor's election (Pilgub); Pemilu 2024 as KPU
# Kaltim's chair gave it (other versions, 79,81 % and 79,82 %, are kept as alternatives).
@functools.cache
def _kaltim_turnout() -> dict[str, ReferenceFigure]:
    return {
        "Pilkada 2024": _reference(_province("Partisipasi pemilih Pilkada 2024 (Pilgub)"),
                                   "partisipasi_pemilih", "Pilkada 2024"),
        "Pemilu 2024": _reference(_province("Partisipasi pemilih Pemilu 2024"),
                                  "partisipasi_pemilih", "Pemilu 2024"),
    }


_KALTIM_TURNOUT_TARGET = ReferenceFigure(
    "target_partisipasi", 80.0, "persen", "Pilkada 2024",
    "Pj Gubernur Kaltim (niaga.asia, 29 Nov 2024)")
# Another province (DASHBOARD_PROVINCE): no published figure is shipped; its demo rows' targets
# (80 %) are DATA CONTOH, and so is the target they are compared with.
_DEMO_TURNOUT_TARGET = ReferenceFigure("target_partisipasi", 80.0, "persen", "Pilkada 2024",
                                       "DATA CONTOH")

@functools.cache
def _kaltim_dpt() -> dict[str, ReferenceFigure]:
    return {
        "Pilkada 2024": _reference(_province("DPT Pilkada 2024 - total"), "dpt", "Pilkada 2024"),
        "Pemilu 2024": _reference(_province("DPT Pemilu 2024 - total"), "dpt", "Pemilu 2024"),
    }


# --- Bawaslu's Indeks Kerawanan Pemilu (IKP) ----------------------------------------------------
# A separate instrument with its own 0-100 scale and thresholds: shown beside the agency's
# peta rawan konflik, never mixed into it. Scale from ../shared/facts/ikp_scale.md; scores of the
# ten kab/kota, the province and its dimensions from the published figures (press reports quoting
# Bawaslu RI's IKP Pemilu 2024; verify against Bawaslu's publication).

@dataclass(frozen=True)
class IkpFigure:
    area: str
    code: str  # Kemendagri; "64" for the province
    category: str  # rendah / sedang / tinggi on the IKP scale
    score: float | None  # 0-100 IKP score, when one was published
    period: str
    source: str  # as published (Bahasa Indonesia)
    note: str = ""
    source_id: str = ""  # message id: the source as shown in each language (hand-kept figures)
    url: str = ""
    confidence: str = ""
    alternatives: tuple[tuple[float, str], ...] = ()
    dimensions: tuple[tuple[str, float], ...] = ()  # (dimension, score); the province only


# Kab/kota thresholds (IKP Pemilu 2024): (category, lower bound, upper bound)
IKP_KAB_KOTA_THRESHOLDS: tuple[tuple[str, float, float], ...] = (
    ("rendah", 0.0, 13.46),
    ("sedang", 13.47, 49.32),
    ("tinggi", 49.33, 100.0),
)
IKP_PROVINCE_THRESHOLDS: tuple[tuple[str, float, float], ...] = (
    ("rendah", 0.0, 21.7),
    ("sedang", 21.7, 68.5),
    ("tinggi", 68.5, 100.0),
)

IKP_DISTRICT_INDICATOR = "IKP Pemilu 2024 - skor kab/kota"
IKP_PROVINCE_INDICATOR = "IKP Pemilu 2024 - skor provinsi"
IKP_PROVINCE_CATEGORY = "IKP Pemilu 2024 - kategori provinsi"
# (dimension key, published indicator): the three dimensions of the province's score published.
IKP_DIMENSIONS: tuple[tuple[str, str], ...] = (
    ("konteks_sosial_politik", "IKP Pemilu 2024 - dimensi konteks sosial politik"),
    ("penyelenggaraan_pemilu", "IKP Pemilu 2024 - dimensi penyelenggaraan pemilu"),
    ("partisipasi", "IKP Pemilu 2024 - dimensi partisipasi"),
)
IKP_PERIOD = "IKP Pemilu 2024"
_CATEGORY = re.compile(r"rawan (rendah|sedang|tinggi)", re.IGNORECASE)


def ikp_category(score: float, thresholds: tuple[tuple[str, float, float], ...]) -> str:
    """The level of a score on an IKP scale (the upper bound of a level belongs to it)."""
    for category, _low, high in thresholds:
        if score <= high:
            return category
    return thresholds[-1][0]


def _stated_category(text: str) -> str | None:
    match = _CATEGORY.search(text)
    return match.group(1).lower() if match else None


def _ikp_figure(figure: PublishedFigure, thresholds, category_text: str = "",
                dimensions: tuple[tuple[str, float], ...] = ()) -> IkpFigure:
    score = float(figure.value)
    category = _stated_category(category_text or figure.note) or ikp_category(score, thresholds)
    return IkpFigure(figure.area, figure.code, category, score, figure.period, figure.source,
                     figure.note, url=figure.url, confidence=figure.confidence,
                     alternatives=figure.alternatives, dimensions=dimensions)


def ikp_figures() -> tuple[IkpFigure, ...]:
    """The IKP Pemilu 2024 of every kab/kota with a published score (all ten), then the
    province's with its category and dimension scores."""
    from domain import regions

    out = []
    for code in regions.codes():
        figure = published.find(IKP_DISTRICT_INDICATOR, code)
        if figure is not None:
            out.append(_ikp_figure(figure, IKP_KAB_KOTA_THRESHOLDS))
    province = published.find(IKP_PROVINCE_INDICATOR, "64")
    if province is not None:
        category = published.find(IKP_PROVINCE_CATEGORY, "64")
        dimensions = tuple((key, float(f.value)) for key, indicator in IKP_DIMENSIONS
                           if (f := published.find(indicator, "64")) is not None)
        out.append(_ikp_figure(province, IKP_PROVINCE_THRESHOLDS,
                               category.value if category is not None else "", dimensions))
    return tuple(out)


_kaltim_ikp = functools.cache(ikp_figures)  # read under DASHBOARD_PROVINCE=64 only


# The province's figures as module-level names (reference.PROVINCE_TURNOUT, ...), looked up on
# each use (PEP 562) so that they follow DASHBOARD_PROVINCE: Kaltim's published figures for 64,
# none for another province (published figures only where they exist).
def __getattr__(name: str):
    from domain import regions

    kaltim = regions.PROVINCE_CODE == regions.DEFAULT_PROVINCE
    if name == "PROVINCE_TURNOUT":
        return _kaltim_turnout() if kaltim else {}
    if name == "PROVINCE_TURNOUT_TARGET":
        return _KALTIM_TURNOUT_TARGET if kaltim else _DEMO_TURNOUT_TARGET
    if name == "PROVINCE_DPT":
        return _kaltim_dpt() if kaltim else {}
    if name == "IKP_FIGURES":
        return _kaltim_ikp() if kaltim else ()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
