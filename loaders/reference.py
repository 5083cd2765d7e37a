"""Published reference figures shown beside the districts' own data, each with its source.

Copied from ../shared/facts/kaltim_reference_figures.csv (the product must run without ../shared);
a test checks that these still agree with that file.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReferenceFigure:
    indicator: str
    value: float
    unit: str
    period: str
    source: str
    url: str = ""


PROVINCE_TURNOUT = {
    "Pilkada 2024": ReferenceFigure(
        "partisipasi_pemilih", 69.18, "persen", "Pilkada 2024",
        "KPU Kaltim, rapat pleno 8 Des 2024, via Mediakaltim",
        "https://mediakaltim.com/tingkat-partisipasi-pilkada-kaltim-naik-meski-tak-sebanyak-saat-pilpres"),
    "Pemilu 2024": ReferenceFigure(
        "partisipasi_pemilih", 79.81, "persen", "Pemilu 2024",
        "KPU Kaltim, rapat pleno 8 Des 2024, via Mediakaltim",
        "https://mediakaltim.com/tingkat-partisipasi-pilkada-kaltim-naik-meski-tak-sebanyak-saat-pilpres"),
}

PROVINCE_TURNOUT_TARGET = ReferenceFigure(
    "target_partisipasi", 80.0, "persen", "Pilkada 2024",
    "Pj Gubernur Kaltim (niaga.asia, 29 Nov 2024)")

PROVINCE_DPT = {
    "Pilkada 2024": ReferenceFigure("dpt", 2_821_202, "pemilih", "Pilkada 2024",
                                    "KPU Kaltim via Mediakaltim"),
}
