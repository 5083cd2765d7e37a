"""Schematic hex tiles for any province (domain/hexgrid.py, scripts/make_province_tiles.py): the
assignment is exact (checked by brute force), every kab/kota gets one cell of its own, tiles do
not overlap, neighbours stay neighbours, and the committed files are what the script writes."""

from __future__ import annotations

import json
import math
import random
from itertools import combinations, permutations
from pathlib import Path

import pytest
from shapely.geometry import Polygon, shape

from domain import hexgrid
from tests.helpers.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
TILES = ROOT / "geodata" / "tiles"


@pytest.fixture(scope="module")
def script():
    return load_script("make_province_tiles")


@pytest.fixture(scope="module")
def built(script, shared_dir):
    """Province -> (collection, layout, boundary pairs), built once per test module."""
    return {p: script.build(shared_dir, p) for p in ("33", "64", "65")}


# --- the assignment -------------------------------------------------------------------------------
def _brute_force(cost):
    rows, columns = len(cost), len(cost[0])
    return min(sum(cost[i][j] for i, j in enumerate(chosen))
               for chosen in permutations(range(columns), rows))


@pytest.mark.parametrize("seed", range(12))
def test_hungarian_is_optimal_on_small_cases_checked_by_brute_force(seed):
    rng = random.Random(seed)
    rows = rng.randint(1, 6)
    columns = rng.randint(rows, 7)
    cost = [[rng.choice([rng.random() * 10, float(rng.randint(0, 3))]) for _ in range(columns)]
            for _ in range(rows)]
    chosen = hexgrid.hungarian(cost)
    assert len(set(chosen)) == rows and all(0 <= j < columns for j in chosen)
    assert sum(cost[i][j] for i, j in enumerate(chosen)) == pytest.approx(_brute_force(cost))


def test_hungarian_is_not_greedy():
    # Greedy (row 0 takes its cheapest column 0) costs 1 + 100; the optimum is 2 + 2.
    assert hexgrid.hungarian([[1, 2], [2, 100]]) == [1, 0]


def test_hungarian_refuses_more_rows_than_columns():
    with pytest.raises(ValueError, match="3 rows but only 2 columns"):
        hexgrid.hungarian([[1, 2], [3, 4], [5, 6]])


def test_assign_minimises_total_displacement_by_brute_force():
    rng = random.Random(7)
    points = {f"p{i}": (rng.uniform(0, 3), rng.uniform(-3, 0)) for i in range(5)}
    cells = [(c, r) for r in range(2) for c in range(4)]  # 8 cells for 5 points
    placed = hexgrid.assign(points, cells, 1.0, (0.0, 0.0))
    assert sorted(placed) == sorted(points) and len(set(placed.values())) == 5

    def total(choice):
        return sum(hexgrid.displacement(points[c], hexgrid.centre(cell, 1.0, (0.0, 0.0)))
                   for c, cell in choice.items())

    codes = sorted(points)
    best = min(total(dict(zip(codes, chosen))) for chosen in permutations(cells, 5))
    assert total(placed) == pytest.approx(best)


def test_neighbours_are_six_symmetric_and_one_tile_width_apart():
    for cell in ((0, 0), (3, 1), (2, 2), (5, 7)):
        around = hexgrid.neighbours(cell)
        assert len(set(around)) == 6
        for other in around:
            assert cell in hexgrid.neighbours(other)
            distance = math.dist(hexgrid.centre(cell, 1.0), hexgrid.centre(other, 1.0))
            assert distance == pytest.approx(math.sqrt(3))


def test_the_hand_made_kaltim_grid_is_the_same_grid():
    """scripts/make_tiles.py's centres are hexgrid's, so its layout's neighbours can be compared."""
    make_tiles = load_script("make_tiles")
    origin = (make_tiles.ORIGIN_LON, make_tiles.ORIGIN_LAT)
    for cell in make_tiles.LAYOUT.values():
        assert hexgrid.centre(cell, make_tiles.RADIUS_DEG, origin) == \
            pytest.approx(make_tiles.hex_centre(*cell))
        lon, lat = make_tiles.hex_centre(*cell)
        assert hexgrid.hexagon((lon, lat), make_tiles.RADIUS_DEG) == make_tiles.hexagon(lon, lat)


def test_layout_without_an_area_still_gives_each_point_its_own_cell():
    points = {"a": (0.0, 0.0), "b": (0.01, 0.0), "c": (5.0, 5.0), "d": (5.0, 5.01)}
    layout = hexgrid.layout(points)
    assert sorted(layout.cells) == sorted(points) and len(set(layout.cells.values())) == 4
    with pytest.raises(ValueError, match="no points"):
        hexgrid.layout({})


# --- the provinces --------------------------------------------------------------------------------
@pytest.mark.parametrize("province, count", [("33", 35), ("65", 5), ("64", 10)])
def test_every_unit_gets_exactly_one_cell_and_tiles_do_not_overlap(built, province, count):
    collection, layout, pairs = built[province]
    codes = [f["properties"]["kode"] for f in collection["features"]]
    assert len(codes) == count and sorted(codes) == sorted(layout.cells)
    assert {code for pair in pairs for code in pair} <= set(codes)
    assert len(set(layout.cells.values())) == count
    tiles = [shape(f["geometry"]) for f in collection["features"]]
    assert all(isinstance(t, Polygon) and t.is_valid and len(t.exterior.coords) == 7 for t in tiles)
    assert max(t.area for t in tiles) / min(t.area for t in tiles) < 1.001
    for a, b in combinations(tiles, 2):
        assert a.intersection(b).area < 1e-6 * a.area


