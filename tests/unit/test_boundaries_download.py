"""Pinned download of cahyadsn/wilayah_boundaries, served from a loopback HTTP server: it stores
the three levels when every file matches its sum, and changes nothing otherwise."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest

from loaders import boundaries_import
from loaders.boundaries_download import (
    ATTRIBUTION,
    COMMIT,
    DEFAULT_BASE_URL,
    FILES,
    download_boundaries,
    parse_sql,
)
from storage import boundary_layers, boundary_store
from tests.helpers.loopback_mirror import SNAPSHOT, Servers, stored_versions


@pytest.fixture()
def serve():
    running = Servers()
    yield running.start
    running.stop()


@pytest.fixture(scope="module")
def mirror(shared_dir) -> Path:
    return shared_dir / SNAPSHOT


def test_pinned_sums_match_the_reviewed_snapshot(mirror):
    sums = {}
    for line in (mirror / "SHA256SUMS").read_text().splitlines():
        digest, path = line.split()
        sums[path.removeprefix("./")] = digest
    assert {path: digest for path, (_, digest) in FILES.items()} == {
        path: digest for path, digest in sums.items() if path.startswith("db/")}
    assert DEFAULT_BASE_URL == (
        f"https://raw.githubusercontent.com/cahyadsn/wilayah_boundaries/{COMMIT}/")


def test_download_from_loopback_stores_three_levels(mirror, serve, data_dir):
    events = []
    report = download_boundaries(serve(mirror), progress=events.append, user="operator")
    assert report.ok, report.lines("en")
    units = {level: report.levels[level].counts["units"] for level in boundary_layers.LEVELS}
    assert units == {"kabupaten": 10, "kecamatan": 105, "desa": 1038}
    assert report.levels["kabupaten"].counts["repaired"] == 3  # nested shells, per SOURCES.md
    assert stored_versions() == {"kabupaten": [1], "kecamatan": [1], "desa": [1]}
    version = boundary_store.current_version("desa")
    assert version.attribution == ATTRIBUTION and version.user == "operator"
    assert version.provenance["commit"] == COMMIT and len(version.provenance["files"]) == 10
    desa = boundary_store.current_layer("desa").set_index("kode")
    assert desa.loc["64.02.04.2005", "kode_kec"] == "64.02.04"
    assert desa.loc["64.02.04.2005", "kode_kab"] == "64.02"
    assert "Long La'ai" in set(desa["nama"])  # '' in the SQL is one apostrophe
    # [lat, lng] in the source: the stored geometry must be lon/lat in Kaltim
    minx, miny, maxx, maxy = desa.total_bounds
    assert 113.5 < minx < maxx < 119.5 and -2.7 < miny < maxy < 2.7
    # progress: per chunk with bytes, once per finished file, in order, ending at 100 %
    finished = [e for e in events if e.done]
    assert [e.index for e in finished] == list(range(1, 13))
    assert all(e.bytes_done == e.bytes_total > 0 for e in finished)
    assert finished[-1].fraction == 1.0
    assert len(events) > len(finished)
    text = "\n".join(report.lines("id"))
    assert "MIT" in text and "12 berkas cocok" not in text  # per level: its own files
    assert "10 berkas cocok dengan SHA-256" in text


def test_tampered_file_is_refused_and_store_unchanged(mirror, serve, tmp_path, data_dir, kab_first):
    copy = tmp_path / "mirror"
    shutil.copytree(mirror, copy)
    target = copy / "db" / "kel" / "64" / "wilayah_boundaries_kel_64.74.sql"
    target.chmod(0o644)
    target.write_text(target.read_text().replace("Bontang", "B0ntang", 1))
    before = stored_versions()
    report = download_boundaries(serve(copy))
    assert not report.ok
    assert [m.key for m in report.errors] == ["boundaries.download.checksum"]
    assert "wilayah_boundaries_kel_64.74.sql" in report.errors[0].text("id")
    assert "checksum" in report.errors[0].text("en")
    assert stored_versions() == before == {"kabupaten": [1], "kecamatan": [], "desa": []}
    desa_dir = data_dir / "boundaries" / "desa"
    assert not desa_dir.exists() or not list(desa_dir.glob("*.gpkg"))


@pytest.fixture()
def kab_first(shared_dir, data_dir):
    """A store that already holds a kab/kota layer, which a failed download must not touch."""
    report = boundaries_import.import_boundaries(
        shared_dir / "geodata" / "kaltim_kabupaten_kota.geojson", "kabupaten")
    assert report.ok


def test_unreachable_port_gives_the_no_network_message(data_dir, kab_first):
    with socket.socket() as probe:  # a port that was free a moment ago: nobody listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    report = download_boundaries(f"http://127.0.0.1:{port}/", timeout=5)
    assert not report.ok
    assert [m.key for m in report.errors] == ["boundaries.download.no_network"]
    assert "Periksa koneksi internet" in "\n".join(report.lines("id"))
    assert stored_versions() == {"kabupaten": [1], "kecamatan": [], "desa": []}


def test_silent_server_times_out(data_dir):
    with socket.socket() as listener:  # accepts connections (backlog) but never answers
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        report = download_boundaries(f"http://127.0.0.1:{listener.getsockname()[1]}/",
                                     timeout=0.5)
    assert [m.key for m in report.errors] == ["boundaries.download.timeout"]
    assert stored_versions() == {"kabupaten": [], "kecamatan": [], "desa": []}


def test_http_error(serve, tmp_path, data_dir):
    report = download_boundaries(serve(tmp_path))  # an empty directory: every file is a 404
    assert [m.key for m in report.errors] == ["boundaries.download.http_error"]
    assert "404" in report.errors[0].text("en")


def test_parse_sql_swaps_lat_lng_and_reads_both_nestings():
    sql = (
        "INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES\n"
        "\t('64.99','Kota Uji''an',0.5,117.5,'[[[0,117],[0,118],[1,118],[0,117]]]'),\n"
        "\t('64.98','Kabupaten Dua',0.5,117.5,"
        "'[[[[0,117],[0,118],[1,118],[0,117]]],[[[2,117],[2,118],[3,118],[2,117]]]]');\n")
    frame = parse_sql(sql, "test.sql")
    assert list(frame["nama"]) == ["Kota Uji'an", "Kabupaten Dua"]
    first, second = frame.geometry
    assert first.geom_type == "MultiPolygon" and len(first.geoms) == 1
    assert len(second.geoms) == 2
    assert first.bounds == (117.0, 0.0, 118.0, 1.0)  # x is longitude
