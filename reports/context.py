"""Everything the presentation, the deck and the report show, loaded once."""

from __future__ import annotations

from indicators import figures
from loaders import areas
from storage import datasets
from views.presentation import PresentationData

DATASET_NAMES = ("conflict_risk", "participation", "outreach", "agreements", "incidents")


def available_periods() -> list[str]:
    return figures.periods(datasets.load("conflict_risk").frame)


def default_period() -> str | None:
    """The period the presentation opens on: the one every page opens on."""
    return figures.default_period(datasets.load("conflict_risk").frame)


def load_data(period: str | None = None) -> PresentationData:
    """The current version of each dataset and the map areas; ``period`` defaults to the one
    pages open on (``indicators.figures.default_period``)."""
    loaded = {name: datasets.load(name) for name in DATASET_NAMES}
    periods = figures.periods(loaded["conflict_risk"].frame)
    if period is None or period not in periods:
        period = figures.default_period(loaded["conflict_risk"].frame) or "2026-Q1"
    return PresentationData(conflict=loaded["conflict_risk"], participation=loaded["participation"],
                            outreach=loaded["outreach"], agreements=loaded["agreements"],
                            areas=areas.district_areas(), period=period,
                            incidents=loaded["incidents"])
