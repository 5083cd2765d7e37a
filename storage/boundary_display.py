"""Display geometry: the stored full-resolution layers, simplified for the zoom they are shown at.

The whole layer is simplified as one coverage (``shapely.coverage_simplify``), so an edge shared by
two neighbours is simplified once and both keep the same line: no slivers or gaps appear between
them, which per-polygon ``simplify`` would create. Real layers are not perfect coverages (the
Kaltim kecamatan layer overlaps by 206 km², the desa layer has thousands of hairline gaps), and
where two neighbours' edges differ slightly they would be simplified apart, so the layer is first
cleaned (``shapely.coverage_clean``: overlaps given to one side, gaps narrower than ~50 m closed,
near vertices snapped). Coordinates are then rounded to 5 decimals (~1 m), which is most of the
saving in the GeoJSON text.

Results are cached in memory per (stored version, tolerance) and, when pyarrow is there, on disk,
so a Streamlit rerun never simplifies again. A stored version is identified by its content: in the
file store by the GeoPackage's path and mtime (numbers are reused after a removal), with the disk
cache beside it; in the PostGIS store (DASHBOARD_DB_URL) by the version's content SHA-256, with the
disk cache in this instance's ``<data dir>/boundaries/<level>/display/`` under that hash, so each
instance simplifies a version once and never serves another version's geometry. The
full-resolution layer stays in the store for export (``storage.boundary_store.current_layer``).
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

import config
from storage.boundary_layers import check_level
from storage.boundary_store import get_store
from storage.cache import cached

DECIMALS = 5
# Metres per degree of longitude at the equator; Kaltim straddles it, so the error is < 0.1 %.
METRES_PER_DEGREE = 111_320.0
# Tolerance per view. At zoom 7-8 (the whole province) a screen pixel is 600-1200 m, so 500 m
# removes nothing visible; a drilled-into kecamatan is shown at full detail.
VIEW_TOLERANCE_M = {"province": 500.0, "kabupaten": 150.0, "kecamatan": 0.0}
DEFAULT_TOLERANCE_M = VIEW_TOLERANCE_M["province"]
# Bump when the algorithm changes, so that disk caches made by an older one are not used.
ALGORITHM = "cov2"
# Gaps between neighbours narrower than this are closed in the display (not in the store).
GAP_WIDTH_M = 50.0
DISPLAY_COLUMNS = ("kode", "kode_skema", "nama", "nama_pendek", "kode_kab", "nama_kab", "kode_kec")


def tolerance_for(view: str) -> float:
    """Tolerance in metres for a view: 'province', 'kabupaten' or 'kecamatan'."""
    return VIEW_TOLERANCE_M[view]


def tolerance_for_zoom(zoom: float) -> float:
    """Tolerance for a Leaflet zoom level: the largest view tolerance that stays under about half
    a screen pixel there (156,543 m per pixel at zoom 0 on the equator). Snapped to the few view
    tolerances so that the cache holds a handful of versions, not one per zoom step."""
    half_pixel = 0.5 * 156_543.0 / (2.0 ** zoom)
    fitting = [t for t in sorted(set(VIEW_TOLERANCE_M.values())) if t <= half_pixel]
    return fitting[-1] if fitting else 0.0


def clean_coverage(geometries, gap_width_m: float = GAP_WIDTH_M) -> np.ndarray:
    """Make the polygons a clean coverage (no overlaps, identical shared edges, hairline gaps
    closed). Falls back to the input if GEOS cannot clean it: a display must still appear."""
    values = np.asarray(geometries, dtype=object)
    try:
        cleaned = shapely.coverage_clean(values, gap_width=gap_width_m / METRES_PER_DEGREE)
    except Exception:  # GEOSException on pathological input
        return values
    lost = shapely.is_empty(cleaned) & ~shapely.is_empty(values)
    cleaned[lost] = values[lost]  # a unit swallowed whole by a neighbour keeps its own shape
    return cleaned


def simplify_coverage(geometries, tolerance_m: float, decimals: int = DECIMALS, *,
                      clean: bool = True) -> np.ndarray:
    """Clean (optionally), simplify as one coverage, round coordinates. Pure: used by tests and
    the benchmark on any layer."""
    values = clean_coverage(geometries) if clean else np.asarray(geometries, dtype=object)
    return _simplify_clean(values, tolerance_m, decimals)


def _simplify_clean(values: np.ndarray, tolerance_m: float, decimals: int = DECIMALS
                    ) -> np.ndarray:
    if tolerance_m > 0:
        values = shapely.coverage_simplify(values, tolerance_m / METRES_PER_DEGREE)
    values = shapely.set_precision(values, 10.0 ** -decimals)
    # set_precision leaves values like 116.12345000000001; rounding makes them print short.
    values = shapely.transform(values, lambda coords: np.round(coords, decimals))
    invalid = ~shapely.is_valid(values) & ~shapely.is_empty(values)
    if invalid.any():
        values[invalid] = shapely.make_valid(values[invalid], method="structure",
                                             keep_collapsed=False)
    return values


@dataclass(frozen=True)
class _Source:
    """One stored version's content, as the caches know it."""
    level: str
    version: int
    identity: tuple  # file store: (GeoPackage path, its mtime_ns); PostGIS: ("sha256", hash)
    cache_dir: Path  # where the disk cache goes
    cache_stem: str  # file store: "v0001"; PostGIS: "sha-<24 hex digits of the hash>"
    min_mtime_ns: int = 0  # disk caches older than this are stale (file store: the layer's mtime)

    def read(self) -> gpd.GeoDataFrame:
        if self.identity[0] == "sha256":
            frame = get_store().read_layer(self.level, self.version)
            if frame is None:  # removed since it was resolved
                raise FileNotFoundError(f"{self.level} boundary version {self.version} is gone")
            return frame
        return gpd.read_file(self.identity[0])


