"""Boundary layers are province-wide (issue 12, item 4): only an admin imports or activates them
(in loaders, on the page, on the command line), and a layer missing units is stored but not
drawn, with the missing ones named, until an admin confirms it. Also: the boundary CLI with the
store down (item 10). The Batas Wilayah page itself: tests/app/test_boundaries_admin_pages.py."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pytest

from accounts.access import User
from accounts.users import Accounts
from loaders import areas, boundaries_import
from loaders.boundaries import BoundaryError
from loaders.boundaries_import import import_boundaries
from storage import boundary_layers, boundary_store

ROOT = Path(__file__).resolve().parents[2]
EDITOR = User("edi", "editor", ("64.72",))
ADMIN = User("ani", "admin")


def state() -> list[tuple]:
    return [(level, [(v.version, v.current) for v in boundary_store.layer_versions(level)])
            for level in boundary_layers.LEVELS]


def test_an_editor_of_one_district_cannot_replace_the_province_layer(kab_file, samarinda_file,
                                                                     data_dir):
    assert import_boundaries(kab_file, "kabupaten", warm_display=False, actor=ADMIN).ok
    before = state()
    report = import_boundaries(samarinda_file, "kabupaten", user="edi", actor=EDITOR)
    assert not report.ok and [m.key for m in report.errors] == ["boundaries.error.not_admin"]
    assert "hanya admin" in report.errors[0].text("id")
    assert state() == before
    with pytest.raises(BoundaryError) as refused:
        boundaries_import.activate("kabupaten", 1, user="edi", actor=EDITOR)
    assert refused.value.message_id == "boundaries.error.not_admin"
    from loaders.boundaries_download import download_boundaries

    download = download_boundaries("http://127.0.0.1:9/", actor=EDITOR, timeout=1)
    assert [m.key for m in download.errors] == ["boundaries.error.not_admin"]
    assert state() == before
    assert len(areas.district_areas().frame) == 10


def test_a_layer_missing_kab_kota_is_stored_inactive_with_the_missing_named(
        kab_file, samarinda_file, data_dir):
    assert import_boundaries(kab_file, "kabupaten", warm_display=False).ok
    report = import_boundaries(samarinda_file, "kabupaten", user="ani", actor=ADMIN)
    assert report.ok and report.version.version == 2 and not report.version.current
    text = "\n".join(report.lines("id"))
    assert "TIDAK diaktifkan" in text and "9 unit belum ada" in text
    assert "Kabupaten Paser (64.01)" in text and "Kota Bontang (64.74)" in text
    assert boundary_store.current_version("kabupaten").version == 1
    assert len(areas.district_areas().frame) == 10  # every map still draws ten
    with pytest.raises(BoundaryError) as refused:
        boundaries_import.activate("kabupaten", 2, user="ani", actor=ADMIN)
    assert refused.value.message_id == "boundaries.error.activate_incomplete"
    assert "--allow-incomplete" in refused.value.message("en")
    assert boundary_store.current_version("kabupaten").version == 1
    boundaries_import.activate("kabupaten", 2, user="ani", actor=ADMIN, allow_incomplete=True)
    assert len(areas.district_areas().frame) == 1  # the admin's explicit choice


def test_a_first_incomplete_layer_does_not_become_current(samarinda_file, data_dir):
    report = import_boundaries(samarinda_file, "kabupaten")
    assert report.ok and not report.version.current
    assert boundary_store.current_version("kabupaten") is None
    assert areas.district_areas().schematic  # the labelled tiles, not one polygon


def test_missing_kecamatan_are_named(shared_dir, tmp_path, data_dir):
    frame = gpd.read_file(shared_dir / "geodata" / "kaltim_kecamatan.geojson")
    gone = frame[frame["kode"].str.startswith("64.72.")].head(2)
    path = tmp_path / "kec.geojson"
    frame.drop(gone.index).to_file(path, driver="GeoJSON")
    report = import_boundaries(path, "kecamatan", warm_display=False)
    assert report.ok and not report.version.current, report.lines("en")
    text = "\n".join(report.lines("id"))
    for row in gone.itertuples():
        assert f"({row.kode})" in text
    assert "2 unit belum ada" in text


def test_desa_short_of_the_known_count_are_named_per_kab_kota(shared_dir, tmp_path, data_dir):
    frame = gpd.read_file(shared_dir / "geodata" / "kaltim_desa_kelurahan.geojson")
    samarinda = frame[frame["kode"].str.startswith("64.72.")]
    path = tmp_path / "desa.geojson"
    frame.drop(samarinda.index[:10]).to_file(path, driver="GeoJSON")
    report = import_boundaries(path, "desa", warm_display=False)
    assert report.ok and not report.version.current
    assert "Kota Samarinda (64.72): 49/59 desa/kelurahan" in "\n".join(report.lines("id"))


def test_the_complete_real_layers_are_current(shared_dir, data_dir):
    for level, name in (("kecamatan", "kaltim_kecamatan.geojson"),
                        ("desa", "kaltim_desa_kelurahan.geojson")):
        report = import_boundaries(shared_dir / "geodata" / name, level, warm_display=False)
        assert report.ok and report.version.current, report.lines("en")
        assert report.counts["missing_units"] == []


# --- command line ---------------------------------------------------------------------------------
def test_cli_needs_an_admin_once_accounts_exist(kab_file, samarinda_file, data_dir, capsys):
    from cli.main import main

    accounts = Accounts()
    accounts.add_user("ani", "kata-sandi-yang-panjang", "admin")
    accounts.add_user("edi", "kata-sandi-yang-panjang", "editor", ["64.72"])
    args = ["import-boundaries", str(kab_file), "--level", "kabupaten"]
    assert main([*args, "--user", "edi"]) == 2
    err = capsys.readouterr().err
    assert "hanya untuk admin" in err and "edi berperan editor" in err
    assert main(args) == 2 and "tanpa --user" in capsys.readouterr().err
    assert main([*args, "--user", "siapa"]) == 2 and "siapa" in capsys.readouterr().err
    assert state()[0] == ("kabupaten", [])
    assert main([*args, "--user", "ani"]) == 0
    samarinda = ["import-boundaries", str(samarinda_file), "--level", "kabupaten", "--user", "ani"]
    assert main(samarinda) == 0 and "TIDAK diaktifkan" in capsys.readouterr().out
    assert main(["activate-boundaries", "kabupaten", "2", "--user", "edi"]) == 2
    assert main(["activate-boundaries", "kabupaten", "2", "--user", "ani"]) == 2
    assert "--allow-incomplete" in capsys.readouterr().err
    assert state()[0] == ("kabupaten", [(1, True), (2, False)])
    assert main(["activate-boundaries", "kabupaten", "2", "--user", "ani",
                 "--allow-incomplete"]) == 0
    assert state()[0] == ("kabupaten", [(1, False), (2, True)])


@pytest.mark.parametrize("command", [["boundary-versions", "kabupaten"],
                                     ["activate-boundaries", "kabupaten", "1"],
                                     ["export-boundaries", "kabupaten", "x.geojson"],
                                     ["import-boundaries", "x.geojson", "--level", "kabupaten"]])
def test_cli_with_the_store_down_says_so_without_a_traceback(command, tmp_path):
    env = dict(os.environ, DASHBOARD_DATA_DIR=str(tmp_path / "data"),
               DASHBOARD_DB_URL="postgresql://127.0.0.1:1/x")
    done = subprocess.run([sys.executable, "-m", "loaders", *command, "--lang", "en"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 4, done.stderr  # as every command with the store down (README)
    assert "Traceback" not in done.stderr + done.stdout
    assert "The data store cannot be reached" in done.stderr  # the message every command gives
    assert "Connection refused" in done.stderr and "DASHBOARD_DB_URL" in done.stderr
    assert "store.error" not in done.stderr  # a message, not its id
