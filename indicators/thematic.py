"""Figures behind the thematic pages: risk per period and its change, incidents, participation
gaps, outreach coverage, the priority composite and a district's reporting status.

Pure functions on the validated frames of ``storage.datasets`` (no I/O, no Streamlit), so every
rule here is tested with plain pytest. Frames come back one row per district in registry order
where a page draws a map, so a district without data is a visible "no data", not a missing row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

import pandas as pd

from domain import regions
from domain.schema import ELECTIONS, RISK_LEVELS
from i18n import is_missing
from indicators import grain
from indicators.figures import (
    CURRENT,
    activities_between,
    period_dates,
    period_reports,
    period_sort_key,
)
from loaders import reference
from storage.published import figure_source

# --- conflict risk -------------------------------------------------------------------------------

WORSE, SAME, BETTER = "memburuk", "tetap", "membaik"
CHANGES: tuple[str, ...] = (WORSE, SAME, BETTER)
_LEVEL_RANK = {level: rank for rank, level in enumerate(RISK_LEVELS)}


def _registry_frame() -> pd.DataFrame:
    return pd.DataFrame({
        "kode": [d.kemendagri_code for d in regions.DISTRICTS],
        "nama": [d.official_name for d in regions.DISTRICTS],
        "nama_pendek": [d.short_name for d in regions.DISTRICTS],
    })


def district_reports(conflict: pd.DataFrame) -> pd.DataFrame:
    """One district-level row per kab/kota and period, by the one rule of
    ``indicators.grain.district_rows`` (its own row, else made of its kecamatan rows): kecamatan
    rows mixed in would count a district twice."""
    return grain.district_rows(conflict)


def previous_period(periods: list[str], period: str) -> str | None:
    ordered = sorted(set(periods), key=period_sort_key)
    if period not in ordered:
        return None
    i = ordered.index(period)
    return ordered[i - 1] if i > 0 else None


def classify_change(previous: object, current: object) -> str | None:
    """Worse/same/better by the agency's level, not its score: the level is what the district
    reported and what decisions use. None when either period has no valid level."""
    if previous not in _LEVEL_RANK or current not in _LEVEL_RANK:
        return None
    step = _LEVEL_RANK[current] - _LEVEL_RANK[previous]
    return WORSE if step > 0 else BETTER if step < 0 else SAME


def risk_in_period(conflict: pd.DataFrame, period: str | None) -> pd.DataFrame:
    """The district-level reports of exactly ``period``, indexed by Kemendagri code."""
    rows = district_reports(conflict)
    rows = rows[rows["periode"] == period] if period else rows.iloc[0:0]
    return rows.drop_duplicates("kab_kota", keep="last").set_index("kab_kota")


def risk_change(conflict: pd.DataFrame, period: str, previous: str | None) -> pd.DataFrame:
    """One row per district: level and score now and in ``previous``, and the change."""
    now = risk_in_period(conflict, period)
    before = risk_in_period(conflict, previous)
    out = _registry_frame()
    for name, source in (("kini", now), ("sebelum", before)):
        out[f"tingkat_{name}"] = out["kode"].map(source["tingkat_rawan"]) if len(source) else pd.NA
        out[f"skor_{name}"] = out["kode"].map(source["skor"]) if len(source) else pd.NA
    out["perubahan"] = pd.Series([classify_change(b, n) for b, n in
                                  zip(out["tingkat_sebelum"], out["tingkat_kini"])],
                                 index=out.index, dtype="string")
    out["sumber"] = out["kode"].map(now["sumber"]) if len(now) else pd.NA
    return out


def categories_by_district(conflict: pd.DataFrame, period: str) -> pd.DataFrame:
    """Long frame (kode, nama_pendek, kategori) of the categories each district reported in
    ``period``; the column holds several categories separated by ';'."""
    rows = risk_in_period(conflict, period)
    names = _registry_frame().set_index("kode")["nama_pendek"]
    records = []
    for code, value in rows["kategori"].items():
        for category in str("" if is_missing(value) else value).split(";"):
            if category.strip():
                records.append({"kode": code, "nama_pendek": names.get(code, code),
                                "kategori": category.strip()})
    return pd.DataFrame(records, columns=["kode", "nama_pendek", "kategori"])


def risk_history(conflict: pd.DataFrame) -> pd.DataFrame:
    """Every district-level report in time order: kode, nama_pendek, periode, urutan, skor,
    tingkat_rawan."""
    rows = district_reports(conflict)
    names = _registry_frame().set_index("kode")["nama_pendek"]
    out = pd.DataFrame({
        "kode": rows["kab_kota"].astype(str),
        "nama_pendek": rows["kab_kota"].map(names),
        "periode": rows["periode"].astype(str),
        "skor": rows["skor"].astype("Float64"),
        "tingkat_rawan": rows["tingkat_rawan"].astype(str),
    })
    out["urutan"] = out["periode"].map(period_sort_key)
    return out.sort_values(["kode", "urutan"]).reset_index(drop=True)


# --- incidents -----------------------------------------------------------------------------------

def filter_incidents(incidents: pd.DataFrame, start: dt.date | None = None,
                     end: dt.date | None = None, categories: Iterable[str] | None = None,
                     statuses: Iterable[str] | None = None) -> pd.DataFrame:
    """Incidents in [start, end] with one of ``categories`` and ``statuses`` (None: all)."""
    keep = pd.Series(True, index=incidents.index)
    if start is not None:
        keep &= incidents["tanggal"].map(lambda d: not is_missing(d) and d >= start).astype(bool)
    if end is not None:
        keep &= incidents["tanggal"].map(lambda d: not is_missing(d) and d <= end).astype(bool)
    if categories is not None:
        keep &= incidents["kategori"].isin(list(categories)).astype(bool)
    if statuses is not None:
        keep &= incidents["status_verifikasi"].isin(list(statuses)).astype(bool)
    return incidents[keep]


def counts_by_district(frame: pd.DataFrame, column: str = "kab_kota") -> pd.Series:
    """Rows per district, every registry code present (0 when none)."""
    counts = frame[column].value_counts() if len(frame) else pd.Series(dtype=int)
    return pd.Series({code: int(counts.get(code, 0)) for code in regions.codes()}, dtype=int)


def located(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows with both coordinates (validation guarantees they come together)."""
    return frame[frame["lat"].notna() & frame["lon"].notna()]


