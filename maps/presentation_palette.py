"""Colours of the presentation's thematic maps, shared by the web maps, the offline deck and the
governor's PDF so that one legend reads the same everywhere.

Okabe-Ito colours (as in ``maps.palette``) for ordered "good / watch / act" categories, so they stay
apart under the common colour-vision deficiencies; a single-hue blue ramp for counts.
"""

from __future__ import annotations

GOOD = "#009E73"  # bluish green
WATCH = "#E69F00"  # orange
ACT = "#D55E00"  # vermillion

# Worst first: a district's colour is that of its worst agreement.
AGREEMENT_STATUS_COLOURS: dict[str, str] = {
    "belum_dimulai": ACT,
    "dalam_proses": WATCH,
    "selesai": GOOD,
}

TURNOUT_COLOURS: dict[str, str] = {"reached": GOOD, "near": WATCH, "far": ACT}
REPORTING_COLOURS: dict[str, str] = {"reported": GOOD, "missing": ACT}
PRIORITY_COLOURS: dict[str, str] = {"0": GOOD, "1": WATCH, "2": ACT}
ACTIVITY_COLOURS: dict[str, str] = {"0": "#DEEBF7", "1": "#6BAED6", "3": "#08519C"}
OTHER_AREA_COLOUR = "#EEEEEE"  # the districts around the one a district slide is about
