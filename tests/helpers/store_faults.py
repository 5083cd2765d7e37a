"""A store that cannot be used, made for a test (tests/unit/test_store_faults.py for the store and
the command line, tests/app/test_store_faults_pages.py for the pages): unreachable (a closed
port), damaged (garbage over the SQLite file), full or read-only. Full and read-only disks are
real where the test runs as root and may mount (a 2 MB tmpfs filled up, or remounted read-only);
elsewhere ``sqlite3.connect`` gives a connection that raises what SQLite raises
(DASHBOARD_TEST_NO_MOUNT=1 simulates them even where mounting works)."""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pytest

import config
from storage import backends, defaults, faults

ROOT = Path(__file__).resolve().parents[2]
CLOSED_PORT_URL = "postgresql://dasbor:rahasia@127.0.0.1:1/x"
DEMO_CSV = ROOT / "geodata" / "demo" / "conflict_risk.csv"
PASSWORD = "kata-sandi-yang-panjang"


@pytest.fixture(autouse=True)
def _fresh_store_state():
    """Each test finds the store as a new process would: no health answer or initialisation
    kept from another test."""
    backends._health_cache.clear()
    backends._initialised.clear()
    yield
    backends._health_cache.clear()
    backends._initialised.clear()


# -- ways to produce the faults -------------------------------------------------------------------

def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _write_garbage(data_dir: Path) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / backends.DB_FILE
    path.write_bytes(os.urandom(64 * 1024))
    return path


def _can_mount() -> bool:
    if os.geteuid() != 0:
        return False
    probe = Path(f"/tmp/store-faults-probe-{os.getpid()}")
    probe.mkdir(exist_ok=True)
    try:
        ok = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)],
                            capture_output=True).returncode == 0
        if ok:
            subprocess.run(["umount", str(probe)], check=True)
        return ok
    except OSError:
        return False
    finally:
        probe.rmdir()


# DASHBOARD_TEST_NO_MOUNT=1 runs the simulated faults even where mounting works (to test them).
MOUNT = not os.environ.get("DASHBOARD_TEST_NO_MOUNT") and _can_mount()


class _RefusingConnection(sqlite3.Connection):
    """Raises what SQLite raises on a full disk (or a read-only one) on the first write, as a
    stand-in where no tmpfs can be mounted."""

    refusal = "database or disk is full"

    def execute(self, sql, *args):
        if sql.split()[0].upper() in ("INSERT", "UPDATE", "DELETE", "CREATE", "COMMIT"):
            raise sqlite3.OperationalError(self.refusal)
        return super().execute(sql, *args)

    def executescript(self, script):
        raise sqlite3.OperationalError(self.refusal)


class _CommitRefusingConnection(sqlite3.Connection):
    """Refuses only a version's rows, as a disk that fills up during a commit does (the session
    renewal before it still fitting)."""

    def execute(self, sql, *args):
        if "INTO contents" in sql or "INTO versions" in sql:
            raise sqlite3.OperationalError("database or disk is full")
        return super().execute(sql, *args)


class _ReadOnlyConnection(_RefusingConnection):
    refusal = "attempt to write a readonly database"


@contextmanager
def _tmpfs(path: Path, size: str = "2m"):
    path.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], check=True)
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


@contextmanager
def fault(kind: str, tmp_path: Path, monkeypatch, *, with_admin: bool = False):
    """The store in ``kind`` condition for the block; yields an admin's session token made
    before the fault (or None). The data dir is DASHBOARD_DATA_DIR."""
    monkeypatch.delenv(config.DB_URL.name, raising=False)
    if kind == "unavailable":
        monkeypatch.setenv("DASHBOARD_DATA_DIR", str(tmp_path / "data"))
        monkeypatch.setenv(config.DB_URL.name, CLOSED_PORT_URL)
        yield None
        return
    if kind == "damaged":
        monkeypatch.setenv("DASHBOARD_DATA_DIR", str(tmp_path / "data"))
        _write_garbage(tmp_path / "data")
        yield None
        return
    mount_dir = tmp_path / "mnt"
    data_dir = mount_dir / "data"
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(data_dir))

    def prepare() -> str | None:
        backends.open_store()
        token = None
        if with_admin:
            from accounts.users import Accounts

            accounts = Accounts()
            accounts.add_user("ani", PASSWORD, "admin")
            token = accounts.login("ani", PASSWORD)
        backends._initialised.clear()
        return token

    if not MOUNT:  # simulated: see the module docstring
        data_dir.mkdir(parents=True)
        token = prepare()
        factory = _RefusingConnection if kind == "full" else _ReadOnlyConnection
        real_connect = sqlite3.connect
        monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: real_connect(
            *a, **{**k, "factory": factory}))
        monkeypatch.setattr(faults, "_directory_condition", lambda location: kind)
        yield token
        return
    with _tmpfs(mount_dir):
        token = prepare()
        import gc

        gc.collect()  # close the connections left to the collector: SQLite then checkpoints and
        # removes its -wal file, which would free space after the disk was filled
        if kind == "full":
            _fill(mount_dir / "filler")
        else:
            _remount_read_only(mount_dir)
        yield token


def _fill(path: Path) -> None:
    """Write ``path`` until the disk is full (unbuffered: nothing left to flush on close)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 4096, 512, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError as error:
                assert error.errno == errno.ENOSPC
    finally:
        os.close(fd)


def _remount_read_only(mount_dir: Path) -> None:
    import gc

    gc.collect()  # sqlite3 connections left to the garbage collector keep files open for writing
    subprocess.run(["mount", "-o", "remount,ro", str(mount_dir)], check=True)


def _changed_frame() -> pd.DataFrame:
    frame = defaults.load_demo("conflict_risk").frame.copy()
    frame.loc[0, "skor"] = 1 if frame.loc[0, "skor"] != 1 else 2
    return frame