# --- participation -------------------------------------------------------------------------------

GROUPS: tuple[str, ...] = ("total", "perempuan", "pemilih_pemula")
FIGURE_COLUMNS: tuple[str, ...] = (
    "dpt_total", "dpt_perempuan", "dpt_pemilih_pemula",
    *(f"{kind}_{g}" for kind in ("partisipasi", "target") for g in GROUPS))
# Class edges of the gap in percentage points (achieved minus target): six classes, three below
# the target and three at or above it, so the map's middle is the target itself.
GAP_BREAKS: tuple[float, ...] = (-10.0, -5.0, 0.0, 5.0, 10.0)


def elections(participation: pd.DataFrame) -> list[str]:
    present = set(participation["pemilihan"].dropna())
    known = [e for e in ELECTIONS if e in present]
    return known + sorted(present - set(known))


def gap_class(gap: object, breaks: tuple[float, ...] = GAP_BREAKS) -> int | None:
    """Index of the class of ``gap`` (0 = furthest below target); None when unknown."""
    if is_missing(gap):
        return None
    return sum(1 for edge in breaks if float(gap) >= edge)


def participation_gaps(participation: pd.DataFrame, election: str) -> pd.DataFrame:
    """One row per district for ``election``: DPT, and per group achieved, target and gap
    (``selisih_<group>`` = achieved minus target, in points; NA when either is missing)."""
    rows = participation[participation["pemilihan"] == election].drop_duplicates(
        "kab_kota", keep="last").set_index("kab_kota")
    out = _registry_frame()
    columns = ["dpt_total", "dpt_perempuan", "dpt_pemilih_pemula", "sumber", "sumber_partisipasi"]
    columns += [f"{kind}_{g}" for g in GROUPS for kind in ("partisipasi", "target")]
    for column in columns:
        out[column] = out["kode"].map(rows[column]) if len(rows) else pd.NA
    for g in GROUPS:
        achieved = pd.to_numeric(out[f"partisipasi_{g}"], errors="coerce").astype("Float64")
        target = pd.to_numeric(out[f"target_{g}"], errors="coerce").astype("Float64")
        out[f"partisipasi_{g}"], out[f"target_{g}"] = achieved, target
        out[f"selisih_{g}"] = achieved - target
    # Each figure's own source (storage.published.figure_source): ``asal_<column>``.
    records = {code: row for code, row in zip(rows.index, rows.to_dict("records"))}
    for column in FIGURE_COLUMNS:
        out[f"asal_{column}"] = [
            figure_source("participation", {**records[code], "kab_kota": code}, column)
            if code in records else None for code in out["kode"]]
    out["sumber_angka"] = [s.source if s is not None else pd.NA
                           for s in out["asal_partisipasi_total"]]
    out["ada_data"] = out[[f"partisipasi_{g}" for g in GROUPS]].notna().any(axis=1)
    return out


