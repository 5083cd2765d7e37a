"""The version store's guarantees on each backend: SQLite (the default) and PostgreSQL (with
DASHBOARD_DB_URL). PostgreSQL tests need a server: ``eval "$(bash scripts/postgres.sh start)"``
exports DASHBOARD_TEST_PG_URL; each test gets an empty schema of its own in that database. Without
it they skip, unless DASHBOARD_REQUIRE_POSTGRES=1 (CI), where they fail."""

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

import config
from domain.schema import DATASETS
from storage import backends, base, datasets, defaults, migrations
from storage.backends import open_store
from storage.base import ConcurrentCommitError
from storage.sqlite import SQLiteStore
from tests.conftest import other_process

ROOT = Path(__file__).resolve().parents[2]


def changed_frame(store, skor=99.0):
    frame = store.read("conflict_risk").frame.copy()
    frame.loc[0, "skor"] = skor
    return frame


def test_open_store_picks_the_backend_and_seeds_the_demo_data(store_backend):
    store = open_store()
    if store_backend.name == "postgres":
        assert type(store).__name__ == "PostgresStore" and store.url == store_backend.url
        assert not (store_backend.data_dir / backends.DB_FILE).exists()
    else:
        assert isinstance(store, SQLiteStore) and store.path.exists()
    for name in DATASETS:
        (info,) = store.history(name)
        # Every default is DATA CONTOH but Bawaslu's published IKP (geodata/demo/ikp.csv).
        assert (info.version, info.action, info.is_demo, info.user) == (
            1, "seed", name != "ikp", "sistem")
        assert len(info.file_sha256) == 64 and info.committed_at.endswith("+00:00")
        demo = defaults.load_demo(name).frame
        assert info.row_count == len(demo) and store.read(name).frame.equals(demo), name
    assert open_store().history("incidents") == store.history("incidents")  # seeded only once


def test_commit_read_history_and_audit(store_backend):
    store = open_store()
    info = store.commit("conflict_risk", changed_frame(store), user="ani",
                        expected_current_version=1, file_name="kutim.csv",
                        file_sha256="ab" * 32, note="laporan Q3")
    assert (info.version, info.user, info.rows_changed, info.rows_added) == (2, "ani", 1, 0)
    assert (info.note, info.file_name) == ("laporan Q3", "kutim.csv")
    assert info.committed_at.endswith("+00:00")
    history = store.history("conflict_risk")
    assert [h.version for h in history] == [1, 2] and history[1] == info
    assert store.read("conflict_risk").frame.loc[0, "skor"] == 99.0
    assert store.read("conflict_risk", 1).frame.loc[0, "skor"] != 99.0  # v1 untouched
    entry = store.read_audit("conflict_risk", limit=1)[0]
    assert (entry.user, entry.action, entry.detail["version"]) == ("ani", "commit", 2)
    assert entry.detail["note"] == "laporan Q3"
    store.audit("ani", "login", detail={"ok": True})
    assert store.read_audit(limit=1)[0].detail == {"ok": True}
    loaded = datasets.load("conflict_risk")
    assert (loaded.version, loaded.is_demo) == ("v2", False)


def test_rollback_is_a_new_version_with_the_old_content(store_backend):
    store = open_store()
    original = store.read("conflict_risk").frame
    store.commit("conflict_risk", changed_frame(store), user="ani", expected_current_version=1)
    info = store.rollback("conflict_risk", 1, user="budi")
    assert (info.version, info.action, info.rollback_of, info.is_demo) == (3, "rollback", 1, True)
    assert info.content_sha256 == store.history("conflict_risk")[0].content_sha256
    assert store.read("conflict_risk").frame.equals(original)
    assert [h.version for h in store.history("conflict_risk")] == [1, 2, 3]
    assert store.read_audit("conflict_risk", limit=1)[0].action == "rollback"
    with pytest.raises(base.UnknownVersionError) as caught:
        store.rollback("conflict_risk", 9, user="budi")
    assert "v9" not in caught.value.message("id") and "9" in caught.value.message("id")
    with pytest.raises(ConcurrentCommitError):
        store.rollback("conflict_risk", 2, user="budi", expected_current_version=2)
    loaded = datasets.load("conflict_risk")
    assert loaded.version == "v3" and loaded.is_demo and loaded.frame.equals(original)


