"""Display geometry: coverage simplification keeps neighbours seamless, drops most vertices, is
small enough for the browser, is cached per layer version, and leaves full resolution in the
store."""

from __future__ import annotations

import json
import shutil

import geopandas as gpd
import numpy as np
import pytest
import shapely

from loaders import areas, boundaries_import
from storage import boundary_display, boundary_store
from storage.boundary_display import (
    display_geojson,
    display_geojson_text,
    display_layer,
    simplify_coverage,
    tolerance_for,
    tolerance_for_zoom,
)

EQUAL_AREA = 6933  # areas in km² need an equal-area CRS


@pytest.fixture(scope="module")
def desa_frame(shared_dir) -> gpd.GeoDataFrame:
    return gpd.read_file(shared_dir / "geodata" / "kaltim_desa_kelurahan.geojson")


@pytest.fixture(scope="module")
def stored(shared_dir, tmp_path_factory):
    """kab, kec and desa imported once into a module-wide data dir."""
    root = tmp_path_factory.mktemp("display") / "data"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DASHBOARD_DATA_DIR", str(root))
        for name, level in (("kaltim_kabupaten_kota", "kabupaten"),
                            ("kaltim_kecamatan", "kecamatan"),
                            ("kaltim_desa_kelurahan", "desa")):
            report = boundaries_import.import_boundaries(
                shared_dir / "geodata" / f"{name}.geojson", level)
            assert report.ok, report.lines("en")
        boundary_display.clear_cache()
        yield root


@pytest.fixture()
def in_store(stored, monkeypatch):
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(stored))
    return stored


def overlap_km2(geometries) -> float:
    """Sum of the areas shared by pairs of features."""
    series = gpd.GeoSeries(geometries, crs=4326).to_crs(EQUAL_AREA)
    values = series.values
    left, right = series.sindex.query(values, predicate="intersects")
    pairs = left < right
    shared = shapely.intersection(values[left[pairs]], values[right[pairs]])
    return float(shapely.area(shared).sum() / 1e6)


def union_km2(geometries) -> float:
    return float(gpd.GeoSeries(geometries, crs=4326).to_crs(EQUAL_AREA).union_all().area / 1e6)


def test_coverage_simplification_keeps_neighbours_seamless(desa_frame):
    original = desa_frame.geometry.values
    simplified = simplify_coverage(original, tolerance_for("province"))
    assert shapely.is_valid(simplified).all() and not shapely.is_empty(simplified).any()
    vertices_before = int(shapely.get_num_coordinates(original).sum())
    vertices_after = int(shapely.get_num_coordinates(simplified).sum())
    assert vertices_after < 0.25 * vertices_before  # 202k -> well under a quarter

    union_before, union_after = union_km2(original), union_km2(simplified)
    assert abs(union_after - union_before) / union_before < 0.003
    # The source overlaps by ~2.3 km² in total; the display layer must not overlap at all, while
    # per-polygon simplify moves each side of a shared edge differently and creates slivers.
    assert overlap_km2(original) > 2
    assert overlap_km2(simplified) < 0.05
    naive = shapely.simplify(original, tolerance_for("province") / 111_320, preserve_topology=True)
    assert overlap_km2(naive) > 20


def test_overlapping_kecamatan_layer_becomes_seamless(shared_dir):
    frame = gpd.read_file(shared_dir / "geodata" / "kaltim_kecamatan.geojson")
    original = frame.geometry.values
    simplified = simplify_coverage(original, tolerance_for("kabupaten"))
    assert overlap_km2(original) > 200  # the source's kecamatan overlap each other
    assert overlap_km2(simplified) < 0.05
    assert abs(union_km2(simplified) - union_km2(original)) / union_km2(original) < 0.003
    assert shapely.coverage_is_valid(simplified, gap_width=0)


def test_coordinates_are_rounded_to_five_decimals(desa_frame):
    simplified = simplify_coverage(desa_frame.geometry.values[:50], 0)
    coords = shapely.get_coordinates(simplified)
    assert np.allclose(coords, np.round(coords, 5), atol=0, rtol=0)
    # full detail keeps every vertex that is not a duplicate after rounding
    assert shapely.get_num_coordinates(simplified).sum() > 0.95 * shapely.get_num_coordinates(
        desa_frame.geometry.values[:50]).sum()


def test_display_geojson_sizes(in_store):
    desa = display_geojson_text("desa")
    assert len(desa.encode()) < 1_000_000
    kab = display_geojson_text("kabupaten")
    assert len(kab.encode()) < 150_000
    data = display_geojson("desa")
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 1038
    feature = data["features"][0]
    assert feature["id"] == feature["properties"]["kode"]
    assert set(feature["properties"]) == {"kode", "nama_pendek"}
    assert "bbox" not in data and "bbox" not in feature
    one_kab = display_geojson("desa", kode_kab="64.74")
    assert {f["properties"]["kode"][:5] for f in one_kab["features"]} == {"64.74"}
    data["features"].clear()  # callers get their own copy
    assert len(display_geojson("desa")["features"]) == 1038
    assert json.loads(desa) == display_geojson("desa")


