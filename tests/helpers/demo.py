"""The demo data (DATA CONTOH) as tests use it and vary it: one dataset's frame, the reports with
one district's next period sent early, and the presentation's inputs."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from loaders import areas
from storage import defaults
from views.presentation import PresentationData


def demo(name: str) -> pd.DataFrame:
    return defaults.load_demo(name).frame


def with_early_q4(conflict: pd.DataFrame | None = None) -> pd.DataFrame:
    """The demo reports plus Samarinda's 2026-Q4 report, sent before anyone else's."""
    conflict = demo("conflict_risk") if conflict is None else conflict
    row = conflict[(conflict["kab_kota"] == "64.72") & (conflict["periode"] == "2026-Q3")].copy()
    row["periode"] = "2026-Q4"
    row["tanggal_laporan"] = dt.date(2026, 11, 20)
    return pd.concat([conflict, row], ignore_index=True)


def demo_data(**replace) -> PresentationData:
    loaded = {name: defaults.load_demo(name) for name in
              ("conflict_risk", "participation", "outreach", "agreements", "incidents")}
    loaded.update(replace)
    return PresentationData(conflict=loaded["conflict_risk"],
                            participation=loaded["participation"],
                            outreach=loaded["outreach"], agreements=loaded["agreements"],
                            areas=areas.schematic_tiles(), period="2026-Q3",
                            incidents=loaded["incidents"])
