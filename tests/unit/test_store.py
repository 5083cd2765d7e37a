"""The version store on its default backend, SQLite: the file, loading through it, reporting
status and provenance. Versions, rollback, audit and racing writers are tested on both backends
in test_store_backends.py."""

from __future__ import annotations

import sqlite3

import pytest

from indicators import reporting
from storage import datasets, defaults, sqlite
from storage.backends import open_store


def changed_frame(store, skor=99.0):
    frame = store.read("conflict_risk").frame.copy()
    frame.loc[0, "skor"] = skor
    return frame


def test_first_use_creates_one_file_in_wal_mode(data_dir):
    store = open_store()  # its seeding: test_store_backends.py
    assert store.path == data_dir / "dashboard.sqlite3" and store.path.exists()
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_load_reads_the_current_version_and_marks_demo(data_dir):
    loaded = datasets.load("conflict_risk")
    assert (loaded.version, loaded.is_demo) == ("v1", True)
    demo = defaults.load_demo("conflict_risk").frame
    assert loaded.frame.equals(demo)

    store = open_store()
    store.commit("conflict_risk", changed_frame(store), user="ani", expected_current_version=1,
                 file_name="kutim.csv", file_sha256="ab" * 32)
    after = datasets.load("conflict_risk")
    assert (after.version, after.is_demo) == ("v2", False)
    assert after.frame.loc[0, "skor"] == 99.0


def test_repeated_loads_are_cached_on_the_version(data_dir):
    datasets.load("outreach")
    before = datasets._load_version.cache_info().hits
    for _ in range(5):
        loaded = datasets.load("outreach")
    assert datasets._load_version.cache_info().hits == before + 5
    loaded.frame.loc[0, "peserta_total"] = -1  # a caller editing its copy edits only its copy
    assert datasets.load("outreach").frame.loc[0, "peserta_total"] != -1


def test_load_falls_back_to_demo_when_the_store_cannot_be_opened(tmp_path, monkeypatch):
    blocker = tmp_path / "not_a_dir"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(blocker))
    loaded = datasets.load("participation")
    assert loaded.is_demo and loaded.version.startswith("demo-")


def test_reporting_status_per_district_with_provenance(data_dir):
    store = open_store()
    frame = store.read("conflict_risk").frame
    frame = frame[frame["kab_kota"] != "64.74"].reset_index(drop=True)  # Bontang has not reported
    store.commit("conflict_risk", frame, user="ani", expected_current_version=1)
    statuses = reporting.current_reporting_status("2026-Q3", store)
    assert len(statuses) == 10
    by_code = {s.kab_kota: s for s in statuses}
    assert not by_code["64.74"].reported and by_code["64.74"].report_date is None
    paser = by_code["64.01"]
    assert paser.reported and str(paser.report_date) == "2026-10-22"
    assert paser.version == "v1" and paser.is_demo  # unchanged since the seed
    plain = reporting.reporting_status(frame, "2026-Q3")
    assert plain[0].version is None and plain[0].reported


def test_provenance_is_computed_once_per_version(data_dir, monkeypatch):
    store = open_store()
    first = datasets.row_provenance(store, "conflict_risk", reporting.KEY)
    reads = []
    monkeypatch.setattr(sqlite.SQLiteStore, "read",
                        lambda self, *a, **k: reads.append(a) or pytest.fail("read again"))
    assert datasets.row_provenance(store, "conflict_risk", reporting.KEY) is first
    assert not reads