def _source(entry) -> _Source:
    if entry.path is None:  # PostGIS: content-addressed, so a disk cache never goes stale
        return _Source(entry.level, entry.version, ("sha256", entry.content_sha256),
                       config.DATA_DIR.get() / "boundaries" / entry.level / "display",
                       f"sha-{entry.content_sha256[:24]}")
    mtime = entry.path.stat().st_mtime_ns
    return _Source(entry.level, entry.version, (str(entry.path), mtime),
                   entry.path.parent / "display", entry.path.stem, mtime)


def _disk_cache_path(source: _Source, what: str) -> Path | None:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return None
    return source.cache_dir / f"{source.cache_stem}-{ALGORITHM}-{what}.parquet"


def _disk_cached(source: _Source, what: str, build) -> gpd.GeoDataFrame:
    cache = _disk_cache_path(source, what)
    if cache is not None and cache.exists() and cache.stat().st_mtime_ns >= source.min_mtime_ns:
        with contextlib.suppress(Exception):  # a damaged cache is simply rebuilt
            return gpd.read_parquet(cache)
    frame = build()
    if cache is not None:
        with contextlib.suppress(OSError):
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_name(f".tmp-{uuid.uuid4().hex}.parquet")
            frame.to_parquet(tmp)
            os.replace(tmp, cache)
    return frame


@cached(maxsize=8)
def _cleaned(source: _Source) -> gpd.GeoDataFrame:
    """The layer's display columns with its geometry cleaned: the slow step, once per version."""
    def build() -> gpd.GeoDataFrame:
        frame = source.read()
        columns = [c for c in DISPLAY_COLUMNS if c in frame.columns]
        frame = frame[columns + [frame.geometry.name]].copy()
        return frame.set_geometry(clean_coverage(frame.geometry.values), crs=4326)

    return _disk_cached(source, "clean", build)


@cached(maxsize=48)
def _display_cached(source: _Source, tolerance_m: float) -> gpd.GeoDataFrame:
    def build() -> gpd.GeoDataFrame:
        frame = _cleaned(source).copy()
        frame = frame.set_geometry(_simplify_clean(np.asarray(frame.geometry.values, dtype=object),
                                                   tolerance_m), crs=4326)
        return frame[~frame.geometry.is_empty & frame.geometry.notna()].reset_index(drop=True)

    return _disk_cached(source, f"t{tolerance_m:g}", build)


def _resolve(level: str, version: int | None) -> _Source | None:
    entry = get_store().get_version(check_level(level), version)
    return None if entry is None else _source(entry)


def display_layer(level: str, version: int | None = None,
                  tolerance_m: float | None = None) -> gpd.GeoDataFrame | None:
    """The layer (current version unless ``version``) simplified at ``tolerance_m`` (default:
    province view) and rounded; None when no such layer is stored. Cached: a copy of the cached
    frame is returned, so callers may add columns."""
    source = _resolve(level, version)
    if source is None:
        return None
    tolerance = DEFAULT_TOLERANCE_M if tolerance_m is None else float(tolerance_m)
    return _display_cached(source, tolerance).copy()


@cached(maxsize=48)
def _geojson_text(source: _Source, tolerance_m: float, columns: tuple[str, ...],
                  kode_kab: str | None, kode_kec: str | None) -> str:
    frame = _display_cached(source, tolerance_m)
    if kode_kab:
        frame = frame[frame["kode_kab"] == kode_kab]
    if kode_kec:
        frame = frame[frame["kode_kec"] == kode_kec]
    features = []
    for row in frame.itertuples(index=False):
        properties = {c: getattr(row, c) for c in columns if c in frame.columns}
        features.append({"type": "Feature", "id": row.kode, "properties": properties,
                         "geometry": shapely.geometry.mapping(row.geometry)})
    return json.dumps({"type": "FeatureCollection", "features": features},
                      separators=(",", ":"), ensure_ascii=False)


def display_geojson(level: str, version: int | None = None, tolerance_m: float | None = None,
                    columns: tuple[str, ...] = ("kode", "nama_pendek"), *,
                    kode_kab: str | None = None, kode_kec: str | None = None) -> dict | None:
    """The display layer as a compact GeoJSON dict (feature ``id`` = ``kode``, only ``columns``
    as properties), optionally only one kab/kota's or one kecamatan's units. A fresh dict on
    every call (parsed from a cached string), so callers may change it."""
    text = display_geojson_text(level, version, tolerance_m, columns, kode_kab=kode_kab,
                                kode_kec=kode_kec)
    return None if text is None else json.loads(text)


def display_geojson_text(level: str, version: int | None = None, tolerance_m: float | None = None,
                         columns: tuple[str, ...] = ("kode", "nama_pendek"), *,
                         kode_kab: str | None = None, kode_kec: str | None = None) -> str | None:
    source = _resolve(level, version)
    if source is None:
        return None
    tolerance = DEFAULT_TOLERANCE_M if tolerance_m is None else float(tolerance_m)
    return _geojson_text(source, tolerance, tuple(columns), kode_kab, kode_kec)


def clear_cache() -> None:
    _cleaned.cache_clear()
    _display_cached.cache_clear()
    _geojson_text.cache_clear()