def test_stale_expected_version_is_refused(store_backend):
    store = open_store()
    store.commit("conflict_risk", changed_frame(store), user="ani", expected_current_version=1)
    with pytest.raises(ConcurrentCommitError) as caught:
        store.commit("conflict_risk", changed_frame(store, 50.0), user="budi",
                     expected_current_version=1)
    assert "coba lagi" in caught.value.message("id")
    assert "try again" in caught.value.message("en")
    assert store.current_version("conflict_risk") == 2
    with pytest.raises(base.StoreError):
        store.commit("no_such_dataset", changed_frame(store), user="x",
                     expected_current_version=None)


def test_history_and_audit_are_append_only(store_backend):
    open_store().commit("conflict_risk", changed_frame(open_store()), user="ani",
                        expected_current_version=1)
    statements = ["UPDATE versions SET version=99", "DELETE FROM versions", "DELETE FROM audit",
                  "UPDATE audit SET action='x'", "UPDATE contents SET row_count=0",
                  "DELETE FROM contents"]
    if store_backend.name == "sqlite":
        with sqlite3.connect(store_backend.data_dir / backends.DB_FILE) as conn:
            for statement in statements:
                with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                    conn.execute(statement)
    else:
        import psycopg

        with psycopg.connect(store_backend.url, autocommit=True) as conn:
            for statement in statements + ["TRUNCATE audit", "TRUNCATE versions CASCADE"]:
                with pytest.raises(psycopg.Error, match="append-only"):
                    conn.execute(statement)
    store = open_store()
    assert [h.version for h in store.history("conflict_risk")] == [1, 2]
    assert store.read_audit("conflict_risk", limit=1)[0].user == "ani"


def test_migrations_are_recorded_and_run_once(store_backend):
    open_store()
    expected = [s.version for s in migrations.steps(store_backend.name)]
    if store_backend.name == "sqlite":
        with sqlite3.connect(store_backend.data_dir / backends.DB_FILE,
                             isolation_level=None) as conn:
            recorded = [r[0] for r in conn.execute("SELECT version FROM schema_migrations "
                                                   "ORDER BY version")]
            assert migrations.migrate_sqlite(conn) == []
    else:
        import psycopg

        with psycopg.connect(store_backend.url, autocommit=True) as conn:
            recorded = [r[0] for r in conn.execute("SELECT version FROM schema_migrations "
                                                   "ORDER BY version")]
            assert migrations.migrate_postgres(conn) == []
            # The tables live in this test's schema, not in public.
            assert conn.execute("SELECT to_regclass(%s)", (f"{store_backend.schema}.versions",)
                                ).fetchone()[0] is not None
    assert recorded == expected == list(range(1, len(expected) + 1))


def test_sqlite_store_from_before_migrations_is_adopted(data_dir, monkeypatch):
    """A file created by the release before schema_migrations existed keeps its data and gets
    step 1 recorded, not re-applied over it."""
    monkeypatch.delenv(config.DB_URL.name, raising=False)
    store = open_store()
    store.commit("conflict_risk", changed_frame(store), user="ani", expected_current_version=1)
    path = data_dir / backends.DB_FILE
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE schema_migrations")  # as the previous release left the file
    backends._initialised.clear()
    store = open_store()
    assert store.current_version("conflict_risk") == 2
    with sqlite3.connect(path) as conn:
        assert [r[0] for r in conn.execute("SELECT version FROM schema_migrations")] == [1]
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("DELETE FROM audit")


def test_two_threads_commit_at_once_one_wins(store_backend):
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


# -- several processes -----------------------------------------------------------------------------

_COMMIT_PAUSED = """
import os, pathlib, sys, time
sys.path.insert(0, sys.argv[1])
from storage import backends
from storage.hooks import write_hooks

def pause(dataset):  # inside the transaction, the new version's rows written
    pathlib.Path(sys.argv[2]).write_text(str(os.getpid()))
    time.sleep(float(sys.argv[3]))

write_hooks.before_commit = pause
s = backends.open_store()
frame = s.read("conflict_risk").frame.head(3)
s.commit("conflict_risk", frame, user="proses_lain", expected_current_version=1)
"""


