"""Download a province's official boundaries from cahyadsn/wilayah_boundaries (MIT), pinned.

The files are fetched at one commit and checked against the SHA-256 sums the project ships
(geodata/wilayah_boundaries/sha256.csv, every province's files), so what is stored is exactly the
reviewed snapshot (../shared/geodata/SOURCES.md), whatever the server sends. Everything is
downloaded to a temporary directory, verified and parsed first; only then are the levels stored,
each as a new version. Any failure leaves the store as it was: a file the server does not have
(HTTP 404), a desa file included, cancels the whole download, and the message says so; the
operator may then download the other levels alone (``levels=``, ``--levels kabupaten,kecamatan``).
A kab/kota whose desa file the snapshot itself lacks is not a failure: the desa layer is stored
without it and the report counts and names them ("3 dari 35 kab/kota tanpa batas desa: ...").
"""

from __future__ import annotations

import csv
import functools
import http.client
import json
import re
import socket
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import geopandas as gpd
import pandas as pd
from shapely.geometry import MultiPolygon, Polygon

from domain import regions
from loaders.boundaries import BoundaryError, ImportReport, Message, prepare_layer, sha256_file
from loaders.boundaries_import import check_actor, registry_of
from storage.boundary_layers import LEVELS
from storage.boundary_store import get_store

COMMIT = "3c5a7960f4d227a38489094d84252bdbb3f978a5"
REPOSITORY = "cahyadsn/wilayah_boundaries"
DEFAULT_BASE_URL = f"https://raw.githubusercontent.com/{REPOSITORY}/{COMMIT}/"
ATTRIBUTION = "© Cahya DSN, wilayah_boundaries (MIT)"
TIMEOUT_S = 30.0
DESA_KAB = ("01", "02", "03", "07", "08", "09", "11", "71", "72", "74")

# The pinned SHA-256 of every kab/kota, kecamatan and desa file at COMMIT, for every province:
# geodata/wilayah_boundaries/sha256.csv (scripts/make_boundary_sums.py, from the snapshot's own
# sums; the MIT notice is in that folder's README).
SUMS_FILE = Path(__file__).resolve().parent.parent / "geodata" / "wilayah_boundaries" / "sha256.csv"
LEVEL_FOLDERS = {"kabupaten": "kab", "kecamatan": "kec"}


@functools.cache
def pinned_sums() -> dict[str, str]:
    """Path in the repository ("db/kab/wilayah_boundaries_kab_64.sql") -> its SHA-256 at COMMIT."""
    with open(SUMS_FILE, encoding="utf-8", newline="") as handle:
        return {row["path"]: row["sha256"] for row in csv.DictReader(handle)}


def desa_path(province: str, kab_code: str) -> str:
    """Where the desa file of a kab/kota ("65.01") is in the repository."""
    return f"db/kel/{province}/wilayah_boundaries_kel_{kab_code}.sql"


@dataclass(frozen=True)
class ProvinceFiles:
    """A province's files: ``files`` path -> (level, SHA-256), the kab/kota file, the kecamatan
    file, then one desa file per kab/kota in the registry's order; ``missing_desa`` the kab/kota
    (District) whose desa file the pinned snapshot does not have (the dataset lacks it)."""

    province: str
    files: dict[str, tuple[str, str]]
    missing_desa: tuple = ()
    kab_total: int = 0


def files_for(province: str = "64", levels=LEVELS) -> ProvinceFiles:
    """The pinned files of ``province`` (a code, "64"), for ``levels``; its kab/kota from
    ``domain.regions.registry_for``. An unknown code raises regions.UnknownProvinceError; a kab/kota
    or kecamatan file missing from the pinned sums raises BoundaryError (no such province file)."""
    registry = regions.registry_for(province)
    code = registry.province_code
    sums = pinned_sums()
    files: dict[str, tuple[str, str]] = {}
    for level in (lv for lv in ("kabupaten", "kecamatan") if lv in levels):
        path = f"db/{LEVEL_FOLDERS[level]}/wilayah_boundaries_{LEVEL_FOLDERS[level]}_{code}.sql"
        if path not in sums:
            raise BoundaryError("bndl.error.not_pinned", name=path)
        files[path] = (level, sums[path])
    missing = []
    if "desa" in levels:
        for district in registry.districts:
            path = desa_path(code, district.kemendagri_code)
            if path in sums:
                files[path] = ("desa", sums[path])
            else:
                missing.append(district)
    return ProvinceFiles(code, files, tuple(missing), len(registry.districts))


