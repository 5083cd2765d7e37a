"""Field reports (Lapor Kejadian): the rules from a phone's form to a published incident.

A field officer's report becomes one row of the ``incidents`` dataset with status *dilaporkan*
and the form's token as ``id_laporan`` (a second submission of the same form stores nothing). An
editor verifies (*diverifikasi*) or refutes (*dibantah*) it against the revision they saw
(``revisi``): a report changed meanwhile is refused with its current state, never overwritten.
The handling team then records *ditangani* and *selesai*. Only verified incidents are published
(:func:`published`, the one filter every page, map, slide and report goes through).

Pure functions on frames; the store round trip is ``storage.field_store``.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import uuid
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from domain import regions
from domain.schema import CONFLICT_CATEGORIES, INCIDENTS, typed_frame
from domain.text import visible
from i18n.errors import LocalizedError

WITA = dt.timezone(dt.timedelta(hours=8), "WITA")
MAX_DESCRIPTION = 2000
MAX_SOURCE = 200
MAX_NOTE = 1000
MAX_VICTIMS = 100_000
DUPLICATE_DAYS = 3
PUBLISHED = "diverifikasi"
DECISIONS = ("diverifikasi", "dibantah")
BOUNDS_FILE = (Path(__file__).resolve().parent.parent / "geodata" / "registry"
               / "64_kalimantan_timur_bounds.csv")


class FieldReportError(LocalizedError, ValueError):
    """A field report or a verification refused: said with ``message(lang)``."""


class StaleReportError(FieldReportError):
    """The report changed since the editor opened it: ``current`` is the row as it is now."""

    def __init__(self, current: dict):
        super().__init__("field.error.stale", revision=current.get("revisi"))
        self.current = current


def new_token() -> str:
    """A fresh token for one rendering of the form: the report's id once stored."""
    return uuid.uuid4().hex


@dataclass(frozen=True)
class ReportInput:
    token: str
    tanggal: dt.date
    waktu: dt.time
    kab_kota: str  # Kemendagri code
    kecamatan: str = ""  # name, from domain.subregions
    desa: str = ""
    lat: float | None = None
    lon: float | None = None
    kategori: str = ""
    deskripsi: str = ""
    korban: int | None = None
    sumber: str = ""


def clean_text(value: object, limit: int) -> str:
    """Trimmed text with control characters made visible (never evaluated: escaped where it is
    shown); cut to ``limit`` characters."""
    return visible(str(value or "").strip())[:limit]


def check(report: ReportInput, now: dt.datetime) -> list[tuple[str, dict]]:
    """What is wrong with a report, as (message id, parameters); empty when it may be stored."""
    problems: list[tuple[str, dict]] = []
    if not report.token or len(report.token) > 64:
        problems.append(("field.error.form_expired", {}))
    if report.kab_kota not in regions.codes():
        problems.append(("field.error.district", {}))
    local_now = now.astimezone(WITA)
    moment = dt.datetime.combine(report.tanggal, report.waktu, WITA)
    if moment > local_now + dt.timedelta(minutes=5):
        problems.append(("field.error.future", {}))
    problems.extend(_place_problems(report))
    if report.kategori not in CONFLICT_CATEGORIES:
        problems.append(("field.error.category", {}))
    if not str(report.deskripsi or "").strip():
        problems.append(("field.error.description", {}))
    elif len(str(report.deskripsi)) > MAX_DESCRIPTION:
        problems.append(("field.error.description_long", {"limit": MAX_DESCRIPTION}))
    if not str(report.sumber or "").strip():
        problems.append(("field.error.source", {}))
    if report.korban is not None and not 0 <= report.korban <= MAX_VICTIMS:
        problems.append(("field.error.victims", {"limit": MAX_VICTIMS}))
    if (report.lat is None) != (report.lon is None):
        problems.append(("field.error.location_half", {}))
    elif report.lat is not None and not in_province(report.lat, report.lon):
        problems.append(("field.error.location_province", {}))
    return problems


def _place_problems(report: ReportInput) -> list[tuple[str, dict]]:
    """A kecamatan or desa the form did not offer (a forged request, a stale form): only the
    kab/kota's own kecamatan and that kecamatan's desa are stored, or nothing."""
    if report.kab_kota not in regions.codes() or not (report.kecamatan or report.desa):
        return []
    from domain.subregions import default_subregions

    sub = default_subregions()
    unit = next((k for k in sub.kecamatan_of(report.kab_kota) if k.name == report.kecamatan),
                None)
    if report.kecamatan and unit is None:
        return [("field.error.kecamatan", {})]
    if report.desa and (unit is None or report.desa not in {d.name for d in sub.desa_of(unit)}):
        return [("field.error.desa", {})]
    return []


