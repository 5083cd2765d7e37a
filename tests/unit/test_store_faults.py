"""A store that cannot be used: unreachable (a closed port, PostgreSQL lost mid-run), read-only,
full, damaged (garbage over the SQLite file). The faults are classified in one place
(``storage.faults.classify``); every page shows a translated notice saying which and what to do,
and never a traceback; writes are refused with the reason and leave the store unchanged; a damaged
file is never replaced or seeded over.

Full and read-only disks are real where the test runs as root and may mount: a 2 MB tmpfs filled
up, and the same tmpfs remounted read-only (``chmod`` does not stop root). Where mounting is not
possible the tests say so and simulate the fault instead: ``sqlite3.connect`` gives a connection
that raises the exact ``sqlite3.OperationalError`` SQLite raises ("database or disk is full",
"attempt to write a readonly database"). The faults are made by tests/helpers/store_faults.py;
the pages under each of them are tests/app/test_store_faults_pages.py."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import config
from i18n import t
from storage import backends, base, datasets, defaults, faults
from tests.helpers.store_faults import (  # noqa: F401 (_fresh_store_state: an autouse fixture)
    CLOSED_PORT_URL,
    DEMO_CSV,
    MOUNT,
    _changed_frame,
    _fresh_store_state,
    _RefusingConnection,
    _sha,
    _write_garbage,
    fault,
)

ROOT = Path(__file__).resolve().parents[2]


# -- classification -------------------------------------------------------------------------------

def test_garbage_over_the_file_is_classified_damaged(tmp_path):
    path = _write_garbage(tmp_path)
    with pytest.raises(sqlite3.DatabaseError) as raised:
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    fault_ = faults.classify(raised.value, path)
    assert isinstance(fault_, faults.StoreDamagedError)
    assert fault_.condition == "damaged" and not fault_.readable
    assert "dashboard.sqlite3" in t("store.fault.damaged", "id")


@pytest.mark.parametrize("error, condition", [
    (sqlite3.OperationalError("database or disk is full"), "full"),
    (sqlite3.OperationalError("attempt to write a readonly database"), "read_only"),
    (sqlite3.OperationalError("database is locked"), "busy"),
    (sqlite3.DatabaseError("file is not a database"), "damaged"),
    (sqlite3.DatabaseError("database disk image is malformed"), "damaged"),
    (OSError(errno.EROFS, "Read-only file system"), "read_only"),
    (OSError(errno.ENOSPC, "No space left on device"), "full"),
    (OSError(errno.ENOENT, "No such file"), "unavailable"),
])
def test_backend_errors_map_to_one_condition_each(error, condition, tmp_path):
    fault_ = faults.classify(error, tmp_path / "dashboard.sqlite3")
    assert fault_ is not None and fault_.condition == condition
    assert fault_.message("id") != fault_.message("en")
    assert fault_.message("id").strip() and "store.fault" not in fault_.message("en")


@pytest.mark.parametrize("name, condition", [
    ("DiskFull", "full"), ("ReadOnlySqlTransaction", "read_only"),
    ("DataCorrupted", "damaged"), ("LockNotAvailable", "busy"),
    ("AdminShutdown", "unavailable"), ("UniqueViolation", None),
])
def test_postgres_errors_map_to_one_condition_each(name, condition):
    from psycopg import errors as pg_errors

    fault_ = faults.classify(getattr(pg_errors, name)("x"), "postgresql://h/db")
    assert (fault_.condition if fault_ else None) == condition


def test_unable_to_open_in_a_folder_that_cannot_be_written_is_read_only(tmp_path, monkeypatch):
    # "unable to open database file" says nothing by itself: the folder tells which fault it is.
    error = sqlite3.OperationalError("unable to open database file")
    assert faults.classify(error, tmp_path / "x.sqlite3").condition == "unavailable"
    monkeypatch.setattr(os, "access", lambda *a, **k: False)
    assert faults.classify(error, tmp_path / "x.sqlite3").condition == "read_only"


@pytest.mark.parametrize("error", [
    sqlite3.IntegrityError("UNIQUE constraint failed"), ValueError("bad cell"),
    KeyError("x"), base.ConcurrentCommitError(dataset="x", expected="v1", current="v2"),
])
def test_errors_that_are_not_store_faults_are_left_alone(error):
    assert faults.classify(error) is None


def test_closed_port_is_unreachable_and_the_password_is_not_shown():
    import psycopg

    with pytest.raises(psycopg.OperationalError) as raised:
        psycopg.connect(CLOSED_PORT_URL, connect_timeout=5)
    fault_ = faults.classify(raised.value, faults.redact(CLOSED_PORT_URL))
    assert isinstance(fault_, faults.StoreUnreachableError)
    assert "rahasia" not in fault_.where and "127.0.0.1:1" in fault_.where
    assert "rahasia" not in fault_.details("en")


def test_health_names_the_condition(tmp_path, monkeypatch):
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(tmp_path / "ok"))
    monkeypatch.delenv(config.DB_URL.name, raising=False)
    assert backends.store_health() is None
    monkeypatch.setenv(config.DB_URL.name, CLOSED_PORT_URL)
    assert backends.store_health().condition == "unavailable"
    monkeypatch.delenv(config.DB_URL.name)
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(tmp_path / "bad"))
    _write_garbage(tmp_path / "bad")
    assert backends.store_health().condition == "damaged"


# -- the store under each fault --------------------------------------------------------------------

def test_damaged_file_is_never_replaced_or_seeded_over(tmp_path, monkeypatch):
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(tmp_path))
    monkeypatch.delenv(config.DB_URL.name, raising=False)
    path = _write_garbage(tmp_path)
    before = _sha(path)
    with pytest.raises(faults.StoreDamagedError):
        backends.open_store()
    loaded = datasets.load("conflict_risk")
    assert loaded.is_demo  # shown as DATA CONTOH, with the page notice saying why
    assert backends.store_health(fresh=True).condition == "damaged"
    assert _sha(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [backends.DB_FILE]



@pytest.mark.parametrize("kind, error", [("full", faults.StoreFullError),
                                         ("read_only", faults.StoreReadOnlyError)])
def test_a_commit_on_a_full_or_read_only_disk_is_refused_and_changes_nothing(
        kind, error, tmp_path, monkeypatch):
    with fault(kind, tmp_path, monkeypatch):
        path = backends.store_path()
        before = _sha(path)
        store = backends.open_store()  # readable: the last stored data
        history = store.history("conflict_risk")
        assert len(history) == 1
        with pytest.raises(error) as raised:
            store.commit("conflict_risk", _changed_frame(), user="ani",
                         expected_current_version=history[-1].version)
        assert raised.value.message("id") == t(f"store.fault.{kind}", "id")
        assert store.history("conflict_risk") == history
        assert _sha(path) == before
        health = backends.store_health(fresh=True)
        assert health.condition == kind and health.readable
        assert not datasets.load("conflict_risk").is_demo or history[-1].is_demo


def test_a_commit_that_sqlite_refuses_as_full_leaves_the_store_unchanged(tmp_path, monkeypatch):
    # The exact error of the attack run ("database or disk is full"), raised inside the commit's
    # transaction (simulated: a real full tmpfs is the test above).
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(tmp_path))
    monkeypatch.delenv(config.DB_URL.name, raising=False)
    store = backends.open_store()
    current = store.current_version("conflict_risk")
    real_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: real_connect(
        *a, **{**k, "factory": _RefusingConnection}))
    with pytest.raises(faults.StoreFullError):
        store.commit("conflict_risk", _changed_frame(), user="ani",
                     expected_current_version=current)
    monkeypatch.setattr(sqlite3, "connect", real_connect)
    assert store.current_version("conflict_risk") == current


def test_an_identical_commit_stores_no_empty_version(tmp_path, monkeypatch):
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(tmp_path))
    monkeypatch.delenv(config.DB_URL.name, raising=False)
    store = backends.open_store()
    frame = _changed_frame()
    info = store.commit("conflict_risk", frame, user="ani", expected_current_version=1)
    audit_before = len(store.read_audit())
    with pytest.raises(base.NoChangeError) as raised:
        store.commit("conflict_risk", frame, user="ani", expected_current_version=info.version)
    assert "Tidak ada perubahan" in raised.value.message("id")
    assert [i.version for i in store.history("conflict_risk")] == [1, 2]
    assert len(store.read_audit()) == audit_before
    # Demo rows committed as real data are a change (the DATA CONTOH flag goes).
    demo = defaults.load_demo("conflict_risk").frame
    assert store.commit("conflict_risk", demo, user="ani",
                        expected_current_version=2).version == 3


# -- the command line ------------------------------------------------------------------------------

def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "loaders", *args], cwd=ROOT, text=True,
                          capture_output=True, env={**os.environ, **env}, timeout=120)


@pytest.mark.parametrize("command", [["history", "conflict_risk"], ["users"],
                                     ["import", "conflict_risk", str(DEMO_CSV)]])
def test_cli_with_postgres_unreachable_says_so_and_exits_non_zero(command, tmp_path):
    result = _cli(*command, "--lang", "en", env={"DASHBOARD_DATA_DIR": str(tmp_path),
                                                 config.DB_URL.name: CLOSED_PORT_URL})
    out = result.stdout + result.stderr
    assert result.returncode == 4, out
    assert t("store.fault.unavailable", "en") in out
    assert "Traceback" not in out and "store.error" not in out and "store.fault" not in out
    assert "rahasia" not in out  # the URL's password
    assert "DASHBOARD_DB_URL" in out


def test_cli_on_a_damaged_store_says_damaged(tmp_path):
    path = _write_garbage(tmp_path)
    before = _sha(path)
    for command in (["history", "conflict_risk"], ["users"]):
        result = _cli(*command, env={"DASHBOARD_DATA_DIR": str(tmp_path)})
        out = result.stdout + result.stderr
        assert result.returncode == 4, out
        assert t("store.fault.damaged", "id") in out and "Traceback" not in out
    assert _sha(path) == before


def test_cli_import_on_a_full_disk_is_a_clear_message_and_the_store_is_unchanged(
        tmp_path, monkeypatch):
    if not MOUNT:
        pytest.skip("needs a tmpfs mount (root); the commit itself is covered by "
                    "test_a_commit_that_sqlite_refuses_as_full_leaves_the_store_unchanged")
    changed = tmp_path / "changed.csv"
    changed.write_text(DEMO_CSV.read_text(encoding="utf-8").replace(",tinggi,", ",sedang,", 1),
                       encoding="utf-8")
    with fault("full", tmp_path, monkeypatch):
        path = backends.store_path()
        before = _sha(path)
        result = _cli("import", "conflict_risk", str(changed), "--user", "ani",
                      env={"DASHBOARD_DATA_DIR": str(path.parent)})
        out = result.stdout + result.stderr
        assert result.returncode == 4, out
        assert t("store.fault.full", "id") in out and "Traceback" not in out
        assert _sha(path) == before


def test_cli_reimporting_the_same_file_says_no_change_and_stores_nothing(tmp_path):
    changed = tmp_path / "changed.csv"
    changed.write_text(DEMO_CSV.read_text(encoding="utf-8").replace(",tinggi,", ",sedang,", 1),
                       encoding="utf-8")
    env = {"DASHBOARD_DATA_DIR": str(tmp_path / "data")}
    first = _cli("import", "conflict_risk", str(changed), "--replace", "--user", "ani", env=env)
    assert first.returncode == 0, first.stdout + first.stderr
    again = _cli("import", "conflict_risk", str(changed), "--replace", "--user", "ani", env=env)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "Tidak ada perubahan" in again.stdout
    history = _cli("history", "conflict_risk", env=env).stdout
    assert "v2" in history and "v3" not in history
