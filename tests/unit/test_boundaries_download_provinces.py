"""The pinned download for any province (issue 17 item 3), from a loopback mirror of ../shared's
snapshot: Kalimantan Utara's three levels, Jawa Tengah's kab/kota and kecamatan, a province whose
mirror lacks its desa files, a kab/kota whose desa file the dataset lacks, and another
province's files refused naming it (download and file import)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from domain import regions
from loaders import boundaries, boundaries_download, boundaries_import
from loaders.boundaries_download import download_boundaries, parse_sql
from storage import boundary_layers, boundary_store
from tests.helpers.loopback_mirror import SNAPSHOT, Servers, stored_versions


@pytest.fixture()
def servers():
    running = Servers()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def mirror(shared_dir) -> Path:
    return shared_dir / SNAPSHOT


def test_kalimantan_utara_downloads_and_stores_three_levels(mirror, servers, data_dir):
    report = download_boundaries(servers.start(mirror), province="65", user="operator")
    assert report.ok, report.lines("en")
    units = {level: report.levels[level].counts["units"] for level in boundary_layers.LEVELS}
    assert units == {"kabupaten": 5, "kecamatan": 55, "desa": 482}
    assert stored_versions() == {"kabupaten": [1], "kecamatan": [1], "desa": [1]}
    assert {r.removeprefix("/") for r in servers.requests} == set(
        boundaries_download.files_for("65").files)
    kab = boundary_store.current_layer("kabupaten").set_index("kode")
    assert list(kab.index) == ["65.01", "65.02", "65.03", "65.04", "65.71"]
    assert kab.loc["65.71", "nama"] == "Kota Tarakan"
    desa = boundary_store.current_layer("desa")
    assert set(desa["kode_kab"]) == set(kab.index)
    minx, miny, maxx, maxy = desa.total_bounds  # lon/lat in Kalimantan Utara
    assert 114.5 < minx < maxx < 118.5 and 1.0 < miny < maxy < 4.6
    version = boundary_store.current_version("desa")
    assert version.provenance["province"] == "65" and len(version.provenance["files"]) == 5
    assert "missing_desa_files" not in version.provenance
    text = "\n".join(report.lines("id"))
    assert "5 dari 5 kab/kota ada" in text and "tanpa batas desa" not in text


def test_jawa_tengah_kab_and_kec(mirror, servers, data_dir):
    report = download_boundaries(servers.start(mirror), province="33",
                                 levels=("kabupaten", "kecamatan"))
    assert report.ok, report.lines("en")
    assert {level: r.counts["units"] for level, r in report.levels.items()} == {
        "kabupaten": 35, "kecamatan": 576}
    assert stored_versions() == {"kabupaten": [1], "kecamatan": [1], "desa": []}
    assert len(servers.requests) == 2  # no desa file was fetched
    kab = boundary_store.current_layer("kabupaten").set_index("kode")
    assert kab.loc["33.74", "nama"] == "Kota Semarang"
    assert kab.loc["33.22", "nama"] == "Kabupaten Semarang"


def test_desa_files_the_dataset_lacks_are_counted_and_the_rest_is_stored(
        mirror, servers, data_dir, monkeypatch):
    lacking = ("65.02", "65.04", "65.71")
    sums = {p: d for p, d in boundaries_download.pinned_sums().items()
            if p not in {boundaries_download.desa_path("65", k) for k in lacking}}
    monkeypatch.setattr(boundaries_download, "pinned_sums", lambda: sums)
    report = download_boundaries(servers.start(mirror), province="65")
    assert report.ok, report.lines("en")
    assert [m.key for m in report.notes] == ["bndl.download.desa_missing"]
    indonesian, english = report.notes[0].text("id"), report.notes[0].text("en")
    assert indonesian.startswith(
        "3 dari 5 kab/kota tanpa batas desa: Kabupaten Malinau (65.02), Kabupaten Tana Tidung "
        "(65.04), Kota Tarakan (65.71).")
    assert english.startswith("3 of 5 kab/kota without desa boundaries: Kabupaten Malinau")
    assert indonesian in report.lines("id") and english in report.lines("en")
    assert stored_versions() == {"kabupaten": [1], "kecamatan": [1], "desa": [1]}
    desa = boundary_store.current_layer("desa")
    assert set(desa["kode_kab"]) == {"65.01", "65.03"}
    assert boundary_store.current_version("desa").provenance["missing_desa_files"] == list(lacking)
    assert report.levels["kecamatan"].counts["kab_present"] == 5


def test_a_pinned_desa_file_the_server_lacks_cancels_everything(mirror, servers, data_dir):
    # The mirror in ../shared has Kalimantan Tengah's kab/kota and kecamatan files, not its desa.
    assert not (mirror / "db" / "kel" / "62").exists()
    report = download_boundaries(servers.start(mirror), province="62")
    assert not report.ok
    assert [m.key for m in report.errors] == ["boundaries.download.http_error"]
    indonesian, english = report.errors[0].text("id"), report.errors[0].text("en")
    assert "HTTP 404" in indonesian and "wilayah_boundaries_kel_62.01.sql" in indonesian
    assert "server tidak memiliki berkas batas desa" in indonesian
    assert "the server does not have the desa boundary file" in english
    assert "--levels kabupaten,kecamatan" in english
    assert "Unduhan dibatalkan; tidak ada yang disimpan." in report.lines("id")
    assert stored_versions() == {"kabupaten": [], "kecamatan": [], "desa": []}
    again = download_boundaries(servers.start(mirror), province="62",
                                levels=("kabupaten", "kecamatan"))
    assert again.ok, again.lines("en")
    assert again.levels["kabupaten"].counts["units"] == 14
    assert stored_versions() == {"kabupaten": [1], "kecamatan": [1], "desa": []}


def test_tampered_file_of_another_province_is_refused(mirror, servers, tmp_path, data_dir):
    copy = tmp_path / "mirror"
    (copy / "db" / "kab").mkdir(parents=True)
    (copy / "db" / "kec").mkdir(parents=True)
    shutil.copytree(mirror / "db" / "kel" / "65", copy / "db" / "kel" / "65")
    shutil.copy(mirror / "db" / "kab" / "wilayah_boundaries_kab_65.sql", copy / "db" / "kab")
    kec = copy / "db" / "kec" / "wilayah_boundaries_kec_65.sql"
    kec.write_text((mirror / "db" / "kec" / kec.name).read_text().replace("Malinau", "Ma1inau", 1))
    report = download_boundaries(servers.start(copy), province="65")
    assert [m.key for m in report.errors] == ["boundaries.download.checksum"]
    assert "wilayah_boundaries_kec_65.sql" in report.errors[0].text("id")
    assert stored_versions() == {"kabupaten": [], "kecamatan": [], "desa": []}


def test_another_provinces_download_is_refused_naming_it(mirror, servers, data_dir):
    report = download_boundaries(servers.start(mirror), province="33",
                                 registry=regions.registry_for("64"))
    assert [m.key for m in report.errors] == ["bndl.error.other_province"]
    assert "Batas Provinsi Jawa Tengah (33) tidak dapat disimpan di dasbor Provinsi Kalimantan " \
        "Timur (64)" in report.errors[0].text("id")
    assert "The boundaries of Jawa Tengah (33) cannot be stored in the dashboard of Kalimantan " \
        "Timur (64)" in report.errors[0].text("en")
    assert servers.requests == []  # refused before anything was fetched
    assert stored_versions() == {"kabupaten": [], "kecamatan": [], "desa": []}


def test_unknown_province_lists_the_valid_codes(data_dir):
    report = download_boundaries("http://127.0.0.1:9/", province="99")
    assert [m.key for m in report.errors] == ["bndl.error.unknown_province"]
    assert "Kode provinsi 99 tidak dikenal" in report.errors[0].text("id")
    assert "65 Kalimantan Utara" in report.errors[0].text("en")


@pytest.fixture(scope="module")
def jateng_kab(mirror, tmp_path_factory) -> Path:
    """Jawa Tengah's kab/kota file of the snapshot, as the GeoJSON a user would import."""
    sql = mirror / "db" / "kab" / "wilayah_boundaries_kab_33.sql"
    path = tmp_path_factory.mktemp("jateng") / "jawa_tengah_kab.geojson"
    parse_sql(sql.read_text(encoding="utf-8"), sql.name).to_file(path, driver="GeoJSON")
    return path