def dpt_composition(participation: pd.DataFrame, election: str) -> pd.DataFrame:
    """Long frame (kode, nama_pendek, bagian, jumlah, persen) of the DPT: women and men
    (``laki_laki`` = total minus women), and first-time voters as a share of the total."""
    gaps = participation_gaps(participation, election)
    records = []
    for _, row in gaps.iterrows():
        total = row["dpt_total"]
        if is_missing(total) or not total:
            continue
        women = pd.NA if is_missing(row["dpt_perempuan"]) else row["dpt_perempuan"]
        parts = {"perempuan": women,
                 "laki_laki": pd.NA if is_missing(women) else total - women,
                 "pemilih_pemula": row["dpt_pemilih_pemula"]}
        # men = total minus women: as sourced as the less sourced of the two
        sources = {"perempuan": row["asal_dpt_perempuan"],
                   "laki_laki": _weaker(row["asal_dpt_total"], row["asal_dpt_perempuan"]),
                   "pemilih_pemula": row["asal_dpt_pemilih_pemula"]}
        for part, value in parts.items():
            if not is_missing(value):
                records.append({"kode": row["kode"], "nama_pendek": row["nama_pendek"],
                                "bagian": part, "jumlah": int(value),
                                "persen": 100.0 * float(value) / float(total),
                                "asal": sources[part], "asal_total": row["asal_dpt_total"]})
    return pd.DataFrame(records, columns=["kode", "nama_pendek", "bagian", "jumlah", "persen",
                                          "asal", "asal_total"])


def _weaker(a, b):
    """Of two figures' sources, the DATA CONTOH one if either is (a difference of a published and
    an invented figure is invented), else the first."""
    return b if b is not None and b.is_demo else a


def election_comparison(participation: pd.DataFrame, group: str = "total") -> pd.DataFrame:
    """Long frame (kode, nama_pendek, pemilihan, partisipasi, target) of one group's turnout in
    every election present, for a side-by-side chart."""
    frames = []
    for election in elections(participation):
        gaps = participation_gaps(participation, election)
        frames.append(pd.DataFrame({
            "kode": gaps["kode"], "nama_pendek": gaps["nama_pendek"], "pemilihan": election,
            "partisipasi": gaps[f"partisipasi_{group}"], "target": gaps[f"target_{group}"],
        }))
    if not frames:
        return pd.DataFrame(columns=["kode", "nama_pendek", "pemilihan", "partisipasi", "target"])
    out = pd.concat(frames, ignore_index=True)
    return out[out["partisipasi"].notna()].reset_index(drop=True)


# --- outreach ------------------------------------------------------------------------------------

def filter_activities(outreach: pd.DataFrame, start: dt.date | None = None,
                      end: dt.date | None = None, groups: Iterable[str] | None = None,
                      types: Iterable[str] | None = None,
                      districts: Iterable[str] | None = None) -> pd.DataFrame:
    """Activities in [start, end] for the chosen target groups, types and districts (None: all)."""
    out = outreach
    if start is not None or end is not None:
        out = activities_between(out, start or dt.date.min, end or dt.date.max)
    if groups is not None:
        out = out[out["sasaran"].isin(list(groups))]
    if types is not None:
        out = out[out["jenis_kegiatan"].isin(list(types))]
    if districts is not None:
        out = out[out["kab_kota"].isin(list(districts))]
    return out


