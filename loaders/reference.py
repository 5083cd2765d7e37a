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


# --- Bawaslu's Indeks Kerawanan Pemilu (IKP) ----------------------------------------------------
# A separate instrument with its own 0-100 scale and thresholds: shown beside the agency's
# peta rawan konflik, never mixed into it. Copied from ../shared/facts/ikp_scale.md and the ikp_*
# rows of ../shared/facts/kaltim_reference_figures.csv (press reports; verify against Bawaslu).

@dataclass(frozen=True)
class IkpFigure:
    area: str
    code: str  # Kemendagri; "64" for the province
    category: str  # rendah / sedang / tinggi on the IKP scale
    score: float | None  # 0-100 IKP score, when one was published
    period: str
    source: str  # as in ../shared/facts (English)
    note: str = ""
    source_id: str = ""  # message id: the source as shown in each language


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

IKP_FIGURES: tuple[IkpFigure, ...] = (
    IkpFigure("Kabupaten Kutai Kartanegara", "64.02", "tinggi", None, "IKP Pemilihan 2024",
              "Bawaslu Kaltim launch (press: kliksamarinda.com)",
              "the other 8 kab/kota were reported as sedang", "ikp.source.launch"),
    IkpFigure("Kabupaten Kutai Barat", "64.07", "tinggi", None, "IKP Pemilihan 2024",
              "Bawaslu Kaltim launch (press: kliksamarinda.com)", source_id="ikp.source.launch"),
    IkpFigure("Kabupaten Mahakam Ulu", "64.11", "sedang", 35.0, "IKP Pemilihan 2024",
              "Tribun Kaltim 4 Aug 2024", source_id="ikp.source.tribun"),
    IkpFigure("Provinsi Kalimantan Timur", "64", "tinggi", 77.04, "IKP Pemilu 2024",
              "Bawaslu RI (press: suara.com)", "rawan tinggi; 5th nationally", "ikp.source.ri"),
)