@pytest.mark.parametrize(("province", "here_id", "here_en"), [
    (None, "bukan wilayah Kalimantan Timur", "is not Kalimantan Timur"),
    ("65", "bukan wilayah Kalimantan Utara", "is not Kalimantan Utara")])
def test_importing_another_provinces_file_is_refused_naming_it(jateng_kab, data_dir, province,
                                                               here_id, here_en):
    report = boundaries_import.import_boundaries(jateng_kab, "kabupaten", province=province)
    assert not report.ok
    assert [m.key for m in report.errors] == ["boundaries.error.other_province"]
    indonesian, english = report.errors[0].text("id"), report.errors[0].text("en")
    assert here_id in indonesian and "provinsi 33 (Jawa Tengah)" in indonesian
    assert here_en in english and "province code 33 (Jawa Tengah)" in english
    assert stored_versions() == {"kabupaten": [], "kecamatan": [], "desa": []}


def test_a_provinces_own_file_imports_into_it(jateng_kab, data_dir):
    report = boundaries_import.import_boundaries(jateng_kab, "kabupaten", province="33")
    assert report.ok, report.lines("en")
    assert report.counts["units"] == 35 and report.counts["missing_units"] == []


def test_prepare_layer_checks_against_the_given_registry(jateng_kab):
    import geopandas as gpd

    frame = gpd.read_file(jateng_kab)
    with pytest.raises(boundaries.BoundaryError) as refused:
        boundaries.prepare_layer(frame, "kabupaten", registry=regions.registry_for("65"))
    assert "Jawa Tengah" in refused.value.message("en")
    layer = boundaries.prepare_layer(frame, "kabupaten", registry=regions.registry_for("33"))
    assert layer.counts["kab_total"] == 35 and layer.counts["kab_missing"] == []


