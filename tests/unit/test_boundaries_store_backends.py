"""The boundary store's guarantees on each backend: GeoPackages + manifest under the data dir (the
default) and PostGIS tables (with DASHBOARD_DB_URL). Both run through the module-level interface
the product uses (``storage.boundary_store``), so ``get_store()`` picks the backend. PostgreSQL
tests need ``eval "$(bash scripts/postgres.sh start)"``; see tests/conftest.py."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from shapely.geometry import MultiPolygon, Polygon, box

from loaders import areas as loaders_areas
from loaders import boundaries, boundaries_import
from storage import boundary_display, boundary_store
from storage.boundary_files import FileBoundaryStore
from storage.hooks import write_hooks
from tests.conftest import other_process

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def kab_file(shared_dir) -> Path:
    return shared_dir / "geodata" / "kaltim_kabupaten_kota.geojson"


@pytest.fixture(scope="module")
def kab_layer(kab_file) -> gpd.GeoDataFrame:
    return boundaries.prepare_layer(gpd.read_file(kab_file), "kabupaten").frame


@pytest.fixture(scope="module")
def kec_layer(shared_dir) -> gpd.GeoDataFrame:
    frame = gpd.read_file(shared_dir / "geodata" / "kaltim_kecamatan.geojson")
    return boundaries.prepare_layer(frame, "kecamatan").frame


@pytest.fixture(scope="module")
def nine_file(kab_file, tmp_path_factory) -> Path:
    """The kab/kota layer without Kota Bontang: a second, different version."""
    frame = gpd.read_file(kab_file)
    path = tmp_path_factory.mktemp("nine") / "nine.geojson"
    frame[frame["kode"] != "64.74"].to_file(path, driver="GeoJSON")
    return path


@pytest.fixture()
def backend(store_backend):
    boundary_display.clear_cache()
    loaders_areas._imported.cache_clear()
    yield store_backend
    boundary_display.clear_cache()
    loaders_areas._imported.cache_clear()


def stored_type(backend) -> str:
    return type(boundary_store.get_store()).__name__


def file_store_round_trip(frame: gpd.GeoDataFrame, tmp_path: Path) -> gpd.GeoDataFrame:
    store = FileBoundaryStore(tmp_path / "reference")
    store.store_layer("kecamatan", frame, provenance={}, counts={}, user="", attribution="")
    return store.read_layer("kecamatan")


def assert_same_layer(actual: gpd.GeoDataFrame, expected: gpd.GeoDataFrame) -> None:
    assert list(actual.columns) == list(expected.columns)
    assert actual.geometry.name == expected.geometry.name and actual.crs == expected.crs
    pd.testing.assert_frame_equal(actual.drop(columns=actual.geometry.name),
                                  expected.drop(columns=expected.geometry.name))
    assert list(actual.geom_type) == list(expected.geom_type)
    assert shapely.equals_exact(actual.geometry.values, expected.geometry.values, 0).all()


# --- the backend and what it stores ---------------------------------------------------------------
def test_get_store_follows_the_database_url(backend):
    expected = "PostgisBoundaryStore" if backend.name == "postgres" else "FileBoundaryStore"
    assert stored_type(backend) == expected


def test_a_real_layer_round_trips_as_the_file_store_returns_it(backend, kec_layer, tmp_path):
    provenance = {"file_name": "kec.geojson", "sha256": "ab" * 32, "nested": {"a": [1, 2]},
                  "source_crs": "EPSG:4326", "code_column": None}
    counts = {"units": 105, "per_kab": {"64.02": 20}, "kab_missing": []}
    stored = boundary_store.store_layer("kecamatan", kec_layer, provenance=provenance,
                                          counts=counts, user="ani", attribution="BIG 2023")
    assert (stored.version, stored.current, stored.user, stored.attribution) == \
        (1, True, "ani", "BIG 2023")
    assert stored.provenance == provenance and stored.counts == counts
    assert stored.created_at.endswith("+00:00") and len(stored.created_at) == 25
    (listed,) = boundary_store.layer_versions("kecamatan")
    assert listed == stored and boundary_store.current_version("kecamatan") == stored
    assert_same_layer(boundary_store.current_layer("kecamatan"),
                      file_store_round_trip(kec_layer, tmp_path))
    assert_same_layer(boundary_store.read_layer("kecamatan", 1), kec_layer)


def test_attribute_types_missing_values_and_mixed_geometries(backend, tmp_path):
    frame = gpd.GeoDataFrame({
        "kode": ["64.01", None, "64.03"],
        "jumlah": np.array([1, 2, 3], dtype="int64"),
        "luas": [1.5, float("nan"), 2.25],
        "aktif": [True, False, True],
        "catatan": ["ä 'kutip' \"ganda\"", "", "\\ ; -- DROP TABLE"],
    }, geometry=[box(116, -1, 117, 0),
                 MultiPolygon([box(117, 0, 117.5, 0.5), box(118, 0, 118.5, 0.5)]),
                 Polygon([(116, 1), (117, 1), (116.5, 1.5)])], crs=4326)
    boundary_store.store_layer("kecamatan", frame, provenance={}, counts={})
    read = boundary_store.current_layer("kecamatan")
    assert_same_layer(read, file_store_round_trip(frame, tmp_path))
    assert read.loc[2, "catatan"] == "\\ ; -- DROP TABLE" and read["jumlah"].dtype == "int64"
    read.loc[0, "kode"] = "diubah"  # callers get their own copy
    assert boundary_store.current_layer("kecamatan").loc[0, "kode"] == "64.01"


def test_a_projected_layer_is_stored_in_lon_lat(backend, kab_layer):
    boundary_store.store_layer("kabupaten", kab_layer.to_crs(32750), provenance={}, counts={})
    read = boundary_store.current_layer("kabupaten")
    assert read.crs.to_epsg() == 4326
    assert shapely.equals_exact(read.geometry.values, kab_layer.geometry.values, 1e-7).all()


# --- versions -------------------------------------------------------------------------------------
def test_a_version_stored_inactive_into_an_empty_level_stays_inactive(backend, kab_layer):
    """An incomplete first layer (issue 12: one kab/kota) must not become what maps draw just
    because nothing was current before."""
    one = kab_layer[kab_layer["kode"] == "64.72"]
    stored = boundary_store.store_layer("kabupaten", one, provenance={}, counts={},
                                          activate=False)
    assert (stored.version, stored.current) == (1, False)
    assert boundary_store.current_version("kabupaten") is None
    assert boundary_store.current_layer("kabupaten") is None
    assert loaders_areas.district_areas().schematic
    assert len(boundary_store.read_layer("kabupaten", 1)) == 1


def test_versions_activate_and_remove_as_in_the_file_store(backend, kab_layer):
    nine = kab_layer[kab_layer["kode"] != "64.74"]
    store = boundary_store.store_layer
    assert store("kabupaten", kab_layer, provenance={"n": 1}, counts={}).version == 1
    assert store("kabupaten", nine, provenance={"n": 2}, counts={}).version == 2
    v3 = store("kabupaten", kab_layer.head(3), provenance={"n": 3}, counts={}, activate=False)
    assert (v3.version, v3.current) == (3, False)
    assert boundary_store.current_version("kabupaten").version == 2  # not activated
    assert len(boundary_store.current_layer("kabupaten")) == 9
    assert len(boundary_store.read_layer("kabupaten", 3)) == 3  # readable all the same
    assert boundary_store.read_layer("kabupaten", 7) is None

    assert boundary_store.activate_version("kabupaten", 1).current
    assert len(boundary_store.current_layer("kabupaten")) == 10
    assert [(v.version, v.current) for v in boundary_store.layer_versions("kabupaten")] == \
        [(1, True), (2, False), (3, False)]
    with pytest.raises(KeyError):
        boundary_store.activate_version("kabupaten", 9)

    store_ = boundary_store.get_store()
    store_.remove_version("kabupaten", 2)  # not current: the current one stays
    assert [v.version for v in boundary_store.layer_versions("kabupaten")] == [1, 3]
    assert boundary_store.current_version("kabupaten").version == 1
    assert boundary_store.read_layer("kabupaten", 2) is None
    with pytest.raises(KeyError):
        boundary_store.activate_version("kabupaten", 2)
    store_.remove_version("kabupaten", 1)  # current: the newest remaining becomes current
    assert boundary_store.current_version("kabupaten").version == 3
    store_.remove_version("kabupaten", 1)  # already gone: nothing happens
    store_.remove_version("kabupaten", 3)
    assert boundary_store.layer_versions("kabupaten") == []
    assert boundary_store.current_layer("kabupaten") is None
    again = store("kabupaten", kab_layer, provenance={}, counts={})
    # The file store numbers after the versions it still has; PostGIS never reuses a number, so
    # that a version number always means the same content.
    assert again.version == (4 if backend.name == "postgres" else 1) and again.current
    # Levels are independent.
    assert boundary_store.layer_versions("kecamatan") == []


def test_two_threads_importing_at_once_get_distinct_versions(backend, kab_layer):
    errors, barrier = [], threading.Barrier(4)

    def store(i):
        try:
            barrier.wait(timeout=10)
            boundary_store.store_layer("kabupaten", kab_layer, provenance={"n": i}, counts={},
                                         user=f"u{i}")
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=store, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    versions = boundary_store.layer_versions("kabupaten")
    assert [v.version for v in versions] == [1, 2, 3, 4]
    assert sorted(v.provenance["n"] for v in versions) == [0, 1, 2, 3]
    assert {v.user: v.provenance["n"] for v in versions} == {f"u{i}": i for i in range(4)}
    assert [v.current for v in versions] == [False, False, False, True]
    for v in versions:
        assert_same_layer(boundary_store.read_layer("kabupaten", v.version), kab_layer)


def test_a_failure_mid_import_leaves_no_visible_version(backend, kab_file, tmp_path):
    assert boundaries_import.import_boundaries(kab_file, "kabupaten", warm_display=False).ok
    before = boundary_store.layer_versions("kabupaten")
    edited = tmp_path / "kab_edited.geojson"  # another file (the same file again stores nothing)
    edited.write_bytes(kab_file.read_bytes() + b"\n")

    def fail(level):
        raise OSError(28, "No space left on device")

    # Called after the units are written, just before the version is made visible.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(write_hooks, "before_boundary_publish", fail)
        report = boundaries_import.import_boundaries(edited, "kabupaten", warm_display=False)
    assert not report.ok and [m.key for m in report.errors] == ["boundaries.error.store"]
    assert "No space left" in report.errors[0].text("id")
    assert boundary_store.layer_versions("kabupaten") == before
    assert boundary_store.current_version("kabupaten").version == 1
    assert boundaries_import.import_boundaries(edited, "kabupaten", warm_display=False).version.version \
        == 2  # the failed attempt used up no number


_IMPORT_PAUSED = """
import os, pathlib, sys, time
sys.path.insert(0, sys.argv[1])
from loaders import boundaries_import
from storage.hooks import write_hooks

