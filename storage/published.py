"""The published figures the product ships (geodata/published/kaltim_2024.csv, derived by
scripts/make_published_figures.py) and the source of each figure a page shows.

The embedded default participation data holds the published DPT and turnout figures wherever a
source gives them; every other figure in it is DATA CONTOH. Which is which is kept per figure, not
per row: :func:`figure_source` answers for one figure (a dataset row and a column). The rule:

- a figure of an uploaded row has its row's source (``sumber``; turnout figures
  ``sumber_partisipasi`` when the row gives one), whatever its value;
- a figure of a DATA CONTOH row has the published source when :data:`PARTICIPATION_FIGURES`
  maps a usable published figure to that district, election and column and the value is that
  figure's value (a store seeded before a figure was published keeps its invented value, which
  stays DATA CONTOH); otherwise it is DATA CONTOH;
- a figure whose row names the published figure's own source and holds its value (the ``ikp``
  default, whose rows are published) has that figure's period, confidence and disagreeing
  sources too.
"""

from __future__ import annotations

import csv
import functools
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from i18n import is_missing

PUBLISHED_DIR = Path(__file__).resolve().parent.parent / "geodata" / "published"
PUBLISHED_FILE = PUBLISHED_DIR / "kaltim_2024.csv"
SEPARATOR = "|"
DEMO_SOURCE = "DATA CONTOH"

# Confidence the compiler stated, weakest first. A default never uses a figure below "rendah-sedang",
# nor one given as approximate (its unit says "sekitar", "perkiraan", "lebih dari").
CONFIDENCE_ORDER: tuple[str, ...] = ("rendah", "rendah-sedang", "sedang", "sedang-tinggi", "tinggi")
APPROXIMATE_UNITS: tuple[str, ...] = ("sekitar", "perkiraan", "lebih dari")


@dataclass(frozen=True)
class PublishedFigure:
    indicator: str
    area: str
    code: str  # Kemendagri; "64" for the province
    value: str  # as published: a number (decimal point) or a word ("rawan tinggi")
    unit: str
    period: str
    source: str
    url: str
    confidence: str
    conflict: str  # the note's sentence saying sources disagree, else ""
    alternatives: tuple[tuple[float, str], ...]  # (value, source) of disagreeing sources
    note: str

    @property
    def number(self) -> float | None:
        try:
            return float(self.value)
        except ValueError:
            return None

    @property
    def usable(self) -> bool:
        """Exact and at least of "rendah-sedang" confidence: fit to stand as a default."""
        exact = not any(word in self.unit for word in APPROXIMATE_UNITS)
        return exact and self.confidence in CONFIDENCE_ORDER[1:] and self.number is not None

    def as_source(self) -> FigureSource:
        return FigureSource(self.source, self.period, self.url, self.confidence,
                            self.alternatives, self.conflict, self.number)


@dataclass(frozen=True)
class FigureSource:
    """Where one figure comes from."""
    source: str
    period: str = ""
    url: str = ""
    confidence: str = ""
    alternatives: tuple[tuple[float, str], ...] = ()
    conflict: str = ""
    value: float | None = None  # the published value, when the source is a published figure

    @property
    def is_demo(self) -> bool:
        return DEMO_SOURCE in self.source.upper()


DEMO_FIGURE = FigureSource(DEMO_SOURCE)


def _alternatives(values: str, sources: str) -> tuple[tuple[float, str], ...]:
    if not values:
        return ()
    numbers, names = values.split(SEPARATOR), sources.split(SEPARATOR)
    if len(numbers) != len(names):
        raise ValueError(f"{len(numbers)} alternative values but {len(names)} sources")
    return tuple((float(v), s) for v, s in zip(numbers, names))


def read_figures(path: Path = PUBLISHED_FILE) -> tuple[PublishedFigure, ...]:
    with open(path, encoding="utf-8", newline="") as f:
        return tuple(PublishedFigure(
            r["indikator"], r["wilayah"], r["kode_kemendagri"], r["nilai"], r["satuan"],
            r["periode"], r["sumber"], r["url"], r["keyakinan"], r["bertentangan"],
            _alternatives(r["alternatif_nilai"], r["alternatif_sumber"]), r["catatan"])
            for r in csv.DictReader(f))


def figures() -> tuple[PublishedFigure, ...]:
    """The published figures of the province served: Kaltim's (the only ones the product ships);
    none for another province (DASHBOARD_PROVINCE), rather than Kaltim's."""
    return _kaltim_figures() if _province() == KALTIM else ()


KALTIM = "64"  # the province of PUBLISHED_FILE


def _province() -> str:
    from domain import regions

    return regions.PROVINCE_CODE