def test_cli_download_boundaries_province_and_levels(mirror, servers, data_dir, capsys,
                                                    monkeypatch):
    from accounts.users import Accounts
    from cli.main import main

    monkeypatch.setenv("DASHBOARD_PROVINCE", "65")  # the dashboard's province: Kalimantan Utara
    Accounts().add_user("ani", "kata-sandi-yang-panjang", "admin")
    base = servers.start(mirror)
    args = ["download-boundaries", "--base-url", base, "--user", "ani"]
    assert main([*args, "--province", "65", "--levels", "kabupaten,kecamatan"]) == 0
    out = capsys.readouterr().out
    assert "Batas kab/kota disimpan sebagai versi 1" in out
    assert "5 dari 5 kab/kota ada" in out
    assert stored_versions() == {"kabupaten": [1], "kecamatan": [1], "desa": []}
    assert main([*args, "--province", "99", "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "Unknown province code 99" in err and "Traceback" not in err
    assert main([*args, "--province", "65", "--levels", "desa,kota"]) == 2
    assert "Tingkat wilayah \"kota\" tidak dikenal" in capsys.readouterr().err
    assert stored_versions() == {"kabupaten": [1], "kecamatan": [1], "desa": []}
    # Another province's boundaries cannot go into this dashboard's store, nor by default.
    assert main([*args, "--province", "33", "--levels", "kabupaten"]) == 2
    err = capsys.readouterr().err
    assert "Jawa Tengah (33)" in err and "Kalimantan Utara (65)" in err
    assert main([*args, "--levels", "kabupaten"]) == 0  # the default: the dashboard's own
    assert "5 dari 5 kab/kota ada" in capsys.readouterr().out


def test_a_shapefile_without_prj_of_the_province_is_read_as_lon_lat(mirror, tmp_path, data_dir):
    """Kalimantan Utara reaches 4.4° N, beyond the Kaltim box that decides whether a file without
    a CRS is plainly lon/lat: with ``province`` the province's box decides."""
    import zipfile

    sql = mirror / "db" / "kab" / "wilayah_boundaries_kab_65.sql"
    frame = parse_sql(sql.read_text(encoding="utf-8"), sql.name)[["kode", "nama", "geometry"]]
    assert frame.total_bounds[3] > boundaries.KALTIM_BOX[3]
    folder = tmp_path / "shp"
    folder.mkdir()
    frame.to_file(folder / "kaltara.shp", driver="ESRI Shapefile")
    path = tmp_path / "kaltara.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for member in folder.iterdir():
            if member.suffix != ".prj":
                archive.write(member, member.name)
    report = boundaries_import.import_boundaries(path, "kabupaten", province="65",
                                                 warm_display=False)
    assert report.ok, report.lines("en")
    assert any(m.key == "boundaries.note.crs_assumed" for m in report.notes)
    assert report.counts["units"] == 5


def test_cli_import_boundaries_refuses_a_province_other_than_the_dashboards(jateng_kab, data_dir,
                                                                            capsys):
    from accounts.users import Accounts
    from cli.main import main

    Accounts().add_user("ani", "kata-sandi-yang-panjang", "admin")
    args = ["import-boundaries", str(jateng_kab), "--level", "kabupaten", "--user", "ani"]
    assert main([*args, "--province", "33", "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "Jawa Tengah (33)" in err and "Kalimantan Timur (64)" in err
    assert stored_versions() == {"kabupaten": [], "kecamatan": [], "desa": []}
