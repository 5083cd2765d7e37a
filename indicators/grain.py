"""The kecamatan and desa grain of the conflict-risk reports, and THE rule for a kab/kota's level
when its report is per kecamatan.

**The rule** (``district_rows``): for each kab/kota and period,

1. its own kab/kota row (``kecamatan`` and ``desa`` empty), when the report has one: that row is
   the kab/kota's level and score, whatever its kecamatan rows say;
2. else, when it reported kecamatan (or desa), the kab/kota's level is the **highest level** among
   them, its score the highest score, its incidents the sum, its categories the union; a kecamatan
   given only through its desa rows counts with the highest of those. The row says so:
   ``tingkat_asal`` = "kecamatan", and the tooltip reads "3 dari 10 kecamatan rawan tinggi"
   (``kecamatan_tertinggi`` of ``kecamatan_jumlah``, the kab/kota's kecamatan in the registry,
   with ``kecamatan_dilaporkan`` when not all were reported).

Every "latest risk per district" goes through it: ``indicators.figures.latest_risk`` (and so
``period_reports``, the key figures, the district summary, the profile, the slides, the PDF and the
deck), ``report_counts`` / ``default_period``, and ``indicators.thematic.district_reports`` (change
map, categories, trends, reporting status). A kab/kota that reported only kecamatan for a period
therefore counts as having reported that period.

Also here: each kecamatan's level for the drill-down (``kecamatan_levels``, ``desa_levels``), the
kab/kota's kecamatan table for the profile, and the kecamatan of incidents and activities given
only by coordinates (``locate_kecamatan``: point in polygon, marked approximate).
"""

from __future__ import annotations

import pandas as pd

from domain.schema import RISK_LEVELS
from domain.subregions import default_subregions
from i18n import is_missing

OWN, FROM_KECAMATAN = "kab_kota", "kecamatan"
_RANK = {level: rank for rank, level in enumerate(RISK_LEVELS)}
APPROXIMATE_COLUMN = "kecamatan_perkiraan"


def _blank(series: pd.Series) -> pd.Series:
    return series.fillna("").astype(str).str.strip() == ""


def _column(conflict: pd.DataFrame, name: str) -> pd.Series:
    return conflict[name] if name in conflict else pd.Series("", index=conflict.index, dtype="string")


def own_rows(conflict: pd.DataFrame) -> pd.Series:
    """Which rows are a kab/kota's own row (no kecamatan, no desa)."""
    return _blank(_column(conflict, "kecamatan")) & _blank(_column(conflict, "desa"))


def _empty(value: object) -> bool:
    return is_missing(value) or not str(value).strip()


def _number(value: object) -> float | None:
    if is_missing(value):
        return None
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _highest(levels) -> str | None:
    ranked = [lv for lv in levels if lv in _RANK]
    return max(ranked, key=_RANK.__getitem__) if ranked else None


def _max(values) -> float | None:
    numbers = [v for v in (_number(x) for x in values) if v is not None]
    return max(numbers) if numbers else None


def _unit_records(records: list[dict]) -> dict[str, dict]:
    """Kecamatan -> its level, score, incidents and whether they come from desa rows, for the
    kecamatan-grain ``records`` of one kab/kota and period: a kecamatan's own row (the last, when
    repeated) if present, else the highest of its desa rows. Plain Python: this runs on every
    period's figures (pages, slides, PDF), for frames of a few hundred rows."""
    grouped: dict[str, list[dict]] = {}
    for record in records:
        grouped.setdefault(str(record.get("kecamatan") or ""), []).append(record)
    out = {}
    for kec in sorted(grouped):
        group = grouped[kec]
        own = [r for r in group if _empty(r.get("desa"))]
        source = own[-1:] if own else group
        out[kec] = {"tingkat_rawan": _highest(r.get("tingkat_rawan") for r in source),
                    "skor": _max(r.get("skor") for r in source),
                    "jumlah_kejadian": sum(_number(r.get("jumlah_kejadian")) or 0 for r in source),
                    "dari_desa": not own}
    return out


