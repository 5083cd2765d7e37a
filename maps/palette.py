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

# An area shown with a report from an earlier period (indicators.figures.STALE): its level colour
# striped with white and a dashed outline. The hue still tells the level, the stripes tell "not
# this period" without relying on colour vision or on a projector's contrast (a faded fill would
# wash out, and a faded vermillion reads as another level). The legend swatch: the same stripes
# on grey. Striping is an SVG pattern on the web maps and a hatch in the PDF.
STALE_STRIPE_COLOUR = "#FFFFFF"
STALE_DASH = "6 4"
STALE_SWATCH = "repeating-linear-gradient(45deg,#7A7A7A 0 3px,#FFFFFF 3px 6px)"
STALE_HATCH = "///"  # matplotlib hatch for the same in the governor's PDF


def risk_colour(level: object) -> str:
    return RISK_COLOURS.get(str(level), NO_DATA_COLOUR) if level is not None else NO_DATA_COLOUR

# --- thematic pages (issue #5) -------------------------------------------------------------------
# Change of level against the previous period: Okabe-Ito again, but not the level colours, so a
# change map is never read as a level map. Keys are indicators.thematic.CHANGES.
CHANGE_COLOURS: dict[str, str] = {
    "memburuk": "#CC79A7",  # reddish purple
    "tetap": "#F7F7F7",  # near white: nothing to see
    "membaik": "#009E73",  # bluish green
}

# Participation gap (achieved minus target), one colour per class of
# indicators.thematic.GAP_BREAKS: ColorBrewer PuOr, 6 classes (colour-blind safe);
# orange below target, purple above it.
GAP_COLOURS: tuple[str, ...] = ("#B35806", "#F1A340", "#FEE0B6", "#D8DAEB", "#998EC3", "#542788")

# Priority composite (0-100) in five 20-point classes: viridis, 5 samples, reversed so that the
# darkest colour is the highest priority (viridis is perceptually uniform and colour-blind safe).
PRIORITY_COLOURS: tuple[str, ...] = ("#FDE725", "#5EC962", "#21918C", "#3B528B", "#440154")

# Counts of activities per tile: ColorBrewer Blues, 5 classes (colour-blind safe).
COUNT_COLOURS: tuple[str, ...] = ("#EFF3FF", "#BDD7E7", "#6BAED6", "#3182BD", "#08519C")

# Series in charts that are not levels or classes (turnout vs target, women vs men, elections).
SERIES_COLOURS: tuple[str, ...] = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9")


def class_colour(index: object, colours: tuple[str, ...]) -> str:
    """The colour of class ``index`` (an int from a classifier), NO_DATA_COLOUR when None."""
    if index is None or not isinstance(index, int) or not 0 <= index < len(colours):
        return NO_DATA_COLOUR
    return colours[index]
