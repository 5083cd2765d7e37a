"""Boundary import: real Kaltim layers map right in both code schemes; every kind of bad input is
refused with a clear message and leaves nothing stored."""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from pathlib import Path

import geopandas as gpd
import pytest
import shapely

from domain import regions
from loaders import boundaries, boundaries_import
from loaders.boundaries_import import import_boundaries
from storage import boundary_layers, boundary_store


@pytest.fixture(scope="module")
def kab_file(shared_dir) -> Path:
    return shared_dir / "geodata" / "kaltim_kabupaten_kota.geojson"


@pytest.fixture(scope="module")
def kec_file(shared_dir) -> Path:
    return shared_dir / "geodata" / "kaltim_kecamatan.geojson"


@pytest.fixture(scope="module")
def kab_frame(kab_file) -> gpd.GeoDataFrame:
    return gpd.read_file(kab_file)


@pytest.fixture(scope="module")
def kec_frame(kec_file) -> gpd.GeoDataFrame:
    return gpd.read_file(kec_file)


def nothing_stored(data_dir: Path, level: str) -> bool:
    directory = data_dir / "boundaries" / level
    if not directory.exists():
        return True
    leftovers = [p.name for p in directory.iterdir() if p.name != ".lock"]
    return leftovers == []


def refused(report, key: str, data_dir: Path) -> str:
    """Assert a refusal with message ``key``, nothing stored; return the Indonesian text."""
    assert not report.ok, report.lines("en")
    assert [m.key for m in report.errors] == [key], report.lines("en")
    assert nothing_stored(data_dir, report.level)
    text_id, text_en = report.errors[0].text("id"), report.errors[0].text("en")
    assert text_id and text_en and text_id != text_en
    assert "{" not in text_id.replace("'{'", "") and "{" not in text_en.replace("'{'", "")
    return text_id