def test_jawa_tengah_keeps_three_quarters_of_its_neighbours(built):
    _, layout, boundary_pairs = built["33"]
    kept, pairs = hexgrid.kept_pairs(boundary_pairs, layout.cells)
    assert pairs >= 70  # the real adjacency was found (76 pairs within 1 km)
    assert kept / pairs >= 0.75  # 59 of 76 when written


def test_jawa_tengah_layout_echoes_real_positions(built):
    _, layout, _ = built["33"]
    x = {code: layout.centre(code)[0] for code in layout.cells}
    y = {code: layout.centre(code)[1] for code in layout.cells}
    assert min(x, key=x.get) == "33.01"  # Cilacap in the west
    assert max(y, key=y.get) == "33.20"  # Jepara in the north
    assert y["33.12"] <= min(y.values()) + 1e-9  # Wonogiri in the south row
    assert x["33.29"] < x["33.74"] < x["33.16"]  # Brebes, Kota Semarang, Blora west to east


def test_kaltim_generated_layout_keeps_most_of_the_hand_made_neighbours(built):
    make_tiles = load_script("make_tiles")
    hand_made = hexgrid.tile_pairs(make_tiles.LAYOUT)
    _, layout, _ = built["64"]
    kept, pairs = hexgrid.kept_pairs(hand_made, layout.cells)
    assert pairs == 15
    assert kept / pairs >= 0.8  # 13 of 15 when written


def test_tiles_have_the_hand_made_files_format_and_the_registry_names(built):
    hand_made = json.loads((ROOT / "geodata" / "tiles_kabupaten_kota.geojson").read_text("utf-8"))
    collection, _, _ = built["33"]
    assert collection.keys() == hand_made.keys()
    assert collection["name"] == \
        "Peta petak skematis kabupaten/kota Jawa Tengah (bukan batas wilayah resmi)"
    first = collection["features"][0]
    assert first.keys() == hand_made["features"][0].keys()
    assert first["properties"].keys() == hand_made["features"][0]["properties"].keys()
    assert first["properties"] == {"kode": "33.01", "nama": "Kabupaten Cilacap",
                                   "nama_pendek": "Cilacap", "singkatan": "", "skematis": True}
    kaltim = {f["properties"]["kode"]: f["properties"] for f in built["64"][0]["features"]}
    assert kaltim["64.02"]["singkatan"] == "Kukar"  # the hand-made registry's abbreviation


def test_the_script_is_deterministic(script, shared_dir, tmp_path):
    for attempt in range(2):
        out = tmp_path / f"{attempt}.geojson"
        assert script.main(["33", "--shared", str(shared_dir), "--output", str(out)]) == 0
    assert (tmp_path / "0.geojson").read_bytes() == (tmp_path / "1.geojson").read_bytes()
    assert (tmp_path / "0.geojson").read_bytes() == (TILES / "33_kabupaten_kota.geojson").read_bytes()


@pytest.mark.slow  # 37 provinces: ~15 s on an idle core
def test_committed_tiles_of_every_province_but_kaltim_are_what_the_script_writes(script, shared_dir,
                                                                                capsys):
    """37 files (Kaltim's map stays the hand-made geodata/tiles_kabupaten_kota.geojson); the 514
    kab/kota less Kaltim's ten."""
    files = sorted(p.name for p in TILES.glob("*.geojson"))
    assert files == [f"{p}_kabupaten_kota.geojson" for p in script.all_provinces()]
    assert len(files) == 37 and "64_kabupaten_kota.geojson" not in files
    tiles = sum(len(json.loads((TILES / f).read_text("utf-8"))["features"]) for f in files)
    assert tiles == 514 - 10
    assert script.main(["--all", "--shared", str(shared_dir), "--check"]) == 0
    assert capsys.readouterr().out.count("up to date") == 37


def test_check_sees_a_changed_file(script, shared_dir, tmp_path):
    changed = tmp_path / "65.geojson"
    changed.write_bytes((TILES / "65_kabupaten_kota.geojson").read_bytes().replace(b"Tarakan", b"Tarakam"))
    assert script.main(["65", "--shared", str(shared_dir), "--output", str(changed), "--check"]) == 1


def test_bad_province_and_changed_source(script, shared_dir, tmp_path, capsys):
    assert script.main(["99", "--shared", str(shared_dir)]) == 2
    error = capsys.readouterr().err
    assert "no province 99" in error and "33, 34" in error and "64, 65" in error
    for wrong in (["3x"], [], ["33", "--all"]):
        with pytest.raises(SystemExit):
            script.main(wrong)
    fake = tmp_path / "geodata" / "wilayah_boundaries_3c5a796"
    (fake / "db" / "kab").mkdir(parents=True)
    (fake / "SHA256SUMS-upstream").write_bytes(
        (shared_dir / script.SNAPSHOT / "SHA256SUMS-upstream").read_bytes())
    (fake / "db" / "kab" / "wilayah_boundaries_kab_65.sql").write_text("-- changed\n")
    assert script.main(["65", "--shared", str(tmp_path)]) == 2
    assert "SHA256SUMS-upstream says" in capsys.readouterr().err