def _commit_in_subprocess(flag: Path, pause: float) -> subprocess.Popen:
    """A process that commits v2 and sleeps inside the transaction, after touching ``flag``. It
    inherits DASHBOARD_DATA_DIR / DASHBOARD_DB_URL, so it uses the same store as the test."""
    return subprocess.Popen([sys.executable, "-c", _COMMIT_PAUSED, str(ROOT), str(flag),
                             str(pause)], env=dict(os.environ),
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


def test_two_processes_commit_against_the_same_version_one_wins(store_backend, tmp_path):
    store = open_store()
    flag = tmp_path / "inside_transaction"
    process = _commit_in_subprocess(flag, pause=1.0)
    _wait_for(flag, process)
    # The other process holds the dataset's lock: this commit waits for it, then sees v2.
    with pytest.raises(ConcurrentCommitError):
        store.commit("conflict_risk", changed_frame(store), user="ani",
                     expected_current_version=1)
    assert process.wait(timeout=30) == 0, process.stderr.read().decode()
    assert [(h.version, h.user) for h in store.history("conflict_risk")] == \
        [(1, "sistem"), (2, "proses_lain")]


def test_process_killed_mid_commit_leaves_the_previous_version(store_backend, tmp_path):
    store = open_store()
    before = store.read("conflict_risk").frame
    flag = tmp_path / "inside_transaction"
    process = _commit_in_subprocess(flag, pause=60)
    _wait_for(flag, process)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL

    assert store.current_version("conflict_risk") == 1
    assert [h.version for h in store.history("conflict_risk")] == [1]
    assert store.read("conflict_risk").frame.equals(before)
    assert not [e for e in store.read_audit() if e.user == "proses_lain"]
    if store_backend.name == "sqlite":
        with sqlite3.connect(store_backend.data_dir / backends.DB_FILE) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The lock died with the process (PostgreSQL: with its connection): the next commit goes in.
    info = store.commit("conflict_risk", changed_frame(store), user="ani",
                        expected_current_version=1)
    assert info.version == 2


_READER = """
import sys; sys.path.insert(0, sys.argv[1])
from storage import backends, datasets
for line in sys.stdin:
    if line.strip() == "commit":
        s = backends.open_store()
        frame = s.read("conflict_risk").frame.copy()
        frame.loc[0, "skor"] = 42.0
        s.commit("conflict_risk", frame, user="proses_b",
                 expected_current_version=s.current_version("conflict_risk"))
    loaded = datasets.load("conflict_risk")
    print(loaded.version, float(loaded.frame.loc[0, "skor"]), flush=True)
"""


def test_a_commit_in_one_process_is_what_load_gives_in_another(store_backend):
    """Instances share state: no restart, no stale cache, in either direction."""
    with other_process(_READER, "load") as ask:
        assert ask()[0] == "v1"
        assert ask()[0] == "v1"  # its cache is warm now
        store = open_store()
        store.commit("conflict_risk", changed_frame(store, 99.0), user="ani",
                     expected_current_version=1)
        assert ask() == ["v2", "99.0"]
        assert ask("commit") == ["v3", "42.0"]
        loaded = datasets.load("conflict_risk")
        assert (loaded.version, loaded.frame.loc[0, "skor"]) == ("v3", 42.0)
        assert store.history("conflict_risk")[-1].user == "proses_b"


def test_unreachable_database_shows_the_demo_data(data_dir, monkeypatch):
    """As with an unreadable SQLite file: the pages still show something, marked DATA CONTOH."""
    pytest.importorskip("psycopg")
    monkeypatch.setenv(config.DB_URL.name,
                       "postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")
    loaded = datasets.load("participation")
    assert loaded.is_demo and loaded.version.startswith("demo-")


def test_instances_starting_at_once_migrate_and_seed_once(store_backend):
    """Several instances started together on an empty database: one applies the migrations and
    seeds each dataset, the others wait for it and find the work done."""
    code = ("import sys; sys.path.insert(0, sys.argv[1])\n"
            "from storage import backends\n"
            "backends.open_store()\n")
    processes = [subprocess.Popen([sys.executable, "-c", code, str(ROOT)], env=dict(os.environ),
                                  stderr=subprocess.PIPE) for _ in range(3)]
    for process in processes:
        assert process.wait(timeout=60) == 0, process.stderr.read().decode()
    store = open_store()
    for name in DATASETS:
        assert [(h.version, h.action) for h in store.history(name)] == [(1, "seed")], name
    assert len([e for e in store.read_audit() if e.action == "seed"]) == len(DATASETS)
