"""Colours shared by maps, legends and charts.

Risk levels use three colours of the Okabe-Ito palette (Okabe & Ito 2008), chosen to stay apart
under the common colour-vision deficiencies and to order by lightness (blue, yellow, vermillion).
"""

from __future__ import annotations

RISK_COLOURS: dict[str, str] = {
    "rendah": "#56B4E9",  # sky blue
    "sedang": "#F0E442",  # yellow
    "tinggi": "#D55E00",  # vermillion
}
NO_DATA_COLOUR = "#BDBDBD"
OUTLINE_COLOUR = "#333333"


def risk_colour(level: object) -> str:
    return RISK_COLOURS.get(str(level), NO_DATA_COLOUR) if level is not None else NO_DATA_COLOUR