def coverage_percent(reached: object, voters: object) -> float | None:
    """People reached as a percentage of the voters on the DPT; None when the DPT is unknown or
    zero (0 reached of a known DPT is 0 %, a real figure)."""
    if is_missing(voters) or float(voters) <= 0:
        return None
    reached = 0 if is_missing(reached) else float(reached)
    return 100.0 * reached / float(voters)


def coverage(activities: pd.DataFrame, participation: pd.DataFrame, election: str) -> pd.DataFrame:
    """One row per district: activities and people reached (total, women, first-time voters),
    the DPT of ``election`` and coverage in percent of it (``cakupan_<group>``)."""
    grouped = activities.groupby("kab_kota")
    out = _registry_frame()
    out["kegiatan"] = out["kode"].map(grouped.size()).fillna(0).astype(int)
    reached = {"total": "peserta_total", "perempuan": "peserta_perempuan",
               "pemilih_pemula": "peserta_pemilih_pemula"}
    gaps = participation_gaps(participation, election).set_index("kode")
    for group, column in reached.items():
        sums = grouped[column].sum() if len(activities) else pd.Series(dtype=float)
        out[column] = out["kode"].map(sums).fillna(0).astype(int)
        out[f"dpt_{group}"] = out["kode"].map(gaps[f"dpt_{group}"])
        out[f"cakupan_{group}"] = [coverage_percent(r, v) for r, v in
                                   zip(out[column], out[f"dpt_{group}"])]
        out[f"cakupan_{group}"] = out[f"cakupan_{group}"].astype("Float64")
    return out


def activities_vs_needs(activities: pd.DataFrame, conflict: pd.DataFrame,
                        participation: pd.DataFrame, election: str,
                        period: str | None) -> pd.DataFrame:
    """Per district: activities and people reached beside the risk reported FOR ``period``
    (``indicators.figures.period_reports``: an older report counts as not reported, so its level
    and score are NA here, ``status_laporan`` says why) and the turnout gap of ``election``."""
    reports = period_reports(conflict, period).set_index("kode")
    current = reports["status"] == CURRENT
    gaps = participation_gaps(participation, election).set_index("kode")
    out = coverage(activities, participation, election)[
        ["kode", "nama", "nama_pendek", "kegiatan", "peserta_total", "cakupan_total"]]
    out["tingkat_rawan"] = out["kode"].map(reports["tingkat_rawan"].where(current, pd.NA))
    out["skor"] = out["kode"].map(reports["skor"].where(current, pd.NA))
    out["status_laporan"] = out["kode"].map(reports["status"])
    out["periode_laporan"] = out["kode"].map(reports["periode_laporan"])
    out["selisih_total"] = out["kode"].map(gaps["selisih_total"])
    return out


def activity_count_class(count: int) -> int:
    """Five classes of activities per tile: 0, 1-2, 3-5, 6-10, more than 10."""
    return sum(1 for edge in (1, 3, 6, 11) if count >= edge)


# --- priority composite --------------------------------------------------------------------------

GAP_CAP_POINTS = 20.0  # a shortfall of this many points below target scores the full 100


@dataclass(frozen=True)
class Weights:
    risk: float = 40.0
    gap: float = 30.0
    coverage: float = 30.0

    def as_dict(self) -> dict[str, float]:
        return {"komponen_risiko": float(self.risk), "komponen_partisipasi": float(self.gap),
                "komponen_sosialisasi": float(self.coverage)}


COMPONENTS: tuple[str, ...] = ("komponen_risiko", "komponen_partisipasi", "komponen_sosialisasi")


def shortfall_component(gaps: Iterable[object], cap: float = GAP_CAP_POINTS) -> float | None:
    """0-100 from the groups' gaps: the mean shortfall below target (a gap above target counts
    as 0), ``cap`` points or more = 100. None when no group has a gap."""
    values = [float(g) for g in gaps if not is_missing(g)]
    if not values:
        return None
    shortfall = sum(max(0.0, -g) for g in values) / len(values)
    return min(100.0, 100.0 * shortfall / cap)