def unit_levels(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per kecamatan of kecamatan-grain ``rows`` (one kab/kota and period): its own
    kecamatan row if present, else the highest of its desa rows. Columns: kecamatan, tingkat_rawan,
    skor, jumlah_kejadian, dari_desa (True when derived from desa rows)."""
    units = _unit_records(rows.to_dict("records"))
    return pd.DataFrame([{"kecamatan": k, **v} for k, v in units.items()],
                        columns=["kecamatan", "tingkat_rawan", "skor", "jumlah_kejadian",
                                 "dari_desa"])


def _derived(kab: str, period: str, rows: list[dict], units: dict[str, dict]) -> dict:
    """The kab/kota row made from its kecamatan (and desa) rows by the rule."""
    categories = sorted({c.strip() for r in rows if not _empty(r.get("kategori"))
                         for c in str(r["kategori"]).split(";") if c.strip()})
    dates = [r["tanggal_laporan"] for r in rows if not is_missing(r.get("tanggal_laporan"))]
    score = _max(u["skor"] for u in units.values())

    def joined(column: str) -> str:
        return "; ".join(dict.fromkeys(str(r[column]) for r in rows if not _empty(r.get(column))))

    return {**rows[-1], "kab_kota": kab, "kecamatan": "", "desa": "", "periode": period,
            "tingkat_rawan": _highest(u["tingkat_rawan"] for u in units.values()),
            "skor": pd.NA if score is None else score, "kategori": ";".join(categories),
            "jumlah_kejadian": int(sum(u["jumlah_kejadian"] for u in units.values())),
            "catatan": "", "unit_pelapor": joined("unit_pelapor"),
            "tanggal_laporan": max(dates) if dates else pd.NA, "sumber": joined("sumber")}


def _counts(kab: str, units: dict[str, dict], level: object) -> dict:
    return {"kecamatan_dilaporkan": len(units),
            "kecamatan_jumlah": len(default_subregions().kecamatan_of(kab)),
            "kecamatan_tertinggi": sum(1 for u in units.values() if u["tingkat_rawan"] == level)}


EXTRA_COLUMNS: tuple[str, ...] = ("tingkat_asal", "kecamatan_dilaporkan", "kecamatan_jumlah",
                                  "kecamatan_tertinggi")


def district_rows(conflict: pd.DataFrame) -> pd.DataFrame:
    """THE rule (see the module): one row per kab/kota and period, with the conflict_risk columns
    and ``tingkat_asal`` (OWN or FROM_KECAMATAN), ``kecamatan_dilaporkan``, ``kecamatan_jumlah``,
    ``kecamatan_tertinggi`` (kecamatan at the kab/kota's level; 0 without kecamatan rows).
    Own rows are taken as they are (vectorised: this runs for every period's figures); only the
    kecamatan rows are walked."""
    if conflict.empty:
        return conflict.assign(**{c: pd.Series(dtype=object) for c in EXTRA_COLUMNS})
    own_mask = own_rows(conflict)
    own = conflict[own_mask].drop_duplicates(["kab_kota", "periode"], keep="last")
    detail: dict[tuple, list[dict]] = {}
    if not own_mask.all():
        for record in conflict[~own_mask].to_dict("records"):
            detail.setdefault((record["kab_kota"], record["periode"]), []).append(record)
    units = {key: _unit_records(rows) for key, rows in detail.items()}
    totals = {kab: len(default_subregions().kecamatan_of(kab)) for kab in set(conflict["kab_kota"])}
    keys = list(zip(own["kab_kota"], own["periode"]))
    none: dict[str, dict] = {}
    own = own.assign(
        tingkat_asal=OWN,
        kecamatan_dilaporkan=[len(units.get(k, none)) for k in keys],
        kecamatan_jumlah=[totals.get(k[0], 0) for k in keys],
        kecamatan_tertinggi=[sum(1 for u in units.get(k, none).values()
                                 if u["tingkat_rawan"] == level)
                             for k, level in zip(keys, own["tingkat_rawan"])])
    have = set(keys)
    derived = []
    for key, rows in detail.items():
        if key in have:
            continue
        record = _derived(key[0], key[1], rows, units[key])
        derived.append({**record, "tingkat_asal": FROM_KECAMATAN,
                        **_counts(key[0], units[key], record["tingkat_rawan"])})
    if not derived:
        return own.reset_index(drop=True)
    made = pd.DataFrame(derived, columns=list(own.columns))
    for column in conflict.columns:
        made[column] = made[column].astype(conflict[column].dtype) \
            if str(conflict[column].dtype) != "object" else made[column]
    return pd.concat([own, made], ignore_index=True)


def kecamatan_levels(conflict: pd.DataFrame, kab: str, period: str | None) -> pd.DataFrame:
    """The kecamatan of one kab/kota reported for ``period`` (kecamatan code -> level, score,
    incidents), by ``unit_levels``; empty without a kecamatan report for that period."""
    rows = conflict[(conflict["kab_kota"] == kab) & (conflict["periode"] == period)
                    & ~own_rows(conflict)]
    return unit_levels(rows).set_index("kecamatan")


def desa_levels(conflict: pd.DataFrame, kec: str, period: str | None) -> pd.DataFrame:
    """The desa of one kecamatan reported for ``period`` (desa code -> tingkat_rawan, skor)."""
    rows = conflict[(_column(conflict, "kecamatan") == kec) & (conflict["periode"] == period)
                    & ~_blank(_column(conflict, "desa"))]
    rows = rows.drop_duplicates("desa", keep="last").set_index("desa")
    return rows[["tingkat_rawan", "skor"]]


def kecamatan_table(conflict: pd.DataFrame, kab: str, period: str | None) -> pd.DataFrame:
    """Every kecamatan of ``kab`` (registry order) with its reported level, score and incidents
    for ``period`` (NA where not reported): kode, nama, tingkat_rawan, skor, jumlah_kejadian."""
    levels = kecamatan_levels(conflict, kab, period)
    units = default_subregions().kecamatan_of(kab)
    return pd.DataFrame({
        "kode": [k.code for k in units], "nama": [k.name for k in units],
        "tingkat_rawan": [levels.at[k.code, "tingkat_rawan"] if k.code in levels.index else pd.NA
                          for k in units],
        "skor": [levels.at[k.code, "skor"] if k.code in levels.index else pd.NA for k in units],
        "jumlah_kejadian": [levels.at[k.code, "jumlah_kejadian"] if k.code in levels.index
                            else pd.NA for k in units],
    })


def subregion_name(value: object) -> str:
    """A stored kecamatan/desa cell for display: the unit's name for a code, else the text."""
    if is_missing(value) or not str(value):
        return ""
    unit = default_subregions().by_code.get(str(value))
    return unit.name if unit is not None else str(value)


def locate_kecamatan(frame: pd.DataFrame, kecamatan: object | None) -> pd.DataFrame:
    """Incidents or activities with the kecamatan filled in from ``lat``/``lon`` by point in
    polygon where none is given and a kecamatan layer (a GeoDataFrame with ``kode``, Kemendagri
    codes) is imported; such rows get ``kecamatan_perkiraan`` True (the kecamatan polygons are
    coarse: an estimate, said so in tooltips). A given kecamatan is never replaced."""
    out = frame.copy()
    out[APPROXIMATE_COLUMN] = False
    if kecamatan is None or out.empty or "lat" not in out or "kecamatan" not in out:
        return out
    import geopandas as gpd

    todo = _blank(out["kecamatan"]) & out["lat"].notna() & out["lon"].notna()
    if not todo.any():
        return out
    points = gpd.GeoDataFrame(
        index=out.index[todo],
        geometry=gpd.points_from_xy(out.loc[todo, "lon"].astype(float),
                                    out.loc[todo, "lat"].astype(float)), crs=4326)
    layer = kecamatan[["kode", "geometry"]]
    if layer.crs is not None and layer.crs != points.crs:
        layer = layer.to_crs(points.crs)
    joined = gpd.sjoin(points, layer, how="inner", predicate="within")
    joined = joined[~joined.index.duplicated(keep="first")]
    known = default_subregions().by_code
    codes = joined["kode"].astype(str)
    codes = codes[codes.map(lambda c: c in known)]
    if "kab_kota" in out:  # a point across the kab/kota's border: the given kab/kota decides
        same = [known[c].district_code == out.at[i, "kab_kota"] for i, c in codes.items()]
        codes = codes[same]
    out.loc[codes.index, "kecamatan"] = codes.values
    out.loc[codes.index, APPROXIMATE_COLUMN] = True
    return out