def write_zip(path: Path, members: dict[str, bytes | Path]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            data = content.read_bytes() if isinstance(content, Path) else content
            archive.writestr(name, data)
    return path


def zipped_shapefile(frame: gpd.GeoDataFrame, tmp_path: Path, stem: str,
                     drop: tuple[str, ...] = ()) -> Path:
    folder = tmp_path / f"{stem}_shp"
    folder.mkdir()
    frame.to_file(folder / f"{stem}.shp", driver="ESRI Shapefile")
    members = {p.name: p for p in folder.iterdir() if p.suffix.lower() not in drop}
    return write_zip(tmp_path / f"{stem}.zip", members)


# --- the real layers -----------------------------------------------------------------------------
def test_kabupaten_kemendagri_maps_all_ten(kab_file, data_dir):
    report = import_boundaries(kab_file, "kabupaten", user="tester")
    assert report.ok, report.lines("en")
    layer = boundary_store.current_layer("kabupaten")
    assert sorted(layer["kode"]) == sorted(regions.codes())
    for row in layer.itertuples():
        district = regions.get(row.kode)
        assert row.nama == district.official_name and row.nama_pendek == district.short_name
        assert row.nama_sumber == district.official_name  # the file's own name agrees
    assert report.counts["kab_present"] == 10 and report.counts["kab_missing"] == []
    assert "10 dari 10 kab/kota ada" in "\n".join(report.lines("id"))
    assert report.provenance["sha256"] == hashlib.sha256(kab_file.read_bytes()).hexdigest()
    assert report.provenance["file_name"] == kab_file.name
    manifest = json.loads((data_dir / "boundaries" / "kabupaten" / "manifest.json").read_text())
    assert manifest["current"] == 1 and manifest["versions"][0]["user"] == "tester"
    assert manifest["versions"][0]["provenance"]["sha256"] == report.provenance["sha256"]
    assert (data_dir / "boundaries" / "kabupaten" / "v0001.gpkg").is_file()


def test_kabupaten_bps_codes_respect_the_scheme(kab_frame, tmp_path, data_dir):
    frame = kab_frame[["kode_bps", "nama_bps", "geometry"]]  # 6403 is Kutai Kartanegara here
    path = tmp_path / "kab_bps.geojson"
    frame.to_file(path, driver="GeoJSON")
    report = import_boundaries(path, "kabupaten")
    assert report.ok, report.lines("en")
    layer = boundary_store.current_layer("kabupaten").set_index("kode")
    assert layer.loc["64.02", "kode_sumber"] == "6403"
    assert layer.loc["64.03", "kode_sumber"] == "6405"
    assert layer.loc["64.07", "kode_sumber"] == "6402"
    assert layer.loc["64.08", "kode_sumber"] == "6404"
    assert set(layer["kode_skema"]) == {"bps"}


def test_bare_ambiguous_codes_are_refused_unless_scheme_given(kab_frame, tmp_path, data_dir):
    # 6401-6403 exist in both schemes and 6402/6403 mean different kab/kota: no silent guess.
    frame = kab_frame[kab_frame["kode"].isin(["64.01", "64.02", "64.03"])][["kode_kemendagri",
                                                                            "geometry"]]
    frame = frame.rename(columns={"kode_kemendagri": "kode"})
    path = tmp_path / "three.geojson"
    frame.to_file(path, driver="GeoJSON")
    text = refused(import_boundaries(path, "kabupaten"), "boundaries.error.ambiguous_scheme",
                   data_dir)
    assert "--scheme" in text
    # three of ten kab/kota: stored, and current only because the caller confirms it
    report = import_boundaries(path, "kabupaten", scheme="kemendagri", allow_incomplete=True)
    assert report.ok and sorted(boundary_store.current_layer("kabupaten")["kode"]) == [
        "64.01", "64.02", "64.03"]
    assert "3 dari 10 kab/kota ada" in "\n".join(report.lines("id"))
    assert "Kabupaten Kutai Barat (64.07)" in "\n".join(report.lines("id"))  # named as missing


def test_bps_desa_layer_maps_every_unit_to_the_right_kab(shared_dir, data_dir):
    path = shared_dir / "geodata" / "alt_bps2020" / "kaltim_desa_bps2020_hdx_partial.geojson"
    report = import_boundaries(path, "desa")
    assert report.ok, report.lines("en")
    layer = boundary_store.current_layer("desa")
    source = gpd.read_file(path, columns=["kode", "kode_kab_kemendagri"], read_geometry=False)
    assert len(layer) == len(source) == 1024
    expected = dict(zip(source["kode"], source["kode_kab_kemendagri"]))
    for row in layer.itertuples():
        assert row.kode_skema == "bps"
        assert row.kode_kab == regions.BY_BPS[row.kode[:4]].kemendagri_code
        assert row.kode_kab.replace(".", "") == expected[row.kode]
        assert row.kode_kec == row.kode[:7]
    kukar = layer[layer["kode"].str.startswith("6403")]
    assert len(kukar) > 200 and set(kukar["kode_kab"]) == {"64.02"}  # not 64.03 (Berau)
    assert set(layer.loc[layer["kode"].str.startswith("6405"), "kode_kab"]) == {"64.03"}
    assert set(layer.loc[layer["kode"].str.startswith("6402"), "kode_kab"]) == {"64.07"}
    assert report.counts["kab_present"] == 10


def test_kecamatan_zipped_shapefile_in_utm_comes_back_within_a_metre(kec_frame, tmp_path,
                                                                    data_dir):
    source = kec_frame[["kode", "nama", "kode_kab", "geometry"]]
    path = zipped_shapefile(source.to_crs(32650), tmp_path, "kecamatan_utm50")
    report = import_boundaries(path, "kecamatan")
    assert report.ok, report.lines("en")
    assert any(m.key == "boundaries.note.reprojected" for m in report.notes)
    assert report.provenance["format"] == "zip+shp"
    layer = boundary_store.current_layer("kecamatan").set_index("kode")
    assert len(layer) == 105 and layer.crs.to_epsg() == 4326
    original = source.set_index("kode").to_crs(32650)
    back = layer.to_crs(32650).loc[original.index]
    distances = shapely.hausdorff_distance(original.geometry.values, back.geometry.values)
    assert distances.max() < 1.0
    assert (layer["kode_kab"] == original["kode_kab"]).all()


def test_geopackage_in_web_mercator_and_kml_by_name(kab_frame, tmp_path, data_dir):
    gpkg = tmp_path / "kab.gpkg"
    kab_frame[["kode", "nama", "geometry"]].to_crs(3857).to_file(gpkg, driver="GPKG")
    assert import_boundaries(gpkg, "kabupaten").ok
    kml = tmp_path / "kab.kml"
    kab_frame[["nama", "geometry"]].rename(columns={"nama": "Name"}).to_file(kml, driver="KML")
    report = import_boundaries(kml, "kabupaten")
    assert report.ok, report.lines("en")
    assert sorted(boundary_store.current_layer("kabupaten")["kode"]) == sorted(regions.codes())
    assert [v.version for v in boundary_store.layer_versions("kabupaten")] == [1, 2]


def test_new_version_keeps_the_previous_and_can_go_back(kab_file, data_dir, tmp_path):
    from loaders import areas as loaders_areas

    assert loaders_areas.district_areas().schematic
    first = import_boundaries(kab_file, "kabupaten", user="a")
    edited = tmp_path / "kab_edited.geojson"  # another file (the same file again stores nothing)
    edited.write_bytes(kab_file.read_bytes() + b"\n")
    second = import_boundaries(edited, "kabupaten", user="b")
    assert (first.version.version, second.version.version) == (1, 2)
    areas = loaders_areas.district_areas()
    assert not areas.schematic and areas.version == "kabupaten-v2"
    assert list(areas.frame.columns) == ["kode", "nama", "nama_pendek", "geometry"]
    boundary_store.activate_version("kabupaten", 1)
    assert loaders_areas.district_areas().version == "kabupaten-v1"
    assert [v.current for v in boundary_store.layer_versions("kabupaten")] == [True, False]
    assert boundary_store.read_layer("kabupaten", 2) is not None
    with pytest.raises(KeyError):
        boundary_store.activate_version("kabupaten", 9)


def test_lonlat_file_without_crs_is_accepted_with_a_note(kab_frame, tmp_path, data_dir):
    path = zipped_shapefile(kab_frame[["kode", "nama", "geometry"]], tmp_path, "kab_noprj",
                            drop=(".prj",))
    report = import_boundaries(path, "kabupaten")
    assert report.ok, report.lines("en")
    assert any(m.key == "boundaries.note.crs_assumed" for m in report.notes)


# --- refusals ------------------------------------------------------------------------------------
def test_zip_without_shp(tmp_path, data_dir):
    path = write_zip(tmp_path / "batas.zip", {"batas.dbf": b"x", "README.txt": b"hello"})
    text = refused(import_boundaries(path, "kabupaten"), "boundaries.error.zip_no_layer", data_dir)
    assert ".shp" in text and "README.txt" in text


def test_shp_without_prj_in_projected_coordinates(kec_frame, tmp_path, data_dir):
    path = zipped_shapefile(kec_frame[["kode", "nama", "geometry"]].to_crs(32650), tmp_path,
                            "kec_utm_noprj", drop=(".prj",))
    text = refused(import_boundaries(path, "kecamatan"), "boundaries.error.shp_no_prj", data_dir)
    assert ".prj" in text


def test_other_province_by_code(kab_frame, tmp_path, data_dir):
    frame = kab_frame[["kode", "nama", "geometry"]].copy()
    frame["kode"] = frame["kode"].str.replace("64.", "63.", regex=False)
    frame["nama"] = "Kabupaten Lain " + frame.index.astype(str)
    path = tmp_path / "kalsel.geojson"
    frame.to_file(path, driver="GeoJSON")
    text = refused(import_boundaries(path, "kabupaten"), "boundaries.error.other_province",
                   data_dir)
    assert "Kalimantan Timur" in text and "63" in text


def test_other_province_by_location(kec_frame, tmp_path, data_dir):
    frame = kec_frame[["kode", "nama", "geometry"]].copy()
    frame["geometry"] = frame.geometry.translate(xoff=-8.0)  # same codes, drawn in Sumatra/Java sea
    path = tmp_path / "shifted.geojson"
    frame.to_file(path, driver="GeoJSON")
    text = refused(import_boundaries(path, "kecamatan"), "boundaries.error.outside_kaltim",
                   data_dir)
    assert "105 dari 105" in text


def test_no_recognisable_code_or_name_column(kab_frame, kec_frame, tmp_path, data_dir):
    frame = kec_frame[["geometry"]].copy()
    frame["nilai"] = range(len(frame))
    path = tmp_path / "kec_nocode.geojson"
    frame.to_file(path, driver="GeoJSON")
    text = refused(import_boundaries(path, "kecamatan"), "boundaries.error.no_code_column",
                   data_dir)
    assert "nilai" in text
    frame = kab_frame[["geometry"]].copy()
    frame["nilai"] = [1.5] * len(frame)
    path = tmp_path / "kab_nocode.geojson"
    frame.to_file(path, driver="GeoJSON")
    refused(import_boundaries(path, "kabupaten"), "boundaries.error.no_code_or_name", data_dir)


def test_two_features_with_the_same_code(kab_frame, tmp_path, data_dir):
    frame = kab_frame[["kode", "nama", "geometry"]].copy()
    frame.loc[1, "kode"] = frame.loc[0, "kode"]
    path = tmp_path / "dup.geojson"
    frame.to_file(path, driver="GeoJSON")
    text = refused(import_boundaries(path, "kabupaten"), "boundaries.error.duplicates", data_dir)
    assert "64.01" in text


def test_empty_files(tmp_path, data_dir):
    empty = tmp_path / "kosong.geojson"
    empty.write_bytes(b"")
    refused(import_boundaries(empty, "kabupaten"), "boundaries.error.empty_file", data_dir)
    no_features = tmp_path / "nol.geojson"
    no_features.write_text('{"type": "FeatureCollection", "features": []}')
    refused(import_boundaries(no_features, "desa"), "boundaries.error.no_features", data_dir)


def test_too_large_is_refused_before_reading(kab_file, data_dir, monkeypatch):
    monkeypatch.setenv("DASHBOARD_MAX_BOUNDARY_MB", "0.1")  # the file is 143 KiB

    def must_not_read(*args, **kwargs):
        raise AssertionError("the file was read despite its size")

    monkeypatch.setattr(boundaries.pyogrio, "list_layers", must_not_read)
    monkeypatch.setattr(boundaries.gpd, "read_file", must_not_read)
    text = refused(import_boundaries(kab_file, "kabupaten"), "boundaries.error.too_large",
                   data_dir)
    assert "DASHBOARD_MAX_BOUNDARY_MB" in text


def test_zip_slip(kab_file, tmp_path, data_dir):
    work = tmp_path / "work"
    work.mkdir()
    path = write_zip(work / "slip.zip", {"../evil.geojson": kab_file})
    text = refused(import_boundaries(path, "kabupaten"), "boundaries.error.zip_unsafe_path",
                   data_dir)
    assert "../evil.geojson" in text
    assert not (tmp_path / "evil.geojson").exists()
    path = write_zip(work / "abs.zip", {"/tmp/evil.geojson": kab_file})
    refused(import_boundaries(path, "kabupaten"), "boundaries.error.zip_unsafe_path", data_dir)


def test_zip_bomb(tmp_path, data_dir, monkeypatch):
    path = write_zip(tmp_path / "bomb.zip", {"batas.geojson": b"\0" * (8 << 20)})
    assert path.stat().st_size < 100_000
    text = refused(import_boundaries(path, "kabupaten"), "boundaries.error.zip_ratio", data_dir)
    assert "batas.geojson" in text
    monkeypatch.setenv("DASHBOARD_MAX_BOUNDARY_MB", "4")  # declared total now over the limit
    refused(import_boundaries(path, "kabupaten"), "boundaries.error.zip_too_large", data_dir)


def test_text_file_named_geojson(tmp_path, data_dir):
    path = tmp_path / "batas.geojson"
    path.write_text("Ini bukan GeoJSON, hanya catatan rapat.\n")
    text = refused(import_boundaries(path, "kabupaten"), "boundaries.error.not_geojson", data_dir)
    assert "Ini bukan GeoJSON" in text


def test_broken_json_and_wrong_suffix(tmp_path, data_dir):
    path = tmp_path / "rusak.geojson"
    path.write_text('{"type": "FeatureCollection", "features": [')
    refused(import_boundaries(path, "kabupaten"), "boundaries.error.unreadable", data_dir)
    path = tmp_path / "batas.xlsx"
    path.write_bytes(b"PK\3\4 not really")
    refused(import_boundaries(path, "kabupaten"), "boundaries.error.unsupported", data_dir)


def test_unknown_kaltim_code_is_unmatched(kab_frame, tmp_path, data_dir):
    frame = kab_frame[["kode", "nama", "geometry"]].copy()
    frame.loc[0, "kode"] = "64.05"  # moved to Kalimantan Utara in 2012, not a Kaltim code now
    path = tmp_path / "unmatched.geojson"
    frame.to_file(path, driver="GeoJSON")
    text = refused(import_boundaries(path, "kabupaten"), "boundaries.error.unmatched", data_dir)
    assert "64.05" in text and "1 dari 10" in text


def test_points_are_not_boundaries(kab_frame, tmp_path, data_dir):
    frame = kab_frame[["kode", "nama", "geometry"]].copy()
    frame["geometry"] = frame.geometry.representative_point()
    path = tmp_path / "points.geojson"
    frame.to_file(path, driver="GeoJSON")
    refused(import_boundaries(path, "kabupaten"), "boundaries.error.not_polygons", data_dir)


def test_invalid_geometry_is_repaired_and_counted(kab_frame, tmp_path, data_dir):
    frame = kab_frame[["kode", "nama", "geometry"]].copy()
    bowtie = shapely.Polygon([(116.0, -1.0), (116.2, -0.8), (116.2, -1.0), (116.0, -0.8)])
    frame.loc[9, "geometry"] = bowtie  # 64.74, a self-intersecting ring
    path = tmp_path / "bowtie.geojson"
    frame.to_file(path, driver="GeoJSON")
    report = import_boundaries(path, "kabupaten")
    assert report.ok and report.counts["repaired"] == 1
    assert "1 geometri tidak sah diperbaiki" in "\n".join(report.lines("id"))
    assert boundary_store.current_layer("kabupaten").is_valid.all()


# --- command line and catalogue ------------------------------------------------------------------
def test_cli_import_reports_and_exits_non_zero_on_refusal(kab_file, tmp_path, data_dir, capsys):
    from cli.main import main

    assert main(["import-boundaries", str(kab_file), "--level", "kabupaten", "--user", "ani"]) == 0
    out = capsys.readouterr().out
    assert "disimpan sebagai versi 1" in out and "10 dari 10 kab/kota ada" in out
    assert hashlib.sha256(kab_file.read_bytes()).hexdigest() in out
    bad = tmp_path / "bad.geojson"
    bad.write_text("hello")
    assert main(["import-boundaries", str(bad), "--level", "kabupaten", "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "is not GeoJSON" in err and "nothing was stored" in err
    assert main(["boundary-versions", "kabupaten"]) == 0
    assert "ani" in capsys.readouterr().out
    out_file = tmp_path / "ekspor.geojson"
    assert main(["export-boundaries", "kabupaten", str(out_file)]) == 0
    exported = gpd.read_file(out_file)
    assert len(exported) == 10 and "10 unit kab/kota diekspor" in capsys.readouterr().out
    original = gpd.read_file(kab_file)
    assert shapely.get_num_coordinates(exported.geometry.values).sum() == \
        shapely.get_num_coordinates(original.geometry.values).sum()  # full resolution
    assert main(["export-boundaries", "desa", str(out_file)]) == 2
    assert main(["activate-boundaries", "kabupaten", "5"]) == 2
    assert main(["activate-boundaries", "kabupaten", "1", "--user", "adi"]) == 0
    from storage.backends import open_store

    assert open_store().read_audit()[0].user == "adi"  # who switched the layer is on record


def test_every_boundary_message_exists_in_both_languages():
    from i18n.catalog import MESSAGES

    root = Path(boundaries.__file__).parent.parent
    used = set()
    for path in [*root.glob("loaders/boundaries*.py"), *root.glob("storage/boundary*.py"),
                 root / "cli" / "boundaries.py", root / "loaders" / "areas.py"]:
        used |= set(re.findall(r"[\"@](boundaries\.[a-z_]+\.[a-z_]+)\"", path.read_text()))
    used |= {f"boundaries.level.{level}" for level in boundary_layers.LEVELS}
    used |= {f"boundaries.scheme.{s}" for s in ("kemendagri", "bps", "auto")}
    missing = sorted(k for k in used if k not in MESSAGES)
    assert not missing
    for key in used:
        assert MESSAGES[key]["id"].strip() and MESSAGES[key]["en"].strip()


def test_plain_shapefile_path_and_upload_bytes(kab_frame, tmp_path, data_dir):
    folder = tmp_path / "shp"
    folder.mkdir()
    kab_frame[["kode", "nama", "geometry"]].to_crs(23838).to_file(folder / "kab.shp")  # TM-3 50.2
    report = import_boundaries(folder / "kab.shp", "kabupaten")
    assert report.ok, report.lines("en")
    assert report.provenance["format"] == "shp"
    (folder / "kab.shx").unlink()
    refused_report = import_boundaries(folder / "kab.shp", "kabupaten")
    assert [m.key for m in refused_report.errors] == ["boundaries.error.shp_incomplete"]
    zipped = zipped_shapefile(kab_frame[["kode", "nama", "geometry"]], tmp_path, "upload")
    report = boundaries_import.import_boundaries_bytes(zipped.read_bytes(), "Batas Kab 2025.zip",
                                                "kabupaten", user="web")
    assert report.ok and report.provenance["file_name"] == "Batas Kab 2025.zip"
    assert report.version.version == 2


def test_corrupt_zip_member(kab_file, tmp_path, data_dir):
    path = write_zip(tmp_path / "crc.zip", {"kab.geojson": kab_file})
    data = bytearray(path.read_bytes())
    data[200] ^= 0xFF  # inside the compressed stream
    path.write_bytes(bytes(data))
    refused(import_boundaries(path, "kabupaten"), "boundaries.error.zip_bad", data_dir)


def test_wrong_level_is_named(kec_file, kab_file, data_dir):
    text = refused(import_boundaries(kec_file, "kabupaten"), "boundaries.error.wrong_level",
                   data_dir)
    assert "kecamatan" in text and "64.01.01" in text
    refused(import_boundaries(kab_file, "desa"), "boundaries.error.wrong_level", data_dir)


def test_numbers_that_are_not_codes_are_not_taken_for_codes(kab_frame, tmp_path, data_dir):
    frame = kab_frame[["nama", "geometry"]].copy()
    frame["tahun"] = 2025
    frame["luas"] = [1234.0 + i for i in range(len(frame))]  # "1234" would look like a kab code
    path = tmp_path / "names_only.geojson"
    frame.to_file(path, driver="GeoJSON")
    report = import_boundaries(path, "kabupaten")
    assert report.ok, report.lines("en")
    assert report.provenance["code_column"] is None and report.provenance["name_column"] == "nama"
    assert sorted(boundary_store.current_layer("kabupaten")["kode"]) == sorted(regions.codes())


# --- the store ------------------------------------------------------------------------------------
def test_concurrent_imports_get_distinct_versions(kab_frame, data_dir):
    import threading

    from storage import boundary_store

    layer = boundaries.prepare_layer(kab_frame, "kabupaten").frame
    errors = []

    def store(i):
        try:
            boundary_store.store_layer("kabupaten", layer, provenance={"n": i}, counts={},
                                         user=f"u{i}")
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=store, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    versions = boundary_store.layer_versions("kabupaten")
    assert sorted(v.version for v in versions) == [1, 2, 3, 4]
    assert sorted(v.provenance["n"] for v in versions) == [0, 1, 2, 3]
    assert all(v.path.is_file() for v in versions)


def test_a_failed_manifest_write_leaves_the_previous_state(kab_file, data_dir, monkeypatch,
                                                           tmp_path):
    import os as _os

    assert import_boundaries(kab_file, "kabupaten", warm_display=False).ok
    edited = tmp_path / "kab_edited.geojson"  # another file (the same file again stores nothing)
    edited.write_bytes(kab_file.read_bytes() + b"\n")
    manifest = data_dir / "boundaries" / "kabupaten" / "manifest.json"
    before = manifest.read_bytes()
    real_replace = _os.replace

    def failing_replace(src, dst):
        if str(dst).endswith("manifest.json"):
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr("storage.boundary_files.os.replace", failing_replace)
    report = import_boundaries(edited, "kabupaten", warm_display=False)
    assert not report.ok and [m.key for m in report.errors] == ["boundaries.error.store"]
    assert "No space left" in report.errors[0].text("en")
    assert manifest.read_bytes() == before
    files = sorted(p.name for p in manifest.parent.iterdir())
    assert files == [".lock", "manifest.json", "v0001.gpkg"]


def test_reimporting_the_current_file_stores_nothing(kab_file, samarinda_file, data_dir, capsys):
    """Issue 12's decision, for boundary layers too: the same file again says 'tidak ada
    perubahan' and stores no version (before, each re-import stored an identical version)."""
    from cli.main import main
    from storage.backends import open_store

    first = import_boundaries(kab_file, "kabupaten", warm_display=False)
    assert first.ok and first.version.version == 1 and not first.unchanged
    audit = len(open_store().read_audit())
    again = import_boundaries(kab_file, "kabupaten", warm_display=False)
    assert again.ok and again.unchanged and again.version.version == 1
    assert "Tidak ada perubahan" in again.lines("id")[0]
    assert "No change" in again.lines("en")[0] and "Nothing was stored" in again.lines("en")[0]
    assert [(v.version, v.current) for v in boundary_store.layer_versions("kabupaten")] == [
        (1, True)]
    assert len(open_store().read_audit()) == audit
    assert main(["import-boundaries", str(kab_file), "--level", "kabupaten"]) == 0
    assert "Tidak ada perubahan" in capsys.readouterr().out
    # Samarinda alone is stored inactive: version 1 is still current, so the file is unchanged.
    assert import_boundaries(samarinda_file, "kabupaten", warm_display=False).version.version == 2
    assert import_boundaries(kab_file, "kabupaten", warm_display=False).unchanged
    # Once another version is current, the first file again is a change (it becomes current).
    boundaries_import.activate("kabupaten", 2, user="ani", allow_incomplete=True)
    back = import_boundaries(kab_file, "kabupaten", warm_display=False)
    assert not back.unchanged and back.version.version == 3 and back.version.current