def coverage_need(coverages: pd.Series) -> pd.Series:
    """0-100, 100 = no one reached: 100 × (1 − coverage ÷ the best district's coverage).
    Relative on purpose: coverage of a whole DPT is a fraction of a percent everywhere."""
    values = pd.to_numeric(coverages, errors="coerce").astype("Float64")
    best = values.max(skipna=True)
    if is_missing(best):
        return pd.Series(pd.NA, index=coverages.index, dtype="Float64")
    if best <= 0:
        return values.where(values.isna(), 100.0)
    return (100.0 * (1 - values / best)).astype("Float64")


def priority_components(conflict: pd.DataFrame, participation: pd.DataFrame,
                        outreach: pd.DataFrame, election: str, period: str | None) -> pd.DataFrame:
    """One row per district with the raw figures and the three 0-100 components: the risk
    score reported for ``period`` (an older report counts as not reported: no risk component,
    so the district is "incomplete"); shortfall below the turnout targets of ``election`` (total, women,
    first-time voters); and outreach need from coverage of the DPT by all activities up to the
    end of ``period``."""
    end = period_dates(period)[1] if period else None
    acts = filter_activities(outreach, end=end)
    needs = activities_vs_needs(acts, conflict, participation, election, period)
    gaps = participation_gaps(participation, election).set_index("kode")
    out = needs[["kode", "nama", "nama_pendek", "tingkat_rawan", "skor", "status_laporan",
                 "periode_laporan", "kegiatan", "peserta_total", "cakupan_total"]].copy()
    for g in GROUPS:
        out[f"selisih_{g}"] = out["kode"].map(gaps[f"selisih_{g}"])
    out["komponen_risiko"] = pd.to_numeric(out["skor"], errors="coerce").astype("Float64")
    out["komponen_partisipasi"] = pd.Series(
        [shortfall_component(row) for row in
         out[[f"selisih_{g}" for g in GROUPS]].itertuples(index=False)],
        index=out.index, dtype="Float64")
    has_dpt = out["kode"].map(gaps["dpt_total"]).notna()
    out["komponen_sosialisasi"] = coverage_need(out["cakupan_total"].where(has_dpt))
    return out


def composite_priority(components: pd.DataFrame, weights: Weights) -> pd.DataFrame:
    """Adds ``skor_komposit`` = Σ weight × component ÷ Σ weight over the components a district
    has (so a missing figure neither helps nor hurts; ``lengkap`` says whether all were there),
    ``peringkat`` (1 = highest priority) and ``kelas`` (0-4, 20-point bins); sorted by rank.
    All weights 0 gives no composite."""
    w = weights.as_dict()
    out = components.copy()
    scores, complete = [], []
    for _, row in out.iterrows():
        total_w, acc, all_there = 0.0, 0.0, True
        for column in COMPONENTS:
            value = row[column]
            if is_missing(value):
                all_there = all_there and w[column] == 0
                continue
            total_w += w[column]
            acc += w[column] * float(value)
        scores.append(acc / total_w if total_w > 0 else None)
        complete.append(all_there)
    out["skor_komposit"] = pd.Series(scores, index=out.index, dtype="Float64")
    out["lengkap"] = complete
    out["peringkat"] = out["skor_komposit"].rank(ascending=False, method="min").astype("Int64")
    # object dtype: Python ints and None (a district without any component, e.g. only the risk
    # weighted and its report from an earlier period), never floats with NaN
    out["kelas"] = pd.Series([priority_class(s) for s in out["skor_komposit"]], index=out.index,
                             dtype=object)
    return out.sort_values(["peringkat", "kode"], na_position="last").reset_index(drop=True)


