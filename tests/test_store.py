"""The version store: seeding, immutable versions, rollback, audit, a process killed mid-commit,
and two writers racing for the same version."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from loaders import datasets, reporting, store as store_module
from loaders.schema import DATASETS
from loaders.store import ConcurrentCommitError, open_store

ROOT = Path(__file__).resolve().parent.parent


def changed_frame(store, skor=99.0):
    frame = store.read("conflict_risk").frame.copy()
    frame.loc[0, "skor"] = skor
    return frame


def test_first_use_creates_one_file_seeded_with_demo(data_dir):
    store = open_store()
    assert store.path == data_dir / "dashboard.sqlite3" and store.path.exists()
    for name in ("conflict_risk", "incidents", "participation", "outreach"):
        (info,) = store.history(name)
        assert (info.version, info.action, info.is_demo) == (1, "seed", True)
        assert info.row_count == len(datasets.load_demo(name).frame)
        assert len(info.file_sha256) == 64
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_load_reads_the_current_version_and_marks_demo(data_dir):
    loaded = datasets.load("conflict_risk")
    assert (loaded.version, loaded.is_demo) == ("v1", True)
    demo = datasets.load_demo("conflict_risk").frame
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


def test_commit_history_and_audit(data_dir):
    store = open_store()
    info = store.commit("conflict_risk", changed_frame(store), user="ani",
                        expected_current_version=1, file_name="kutim.csv",
                        file_sha256="ab" * 32, note="laporan Q3")
    assert (info.version, info.user, info.rows_changed, info.rows_added) == (2, "ani", 1, 0)
    assert info.committed_at.endswith("+00:00")
    history = store.history("conflict_risk")
    assert [h.version for h in history] == [1, 2]
    assert history[1].note == "laporan Q3" and history[1].file_name == "kutim.csv"
    entry = store.read_audit("conflict_risk", limit=1)[0]
    assert (entry.user, entry.action, entry.detail["version"]) == ("ani", "commit", 2)
    assert store.read("conflict_risk", 1).frame.loc[0, "skor"] != 99.0  # v1 untouched


def test_rollback_creates_a_new_version_with_the_old_content(data_dir):
    store = open_store()
    original = store.read("conflict_risk").frame
    store.commit("conflict_risk", changed_frame(store), user="ani", expected_current_version=1)
    info = store.rollback("conflict_risk", 1, user="budi")
    assert (info.version, info.action, info.rollback_of, info.is_demo) == (3, "rollback", 1, True)
    assert store.read("conflict_risk").frame.equals(original)
    assert [h.version for h in store.history("conflict_risk")] == [1, 2, 3]
    assert store.read_audit("conflict_risk", limit=1)[0].action == "rollback"
    loaded = datasets.load("conflict_risk")
    assert loaded.version == "v3" and loaded.is_demo and loaded.frame.equals(original)


def test_rollback_to_a_missing_version_is_a_clear_error(data_dir):
    with pytest.raises(store_module.UnknownVersionError) as caught:
        open_store().rollback("incidents", 9, user="x")
    assert "v9" not in caught.value.message("id") and "9" in caught.value.message("id")


def test_history_cannot_be_rewritten(data_dir):
    store = open_store()
    with sqlite3.connect(store.path) as conn:
        for statement in ("UPDATE versions SET user='mallory'", "DELETE FROM versions",
                          "DELETE FROM audit", "UPDATE contents SET row_count=0"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                conn.execute(statement)


def test_stale_expected_version_is_refused(data_dir):
    store = open_store()
    store.commit("conflict_risk", changed_frame(store), user="ani", expected_current_version=1)
    with pytest.raises(ConcurrentCommitError) as caught:
        store.commit("conflict_risk", changed_frame(store, 50.0), user="budi",
                     expected_current_version=1)
    assert "coba lagi" in caught.value.message("id")
    assert "try again" in caught.value.message("en")
    assert store.current_version("conflict_risk") == 2


def _commit_in_subprocess(data_dir: Path, flag: Path, pause: float) -> subprocess.Popen:
    code = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "from loaders import store\n"
        "s = store.open_store()\n"
        "frame = s.read('conflict_risk').frame.head(3)\n"
        "s.commit('conflict_risk', frame, user='proses_lain', expected_current_version=1)\n"
    )
    env = dict(os.environ, DASHBOARD_DATA_DIR=str(data_dir),
               **{store_module.PAUSE_ENV: str(pause), store_module.PAUSE_FLAG_ENV: str(flag)})
    return subprocess.Popen([sys.executable, "-c", code, str(ROOT)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _wait_for(flag: Path, process: subprocess.Popen, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not flag.exists():
        if process.poll() is not None:
            raise AssertionError(process.stderr.read().decode())
        if time.monotonic() > deadline:
            process.kill()
            raise AssertionError("the committing process never reached the pause")
        time.sleep(0.02)


def test_process_killed_mid_commit_leaves_the_previous_version(data_dir, tmp_path):
    store = open_store()
    before = store.read("conflict_risk").frame
    flag = tmp_path / "inside_transaction"
    process = _commit_in_subprocess(data_dir, flag, pause=60)
    _wait_for(flag, process)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL

    assert store.current_version("conflict_risk") == 1
    assert [h.version for h in store.history("conflict_risk")] == [1]
    assert store.read("conflict_risk").frame.equals(before)
    assert not [e for e in store.read_audit() if e.user == "proses_lain"]
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The lock died with the process: the next commit goes through.
    info = store.commit("conflict_risk", changed_frame(store), user="ani",
                        expected_current_version=1)
    assert info.version == 2


def test_two_processes_commit_against_the_same_version_one_wins(data_dir, tmp_path):
    store = open_store()
    flag = tmp_path / "inside_transaction"
    process = _commit_in_subprocess(data_dir, flag, pause=1.0)
    _wait_for(flag, process)
    # The other process holds the write lock; this commit waits for it, then sees v2.
    with pytest.raises(ConcurrentCommitError):
        store.commit("conflict_risk", changed_frame(store), user="ani",
                     expected_current_version=1)
    assert process.wait(timeout=30) == 0, process.stderr.read().decode()
    history = store.history("conflict_risk")
    assert [(h.version, h.user) for h in history] == [(1, "sistem"), (2, "proses_lain")]


def test_two_threads_commit_at_once_one_wins(data_dir):
    store = open_store()
    frames = [changed_frame(store, 11.0), changed_frame(store, 22.0)]
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def commit(i: int) -> None:
        barrier.wait()
        try:
            store.commit("conflict_risk", frames[i], user=f"t{i}", expected_current_version=1)
            outcomes.append("won")
        except ConcurrentCommitError:
            outcomes.append("refused")

    threads = [threading.Thread(target=commit, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["refused", "won"]
    assert store.current_version("conflict_risk") == 2


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


def test_every_dataset_round_trips_through_the_store(data_dir):
    store = open_store()
    for name in DATASETS:
        demo = datasets.load_demo(name).frame
        stored = store.read(name).frame
        assert stored.equals(demo), name


def test_provenance_is_computed_once_per_version(data_dir, monkeypatch):
    store = open_store()
    first = store_module.row_provenance(store, "conflict_risk", reporting.KEY)
    reads = []
    monkeypatch.setattr(store_module.SQLiteStore, "read",
                        lambda self, *a, **k: reads.append(a) or pytest.fail("read again"))
    assert store_module.row_provenance(store, "conflict_risk", reporting.KEY) is first
    assert not reads
