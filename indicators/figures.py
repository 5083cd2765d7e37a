"""Figures derived from the datasets: latest risk per district, activities in a period, the
province's key figures. Pure functions on frames, no I/O."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial

import pandas as pd

from domain import regions
from indicators import grain
from loaders import reference
from storage.published import figure_source


def period_sort_key(period: str) -> int:
    """'2026-Q3' and '2026-07' on one time line, ordered by the period's last month (a quarter
    after the month that ends it)."""
    year = int(period[:4])
    if "-Q" in period:
        return year * 1000 + int(period[-1]) * 3 * 10 + 1
    return year * 1000 + int(period[5:7]) * 10


def periods(conflict: pd.DataFrame) -> list[str]:
    values = [p for p in conflict["periode"].dropna().unique() if p]
    return sorted(values, key=period_sort_key)


def kecamatan_periods(conflict: pd.DataFrame, kab: str) -> list[str]:
    """The periods in which ``kab`` reported kecamatan (or desa) rows, in time order."""
    rows = conflict[(conflict["kab_kota"] == kab) & ~grain.own_rows(conflict)]
    return sorted(set(rows["periode"].dropna()), key=period_sort_key)


def period_dates(period: str) -> tuple[dt.date, dt.date]:
    """First and last day of a quarter ('2026-Q3') or a month ('2026-07')."""
    year = int(period[:4])
    if "-Q" in period:
        first_month = (int(period[-1]) - 1) * 3 + 1
        last_month = first_month + 2
    else:
        first_month = last_month = int(period[5:7])
    start = dt.date(year, first_month, 1)
    end = (dt.date(year + (last_month == 12), last_month % 12 + 1, 1) - dt.timedelta(days=1))
    return start, end


def latest_risk(conflict: pd.DataFrame, up_to: str | None = None) -> pd.DataFrame:
    """Each district's most recent district-level report up to period ``up_to`` (inclusive),
    indexed by Kemendagri code, with a column ``is_current`` telling whether it is from ``up_to``.
    A district-level report is its own row or, for a report per kecamatan, the row
    ``indicators.grain.district_rows`` makes of its kecamatan (the one rule)."""
    rows = grain.district_rows(conflict)
    if up_to is not None:
        limit = period_sort_key(up_to)
        rows = rows[rows["periode"].map(period_sort_key).astype(int) <= limit]
    if rows.empty:
        return rows.set_index("kab_kota").assign(is_current=pd.Series(dtype=bool))
    rows["_order"] = rows["periode"].map(period_sort_key).astype(int)
    rows = rows.sort_values(["kab_kota", "_order"]).groupby("kab_kota").tail(1)
    rows["is_current"] = rows["periode"] == up_to if up_to else True
    return rows.drop(columns="_order").set_index("kab_kota")


# --- the one rule for "which report is shown for a period, and does it count" -------------------
# For a chosen period each district is in one of three states:
#   CURRENT  it sent a district-level report for that period: shown and counted as reported;
#   STALE    its newest report is from an earlier period: shown (marked "laporan periode
#            sebelumnya", with that period named) but counted as NOT reported, everywhere;
#   NONE     it has no report up to that period: no data, not reported.
# A report per kecamatan makes the district reported for its period, with the level of
# indicators.grain.district_rows (its own row if present, else the highest kecamatan level).
CURRENT, STALE, NONE = "terkini", "sebelumnya", "tidak_ada"
REPORT_STATES: tuple[str, ...] = (CURRENT, STALE, NONE)
# Pages open on the newest period that more than this share of the ten districts reported (so one
# district reporting early does not turn every page into "nine not reported"); when no period
# reaches it, on the newest period.
DEFAULT_PERIOD_SHARE = 0.5


def period_reports(conflict: pd.DataFrame, period: str | None) -> pd.DataFrame:
    """THE rule, one row per district in registry order: ``kode``, ``nama``, ``status``
    (CURRENT / STALE / NONE), ``is_current``, ``periode_laporan`` (the period of the report
    used, NA when none), and that report's ``tingkat_rawan``, ``skor``, ``sumber``,
    ``unit_pelapor``, ``tanggal_laporan``, and how its level came about (``tingkat_asal``,
    ``kecamatan_tertinggi`` of ``kecamatan_jumlah``, ``kecamatan_dilaporkan``: see
    ``indicators.grain``). Every page, slide, PDF and deck counts from this."""
    latest = latest_risk(conflict, period) if period else latest_risk(conflict.iloc[0:0])
    rows = []
    for d in regions.DISTRICTS:
        code = d.kemendagri_code
        report = latest.loc[code] if code in latest.index else None
        status = NONE if report is None else (CURRENT if bool(report["is_current"]) else STALE)
        get = partial(_report_value, report)
        rows.append({
            "kode": code, "nama": d.official_name, "status": status,
            "is_current": status == CURRENT, "periode_laporan": get("periode"),
            "tingkat_rawan": get("tingkat_rawan"), "skor": get("skor"), "sumber": get("sumber"),
            "unit_pelapor": get("unit_pelapor"), "tanggal_laporan": get("tanggal_laporan"),
            "tingkat_asal": get("tingkat_asal"),
            "kecamatan_tertinggi": get("kecamatan_tertinggi"),
            "kecamatan_dilaporkan": get("kecamatan_dilaporkan"),
            "kecamatan_jumlah": get("kecamatan_jumlah"),
        })
    return pd.DataFrame(rows)


def _report_value(report: pd.Series | None, column: str):
    """One column of a district's report; NA without a report or without that column."""
    return report[column] if report is not None and column in report.index else pd.NA


