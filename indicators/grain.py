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


def _highest(levels: pd.Series) -> str | None:
    ranked = [lv for lv in levels if lv in _RANK]
    return max(ranked, key=_RANK.__getitem__) if ranked else None


def unit_levels(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per kecamatan of kecamatan-grain ``rows`` (one kab/kota and period): its own
    kecamatan row if present, else the highest of its desa rows. Columns: kecamatan, tingkat_rawan,
    skor, jumlah_kejadian, dari_desa (True when derived from desa rows)."""
    records = []
    for kec, group in rows.groupby(rows["kecamatan"].astype(str), sort=True):
        own = group[_blank(_column(group, "desa"))]
        source = own.tail(1) if len(own) else group
        level = _highest(source["tingkat_rawan"])
        scores = pd.to_numeric(source["skor"], errors="coerce")
        records.append({"kecamatan": kec, "tingkat_rawan": level,
                        "skor": scores.max() if scores.notna().any() else pd.NA,
                        "jumlah_kejadian": pd.to_numeric(source["jumlah_kejadian"],
                                                         errors="coerce").sum(),
                        "dari_desa": not len(own)})
    return pd.DataFrame(records, columns=["kecamatan", "tingkat_rawan", "skor", "jumlah_kejadian",
                                          "dari_desa"])


def _derived(kab: str, period: str, rows: pd.DataFrame) -> dict:
    """The kab/kota row made from its kecamatan (and desa) rows by the rule."""
    units = unit_levels(rows)
    level = _highest(units["tingkat_rawan"])
    scores = pd.to_numeric(units["skor"], errors="coerce")
    categories = sorted({c.strip() for v in rows["kategori"] if not is_missing(v)
                         for c in str(v).split(";") if c.strip()})
    dates = [d for d in rows["tanggal_laporan"] if not is_missing(d)]
    row = {column: rows[column].iloc[-1] for column in rows.columns}
    row.update({
        "kab_kota": kab, "kecamatan": "", "desa": "", "periode": period, "tingkat_rawan": level,
        "skor": float(scores.max()) if scores.notna().any() else pd.NA,
        "kategori": ";".join(categories),
        "jumlah_kejadian": int(pd.to_numeric(units["jumlah_kejadian"], errors="coerce").sum()),
        "catatan": "",
        "unit_pelapor": "; ".join(dict.fromkeys(str(v) for v in rows["unit_pelapor"]
                                                if not is_missing(v) and str(v))),
        "tanggal_laporan": max(dates) if dates else pd.NA,
        "sumber": "; ".join(dict.fromkeys(str(v) for v in rows["sumber"]
                                          if not is_missing(v) and str(v))),
    })
    return row


def _counts(kab: str, rows: pd.DataFrame, level: object) -> dict:
    total = len(default_subregions().kecamatan_of(kab))
    if rows.empty:
        return {"kecamatan_dilaporkan": 0, "kecamatan_jumlah": total, "kecamatan_tertinggi": 0}
    units = unit_levels(rows)
    return {"kecamatan_dilaporkan": len(units), "kecamatan_jumlah": total,
            "kecamatan_tertinggi": int((units["tingkat_rawan"] == level).sum())}


def district_rows(conflict: pd.DataFrame) -> pd.DataFrame:
    """THE rule (see the module): one row per kab/kota and period, with the conflict_risk columns
    and ``tingkat_asal`` (OWN or FROM_KECAMATAN), ``kecamatan_dilaporkan``, ``kecamatan_jumlah``,
    ``kecamatan_tertinggi`` (kecamatan at the kab/kota's level; 0 without kecamatan rows)."""
    extra = ["tingkat_asal", "kecamatan_dilaporkan", "kecamatan_jumlah", "kecamatan_tertinggi"]
    if conflict.empty:
        return conflict.assign(**{c: pd.Series(dtype=object) for c in extra})
    own_mask = own_rows(conflict)
    own = conflict[own_mask].drop_duplicates(["kab_kota", "periode"], keep="last")
    detail = conflict[~own_mask]
    records = []
    have = set(zip(own["kab_kota"], own["periode"]))
    groups = {key: g for key, g in detail.groupby(["kab_kota", "periode"], sort=False)}
    for record in own.to_dict("records"):
        rows = groups.get((record["kab_kota"], record["periode"]), detail.iloc[0:0])
        record.update(tingkat_asal=OWN, **_counts(record["kab_kota"], rows,
                                                  record["tingkat_rawan"]))
        records.append(record)
    for (kab, period), rows in groups.items():
        if (kab, period) in have:
            continue
        record = _derived(kab, period, rows)
        record.update(tingkat_asal=FROM_KECAMATAN, **_counts(kab, rows, record["tingkat_rawan"]))
        records.append(record)
    out = pd.DataFrame(records, columns=[*conflict.columns, *extra])
    for column in conflict.columns:
        if str(conflict[column].dtype) in ("Int64", "Float64", "string"):
            out[column] = out[column].astype(conflict[column].dtype)
    return out.reset_index(drop=True)


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
