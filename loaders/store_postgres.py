"""The version store in PostgreSQL (with PostGIS beside it), for several dashboard instances that
share one database: ``open_store()`` returns it when DASHBOARD_DB_URL is a postgresql:// URL.

Same model and guarantees as ``SQLiteStore``: row sets are immutable and content-addressed (the
same zlib-compressed JSON, so the hashes agree between backends), a commit or rollback adds a
version, and the audit log only grows (triggers refuse UPDATE, DELETE and TRUNCATE, see
``loaders/migrations/postgres``). A commit takes a transaction-scoped advisory lock per dataset
before it reads the current version, so of two writers that expected the same version one wins
and the other gets ``ConcurrentCommitError``; a client killed mid-commit loses its connection,
the server rolls the transaction back and the lock goes with it.

Nothing is cached across calls except decoded row sets keyed by their hash (immutable), so a
version committed by one instance is what the next ``current_version`` in any other returns.

A ``search_path`` in the URL (``?options=-csearch_path%3Dname``) selects the schema, which the
tests use to give each test an empty one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
from contextlib import contextmanager
from typing import Iterator

import pandas as pd
import psycopg
from psycopg import errors as pg_errors

from loaders import migrations
from loaders.changes import diff, frame_records, summary
from loaders.schema import DATASETS
from loaders.store import (
    BUSY_TIMEOUT_S, SYSTEM_USER, AuditEntry, ConcurrentCommitError, SQLiteStore, Store,
    StoredVersion, StoreError, UnknownVersionError, VersionInfo, _encode, _label, cached_content,
)

CONNECT_TIMEOUT_S = 10
_POOL_SIZE = 4  # idle connections kept per URL; Streamlit reruns in many short-lived threads

_VERSION_COLUMNS = ("dataset, version, user_name, committed_at, action, file_name, file_sha256, "
                    "row_count, rows_added, rows_removed, rows_changed, note, is_demo, "
                    "content_sha256, rollback_of")

_pool_lock = threading.Lock()
_idle: dict[str, list[psycopg.Connection]] = {}
_initialised: set[str] = set()
_init_lock = threading.Lock()


class StoreUnavailableError(StoreError):
    """The database cannot be reached. A ``StoreError`` so that ``datasets.load`` shows the demo
    data (marked DATA CONTOH) as it does for an unreadable SQLite file, rather than no page."""


def _utc_iso(value: dt.datetime) -> str:
    return value.astimezone(dt.timezone.utc).isoformat(timespec="seconds")


def _connect(url: str) -> psycopg.Connection:
    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S)
    except psycopg.OperationalError as error:
        raise StoreUnavailableError() from error
    # A writer waits for another's commit as long as SQLite's busy timeout, then gives up.
    conn.execute(f"SET lock_timeout = '{int(BUSY_TIMEOUT_S * 1000)}ms'")
    return conn


class PostgresStore(Store):
    def __init__(self, url: str):
        self.url = url

    # -- plumbing ----------------------------------------------------------------------------------

    @contextmanager
    def _connection(self) -> Iterator[psycopg.Connection]:
        """A connection in autocommit mode, from a small per-URL pool (connecting costs more than
        the queries pages make on each rerun)."""
        with _pool_lock:
            idle = _idle.setdefault(self.url, [])
            conn = idle.pop() if idle else None
        conn = conn or _connect(self.url)
        try:
            yield conn
        finally:
            # Back to the pool only when idle outside a transaction: a connection interrupted
            # mid-query or broken is closed, never handed to the next caller.
            keep = (not conn.closed and not conn.broken
                    and conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE)
            with _pool_lock:
                idle = _idle.setdefault(self.url, [])
                if keep and len(idle) < _POOL_SIZE:
                    idle.append(conn)
                    keep = None
            if keep is not None:
                conn.close()

    def _run(self, operation):
        """A read, retried once on a fresh connection when a pooled one turns out to be dead (the
        server restarted). Writes go through ``_write`` and are not retried: the caller re-checks
        against the current version instead."""
        try:
            with self._connection() as conn:
                return operation(conn)
        except psycopg.OperationalError as error:
            if isinstance(error, (pg_errors.LockNotAvailable, pg_errors.QueryCanceled)):
                raise
            with self._connection() as conn:  # a fresh one: the pooled connection was dead
                return operation(conn)

    @staticmethod
    def _lock(conn: psycopg.Connection, dataset: str) -> None:
        # Per schema and dataset: test schemas (and deployments sharing a database) do not wait
        # for each other. A hash collision only serialises two commits that need not be.
        conn.execute("SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':store:' || %s))",
                     (dataset,))

    def initialise(self, seed: bool = True) -> None:
        """Bring the schema to the latest migration and seed each dataset without versions with its
        demo data. Only writes when something is missing."""
        from loaders.datasets import DEMO_DIR

        def prepare(conn: psycopg.Connection) -> set[str]:
            migrations.migrate_postgres(conn)
            return {r[0] for r in conn.execute("SELECT DISTINCT dataset FROM versions")}

        seeded = self._run(prepare)
        missing = [name for name in DATASETS if name not in seeded
                   and (DEMO_DIR / DATASETS[name].demo_file).exists()]
        if seed and missing:
            self._seed(missing)

    def _seed(self, names: list[str]) -> None:
        from loaders.datasets import DEMO_DIR, load_demo

        with self._connection() as conn:
            for name in names:
                with conn.transaction():
                    self._lock(conn, name)
                    if self._current(conn, name) is not None:
                        continue  # another instance seeded it while we waited for the lock
                    demo = load_demo(name)
                    raw = (DEMO_DIR / DATASETS[name].demo_file).read_bytes()
                    self._insert_version(conn, name, demo.frame, user=SYSTEM_USER, action="seed",
                                         file_name=DATASETS[name].demo_file,
                                         file_sha256=hashlib.sha256(raw).hexdigest(),
                                         note="DATA CONTOH", is_demo=True)

    @staticmethod
    def _current(conn: psycopg.Connection, dataset: str) -> int | None:
        return conn.execute("SELECT max(version) FROM versions WHERE dataset=%s",
                            (dataset,)).fetchone()[0]

    @staticmethod
    def _content(conn: psycopg.Connection, sha: str) -> tuple[list[str], list]:
        return cached_content(sha, lambda: conn.execute(
            "SELECT data FROM contents WHERE sha256=%s", (sha,)).fetchone()[0])

    @staticmethod
    def _info(row: tuple) -> VersionInfo:
        (dataset, version, user, committed_at, action, file_name, file_sha256, row_count, added,
         removed, changed, note, is_demo, content, rollback_of) = row
        return VersionInfo(dataset, version, user, _utc_iso(committed_at), action, file_name,
                           file_sha256, row_count, added, removed, changed, note, bool(is_demo),
                           content, rollback_of)

    def _version_info(self, conn: psycopg.Connection, dataset: str,
                      version: int | None) -> VersionInfo:
        if version is None:
            version = self._current(conn, dataset)
        row = conn.execute(f"SELECT {_VERSION_COLUMNS} FROM versions WHERE dataset=%s AND "
                           "version=%s", (dataset, version)).fetchone()
        if row is None:
            raise UnknownVersionError(dataset=dataset, version=version)
        return self._info(row)

    def _frame(self, conn: psycopg.Connection, dataset: str, sha: str) -> pd.DataFrame:
        from loaders.datasets import typed_frame

        columns, rows = self._content(conn, sha)
        frame = pd.DataFrame(rows, columns=columns, dtype=object)
        return typed_frame(DATASETS[dataset], frame)

    def _insert_version(self, conn: psycopg.Connection, dataset: str, frame: pd.DataFrame | None,
                        *, user: str, action: str, file_name: str = "", file_sha256: str = "",
                        note: str = "", is_demo: bool = False, content_sha: str | None = None,
                        rollback_of: int | None = None) -> VersionInfo:
        """Add version current+1. The caller holds the dataset's lock inside a transaction."""
        schema = DATASETS[dataset]
        current = self._current(conn, dataset)
        if content_sha is None:
            columns = schema.column_names
            rows = frame_records(frame, columns)
            content_sha, blob = _encode(columns, rows)
            conn.execute("INSERT INTO contents (sha256, columns, row_count, data) "
                         "VALUES (%s, %s::jsonb, %s, %s) ON CONFLICT (sha256) DO NOTHING",
                         (content_sha, json.dumps(columns), len(rows), blob))
        row_count = conn.execute("SELECT row_count FROM contents WHERE sha256=%s",
                                 (content_sha,)).fetchone()[0]
        counts = {"added": row_count, "removed": 0, "changed": 0}
        if current is not None:
            before = self._frame(conn, dataset,
                                 self._version_info(conn, dataset, current).content_sha256)
            after = frame if frame is not None else self._frame(conn, dataset, content_sha)
            counts = summary(diff(schema, before, after))
        version = (current or 0) + 1
        now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        info = VersionInfo(dataset, version, user, _utc_iso(now), action, file_name, file_sha256,
                           row_count, counts["added"], counts["removed"], counts["changed"], note,
                           is_demo, content_sha, rollback_of)
        conn.execute(f"INSERT INTO versions ({_VERSION_COLUMNS}) VALUES "
                     "(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                     (info.dataset, info.version, info.user, now, info.action, info.file_name,
                      info.file_sha256, info.row_count, info.rows_added, info.rows_removed,
                      info.rows_changed, info.note, info.is_demo, info.content_sha256,
                      info.rollback_of))
        self._audit(conn, user, action, dataset, {
            "version": version, "file_name": file_name, "file_sha256": file_sha256,
            "rows": row_count, "added": counts["added"], "removed": counts["removed"],
            "changed": counts["changed"], "note": note, "rollback_of": rollback_of,
            "is_demo": is_demo})
        return info

    @staticmethod
    def _audit(conn: psycopg.Connection, user: str, action: str, dataset: str,
               detail: dict | None) -> None:
        conn.execute("INSERT INTO audit (at, user_name, action, dataset, detail) "
                     "VALUES (%s, %s, %s, %s, %s::jsonb)",
                     (dt.datetime.now(dt.timezone.utc).replace(microsecond=0), user, action,
                      dataset, json.dumps(detail or {}, ensure_ascii=False, default=str)))

    def _write(self, dataset: str, expected: int | None, check_always: bool, insert) -> VersionInfo:
        """Lock the dataset, compare the current version with ``expected`` and insert, all in one
        transaction."""
        try:
            with self._connection() as conn, conn.transaction():
                self._lock(conn, dataset)
                current = self._current(conn, dataset)
                if (check_always or expected is not None) and current != expected:
                    raise ConcurrentCommitError(dataset=dataset, expected=_label(expected),
                                                current=_label(current))
                info = insert(conn)
                SQLiteStore._pause_for_tests()
                return info
        except pg_errors.UniqueViolation as error:
            # Only reachable if a writer bypassed the lock; the outcome is the same to the user.
            raise ConcurrentCommitError(dataset=dataset, expected=_label(expected),
                                        current="?") from error

    # -- the interface -----------------------------------------------------------------------------

    def current_version(self, dataset: str) -> int | None:
        return self._run(lambda conn: self._current(conn, dataset))

    def read(self, dataset: str, version: int | None = None) -> StoredVersion:
        # No snapshot needed: a version row and its row set never change once visible.
        def read_version(conn: psycopg.Connection) -> StoredVersion:
            info = self._version_info(conn, dataset, version)
            return StoredVersion(info, self._frame(conn, dataset, info.content_sha256))

        return self._run(read_version)

    def history(self, dataset: str) -> list[VersionInfo]:
        rows = self._run(lambda conn: conn.execute(
            f"SELECT {_VERSION_COLUMNS} FROM versions WHERE dataset=%s ORDER BY version",
            (dataset,)).fetchall())
        return [self._info(r) for r in rows]

    def commit(self, dataset: str, frame: pd.DataFrame, *, user: str,
               expected_current_version: int | None, file_name: str = "",
               file_sha256: str = "", note: str = "", is_demo: bool = False) -> VersionInfo:
        if dataset not in DATASETS:
            raise StoreError("store.error.unknown_dataset", dataset=dataset)
        return self._write(dataset, expected_current_version, True, lambda conn: (
            self._insert_version(conn, dataset, frame, user=user, action="commit",
                                 file_name=file_name, file_sha256=file_sha256, note=note,
                                 is_demo=is_demo)))

    def rollback(self, dataset: str, version: int, *, user: str,
                 expected_current_version: int | None = None, note: str = "") -> VersionInfo:
        def insert(conn: psycopg.Connection) -> VersionInfo:
            target = self._version_info(conn, dataset, version)
            return self._insert_version(
                conn, dataset, None, user=user, action="rollback", file_name=target.file_name,
                file_sha256=target.file_sha256, note=note or f"rollback ke v{version}",
                is_demo=target.is_demo, content_sha=target.content_sha256, rollback_of=version)

        return self._write(dataset, expected_current_version, False, insert)

    def audit(self, user: str, action: str, dataset: str = "", detail: dict | None = None) -> None:
        with self._connection() as conn:
            self._audit(conn, user, action, dataset, detail)

    def read_audit(self, dataset: str | None = None, limit: int | None = None) -> list[AuditEntry]:
        query = "SELECT id, at, user_name, action, dataset, detail FROM audit"
        params: list = []
        if dataset:
            query += " WHERE dataset=%s"
            params.append(dataset)
        query += " ORDER BY id DESC"
        if limit:
            query += " LIMIT %s"
            params.append(int(limit))
        rows = self._run(lambda conn: conn.execute(query, params).fetchall())
        return [AuditEntry(i, _utc_iso(at), user, action, ds, detail)
                for i, at, user, action, ds, detail in rows]


def pooled_connection(url: str):
    """A connection to ``url`` from the version store's pool (autocommit; write inside
    ``conn.transaction()``), for other tables in the same database (boundary layers)."""
    return PostgresStore(url)._connection()


def run_read(url: str, operation):
    """``operation(conn)`` on a pooled connection, retried once on a fresh connection when the
    pooled one was dead, as the version store's own reads are."""
    return PostgresStore(url)._run(operation)


def close_idle_connections(url: str | None = None) -> None:
    """Close the pooled connections (of one URL, or all): before dropping a test schema, or at
    shutdown."""
    with _pool_lock:
        urls = [url] if url is not None else list(_idle)
        closing = [conn for u in urls for conn in _idle.pop(u, [])]
    for conn in closing:
        conn.close()


def open_postgres_store(url: str, *, seed: bool = True) -> PostgresStore:
    """The store at ``url``, migrated and seeded on first use in this process."""
    if not url.startswith(("postgresql://", "postgres://")):
        raise ValueError("DASHBOARD_DB_URL must start with postgresql:// (got another scheme)")
    store = PostgresStore(url)
    if url not in _initialised:
        with _init_lock:
            if url not in _initialised:
                store.initialise(seed=seed)
                _initialised.add(url)
    return store
