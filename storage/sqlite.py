"""The embedded backend: versions, history and audit in one SQLite file.

Commits run under ``BEGIN IMMEDIATE``: the version check and the insert happen while holding the
write lock, so of two writers that read the same current version only one can win, and a process
killed mid-commit leaves the previous version current (SQLite never applies half a transaction).
The tables come from the steps in ``storage/migrations/sqlite``.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Callable, Iterator

from domain.schema import DATASETS
from storage import migrations
from storage.base import AuditEntry, Store, T, VersionInfo
from storage.faults import StoreFullError, StoreReadOnlyError, store_faults

BUSY_TIMEOUT_S = 30.0


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch a new file to write-ahead logging. The switch needs the file to itself, and SQLite
    answers "locked" at once, without its busy wait, while another instance starting together
    holds it, so it is retried here for as long as the busy wait would last."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")  # cannot be changed inside a transaction
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


_VERSION_COLUMNS = ("dataset, version, user, committed_at, action, file_name, file_sha256, "
                    "row_count, rows_added, rows_removed, rows_changed, note, is_demo, "
                    "content_sha256, rollback_of")


class SQLiteStore(Store):
    def __init__(self, path: str | Path):
        self.path = Path(path)

    # -- plumbing ----------------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        return conn

    @contextmanager
    def _transaction(self, dataset: str = "") -> Iterator[sqlite3.Connection]:
        """A write transaction that holds the write lock from its first statement. The lock is the
        whole file's, so it covers ``dataset`` and every other. A commit that fails (a full disk)
        leaves the file as it was: the connection closes with the transaction rolled back."""
        with store_faults(self.path), closing(self._connect()) as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:  # SQLite may already have rolled back (SQLITE_FULL)
                    try:
                        conn.execute("ROLLBACK")
                    except sqlite3.Error:
                        pass  # closing the connection rolls back; the original error matters
                raise
            conn.execute("COMMIT")

    def _read(self, operation: Callable[[sqlite3.Connection], T], snapshot: bool = False) -> T:
        try:
            with store_faults(self.path), closing(self._connect()) as conn:
                return self._run_read(conn, operation, snapshot)
        except (StoreReadOnlyError, StoreFullError):
            # On a full disk or a read-only mount SQLite cannot even read a WAL database (it
            # needs its -shm file). When every commit is in the main file (no -wal left over),
            # reading it as immutable gives exactly the stored data: pages keep the real data
            # while writes are refused. Otherwise the fault stands.
            conn = self._immutable_connect()
            if conn is None:
                raise
            with store_faults(self.path), closing(conn):
                return self._run_read(conn, operation, snapshot)

    @staticmethod
    def _run_read(conn: sqlite3.Connection, operation: Callable[[sqlite3.Connection], T],
                  snapshot: bool) -> T:
        if not snapshot:
            return operation(conn)
        conn.execute("BEGIN")  # one snapshot for every query of the operation
        try:
            return operation(conn)
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")

    def _immutable_connect(self) -> sqlite3.Connection | None:
        """A read-only connection that takes no lock and needs no -shm file, or None when that
        would not show the latest commits (a non-empty -wal file)."""
        wal = self.path.with_name(self.path.name + "-wal")
        try:
            if not self.path.is_file() or (wal.exists() and wal.stat().st_size > 0):
                return None
            from urllib.parse import quote

            return sqlite3.connect(f"file:{quote(str(self.path.resolve()))}?immutable=1",
                                   uri=True, isolation_level=None)
        except (OSError, sqlite3.Error):
            return None

    def initialise(self, seed: bool = True) -> None:
        """Create the file, tables and triggers if missing, and seed each dataset without versions
        with its demo data. Only writes when something is missing, so opening an existing store
        leaves its file byte-for-byte unchanged. A file that is not a store (damaged, overwritten)
        raises ``StoreDamagedError`` and is never seeded over."""
        with store_faults(self.path):
            self._initialise(seed)

    def _initialise(self, seed: bool) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(self._connect()) as conn:
            # fetchall: a cursor left open keeps this connection's read lock, and the journal
            # change below would then deadlock with another instance starting at the same time.
            has_tables = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='versions'"
            ).fetchall()[0][0]
            if not has_tables:
                _use_wal(conn)
            # Tables and triggers are the steps in storage/migrations/sqlite; a store already at
            # the latest step is only read here.
            migrations.migrate_sqlite(conn)
            seeded = {r[0] for r in conn.execute("SELECT DISTINCT dataset FROM versions")}
        from storage.defaults import DEMO_DIR

        # A dataset declared without its demo file yet is simply not seeded.
        missing = [name for name in DATASETS if name not in seeded
                   and (DEMO_DIR / DATASETS[name].demo_file).exists()]
        if seed and missing:
            self._seed(missing)

    def _seed(self, names: list[str]) -> None:
        with self._transaction() as conn:  # all of them in one transaction
            for name in names:
                self._seed_one(conn, name)

    # -- the SQL -----------------------------------------------------------------------------------

    @staticmethod
    def _current(conn: sqlite3.Connection, dataset: str) -> int | None:
        return conn.execute("SELECT max(version) FROM versions WHERE dataset=?",
                            (dataset,)).fetchone()[0]

    @staticmethod
    def _version_row(conn: sqlite3.Connection, dataset: str, version: int | None) -> tuple | None:
        return conn.execute(f"SELECT {_VERSION_COLUMNS} FROM versions WHERE dataset=? AND "
                            "version=?", (dataset, version)).fetchone()

    @staticmethod
    def _version_rows(conn: sqlite3.Connection, dataset: str) -> list[tuple]:
        return conn.execute(f"SELECT {_VERSION_COLUMNS} FROM versions WHERE dataset=? "
                            "ORDER BY version", (dataset,)).fetchall()

    @staticmethod
    def _content_blob(conn: sqlite3.Connection, sha: str) -> bytes:
        return conn.execute("SELECT data FROM contents WHERE sha256=?", (sha,)).fetchone()[0]

    @staticmethod
    def _content_row_count(conn: sqlite3.Connection, sha: str) -> int:
        return conn.execute("SELECT row_count FROM contents WHERE sha256=?",
                            (sha,)).fetchone()[0]

    @staticmethod
    def _add_content(conn: sqlite3.Connection, sha: str, columns: list[str], row_count: int,
                     blob: bytes) -> None:
        conn.execute("INSERT OR IGNORE INTO contents (sha256, columns, row_count, data) "
                     "VALUES (?, ?, ?, ?)", (sha, json.dumps(columns), row_count, blob))

    @staticmethod
    def _add_version_row(conn: sqlite3.Connection, info: VersionInfo) -> None:
        conn.execute(f"INSERT INTO versions ({_VERSION_COLUMNS}) VALUES "
                     "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (info.dataset, info.version, info.user, info.committed_at, info.action,
                      info.file_name, info.file_sha256, info.row_count, info.rows_added,
                      info.rows_removed, info.rows_changed, info.note, int(info.is_demo),
                      info.content_sha256, info.rollback_of))

    @staticmethod
    def _add_audit_row(conn: sqlite3.Connection, at: dt.datetime, user: str, action: str,
                       dataset: str, detail_json: str) -> None:
        conn.execute("INSERT INTO audit (at, user, action, dataset, detail) VALUES (?, ?, ?, ?, ?)",
                     (at.isoformat(), user, action, dataset, detail_json))

    # -- the interface -----------------------------------------------------------------------------

    def audit(self, user: str, action: str, dataset: str = "", detail: dict | None = None) -> None:
        with self._transaction() as conn:
            self._audit(conn, user, action, dataset, detail)

    def read_audit(self, dataset: str | None = None, limit: int | None = None) -> list[AuditEntry]:
        query = "SELECT id, at, user, action, dataset, detail FROM audit"
        params: tuple = ()
        if dataset:
            query += " WHERE dataset=?"
            params = (dataset,)
        query += " ORDER BY id DESC"
        if limit:
            query += f" LIMIT {int(limit)}"
        rows = self._read(lambda conn: conn.execute(query, params).fetchall())
        return [AuditEntry(i, at, user, action, ds, json.loads(detail))
                for i, at, user, action, ds, detail in rows]
