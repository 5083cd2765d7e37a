"""Who has reported: for one period, each of the ten kab/kota with its conflict-risk report (or
its absence), the report date, whether it came on time, and the version that brought it in.

A period's report is due ``DASHBOARD_REPORT_DUE_DAYS`` days (default 15) after the period ends
(15 October for the third quarter). For a period each district is then:
  ``tepat_waktu``  reported, its report dated on or before the due date (on time);
  ``terlambat``    reported, dated after the due date (late);
  ``belum``        not reported, and the due date has not passed (missing, still expected);
  ``lewat_tenggat`` not reported and the due date has passed (overdue).
"Reported" is the one rule of ``indicators.figures.period_reports``: a district-level report for
the period itself; a district still on an older report has not reported this one.

Pure over the frame; the provenance (which version last changed a district's rows) is optional and
comes from ``storage.datasets.row_provenance`` when the page has a store at hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Mapping

import pandas as pd

import config
from domain import regions
from i18n import is_missing
from indicators import figures

KEY = ("kab_kota", "kecamatan", "periode")
ON_TIME, LATE, MISSING, OVERDUE = "tepat_waktu", "terlambat", "belum", "lewat_tenggat"
TIMELINESS: tuple[str, ...] = (ON_TIME, LATE, MISSING, OVERDUE)


def due_days() -> int:
    """Days after the end of a period that its report is due, from ``DASHBOARD_REPORT_DUE_DAYS``
    (a whole number 0-365; anything else falls back to 15)."""
    return config.REPORT_DUE_DAYS.get()


def due_date(period: str, days: int | None = None) -> dt.date:
    """The day a period's report is due: the period's last day plus ``days`` (default
    ``due_days()``): 2026-Q3 → 15 October 2026."""
    return figures.period_dates(period)[1] + dt.timedelta(
        days=due_days() if days is None else days)


def timeliness(reported: bool, report_date: dt.date | None, due: dt.date,
               today: dt.date) -> str:
    """On time / late / missing / overdue (see the module docstring). A report without a date
    counts as on time until the due date and as late after it (its date cannot be checked)."""
    if reported:
        if report_date is None:
            return ON_TIME if today <= due else LATE
        return ON_TIME if report_date <= due else LATE
    return OVERDUE if today > due else MISSING


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
    due_date: dt.date | None = None
    timeliness: str = MISSING  # ON_TIME / LATE / MISSING / OVERDUE
    days_late: int = 0  # after the due date: of the report, or (overdue) of today
    shown_period: str | None = None  # the older period the maps show instead (not reported)


def reporting_status(frame: pd.DataFrame, period: str,
                     provenance: Mapping[tuple, object] | None = None,
                     today: dt.date | None = None,
                     days: int | None = None) -> list[ReportStatus]:
    """One status per district in registry order. ``frame`` is a conflict_risk frame (typed);
    ``provenance`` maps (kab_kota, kecamatan, periode) to a ``store.VersionInfo``; ``today``
    (default: the server's date) decides what is overdue; ``days`` the due date."""
    today = today or dt.date.today()
    due = due_date(period, days)
    if frame.empty or "periode" not in frame.columns:
        rows_for_period, reports = frame.iloc[0:0], None
    else:
        rows_for_period = frame[frame["periode"].astype("string") == period]
        reports = figures.period_reports(frame, period)
    state = dict(zip(reports["kode"], reports["status"])) if reports is not None else {}
    shown = dict(zip(reports["kode"], reports["periode_laporan"])) if reports is not None else {}
    statuses = []
    for district in regions.DISTRICTS:
        code = district.kemendagri_code
        rows = rows_for_period[rows_for_period["kab_kota"].astype("string")
                               == code] if len(rows_for_period) else \
            rows_for_period
        if state.get(code) != figures.CURRENT:
            kind = timeliness(False, None, due, today)
            statuses.append(ReportStatus(
                code, district.official_name, False, None, len(rows), due_date=due,
                timeliness=kind, days_late=max(0, (today - due).days) if kind == OVERDUE else 0,
                shown_period=shown.get(code) if state.get(code) == figures.STALE else None))
            continue
        dates = [d for d in rows["tanggal_laporan"].tolist()
                 if isinstance(d, dt.date)] if "tanggal_laporan" in rows.columns else []
        latest_info = None
        if provenance:
            for record in rows.to_dict("records"):
                key = tuple("" if is_missing(record.get(k)) else str(record.get(k)) for k in KEY)
                info = provenance.get(key)
                if info is not None and (latest_info is None
                                         or info.version > latest_info.version):  # type: ignore
                    latest_info = info
        report_date = max(dates) if dates else None
        kind = timeliness(True, report_date, due, today)
        statuses.append(ReportStatus(
            district.kemendagri_code, district.official_name, True,
            report_date, len(rows), due_date=due, timeliness=kind,
            days_late=max(0, (report_date - due).days) if kind == LATE and report_date else 0,
            version=f"v{latest_info.version}" if latest_info else None,  # type: ignore
            committed_at=latest_info.committed_at if latest_info else None,  # type: ignore
            committed_by=latest_info.user if latest_info else None,  # type: ignore
            is_demo=bool(latest_info.is_demo) if latest_info else False))  # type: ignore
    return statuses


def current_reporting_status(period: str, store=None,
                             today: dt.date | None = None) -> list[ReportStatus]:
    """The status from the store's current conflict_risk version, with provenance."""
    from storage import backends, datasets

    store = store or backends.open_store()
    frame = store.read("conflict_risk").frame
    return reporting_status(frame, period,
                            datasets.row_provenance(store, "conflict_risk", KEY), today)


def counts(statuses: list[ReportStatus]) -> dict[str, int]:
    """How many districts are on time, late, missing and overdue."""
    return {kind: sum(1 for s in statuses if s.timeliness == kind) for kind in TIMELINESS}