def test_display_is_cached_and_full_resolution_stays(in_store, monkeypatch):
    # the import warmed the province view on disk; start from nothing to count the work
    shutil.rmtree(in_store / "boundaries" / "kecamatan" / "display")
    boundary_display.clear_cache()
    calls = []
    real = boundary_display._simplify_clean
    monkeypatch.setattr(boundary_display, "_simplify_clean",
                        lambda *a, **k: calls.append(1) or real(*a, **k))
    first = display_layer("kecamatan")
    second = display_layer("kecamatan")
    assert len(calls) == 1 and first is not second and first.equals(second)
    display_layer("kecamatan", tolerance_m=150)
    assert len(calls) == 2
    # after a restart (memory cache empty) the disk cache answers
    boundary_display.clear_cache()
    display_layer("kecamatan")
    assert len(calls) == 2
    full = boundary_store.current_layer("desa")
    assert shapely.get_num_coordinates(full.geometry.values).sum() > 200_000
    shown = display_layer("desa")
    assert shapely.get_num_coordinates(shown.geometry.values).sum() < 50_000


def test_new_version_is_not_served_from_the_old_cache(in_store, shared_dir, tmp_path):
    before = display_layer("kabupaten")
    frame = gpd.read_file(shared_dir / "geodata" / "kaltim_kabupaten_kota.geojson")
    frame = frame[frame["kode"] != "64.74"]  # a version without Bontang
    path = tmp_path / "nine.geojson"
    frame.to_file(path, driver="GeoJSON")
    report = boundaries_import.import_boundaries(path, "kabupaten", allow_incomplete=True)
    assert report.ok and "missing: Kota Bontang (64.74)" in "\n".join(report.lines("en"))
    try:
        assert len(display_layer("kabupaten")) == 9 and len(before) == 10
        assert len(areas.district_areas().frame) == 9
        assert len(display_layer("kabupaten", version=1)) == 10
    finally:
        boundary_store.activate_version("kabupaten", 1)
    assert len(areas.district_areas().frame) == 10


def test_import_warms_the_province_view(in_store):
    cached = sorted(p.name for p in (in_store / "boundaries" / "desa" / "display").iterdir())
    algorithm = boundary_display.ALGORITHM
    assert f"v0001-{algorithm}-t500.parquet" in cached
    assert f"v0001-{algorithm}-clean.parquet" in cached


def test_area_layers_for_maps(in_store):
    kab = areas.district_areas()
    assert not kab.schematic and kab.version.startswith("kabupaten-v")
    assert kab.attribution == "kaltim_kabupaten_kota.geojson"
    assert kab.frame.crs.to_epsg() == 4326
    kec = areas.kecamatan_areas()
    assert len(kec.frame) == 105
    assert list(kec.frame.columns) == ["kode", "nama", "nama_pendek", "kode_kab", "kode_skema",
                                       "geometry"]
    kukar = areas.kecamatan_areas("64.02")
    assert len(kukar.frame) == 20 and set(kukar.frame["kode_kab"]) == {"64.02"}
    assert len(areas.kecamatan_areas("Kutai Kartanegara").frame) == 20
    desa = areas.desa_areas()
    assert len(desa.frame) == 1038 and {"kode_kab", "kode_kec"} <= set(desa.frame.columns)
    anggana = areas.desa_areas("64.02.04")
    assert len(anggana.frame) == 8 and set(anggana.frame["kode_kec"]) == {"64.02.04"}
    # a drilled-into kecamatan is at full detail: as many vertices as stored (after rounding)
    full = boundary_store.current_layer("desa")
    full = full[full["kode_kec"] == "64.02.04"]
    assert shapely.get_num_coordinates(anggana.frame.geometry.values).sum() >= 0.95 * \
        shapely.get_num_coordinates(full.geometry.values).sum()
    assert areas.district_areas() is kab  # a rerun with nothing changed: the same object


def test_nothing_imported_means_schematic_tiles_and_none(data_dir):
    assert areas.district_areas().schematic
    assert areas.kecamatan_areas() is None and areas.desa_areas() is None
    assert display_layer("desa") is None and display_geojson("desa") is None


def test_tolerance_follows_the_zoom():
    assert tolerance_for_zoom(7) == 500  # whole province: a pixel is ~1.2 km
    assert tolerance_for_zoom(9) == 150  # one kab/kota
    assert tolerance_for_zoom(12) == 0  # one kecamatan: full detail
    assert tolerance_for_zoom(7) == tolerance_for("province")
