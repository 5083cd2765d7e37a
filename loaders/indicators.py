"""Figures derived from the datasets: latest risk per district, activities in a period, the
province's key figures. Pure functions on frames, no I/O."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from loaders import reference, regions


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
    indexed by Kemendagri code, with a column ``is_current`` telling whether it is from ``up_to``."""
    rows = conflict[conflict["kecamatan"].fillna("") == ""].copy()
    if up_to is not None:
        limit = period_sort_key(up_to)
        rows = rows[rows["periode"].map(period_sort_key).astype(int) <= limit]
    if rows.empty:
        return rows.set_index("kab_kota").assign(is_current=pd.Series(dtype=bool))
    rows["_order"] = rows["periode"].map(period_sort_key).astype(int)
    rows = rows.sort_values(["kab_kota", "_order"]).groupby("kab_kota").tail(1)
    rows["is_current"] = rows["periode"] == up_to if up_to else True
    return rows.drop(columns="_order").set_index("kab_kota")


def reported_in(conflict: pd.DataFrame, period: str) -> set[str]:
    return set(conflict.loc[conflict["periode"] == period, "kab_kota"])


def activities_between(outreach: pd.DataFrame, start: dt.date, end: dt.date) -> pd.DataFrame:
    dates = outreach["tanggal"]
    return outreach[(dates >= start) & (dates <= end)]


@dataclass(frozen=True)
class KeyFigures:
    period: str
    high_risk_codes: tuple[str, ...]
    districts_reported: int
    province_turnout: reference.ReferenceFigure | None
    turnout_target: reference.ReferenceFigure
    activities: int
    participants: int
    participants_women: int
    participants_first_time: int


def key_figures(conflict: pd.DataFrame, outreach: pd.DataFrame, period: str,
                election: str = "Pilkada 2024") -> KeyFigures:
    latest = latest_risk(conflict, period)
    high = tuple(code for code in regions.codes()
                 if code in latest.index and latest.at[code, "tingkat_rawan"] == "tinggi")
    start, end = period_dates(period)
    acts = activities_between(outreach, start, end)
    return KeyFigures(
        period=period,
        high_risk_codes=high,
        districts_reported=len(reported_in(conflict, period)),
        province_turnout=reference.PROVINCE_TURNOUT.get(election),
        turnout_target=reference.PROVINCE_TURNOUT_TARGET,
        activities=len(acts),
        participants=int(acts["peserta_total"].fillna(0).sum()),
        participants_women=int(acts["peserta_perempuan"].fillna(0).sum()),
        participants_first_time=int(acts["peserta_pemilih_pemula"].fillna(0).sum()),
    )


def district_summary(conflict: pd.DataFrame, participation: pd.DataFrame, outreach: pd.DataFrame,
                     period: str, election: str = "Pilkada 2024") -> pd.DataFrame:
    """One row per district (registry order) with the overview's figures, raw (unformatted)."""
    latest = latest_risk(conflict, period)
    part = participation[participation["pemilihan"] == election].set_index("kab_kota")
    start, end = period_dates(period)
    acts = activities_between(outreach, start, end).groupby("kab_kota")
    counts = acts.size()
    reached = acts["peserta_total"].sum()
    rows = []
    for d in regions.DISTRICTS:
        code = d.kemendagri_code
        risk = latest.loc[code] if code in latest.index else None
        p = part.loc[code] if code in part.index else None
        turnout = p["partisipasi_total"] if p is not None else pd.NA
        target = p["target_total"] if p is not None else pd.NA
        rows.append({
            "kode": code,
            "nama": d.official_name,
            "tingkat_rawan": risk["tingkat_rawan"] if risk is not None else pd.NA,
            "skor": risk["skor"] if risk is not None else pd.NA,
            "periode_laporan": risk["periode"] if risk is not None else pd.NA,
            "laporan_terkini": bool(risk["is_current"]) if risk is not None else False,
            "sumber_risiko": risk["sumber"] if risk is not None else pd.NA,
            "partisipasi_total": turnout,
            "target_total": target,
            "selisih_target": (turnout - target) if pd.notna(turnout) and pd.notna(target)
            else pd.NA,
            "sumber_partisipasi": (p["sumber_partisipasi"] or p["sumber"]) if p is not None
            else pd.NA,
            "jumlah_kegiatan": int(counts.get(code, 0)),
            "peserta_kegiatan": int(reached.get(code, 0)),
        })
    return pd.DataFrame(rows)