@functools.lru_cache(maxsize=1)
def _kaltim_figures() -> tuple[PublishedFigure, ...]:
    return read_figures()


def find(indicator: str, code: str) -> PublishedFigure | None:
    for figure in figures():
        if figure.indicator == indicator and figure.code == code:
            return figure
    return None


# Which published indicator fills which column of a participation row, per election; the first
# indicator present and usable for a district wins.
PARTICIPATION_FIGURES: dict[tuple[str, str], tuple[str, ...]] = {
    ("Pilkada 2024", "dpt_total"): ("DPT Pilkada 2024 - total",),
    ("Pilkada 2024", "dpt_perempuan"): ("DPT Pilkada 2024 - perempuan",),
    ("Pilkada 2024", "partisipasi_total"): ("Partisipasi pemilih Pilkada 2024 (Pilbup/Pilwali)",
                                            "Partisipasi pemilih Pilkada 2024 (Pilwali)"),
    ("Pemilu 2024", "dpt_total"): ("DPT Pemilu 2024 - total",),
    ("Pemilu 2024", "dpt_perempuan"): ("DPT Pemilu 2024 - perempuan",),
    ("Pemilu 2024", "partisipasi_total"): ("Partisipasi pemilih Pemilu 2024 (Pilpres & Pileg)",
                                           "Partisipasi pemilih Pemilu 2024"),
}

# Turnout figures: an uploaded row's ``sumber_partisipasi`` is their source when given.
TURNOUT_COLUMNS: tuple[str, ...] = ("partisipasi_total", "partisipasi_perempuan",
                                    "partisipasi_pemilih_pemula")


def published_participation(code: str, election: str, column: str) -> PublishedFigure | None:
    """The usable published figure for a district's participation column, else None."""
    for indicator in PARTICIPATION_FIGURES.get((election, column), ()):
        figure = find(indicator, code)
        if figure is not None and figure.usable:
            return figure
    return None


def participation_provenance() -> dict[tuple[tuple[str, str], str], FigureSource]:
    """((kab_kota, pemilihan), column) -> source, for every published figure the default uses."""
    return _participation_provenance(_province())


@functools.lru_cache(maxsize=4)
def _participation_provenance(province: str) -> dict[tuple[tuple[str, str], str], FigureSource]:
    from domain import regions

    table = {}
    for code in regions.registry_for(province).codes():
        for election, column in PARTICIPATION_FIGURES:
            figure = published_participation(code, election, column)
            if figure is not None:
                table[(code, election), column] = figure.as_source()
    return table


IKP_INDICATOR = "IKP Pemilu 2024 - skor kab/kota"
IKP_EDITION = "IKP Pemilu 2024"


def ikp_provenance() -> dict[tuple[tuple[str, str], str], FigureSource]:
    """((kab_kota, edisi), "skor") -> source, for the published IKP Pemilu 2024 scores."""
    return _ikp_provenance(_province())


@functools.lru_cache(maxsize=4)
def _ikp_provenance(province: str) -> dict[tuple[tuple[str, str], str], FigureSource]:
    return {((f.code, IKP_EDITION), "skor"): f.as_source() for f in figures()
            if f.indicator == IKP_INDICATOR and f.number is not None}


# dataset -> (the row key that names a figure, the figures the embedded default publishes)
PROVENANCE = {"participation": (("kab_kota", "pemilihan"), participation_provenance),
              "ikp": (("kab_kota", "edisi"), ikp_provenance)}


def _blank(value: object) -> bool:
    return is_missing(value) or (isinstance(value, str) and not value.strip())


def _same(a: object, b: float | None) -> bool:
    if b is None or _blank(a):
        return False
    try:
        return math.isclose(float(a), b, rel_tol=0, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


def figure_source(dataset: str, row: Mapping, column: str) -> FigureSource | None:
    """The source of ``row[column]`` (a row of ``dataset``), by the rule in the module's doc;
    None when the figure is blank."""
    if _blank(row.get(column)):
        return None
    row_source = row.get("sumber")
    row_source = "" if _blank(row_source) else str(row_source)
    if column in TURNOUT_COLUMNS and not _blank(row.get("sumber_partisipasi")):
        row_source = str(row["sumber_partisipasi"])
    demo = DEMO_SOURCE in row_source.upper()
    if dataset in PROVENANCE:
        key_columns, table = PROVENANCE[dataset]
        key = tuple(str(row.get(k, "")) for k in key_columns)
        published = table().get((key, column))
        if (published is not None and (demo or row_source == published.source)
                and _same(row.get(column), published.value)):
            return published
    return DEMO_FIGURE if demo else FigureSource(row_source)
