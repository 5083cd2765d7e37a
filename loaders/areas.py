"""Area geometry for maps. By default the schematic tile map in ``geodata/``; official boundaries,
once imported (``loaders.boundaries``), take over."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geopandas as gpd

from domain import regions
from storage.boundary_store import get_store
from storage.cache import cached

log = logging.getLogger(__name__)

TILES_FILE = Path(__file__).resolve().parent.parent / "geodata" / "tiles_kabupaten_kota.geojson"
# Every other province's tiles, laid out by domain.hexgrid from its kab/kota centroids
# (scripts/make_province_tiles.py; geodata/tiles/README.md); Kaltim keeps its hand-made TILES_FILE.
PROVINCE_TILES_DIR = TILES_FILE.parent / "tiles"


def tiles_file(province_code: str) -> Path:
    """The schematic tile map of a province: Kaltim's TILES_FILE, the others' in geodata/tiles."""
    if province_code == regions.DEFAULT_PROVINCE:
        return TILES_FILE
    return PROVINCE_TILES_DIR / f"{province_code}_kabupaten_kota.geojson"


@dataclass(frozen=True)
class AreaLayer:
    # columns: kode (Kemendagri for kab/kota), nama, nama_pendek, geometry; kecamatan and desa
    # layers add kode_kab (Kemendagri dotted) and kode_skema; desa adds kode_kec
    frame: gpd.GeoDataFrame
    schematic: bool  # True: equal tiles, not boundaries; every map must say so
    version: str
    attribution: str = ""


def schematic_tiles() -> AreaLayer:
    """The configured province's schematic tiles (DASHBOARD_PROVINCE)."""
    return _schematic_tiles(regions.PROVINCE_CODE)


# Files of the project, read once per process and province: nothing else to key on, so not
# storage.cache. Kaltim's version stays "tiles-1" (the caches and tests that know it).
@lru_cache(maxsize=4)
def _schematic_tiles(province_code: str) -> AreaLayer:
    frame = gpd.read_file(tiles_file(province_code))
    registry = regions.registry_for(province_code)
    assert set(frame["kode"]) == set(registry.codes()), "tile map out of step with the registry"
    frame = frame.set_crs(4326, allow_override=True)
    version = "tiles-1" if province_code == regions.DEFAULT_PROVINCE else f"tiles-{province_code}-1"
    return AreaLayer(frame[["kode", "nama", "nama_pendek", "geometry"]], schematic=True,
                     version=version)


# The cache is the province's: schematic_tiles.cache_info() and cache_clear() are its.
schematic_tiles.cache_info = _schematic_tiles.cache_info  # type: ignore[attr-defined]
schematic_tiles.cache_clear = _schematic_tiles.cache_clear  # type: ignore[attr-defined]


_COLUMNS = {
    "kabupaten": ["kode", "nama", "nama_pendek"],
    "kecamatan": ["kode", "nama", "nama_pendek", "kode_kab", "kode_skema"],
    "desa": ["kode", "nama", "nama_pendek", "kode_kab", "kode_kec", "kode_skema"],
}


@cached(maxsize=64)
def _imported(state_key: tuple, level: str, view: str, kode_kab: str | None,
              kode_kec: str | None) -> AreaLayer | None:
    # state_key (the manifest's stat; in PostGIS the current version and its content hash) is
    # only the cache key: a new import or an activated version, through this instance or another,
    # changes it, so a rerun that changed nothing costs one stat() or one small query.
    from storage.boundary_display import display_layer, tolerance_for

    entry = get_store().current_version(level)
    if entry is None:
        return None
    frame = display_layer(level, entry.version, tolerance_for(view))
    if frame is None:
        return None
    if kode_kab:
        frame = frame[frame["kode_kab"] == kode_kab]
    if kode_kec:
        frame = frame[frame["kode_kec"] == kode_kec]
    frame = frame[_COLUMNS[level] + ["geometry"]].reset_index(drop=True)
    return AreaLayer(frame, schematic=False, version=entry.label, attribution=entry.attribution)


def imported_areas(level: str, view: str = "province", kode_kab: str | None = None,
                   kode_kec: str | None = None) -> AreaLayer | None:
    """The current imported layer of ``level`` simplified for ``view`` ('province', 'kabupaten'
    or 'kecamatan' = full detail), optionally one kab/kota's or one kecamatan's units; None when
    none is imported, and also when the boundary database cannot be reached: maps then fall back
    to the schematic tiles, which say they are schematic, as datasets fall back to the demo data."""
    try:
        return _imported(get_store().state_key(level), level, view, kode_kab, kode_kec)
    except OSError as error:  # BoundaryDatabaseError, or an unreadable GeoPackage
        log.warning("boundary layer %s unavailable, drawing without it: %s", level, error)
        return None


def district_areas() -> AreaLayer:
    """The kab/kota layer that maps draw: the imported official boundaries when there are any,
    else the schematic tiles (``schematic=True``; the map must say so)."""
    return imported_areas("kabupaten") or schematic_tiles()


def kecamatan_areas(kab_code: str | None = None) -> AreaLayer | None:
    """Imported kecamatan, all of them (province view) or one kab/kota's ("64.02", drawn at
    kab/kota detail); None when no kecamatan layer is imported. Their ``kode`` is the file's own
    code (Kemendagri dotted, or a BPS code when the layer came with those: see ``kode_skema``)."""
    if kab_code is not None:
        kab_code = regions.normalise(kab_code, scheme="kemendagri").district.kemendagri_code
        return imported_areas("kecamatan", "kabupaten", kode_kab=kab_code)
    return imported_areas("kecamatan")


def desa_areas(kec_code: str | None = None, kab_code: str | None = None) -> AreaLayer | None:
    """Imported desa/kelurahan: one kecamatan's at full detail (``kec_code`` in the layer's
    scheme, e.g. "64.02.04"), one kab/kota's at kab/kota detail, or all at province view; None
    when no desa layer is imported."""
    if kec_code is not None:
        return imported_areas("desa", "kecamatan", kode_kec=kec_code)
    if kab_code is not None:
        kab_code = regions.normalise(kab_code, scheme="kemendagri").district.kemendagri_code
        return imported_areas("desa", "kabupaten", kode_kab=kab_code)
    return imported_areas("desa")