def pause(level):  # the units stored, the version not yet visible
    pathlib.Path(sys.argv[3]).write_text(str(os.getpid()))
    time.sleep(60)

write_hooks.before_boundary_publish = pause
boundaries_import.import_boundaries(sys.argv[2], "kabupaten", user="proses_lain")
"""


def test_a_process_killed_mid_import_stores_nothing(backend, kab_file, tmp_path):
    flag = tmp_path / "inside_import"
    process = subprocess.Popen([sys.executable, "-c", _IMPORT_PAUSED, str(ROOT), str(kab_file),
                                str(flag)], env=dict(os.environ), stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not flag.exists():
        assert process.poll() is None, process.stderr.read().decode()
        assert time.monotonic() < deadline, "the importing process never reached the pause"
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert boundary_store.layer_versions("kabupaten") == []
    assert boundary_store.current_layer("kabupaten") is None
    assert loaders_areas.district_areas().schematic
    # The lock died with the process (PostgreSQL: with its connection): the next import goes in.
    report = boundaries_import.import_boundaries(kab_file, "kabupaten", warm_display=False)
    assert report.ok and report.version.version == 1


# --- several instances ----------------------------------------------------------------------------
_READER = """
import sys; sys.path.insert(0, sys.argv[1])
from loaders import areas as area_layers, boundaries_import
from storage import boundary_display, boundary_store
for line in sys.stdin:
    command = line.split()
    if command and command[0] == "import":
        report = boundaries_import.import_boundaries(command[1], "kabupaten", user="proses_b",
                                                     allow_incomplete=True)
        assert report.ok, report.lines("en")
    areas = area_layers.district_areas()
    layer = boundary_store.current_layer("kabupaten")
    shown = boundary_display.display_layer("kabupaten")
    print(areas.version, len(areas.frame), None if layer is None else len(layer),
          None if shown is None else len(shown), flush=True)