def in_province(lat: float, lon: float) -> bool:
    """Within the range the incidents schema accepts (Kalimantan Timur and a margin)."""
    lat_col, lon_col = INCIDENTS.column("lat"), INCIDENTS.column("lon")
    return (all(math.isfinite(v) for v in (lat, lon))
            and lat_col.minimum <= lat <= lat_col.maximum
            and lon_col.minimum <= lon <= lon_col.maximum)


def available() -> bool:
    """Whether field reports can be taken in the province served: the kab/kota bounding boxes
    (BOUNDS_FILE) and the coordinate range of the incidents schema are Kalimantan Timur's only,
    so not yet for another DASHBOARD_PROVINCE (the page says so instead of failing)."""
    return regions.PROVINCE_CODE == regions.DEFAULT_PROVINCE


@lru_cache(maxsize=1)
def district_bounds() -> dict[str, tuple[float, float, float, float]]:
    """Each kab/kota's (min_lon, min_lat, max_lon, max_lat), from the registry's bounds table."""
    with BOUNDS_FILE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    bounds = {r["kemendagri_code"]: (float(r["min_lon"]), float(r["min_lat"]),
                                     float(r["max_lon"]), float(r["max_lat"])) for r in rows}
    assert set(bounds) == set(regions.codes()), "bounds table out of step with the registry"
    return bounds


def inside_bounds(lat: float, lon: float, code: str) -> bool:
    min_lon, min_lat, max_lon, max_lat = district_bounds()[code]
    return min_lon <= lon <= max_lon and min_lat <= lat <= max_lat


def report_row(report: ReportInput, reporter: str, now: dt.datetime,
               photo_key: str = "") -> dict:
    """The incidents row a checked report becomes (status *dilaporkan*, revision 1)."""
    return {
        "tanggal": report.tanggal, "kab_kota": report.kab_kota,
        "kecamatan": clean_text(report.kecamatan, 100),
        "lat": report.lat, "lon": report.lon, "kategori": report.kategori,
        "deskripsi": clean_text(report.deskripsi, MAX_DESCRIPTION),
        "korban": report.korban, "sumber": clean_text(report.sumber, MAX_SOURCE),
        "status_verifikasi": "dilaporkan", "id_laporan": report.token,
        "waktu": report.waktu.strftime("%H:%M"), "desa": clean_text(report.desa, 100),
        "pelapor": reporter, "dilaporkan_pada": _stamp(now), "foto": photo_key, "revisi": 1,
    }


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).replace(microsecond=0).isoformat()


def frame_of(rows: list[dict]) -> pd.DataFrame:
    return typed_frame(INCIDENTS, pd.DataFrame(rows) if rows else pd.DataFrame())


def has_report(frame: pd.DataFrame, token: str) -> bool:
    return bool(token) and bool((frame["id_laporan"] == token).any())


def add_report(frame: pd.DataFrame, row: dict, *, replace_demo: bool = False) -> pd.DataFrame:
    """``frame`` with the report added; unchanged when its token is stored already (a second tap
    on the button). On demo data the report replaces the demo rows: demo and real never mix."""
    if has_report(frame, row["id_laporan"]):
        return frame
    base = frame.iloc[0:0] if replace_demo else frame
    return pd.concat([base, frame_of([row])], ignore_index=True)


def published(frame: pd.DataFrame) -> pd.DataFrame:
    """The incidents that may be shown outside the verification desk: verified ones only."""
    return frame[frame["status_verifikasi"] == PUBLISHED].reset_index(drop=True)


def own_reports(frame: pd.DataFrame, user: str) -> pd.DataFrame:
    """A field officer's own reports, newest first."""
    mine = frame[(frame["pelapor"] == user) & (frame["id_laporan"] != "")]
    return mine.sort_values("dilaporkan_pada", ascending=False).reset_index(drop=True)


def awaiting(frame: pd.DataFrame, districts: tuple[str, ...] = ()) -> pd.DataFrame:
    """Field reports awaiting review (in ``districts``, all when empty), oldest first."""
    keep = (frame["status_verifikasi"] == "dilaporkan") & (frame["id_laporan"] != "")
    if districts:
        keep &= frame["kab_kota"].isin(districts)
    return frame[keep].sort_values(["dilaporkan_pada", "tanggal"]).reset_index(drop=True)


