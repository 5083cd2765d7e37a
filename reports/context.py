"""Everything the presentation, the deck and the report show, loaded once."""

from __future__ import annotations

from loaders import datasets, geometry, indicators
from views.presentation import PresentationData

DATASET_NAMES = ("conflict_risk", "participation", "outreach", "agreements")


def available_periods() -> list[str]:
    return indicators.periods(datasets.load("conflict_risk").frame)


def default_period() -> str | None:
    """The period the presentation opens on: the one every page opens on."""
    return indicators.default_period(datasets.load("conflict_risk").frame)


def load_data(period: str | None = None) -> PresentationData:
    """The current version of each dataset and the map areas; ``period`` defaults to the one
    pages open on (``loaders.indicators.default_period``)."""
    loaded = {name: datasets.load(name) for name in DATASET_NAMES}
    periods = indicators.periods(loaded["conflict_risk"].frame)
    if period is None or period not in periods:
        period = indicators.default_period(loaded["conflict_risk"].frame) or "2026-Q1"
    return PresentationData(conflict=loaded["conflict_risk"], participation=loaded["participation"],
                            outreach=loaded["outreach"], agreements=loaded["agreements"],
                            areas=geometry.district_areas(), period=period)
