"""Area geometry for maps. By default the schematic tile map in ``geodata/``; official boundaries,
once imported (``loaders.boundaries``), take over."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geopandas as gpd

from loaders import regions

TILES_FILE = Path(__file__).resolve().parent.parent / "geodata" / "tiles_kabupaten_kota.geojson"


@dataclass(frozen=True)
class AreaLayer:
    frame: gpd.GeoDataFrame  # columns: kode (Kemendagri), nama, nama_pendek, geometry
    schematic: bool  # True: equal tiles, not boundaries; every map must say so
    version: str
    attribution: str = ""


@lru_cache(maxsize=1)
def schematic_tiles() -> AreaLayer:
    frame = gpd.read_file(TILES_FILE)
    assert set(frame["kode"]) == set(regions.codes()), "tile map out of step with the registry"
    frame = frame.set_crs(4326, allow_override=True)
    return AreaLayer(frame[["kode", "nama", "nama_pendek", "geometry"]], schematic=True,
                     version="tiles-1")


def district_areas() -> AreaLayer:
    """The kab/kota layer that maps draw."""
    return schematic_tiles()
