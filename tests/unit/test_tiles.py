"""The schematic tile map: one valid, equal, non-overlapping hexagon per kab/kota, laid out like
the real districts, and reproducible from its script."""

from __future__ import annotations

import json
import subprocess
import sys
from itertools import combinations
from pathlib import Path

import geopandas as gpd
import pytest

from domain import regions
from loaders import areas as loaders_areas

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tiles() -> gpd.GeoDataFrame:
    return loaders_areas.schematic_tiles().frame.set_index("kode")


def test_one_tile_per_district(tiles):
    assert sorted(tiles.index) == sorted(regions.codes())
    for code, row in tiles.iterrows():
        assert row["nama"] == regions.get(code).official_name


def test_tiles_are_valid_equal_hexagons_that_do_not_overlap(tiles):
    assert tiles.is_valid.all()
    assert all(len(g.exterior.coords) == 7 for g in tiles.geometry)
    areas = tiles.to_crs(6933).geometry.area  # equal-area projection
    assert areas.max() / areas.min() < 1.01  # equal to within coordinate rounding
    for a, b in combinations(tiles.geometry, 2):
        assert a.intersection(b).area < 1e-6 * a.area


def test_tiles_sit_over_kaltim(tiles):
    minx, miny, maxx, maxy = tiles.total_bounds
    assert 113.5 <= minx and maxx <= 119.5 and -2.8 <= miny and maxy <= 2.8


def test_layout_echoes_real_positions(tiles):
    centre = tiles.geometry.apply(lambda tile: tile.centroid)  # hexagon centres, in degrees
    x = centre.map(lambda p: p.x)
    y = centre.map(lambda p: p.y)
    assert x.idxmin() == "64.11"  # Mahakam Ulu in the west
    assert y.idxmax() == "64.03"  # Berau in the north
    assert x["64.03"] >= x.drop("64.03").max() - 1e-9  # ... and the east
    assert y["64.01"] <= y.min() + 1e-9  # Paser in the south row
    for city in ("64.71", "64.72", "64.74"):  # the cities are the eastmost tile of their row
        same_row = [c for c in tiles.index if abs(y[c] - y[city]) < 1e-6]
        assert x[city] == max(x[c] for c in same_row), city


def test_every_map_of_tiles_says_it_is_schematic():
    layer = loaders_areas.schematic_tiles()
    assert layer.schematic is True


def test_generator_reproduces_the_committed_file(tmp_path):
    path = ROOT / "geodata" / "tiles_kabupaten_kota.geojson"
    before = path.read_bytes()
    subprocess.run([sys.executable, "scripts/make_tiles.py"], cwd=ROOT, check=True,
                   capture_output=True)
    assert path.read_bytes() == before
    assert "bukan batas wilayah resmi" in json.loads(before)["name"]
