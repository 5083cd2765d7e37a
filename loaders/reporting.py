"""Who has reported: for one period, each of the ten kab/kota with its conflict-risk report (or
its absence), the report date and the version that brought it in.

Pure over the frame; the provenance (which version last changed a district's rows) is optional and
comes from ``loaders.store.row_provenance`` when the page has a store at hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Mapping

import pandas as pd

from loaders import regions

KEY = ("kab_kota", "kecamatan", "periode")


@dataclass(frozen=True)
class ReportStatus:
    kab_kota: str  # Kemendagri code
    name: str  # official name
    reported: bool
    report_date: dt.date | None  # latest tanggal_laporan among the district's rows
    rows: int  # rows for the period (more than one when reported per kecamatan)
    version: str | None = None  # "v3": the version that last changed these rows
    committed_at: str | None = None  # UTC ISO time of that version
    committed_by: str | None = None
    is_demo: bool = False


def reporting_status(frame: pd.DataFrame, period: str,
                     provenance: Mapping[tuple, object] | None = None) -> list[ReportStatus]:
    """One status per district in registry order. ``frame`` is a conflict_risk frame (typed);
    ``provenance`` maps (kab_kota, kecamatan, periode) to a ``store.VersionInfo``."""
    if frame.empty or "periode" not in frame.columns:
        rows_for_period = frame.iloc[0:0]
    else:
        rows_for_period = frame[frame["periode"].astype("string") == period]
    statuses = []
    for district in regions.DISTRICTS:
        rows = rows_for_period[rows_for_period["kab_kota"].astype("string")
                               == district.kemendagri_code] if len(rows_for_period) else \
            rows_for_period
        if len(rows) == 0:
            statuses.append(ReportStatus(district.kemendagri_code, district.official_name,
                                         False, None, 0))
            continue
        dates = [d for d in rows["tanggal_laporan"].tolist()
                 if isinstance(d, dt.date)] if "tanggal_laporan" in rows.columns else []
        latest_info = None
        if provenance:
            for record in rows.to_dict("records"):
                key = tuple("" if pd.isna(record.get(k)) else str(record.get(k)) for k in KEY)
                info = provenance.get(key)
                if info is not None and (latest_info is None
                                         or info.version > latest_info.version):  # type: ignore
                    latest_info = info
        statuses.append(ReportStatus(
            district.kemendagri_code, district.official_name, True,
            max(dates) if dates else None, len(rows),
            version=f"v{latest_info.version}" if latest_info else None,  # type: ignore
            committed_at=latest_info.committed_at if latest_info else None,  # type: ignore
            committed_by=latest_info.user if latest_info else None,  # type: ignore
            is_demo=bool(latest_info.is_demo) if latest_info else False))  # type: ignore
    return statuses


def current_reporting_status(period: str, store=None) -> list[ReportStatus]:
    """The status from the store's current conflict_risk version, with provenance."""
    from loaders import store as store_module

    store = store or store_module.open_store()
    frame = store.read("conflict_risk").frame
    return reporting_status(frame, period,
                            store_module.row_provenance(store, "conflict_risk", KEY))