# Kalimantan Timur's files, as the project has always named them: path -> (level, SHA-256).
FILES: dict[str, tuple[str, str]] = files_for("64").files
assert [p for p in FILES if FILES[p][0] == "desa"] == [
    f"db/kel/64/wilayah_boundaries_kel_64.{k}.sql" for k in DESA_KAB]


@dataclass(frozen=True)
class Progress:
    """One progress event: ``index`` of ``count`` files, bytes of the current file so far
    (``total`` is None when the server does not say), ``done`` when that file is complete."""

    index: int
    count: int
    name: str
    bytes_done: int
    bytes_total: int | None
    done: bool = False

    @property
    def fraction(self) -> float:
        """Share of the whole download, for a progress bar."""
        within = (self.bytes_done / self.bytes_total) if self.bytes_total else 0.0
        return min(1.0, ((self.index - 1) + (1.0 if self.done else min(within, 1.0))) / self.count)


@dataclass
class DownloadReport:
    ok: bool = False
    errors: list[Message] = field(default_factory=list)
    levels: dict[str, ImportReport] = field(default_factory=dict)
    base_url: str = ""
    notes: list[Message] = field(default_factory=list)  # e.g. kab/kota without a desa file

    def lines(self, lang: str = "id") -> list[str]:
        out = [m.text(lang) for m in self.errors]
        if not self.ok:
            out.append(Message("boundaries.download.refused").text(lang))
        out.extend(m.text(lang) for m in self.notes)
        for report in self.levels.values():
            out.extend(report.lines(lang))
        return out


# --- parsing the SQL -----------------------------------------------------------------------------
_ROW = re.compile(
    r"\(\s*'((?:[^'\\]|''|\\.)*)'\s*,\s*'((?:[^'\\]|''|\\.)*)'\s*,"
    r"\s*(NULL|-?[\d.eE+-]+)\s*,\s*(NULL|-?[\d.eE+-]+)\s*,\s*'(\[[^']*\])'\s*\)")


def _unquote(text: str) -> str:
    return text.replace("''", "'").replace("\\'", "'").replace('\\"', '"').replace("\\\\", "\\")


def _depth(value) -> int:
    depth = 0
    while isinstance(value, list) and value:
        value, depth = value[0], depth + 1
    return depth


def _ring(points) -> list[tuple[float, float]]:
    return [(float(lng), float(lat)) for lat, lng in points]  # the source writes [lat, lng]


def path_to_geometry(path: list) -> MultiPolygon:
    """The source's ``path`` JSON (Polygon: [[[lat,lng]...]], MultiPolygon: one level deeper)
    as a lon/lat MultiPolygon."""
    depth = _depth(path)
    polygons = [path] if depth == 3 else path if depth == 4 else None
    if polygons is None:
        raise ValueError(f"unexpected nesting depth {depth}")
    parts = []
    for rings in polygons:
        rings = [_ring(r) for r in rings if len(r) >= 3]
        if rings:
            parts.append(Polygon(rings[0], rings[1:]))
    return MultiPolygon(parts)


def parse_sql(text: str, name: str = "") -> gpd.GeoDataFrame:
    """MySQL ``INSERT ... VALUES (kode, nama, lat, lng, path), ...`` rows -> GeoDataFrame."""
    rows = []
    for match in _ROW.finditer(text):
        kode, nama, lat, lng, path = match.groups()
        try:
            geometry = path_to_geometry(json.loads(path))
        except (ValueError, TypeError) as error:
            raise BoundaryError("boundaries.download.parse_error", name=name,
                                detail=f"{kode}: {error}") from None
        rows.append({"kode": _unquote(kode), "nama": _unquote(nama),
                     "lat": None if lat == "NULL" else float(lat),
                     "lng": None if lng == "NULL" else float(lng), "geometry": geometry})
    if not rows:
        raise BoundaryError("boundaries.download.parse_error", name=name, detail="no rows")
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=4326)