def codes_with_status(reports: pd.DataFrame, status: str) -> tuple[str, ...]:
    """Codes (registry order) of ``period_reports`` rows in ``status``."""
    return tuple(reports.loc[reports["status"] == status, "kode"])


def current_levels(frame: pd.DataFrame) -> pd.Series:
    """The level of each row of ``period_reports`` or ``district_summary`` that COUNTS: its
    level when the report is from the chosen period, NA otherwise (older or no report)."""
    current = frame["is_current"] if "is_current" in frame else frame["laporan_terkini"]
    return frame["tingkat_rawan"].where(current.astype(bool), pd.NA)


def reported_in(conflict: pd.DataFrame, period: str) -> set[str]:
    """Districts that reported ``period`` itself (a district-level report), by the rule above."""
    return set(codes_with_status(period_reports(conflict, period), CURRENT))


def report_counts(conflict: pd.DataFrame) -> dict[str, int]:
    """Per period, how many districts sent a district-level report for it."""
    rows = grain.district_rows(conflict)
    return {p: int(rows.loc[rows["periode"] == p, "kab_kota"].nunique())
            for p in periods(conflict)}


def default_period(conflict: pd.DataFrame, share: float = DEFAULT_PERIOD_SHARE) -> str | None:
    """The period pages open on: the newest one that more than ``share`` of the ten districts
    reported; else the newest period; None without reports. A district reporting the next
    period early is then visible in the period choice, not the default that marks nine stale."""
    counts = report_counts(conflict)
    for p in reversed(list(counts)):
        if counts[p] > share * len(regions.DISTRICTS):
            return p
    return next(reversed(list(counts)), None)


def activities_between(outreach: pd.DataFrame, start: dt.date, end: dt.date) -> pd.DataFrame:
    dates = outreach["tanggal"]
    return outreach[(dates >= start) & (dates <= end)]


def activity_periods(outreach: pd.DataFrame) -> list[str]:
    """The quarters ('2026-Q3') in which any activity took place, in time order: the public
    landing page chooses among them, since it has no conflict-risk periods to go by."""
    dates = [d for d in outreach["tanggal"].tolist() if isinstance(d, dt.date)]
    quarters = {f"{d.year}-Q{(d.month - 1) // 3 + 1}" for d in dates}
    return sorted(quarters, key=period_sort_key)


@dataclass(frozen=True)
class KeyFigures:
    period: str
    high_risk_codes: tuple[str, ...]  # high risk in a report FOR this period
    districts_reported: int  # district-level reports for this period (older ones do not count)
    province_turnout: reference.ReferenceFigure | None
    turnout_target: reference.ReferenceFigure
    activities: int
    participants: int
    participants_women: int
    participants_first_time: int
    stale_codes: tuple[str, ...] = ()  # shown with an older report: counted as not reported
    missing_codes: tuple[str, ...] = ()  # no report at all up to this period
    stale_periods: tuple[str, ...] = ()  # the period of each stale district's report

    @property
    def not_reported(self) -> int:
        return len(self.stale_codes) + len(self.missing_codes)