def priority_class(score: object) -> int | None:
    if is_missing(score):
        return None
    return min(4, int(float(score) // 20))


# --- one district --------------------------------------------------------------------------------

def reporting_status(conflict: pd.DataFrame, code: str) -> pd.DataFrame:
    """Every period anyone reported, and whether ``code`` did: periode, dilaporkan,
    tanggal_laporan, unit_pelapor, tingkat_rawan, skor."""
    rows = district_reports(conflict)
    all_periods = sorted(set(rows["periode"].dropna()), key=period_sort_key)
    own = rows[rows["kab_kota"] == code].drop_duplicates("periode", keep="last").set_index(
        "periode")
    records = []
    for p in all_periods:
        has = p in own.index
        records.append({
            "periode": p, "dilaporkan": has,
            "tanggal_laporan": own.at[p, "tanggal_laporan"] if has else None,
            "unit_pelapor": own.at[p, "unit_pelapor"] if has else None,
            "tingkat_rawan": own.at[p, "tingkat_rawan"] if has else None,
            "skor": own.at[p, "skor"] if has else None,
        })
    return pd.DataFrame(records, columns=["periode", "dilaporkan", "tanggal_laporan",
                                          "unit_pelapor", "tingkat_rawan", "skor"])


IKP_COLUMNS: tuple[str, ...] = ("dimensi_konteks_sosial_politik", "dimensi_penyelenggaraan_pemilu",
                                "dimensi_kontestasi", "dimensi_partisipasi")


def ikp_table(ikp: pd.DataFrame | None = None, edition: str = "IKP Pemilu 2024") -> pd.DataFrame:
    """Bawaslu's IKP for the ten kab/kota (the ``ikp`` dataset's rows of ``edition``; by default
    the embedded published figures) and the province (loaders.reference), on the IKP's own
    scale. Each score has its source, period, confidence and the other values disagreeing
    sources give (``alternatif``: (value, source) pairs); a row without a category takes the one
    its score falls in; a kab/kota without a row is listed with no score."""
    if ikp is None:
        from storage import defaults

        ikp = defaults.load_demo("ikp").frame
    rows = ikp[ikp["edisi"] == edition].drop_duplicates("kab_kota", keep="last")
    by_code = {r["kab_kota"]: r for r in rows.to_dict("records")}
    records = []
    for d in regions.DISTRICTS:
        row = by_code.get(d.kemendagri_code)
        source = figure_source("ikp", row, "skor") if row is not None else None
        score = None if row is None or is_missing(row["skor"]) else float(row["skor"])
        category = (row["kategori"] if row is not None and row["kategori"] else
                    reference.ikp_category(score, reference.IKP_KAB_KOTA_THRESHOLDS)
                    if score is not None else None)
        records.append({
            "kode": d.kemendagri_code, "wilayah": d.official_name, "kategori": category,
            "skor": score, "periode": (source.period if source and source.period else edition),
            "sumber": source.source if source else None, "sumber_id": "",
            "url": source.url if source else "", "keyakinan": source.confidence if source else "",
            "alternatif": source.alternatives if source else (), "tersirat": False,
            **{c: (None if row is None or is_missing(row[c]) else float(row[c]))
               for c in IKP_COLUMNS}})
    for f in reference.IKP_FIGURES:
        if f.code != regions.PROVINCE_CODE:
            continue
        dimensions = {f"dimensi_{k}": v for k, v in f.dimensions}
        records.append({"kode": f.code, "wilayah": f.area, "kategori": f.category,
                        "skor": f.score, "periode": f.period, "sumber": f.source,
                        "sumber_id": f.source_id, "url": f.url, "keyakinan": f.confidence,
                        "alternatif": f.alternatives, "tersirat": False,
                        **{c: dimensions.get(c) for c in IKP_COLUMNS}})
    return pd.DataFrame(records)


def district_participation(participation: pd.DataFrame, code: str) -> pd.DataFrame:
    """One district's row of ``participation_gaps`` for every election it has a row in, with
    ``pemilihan``; empty when it has none."""
    rows = []
    for election in elections(participation):
        if not ((participation["pemilihan"] == election)
                & (participation["kab_kota"] == code)).any():
            continue
        row = participation_gaps(participation, election).set_index("kode").loc[code]
        rows.append(row.to_frame().T.assign(pemilihan=election))
    if not rows:
        return pd.DataFrame(columns=["pemilihan"])
    return pd.concat(rows, ignore_index=True)


def default_election(participation: pd.DataFrame, preferred: str = "Pilkada 2024") -> str:
    """The election pages open on: the latest with published figures (Pilkada 2024) when
    present, else the last one in the data, else ''."""
    present = elections(participation)
    return preferred if preferred in present else (present[-1] if present else "")