def likely_duplicates(frame: pd.DataFrame, report: dict | pd.Series) -> pd.DataFrame:
    """Other incidents of the same kab/kota, kecamatan and category within DUPLICATE_DAYS days."""
    if not report.get("kecamatan"):
        return frame.iloc[0:0]
    day = report["tanggal"]
    near = frame["tanggal"].map(
        lambda d: isinstance(d, dt.date) and abs((d - day).days) <= DUPLICATE_DAYS)
    same = ((frame["kab_kota"] == report["kab_kota"])
            & (frame["kecamatan"].str.casefold() == str(report["kecamatan"]).casefold())
            & (frame["kategori"] == report["kategori"]) & near.astype(bool)
            & ~((frame["id_laporan"] == report.get("id_laporan", "")) & (frame["id_laporan"] != "")))
    return frame[same].reset_index(drop=True)


def _locate(frame: pd.DataFrame, report_id: str, seen_revision: int | None) -> int:
    matches = frame.index[frame["id_laporan"] == report_id]
    if not report_id or len(matches) == 0:
        raise FieldReportError("field.error.not_found")
    position = matches[0]
    current = frame.loc[position].to_dict()
    revision = current.get("revisi")
    revision = None if pd.isna(revision) else int(revision)
    if seen_revision is not None and revision != seen_revision:
        raise StaleReportError(current)
    return position


def decide(frame: pd.DataFrame, report_id: str, seen_revision: int | None, decision: str,
           editor: str, note: str, now: dt.datetime) -> pd.DataFrame:
    """The frame with report ``report_id`` verified or refuted by ``editor``. Refused (with the
    report as it is now) when its revision is no longer ``seen_revision``."""
    if decision not in DECISIONS:
        raise FieldReportError("field.error.decision")
    position = _locate(frame, report_id, seen_revision)
    out = frame.copy()
    out.loc[position, ["status_verifikasi", "diverifikasi_oleh", "diverifikasi_pada",
                       "catatan_verifikasi"]] = [decision, editor, _stamp(now),
                                                 clean_text(note, MAX_NOTE)]
    out.loc[position, "revisi"] = (seen_revision or 0) + 1
    return out


def follow_up(frame: pd.DataFrame, report_id: str, seen_revision: int | None, step: str,
              user: str, note: str, now: dt.datetime) -> pd.DataFrame:
    """The handling team's step on a verified incident: *ditangani*, then *selesai*."""
    position = _locate(frame, report_id, seen_revision)
    row = frame.loc[position]
    if row["status_verifikasi"] != PUBLISHED:
        raise FieldReportError("field.error.follow_up_unverified")
    if step not in ("ditangani", "selesai") or (step == "selesai" and not row["ditangani_pada"]):
        raise FieldReportError("field.error.follow_up_order")
    out = frame.copy()
    notes = [n for n in (row["catatan_tindak_lanjut"], clean_text(note, MAX_NOTE)) if n]
    out.loc[position, ["tindak_lanjut", f"{step}_oleh", f"{step}_pada",
                       "catatan_tindak_lanjut"]] = [step, user, _stamp(now), " | ".join(notes)]
    out.loc[position, "revisi"] = (seen_revision or 0) + 1
    return out


def _hours(start: pd.Series, end: pd.Series) -> pd.Series:
    a = pd.to_datetime(start.replace("", pd.NA), errors="coerce", utc=True)
    b = pd.to_datetime(end.replace("", pd.NA), errors="coerce", utc=True)
    return (b - a).dt.total_seconds() / 3600


def response_times(frame: pd.DataFrame) -> pd.DataFrame:
    """Per kab/kota: field reports, and the median hours from report to verification (or
    refutation) and from report to handling. Districts without field reports are left out."""
    reports = frame[frame["id_laporan"] != ""]
    rows = []
    for code, group in reports.groupby("kab_kota", sort=True):
        to_verify = _hours(group["dilaporkan_pada"], group["diverifikasi_pada"]).dropna()
        to_handle = _hours(group["dilaporkan_pada"], group["ditangani_pada"]).dropna()
        rows.append({"kab_kota": code, "laporan": len(group),
                     "menunggu": int((group["status_verifikasi"] == "dilaporkan").sum()),
                     "jam_ke_verifikasi": to_verify.median() if len(to_verify) else None,
                     "jam_ke_penanganan": to_handle.median() if len(to_handle) else None,
                     "selesai": int((group["tindak_lanjut"] == "selesai").sum())})
    return pd.DataFrame(rows, columns=["kab_kota", "laporan", "menunggu", "jam_ke_verifikasi",
                                       "jam_ke_penanganan", "selesai"])