def key_figures(conflict: pd.DataFrame, outreach: pd.DataFrame, period: str,
                election: str = "Pilkada 2024") -> KeyFigures:
    reports = period_reports(conflict, period)
    high = tuple(reports.loc[current_levels(reports) == "tinggi", "kode"])
    stale = reports[reports["status"] == STALE]
    start, end = period_dates(period)
    acts = activities_between(outreach, start, end)
    return KeyFigures(
        period=period,
        high_risk_codes=high,
        districts_reported=len(codes_with_status(reports, CURRENT)),
        stale_codes=tuple(stale["kode"]),
        missing_codes=codes_with_status(reports, NONE),
        stale_periods=tuple(stale["periode_laporan"]),
        province_turnout=reference.PROVINCE_TURNOUT.get(election),
        turnout_target=reference.PROVINCE_TURNOUT_TARGET,
        activities=len(acts),
        participants=int(acts["peserta_total"].fillna(0).sum()),
        participants_women=int(acts["peserta_perempuan"].fillna(0).sum()),
        participants_first_time=int(acts["peserta_pemilih_pemula"].fillna(0).sum()),
    )


def _source(row: pd.Series | None, code: str, election: str, column: str):
    if row is None:
        return None
    return figure_source("participation", {**row.to_dict(), "kab_kota": code, "pemilihan": election},
                         column)


def district_summary(conflict: pd.DataFrame, participation: pd.DataFrame, outreach: pd.DataFrame,
                     period: str, election: str = "Pilkada 2024") -> pd.DataFrame:
    """One row per district (registry order) with the overview's figures, raw (unformatted).
    ``tingkat_rawan``/``skor``/``periode_laporan`` are those of the report shown (maybe from an
    earlier period); count with ``current_levels`` / ``status_laporan``, never with them alone."""
    reports = period_reports(conflict, period).set_index("kode")
    part = participation[participation["pemilihan"] == election].set_index("kab_kota")
    start, end = period_dates(period)
    acts = activities_between(outreach, start, end).groupby("kab_kota")
    counts = acts.size()
    reached = acts["peserta_total"].sum()
    rows = []
    for d in regions.DISTRICTS:
        code = d.kemendagri_code
        risk = reports.loc[code]
        has = risk["status"] != NONE
        p = part.loc[code] if code in part.index else None
        turnout = p["partisipasi_total"] if p is not None else pd.NA
        turnout_source = _source(p, code, election, "partisipasi_total")
        target = p["target_total"] if p is not None else pd.NA
        rows.append({
            "kode": code,
            "nama": d.official_name,
            "periode": period,  # the period chosen
            # the report shown for the period (maybe an older one: see status_laporan) ...
            "tingkat_rawan": risk["tingkat_rawan"] if has else pd.NA,
            "skor": risk["skor"] if has else pd.NA,
            "periode_laporan": risk["periode_laporan"] if has else pd.NA,
            # ... and whether it counts as reported for the period (period_reports' rule)
            "status_laporan": risk["status"],
            "laporan_terkini": bool(risk["is_current"]),
            "sumber_risiko": risk["sumber"] if has else pd.NA,
            # how the level came about (indicators.grain: own row, or from its kecamatan)
            "tingkat_asal": risk["tingkat_asal"] if has else pd.NA,
            "kecamatan_tertinggi": risk["kecamatan_tertinggi"] if has else pd.NA,
            "kecamatan_dilaporkan": risk["kecamatan_dilaporkan"] if has else pd.NA,
            "kecamatan_jumlah": risk["kecamatan_jumlah"] if has else pd.NA,
            "partisipasi_total": turnout,
            "target_total": target,
            "selisih_target": (turnout - target) if pd.notna(turnout) and pd.notna(target)
            else pd.NA,
            "sumber_partisipasi": turnout_source.source if turnout_source is not None else pd.NA,
            # each figure's own source (storage.published.figure_source)
            "asal_partisipasi_total": turnout_source,
            "asal_target_total": _source(p, code, election, "target_total"),
            "jumlah_kegiatan": int(counts.get(code, 0)),
            "peserta_kegiatan": int(reached.get(code, 0)),
        })
    return pd.DataFrame(rows)
