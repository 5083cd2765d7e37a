"""The version store in PostgreSQL (with PostGIS beside it), for several dashboard instances that
share one database: ``open_store()`` returns it when DASHBOARD_DB_URL is a postgresql:// URL.

Same model and guarantees as ``SQLiteStore``: row sets are immutable and content-addressed (the
same zlib-compressed JSON, so the hashes agree between backends), a commit or rollback adds a
version, and the audit log only grows (triggers refuse UPDATE, DELETE and TRUNCATE, see
``storage/migrations/postgres``). A commit takes a transaction-scoped advisory lock per dataset
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
import json
import threading
from contextlib import contextmanager
from typing import Callable, Iterator, TypeVar

import psycopg
from psycopg import errors as pg_errors

from domain.schema import DATASETS
from storage import migrations
from storage.base import AuditEntry, Store, VersionInfo
from storage.faults import StoreFaultError, StoreUnreachableError, redact, store_faults
from storage.sqlite import BUSY_TIMEOUT_S

T = TypeVar("T")

CONNECT_TIMEOUT_S = 10
_POOL_SIZE = 4  # idle connections kept per URL; Streamlit reruns in many short-lived threads

_VERSION_COLUMNS = ("dataset, version, user_name, committed_at, action, file_name, file_sha256, "
                    "row_count, rows_added, rows_removed, rows_changed, note, is_demo, "
                    "content_sha256, rollback_of")

_pool_lock = threading.Lock()
_idle: dict[str, list[psycopg.Connection]] = {}
_initialised: set[str] = set()
_init_lock = threading.Lock()


# Any store fault (unreachable, read-only, full, damaged, busy: ``storage.faults.classify``); the
# name is kept for the callers that catch it (the boundary store).
StoreUnavailableError = StoreFaultError


def _utc_iso(value: dt.datetime) -> str:
    return value.astimezone(dt.timezone.utc).isoformat(timespec="seconds")


def _connect(url: str) -> psycopg.Connection:
    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S)
    except psycopg.OperationalError as error:
        raise StoreUnreachableError(redact(url), str(error).strip().splitlines()[0][:300]
                                    if str(error).strip() else "") from error
    # A writer waits for another's commit as long as SQLite's busy timeout, then gives up.
    conn.execute(f"SET lock_timeout = '{int(BUSY_TIMEOUT_S * 1000)}ms'")
    return conn


class PostgresStore(Store):
    _duplicate_errors = (pg_errors.UniqueViolation,)

    def __init__(self, url: str):
        self.url = url

    # -- plumbing ----------------------------------------------------------------------------------

    @contextmanager
    def _connection(self) -> Iterator[psycopg.Connection]:
        """A connection in autocommit mode, from a small per-URL pool (connecting costs more than
        the queries pages make on each rerun). The database's errors that mean a store fault
        (server gone, disk full, read-only) come out as ``StoreFaultError``."""
        with store_faults(redact(self.url)), self._raw_connection() as conn:
            yield conn

    @contextmanager
    def _raw_connection(self) -> Iterator[psycopg.Connection]:
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

    def _read(self, operation: Callable[[psycopg.Connection], T], snapshot: bool = False) -> T:
        """A read, retried once on a fresh connection when a pooled one turns out to be dead (the
        server restarted). Writes go through ``_transaction`` and are not retried: the caller
        re-checks against the current version instead. ``snapshot`` is not needed: a version row
        and its row set never change once visible."""
        with store_faults(redact(self.url)):
            try:
                with self._raw_connection() as conn:
                    return operation(conn)
            except psycopg.OperationalError as error:
                if isinstance(error, (pg_errors.LockNotAvailable, pg_errors.QueryCanceled)):
                    raise
                with self._raw_connection() as conn:  # a fresh one: the pooled one was dead
                    return operation(conn)

    @contextmanager
    def _transaction(self, dataset: str) -> Iterator[psycopg.Connection]:
        """A transaction holding the dataset's advisory lock, which the server releases at its end
        (or when a killed client's connection goes)."""
        with self._connection() as conn, conn.transaction():
            # Per schema and dataset: test schemas (and deployments sharing a database) do not
            # wait for each other. A hash collision only serialises two commits that need not be.
            conn.execute("SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':store:' "
                         "|| %s))", (dataset,))
            yield conn

    def initialise(self, seed: bool = True) -> None:
        """Bring the schema to the latest migration and seed each dataset without versions with its
        demo data. Only writes when something is missing."""
        from storage.defaults import DEMO_DIR

        def prepare(conn: psycopg.Connection) -> set[str]:
            migrations.migrate_postgres(conn)
            return {r[0] for r in conn.execute("SELECT DISTINCT dataset FROM versions")}

        seeded = self._read(prepare)
        missing = [name for name in DATASETS if name not in seeded
                   and (DEMO_DIR / DATASETS[name].demo_file).exists()]
        if seed and missing:
            self._seed(missing)

    def _seed(self, names: list[str]) -> None:
        for name in names:
            with self._transaction(name) as conn:  # one transaction per dataset, under its lock
                self._seed_one(conn, name)

    # -- the SQL -----------------------------------------------------------------------------------

    @staticmethod
    def _current(conn: psycopg.Connection, dataset: str) -> int | None:
        return conn.execute("SELECT max(version) FROM versions WHERE dataset=%s",
                            (dataset,)).fetchone()[0]

    @staticmethod
    def _version_row(conn: psycopg.Connection, dataset: str, version: int | None) -> tuple | None:
        return conn.execute(f"SELECT {_VERSION_COLUMNS} FROM versions WHERE dataset=%s AND "
                            "version=%s", (dataset, version)).fetchone()

    @staticmethod
    def _version_rows(conn: psycopg.Connection, dataset: str) -> list[tuple]:
        return conn.execute(f"SELECT {_VERSION_COLUMNS} FROM versions WHERE dataset=%s "
                            "ORDER BY version", (dataset,)).fetchall()

    @staticmethod
    def _content_blob(conn: psycopg.Connection, sha: str) -> bytes:
        return conn.execute("SELECT data FROM contents WHERE sha256=%s", (sha,)).fetchone()[0]

    @staticmethod
    def _content_row_count(conn: psycopg.Connection, sha: str) -> int:
        return conn.execute("SELECT row_count FROM contents WHERE sha256=%s",
                            (sha,)).fetchone()[0]

    @staticmethod
    def _add_content(conn: psycopg.Connection, sha: str, columns: list[str], row_count: int,
                     blob: bytes) -> None:
        conn.execute("INSERT INTO contents (sha256, columns, row_count, data) "
                     "VALUES (%s, %s::jsonb, %s, %s) ON CONFLICT (sha256) DO NOTHING",
                     (sha, json.dumps(columns), row_count, blob))

    @staticmethod
    def _add_version_row(conn: psycopg.Connection, info: VersionInfo) -> None:
        conn.execute(f"INSERT INTO versions ({_VERSION_COLUMNS}) VALUES "
                     "(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                     (info.dataset, info.version, info.user,
                      dt.datetime.fromisoformat(info.committed_at), info.action, info.file_name,
                      info.file_sha256, info.row_count, info.rows_added, info.rows_removed,
                      info.rows_changed, info.note, info.is_demo, info.content_sha256,
                      info.rollback_of))

    @staticmethod
    def _add_audit_row(conn: psycopg.Connection, at: dt.datetime, user: str, action: str,
                       dataset: str, detail_json: str) -> None:
        conn.execute("INSERT INTO audit (at, user_name, action, dataset, detail) "
                     "VALUES (%s, %s, %s, %s, %s::jsonb)", (at, user, action, dataset, detail_json))

    @staticmethod
    def _timestamp(stored: dt.datetime) -> str:
        return _utc_iso(stored)

    # -- the interface -----------------------------------------------------------------------------

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
        rows = self._read(lambda conn: conn.execute(query, params).fetchall())
        return [AuditEntry(i, _utc_iso(at), user, action, ds, detail)
                for i, at, user, action, ds, detail in rows]


def pooled_connection(url: str):
    """A connection to ``url`` from the version store's pool (autocommit; write inside
    ``conn.transaction()``), for other tables in the same database (boundary layers)."""
    return PostgresStore(url)._connection()


def run_read(url: str, operation):
    """``operation(conn)`` on a pooled connection, retried once on a fresh connection when the
    pooled one was dead, as the version store's own reads are."""
    return PostgresStore(url)._read(operation)


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