"""


def test_an_import_in_one_process_is_what_another_shows_without_restart(backend, kab_file,
                                                                         nine_file):
    with other_process(_READER, "show") as ask:
        assert ask() == ["tiles-1", "10", "None", "None"]
        assert boundaries_import.import_boundaries(kab_file, "kabupaten").ok
        assert ask() == ["kabupaten-v1", "10", "10", "10"]
        assert ask() == ["kabupaten-v1", "10", "10", "10"]  # its caches are warm now
        assert boundaries_import.import_boundaries(nine_file, "kabupaten", allow_incomplete=True).ok
        assert ask() == ["kabupaten-v2", "9", "9", "9"]
        boundary_store.activate_version("kabupaten", 1)
        assert ask() == ["kabupaten-v1", "10", "10", "10"]
        assert ask(f"import {nine_file}") == ["kabupaten-v3", "9", "9", "9"]
        current = boundary_store.current_version("kabupaten")
        assert (current.version, current.user) == (3, "proses_b")
        assert loaders_areas.district_areas().version == "kabupaten-v3"
        assert len(boundary_display.display_layer("kabupaten")) == 9


# --- display geometry on both backends ------------------------------------------------------------
def test_display_is_cached_per_version_content(backend, kab_file, nine_file, monkeypatch):
    assert boundaries_import.import_boundaries(kab_file, "kabupaten").ok  # warms the province view
    display_dir = backend.data_dir / "boundaries" / "kabupaten" / "display"
    cached = sorted(p.name for p in display_dir.iterdir())
    algorithm = boundary_display.ALGORITHM
    if backend.name == "postgres":
        sha = boundary_store.current_version("kabupaten").content_sha256
        assert len(sha) == 64 and cached == [f"sha-{sha[:24]}-{algorithm}-clean.parquet",
                                             f"sha-{sha[:24]}-{algorithm}-t500.parquet"]
        assert not (backend.data_dir / "boundaries" / "kabupaten" / "manifest.json").exists()
    else:
        assert cached == [f"v0001-{algorithm}-clean.parquet", f"v0001-{algorithm}-t500.parquet"]

    calls = []
    real = boundary_display._simplify_clean
    monkeypatch.setattr(boundary_display, "_simplify_clean",
                        lambda *a, **k: calls.append(1) or real(*a, **k))
    boundary_display.clear_cache()
    first = boundary_display.display_layer("kabupaten")  # from the disk cache
    second = boundary_display.display_layer("kabupaten")
    assert calls == [] and first.equals(second) and first is not second
    boundary_display.display_layer("kabupaten", tolerance_m=150)
    assert len(calls) == 1

    areas = loaders_areas.district_areas()
    assert not areas.schematic and loaders_areas.district_areas() is areas  # nothing changed
    assert boundaries_import.import_boundaries(nine_file, "kabupaten", allow_incomplete=True).ok
    assert len(boundary_display.display_layer("kabupaten")) == 9
    assert len(loaders_areas.district_areas().frame) == 9
    assert len(boundary_display.display_layer("kabupaten", version=1)) == 10
    text = boundary_display.display_geojson_text("kabupaten", columns=("kode",))
    assert '"64.74"' not in text and '"64.72"' in text
    boundary_store.activate_version("kabupaten", 1)
    assert len(loaders_areas.district_areas().frame) == 10


def test_state_key_changes_when_the_current_version_does(backend, kab_layer):
    store = boundary_store.get_store()
    empty = store.state_key("kabupaten")
    boundary_store.store_layer("kabupaten", kab_layer, provenance={}, counts={})
    first = store.state_key("kabupaten")
    assert first != empty and store.state_key("kabupaten") == first
    boundary_store.store_layer("kabupaten", kab_layer.head(3), provenance={}, counts={})
    second = store.state_key("kabupaten")
    assert second != first
    assert store.state_key("kecamatan") == boundary_store.get_store().state_key("kecamatan")


# --- PostGIS only ---------------------------------------------------------------------------------
@pytest.fixture()
def postgres(backend):
    if backend.name != "postgres":
        pytest.skip("PostGIS only")
    return backend


def test_geometry_is_a_postgis_column_and_history_is_append_only(postgres, kab_layer):
    import psycopg

    boundary_store.store_layer("kabupaten", kab_layer, provenance={}, counts={})
    with psycopg.connect(postgres.url, autocommit=True) as conn:
        srid, kind, valid = conn.execute(
            "SELECT DISTINCT ST_SRID(geom), GeometryType(geom), bool_and(ST_IsValid(geom)) "
            "FROM boundary_features GROUP BY 1, 2").fetchone()
        assert (srid, kind, valid) == (4326, "MULTIPOLYGON", True)
        # a spatial query works on the stored layer: Samarinda's city hall lies in 64.72
        (kode,) = conn.execute("SELECT attributes->>0 FROM boundary_features WHERE ST_Contains("
                               "geom, ST_SetSRID(ST_Point(117.15, -0.50), 4326))").fetchone()
        assert kode == "64.72"
        for statement in ("UPDATE boundary_versions SET user_name = 'x'",
                          "DELETE FROM boundary_versions", "DELETE FROM boundary_events",
                          "UPDATE boundary_features SET ord = ord + 100",
                          "TRUNCATE boundary_events"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        columns = conn.execute("SELECT columns FROM boundary_versions").fetchone()[0]
        assert columns[0] == ["kode", "str"] and columns[-1] == ["diperbaiki", "bool"]


def test_an_unreachable_database_is_a_report_not_a_traceback(kab_file, data_dir, monkeypatch):
    pytest.importorskip("psycopg")
    monkeypatch.setenv("DASHBOARD_DB_URL", "postgresql://nobody@127.0.0.1:1/none")
    report = boundaries_import.import_boundaries(kab_file, "kabupaten")
    assert not report.ok and [m.key for m in report.errors] == ["boundaries.error.store"]
    assert report.errors[0].text("id").startswith("Gagal menyimpan batas wilayah")
    assert not (data_dir / "boundaries" / "kabupaten").exists()


def test_maps_fall_back_to_the_schematic_tiles_when_the_database_is_unreachable(data_dir,
                                                                              monkeypatch):
    pytest.importorskip("psycopg")
    from loaders import areas as loaders_areas

    monkeypatch.setenv("DASHBOARD_DB_URL", "postgresql://nobody@127.0.0.1:1/none")
    areas = loaders_areas.district_areas()
    assert areas.schematic and len(areas.frame) == 10  # the tiles, which say they are schematic
    assert loaders_areas.kecamatan_areas("64.02") is None and loaders_areas.desa_areas() is None


def test_imports_and_activations_are_in_the_audit_trail(backend, kab_file, nine_file):
    from storage.backends import open_store

    assert boundaries_import.import_boundaries(kab_file, "kabupaten", user="edi",
                                        warm_display=False).ok
    assert boundaries_import.import_boundaries(nine_file, "kabupaten", user="edi",
                                        warm_display=False, allow_incomplete=True).ok
    boundaries_import.activate("kabupaten", 1, user="adi")
    assert boundary_store.current_version("kabupaten").version == 1
    trail = [(e.user, e.action, e.detail.get("level"), e.detail.get("version"))
             for e in open_store().read_audit()]
    assert ("edi", "boundary_import", "kabupaten", 1) in trail
    assert ("edi", "boundary_import", "kabupaten", 2) in trail
    assert trail[0] == ("adi", "boundary_activate", "kabupaten", 1)  # newest first
    imported = next(e for e in open_store().read_audit() if e.action == "boundary_import")
    assert imported.detail["file_name"] == "nine.geojson"
    assert len(imported.detail["file_sha256"]) == 64