# --- fetching ------------------------------------------------------------------------------------
def _fetch(url: str, target: Path, timeout: float, on_bytes: Callable[[int, int | None], None]
           ) -> None:
    request = urllib.request.Request(url, headers={"User-Agent": "kesbangpol-kaltim-dashboard"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response, \
                open(target, "wb") as sink:
            total = response.headers.get("Content-Length")
            total = int(total) if total and total.isdigit() else None
            done = 0
            on_bytes(done, total)
            while chunk := response.read(1 << 16):
                sink.write(chunk)
                done += len(chunk)
                on_bytes(done, total)
    except urllib.error.HTTPError as error:
        raise BoundaryError("boundaries.download.http_error", url=url, status=error.code,
                            hint="") from None
    except (TimeoutError, socket.timeout):
        raise BoundaryError("boundaries.download.timeout", url=url,
                            seconds=f"{timeout:g}") from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, (TimeoutError, socket.timeout)):
            raise BoundaryError("boundaries.download.timeout", url=url,
                                seconds=f"{timeout:g}") from None
        raise BoundaryError("boundaries.download.no_network", url=url,
                            detail=str(error.reason)[:200]) from None
    except (OSError, http.client.HTTPException) as error:  # refused, reset, cut short
        raise BoundaryError("boundaries.download.no_network", url=url,
                            detail=str(error)[:200]) from None


def _fetch_pinned(base: str, relative: str, level: str, target: Path, timeout: float,
                  on_bytes: Callable[[int, int | None], None]) -> None:
    """``_fetch`` of a pinned file; a 404 says that the server does not have it (for a desa file:
    how to download the other levels without it)."""
    try:
        _fetch(base + relative, target, timeout, on_bytes)
    except BoundaryError as error:
        if error.message_id == "boundaries.download.http_error" and error.params["status"] == 404:
            key = "bndl.download.not_on_server_desa" if level == "desa" else \
                "bndl.download.not_on_server"
            raise BoundaryError("boundaries.download.http_error", url=base + relative, status=404,
                                hint=Message(key, {"name": relative})) from None
        raise


def _missing_desa_note(plan: ProvinceFiles, province_name: str) -> Message:
    names = ", ".join(d.label for d in plan.missing_desa)
    return Message("bndl.download.desa_missing", {
        "count": len(plan.missing_desa), "total": plan.kab_total, "names": names,
        "province": province_name})


def _plan(province: str | None, levels, registry) -> tuple[ProvinceFiles, regions.Registry]:
    """The files to fetch and the registry they are checked against. Raises BoundaryError: an
    unknown province or level, or a province that is not the registry's (the dashboard's)."""
    unknown = [lv for lv in levels if lv not in LEVELS]
    if unknown or not levels:
        raise BoundaryError("boundaries.error.level", level=", ".join(unknown) or "-",
                            levels=", ".join(LEVELS))
    own = registry_of(province)
    registry = registry or own
    if registry.province_code != own.province_code:
        raise BoundaryError("bndl.error.other_province", province=own.province_name,
                            code=own.province_code, here=registry.province_name,
                            here_code=registry.province_code)
    return files_for(own.province_code, tuple(levels)), registry


def download_boundaries(base_url: str = DEFAULT_BASE_URL,
                        progress: Callable[[Progress], None] | None = None, *, user: str = "",
                        timeout: float = TIMEOUT_S, activate: bool = True,
                        actor=None, province: str | None = None, levels=LEVELS,
                        registry: regions.Registry | None = None) -> DownloadReport:
    """Fetch, verify, parse and store the kabupaten, kecamatan and desa layers of ``province``
    (None: the dashboard's, DASHBOARD_PROVINCE).

    ``progress`` is called with a ``Progress`` for every chunk received and once per finished
    file. Returns a report; the store changes only when every file arrived and matched its sum.
    ``levels``: the levels to download (all three by default). ``registry``: the registry of the
    dashboard the layers are for (``domain.regions.registry_for``; the province's own when None):
    another province's boundaries are refused, naming it, before anything is fetched. A kab/kota
    whose desa file the pinned snapshot lacks is left out of the desa layer and counted in the
    report's notes; the other files must all arrive.
    """
    base = base_url if base_url.endswith("/") else base_url + "/"
    report = DownloadReport(base_url=base)
    try:
        check_actor(actor)  # boundary layers are province-wide: admins only
        plan, registry = _plan(province, levels, registry)
    except BoundaryError as error:
        report.errors.append(error.as_message())
        return report
    if plan.missing_desa:
        report.notes.append(_missing_desa_note(plan, registry.province_name))
    notify = progress or (lambda event: None)
    items = list(plan.files.items())
    try:
        prepared = _fetch_and_prepare(base, items, registry, timeout, notify)
    except BoundaryError as error:
        report.errors.append(error.as_message())
        return report
    if not _store(report, prepared, plan, base, user, activate):
        return report
    report.ok = True
    if activate:
        from loaders.boundaries_import import warm_display_cache
        for level in prepared:
            warm_display_cache(level)
    return report


def _fetch_and_prepare(base: str, items: list, registry: regions.Registry, timeout: float,
                       notify: Callable[[Progress], None]) -> dict:
    """Every file fetched into a temporary directory, checked against its sum, parsed, and each
    level prepared against ``registry``. Raises BoundaryError."""
    with tempfile.TemporaryDirectory(prefix="boundary-download-") as workdir:
        local: dict[str, Path] = {}
        for index, (relative, (level, expected)) in enumerate(items, start=1):
            target = Path(workdir) / Path(relative).name
            name = Path(relative).name

            def on_bytes(done, total, index=index, name=name):
                notify(Progress(index, len(items), name, done, total))

            _fetch_pinned(base, relative, level, target, timeout, on_bytes)
            actual = sha256_file(target)
            if actual != expected:
                raise BoundaryError("boundaries.download.checksum", name=relative,
                                    expected=expected[:16], actual=actual[:16])
            size = target.stat().st_size
            notify(Progress(index, len(items), name, size, size, done=True))
            local[relative] = target

        frames: dict[str, list[gpd.GeoDataFrame]] = {}
        for relative, (level, _) in items:
            text = local[relative].read_text(encoding="utf-8")
            frames.setdefault(level, []).append(parse_sql(text, relative))
        prepared = {}
        for level, parts in frames.items():
            frame = gpd.GeoDataFrame(pd.concat(parts, ignore_index=True), crs=4326)
            prepared[level] = prepare_layer(frame, level, scheme="kemendagri",
                                            name=f"{REPOSITORY}@{COMMIT[:7]}", registry=registry)
    return prepared


def _store(report: DownloadReport, prepared: dict, plan: ProvinceFiles, base: str, user: str,
           activate: bool) -> bool:
    """Store each prepared level as a new version; on a storage error remove the versions stored
    so far and say so. Whether all were stored."""
    store = get_store()
    stored = []
    files = plan.files
    try:
        for level, layer in prepared.items():
            relatives = [r for r, (lv, _) in files.items() if lv == level]
            provenance = {
                "file_name": ", ".join(Path(r).name for r in relatives),
                "sha256": ", ".join(files[r][1] for r in relatives),
                "source": f"https://github.com/{REPOSITORY} @ {COMMIT}", "commit": COMMIT,
                "attribution": ATTRIBUTION, "province": plan.province,
                "base_url": base, "files": {r: files[r][1] for r in relatives},
                "license": "MIT", "format": "sql", "source_crs": "EPSG:4326",
                "code_column": "kode", "name_column": "nama", "scheme": "kemendagri",
            }
            if level == "desa" and plan.missing_desa:
                provenance["missing_desa_files"] = [d.kemendagri_code for d in plan.missing_desa]
            version = store.store_layer(level, layer.frame, provenance=provenance,
                                        counts=layer.counts, user=user, attribution=ATTRIBUTION,
                                        activate=activate)
            stored.append(version)
            report.levels[level] = ImportReport(level=level, ok=True, version=version,
                                                notes=layer.notes, counts=layer.counts,
                                                provenance=provenance)
    except OSError as error:
        for version in stored:
            store.remove_version(version.level, version.version)
        report.levels.clear()
        report.errors.append(Message("boundaries.error.store", {"detail": str(error)[:200]}))
        return False
    return True
