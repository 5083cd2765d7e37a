"""Versions, history, rollback and audit, in one embedded SQLite file.

Nothing is changed or deleted in place: every commit adds a version (a pointer to an immutable,
content-addressed row set), a rollback adds a version that points at an earlier row set, and the
audit log only grows. Triggers refuse UPDATE and DELETE so that a bug cannot rewrite history.

``Store`` is the interface the rest of the product uses; ``SQLiteStore`` is the embedded backend
(``loaders.store_postgres.PostgresStore``, chosen by DASHBOARD_DB_URL, is the one several
instances share). Commits run under ``BEGIN IMMEDIATE``: the version check and the insert happen
while holding the write lock, so of two writers that read the same current version only one can
win, and a process killed mid-commit leaves the previous version current (SQLite never applies
half a transaction). The tables come from the steps in ``loaders/migrations/sqlite``.
"""

from __future__ import annotations

import abc
import datetime as dt
import errno
import hashlib
import json
import os
import sqlite3
import threading
import time
import zlib
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, ContextManager, Iterator, TypeVar

import pandas as pd

from loaders import migrations
from loaders.changes import diff, frame_records, summary
from loaders.schema import DATASETS

PROJECT_DIR = Path(__file__).resolve().parent.parent
DATA_DIR_ENV = "DASHBOARD_DATA_DIR"
# postgresql://user@host:port/db: versions and audit in PostgreSQL (loaders.store_postgres)
# instead of the SQLite file, so that several instances share them.
DB_URL_ENV = "DASHBOARD_DB_URL"
DB_FILE = "dashboard.sqlite3"
SYSTEM_USER = "sistem"
# Test hooks: sleep this many seconds inside the commit transaction, after touching the flag file,
# so a test can kill the process at the worst moment. Unset in production.
PAUSE_ENV = "DASHBOARD_TEST_PAUSE_IN_COMMIT"
PAUSE_FLAG_ENV = "DASHBOARD_TEST_PAUSE_FLAG"
BUSY_TIMEOUT_S = 30.0


def data_dir() -> Path:
    """DASHBOARD_DATA_DIR, or ``data/`` in the project (git-ignored)."""
    configured = os.environ.get(DATA_DIR_ENV, "").strip()
    return Path(configured) if configured else PROJECT_DIR / "data"


def store_path() -> Path:
    return data_dir() / DB_FILE


class StoreError(Exception):
    """A store operation refused for a reason users can act on; ``message(lang)`` says it."""

    message_id = "store.error.generic"

    def __init__(self, message_id: str | None = None, **params: object):
        if message_id:
            self.message_id = message_id
        self.params = params
        super().__init__(f"{self.message_id} {params}")

    def message(self, lang: str = "id") -> str:
        from i18n import t

        return t(self.message_id, lang, **self.params)


class ConcurrentCommitError(StoreError):
    """Someone else committed since this upload was checked: re-check against the new version and
    retry."""

    message_id = "store.error.concurrent"


class UnknownVersionError(StoreError):
    message_id = "store.error.unknown_version"


class NoChangeError(StoreError):
    """A commit whose rows are the current version's: nothing is stored (no empty version)."""

    message_id = "store.error.no_change"


# -- what can go wrong with the store itself, classified in one place ------------------------------
# Pages, the login box and the command line ask ``classify`` (or catch ``StoreFaultError``) instead
# of knowing sqlite3's, psycopg's or the OS's exceptions: each fault says which condition it is
# (unreachable, read-only, full, damaged, busy) and what to do, in the user's language.

FULL_BELOW_BYTES = 256 * 1024  # free space under which the SQLite store counts as full


class StoreFaultError(StoreError):
    """The store cannot be used as it should: ``condition`` says why, ``message(lang)`` says it
    with what to do, ``readable`` whether reads may still work (read-only, full) so that pages can
    keep showing the real data while writes are refused."""

    condition = "unavailable"
    readable = False

    def __init__(self, where: str = "", detail: str = ""):
        super().__init__(f"store.fault.{self.condition}", where=where or "-",
                         detail=detail or "-")
        self.where = where
        self.detail = detail

    def message(self, lang: str = "id") -> str:
        from i18n import t

        return t(self.message_id, lang)

    def details(self, lang: str = "id") -> str:
        """Where and what exactly (for the command line and the logs, not for any visitor)."""
        from i18n import t

        return t("store.fault.details", lang, where=self.where or "-", detail=self.detail or "-")


class StoreUnreachableError(StoreFaultError):
    condition = "unavailable"


class StoreReadOnlyError(StoreFaultError):
    condition = "read_only"
    readable = True


class StoreFullError(StoreFaultError):
    condition = "full"
    readable = True


class StoreDamagedError(StoreFaultError):
    condition = "damaged"


class StoreBusyError(StoreFaultError):
    condition = "busy"
    readable = True


FAULTS: dict[str, type[StoreFaultError]] = {cls.condition: cls for cls in (
    StoreUnreachableError, StoreReadOnlyError, StoreFullError, StoreDamagedError, StoreBusyError)}

# sqlite3 result codes (primary, the low byte of an extended code)
_SQLITE_CONDITION = {
    3: "read_only",    # SQLITE_PERM
    5: "busy",         # SQLITE_BUSY
    6: "busy",         # SQLITE_LOCKED
    8: "read_only",    # SQLITE_READONLY
    11: "damaged",     # SQLITE_CORRUPT
    13: "full",        # SQLITE_FULL
    26: "damaged",     # SQLITE_NOTADB
}
_OS_CONDITION = {
    errno.EROFS: "read_only", errno.EACCES: "read_only", errno.EPERM: "read_only",
    errno.ENOSPC: "full", errno.EDQUOT: "full",
}


def redact(location: object) -> str:
    """A store location safe to print: a path, or a database URL without its password."""
    text = str(location or "")
    if "://" in text:
        from urllib.parse import urlsplit, urlunsplit

        parts = urlsplit(text)
        if parts.password:
            host = parts.hostname or ""
            if parts.port:
                host = f"{host}:{parts.port}"
            user = f"{parts.username}:***@" if parts.username else ""
            parts = parts._replace(netloc=user + host)
        return urlunsplit(parts._replace(query=""))
    return text


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0][:300] if text else type(error).__name__


def _directory_condition(location: object) -> str | None:
    """For a SQLite file: "read_only" when its folder (or the file) cannot be written, "full" when
    the disk has almost no space left, else None. Root ignores permission bits, but not a
    read-only mount: ``os.access`` reports both."""
    text = str(location or "")
    if not text or "://" in text:
        return None
    path = Path(text)
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
            return "read_only"
        usage = os.statvfs(folder)
        if usage.f_bavail * usage.f_frsize < FULL_BELOW_BYTES:
            return "full"
    except OSError:
        return None
    return None


def classify(error: BaseException, location: object = "") -> StoreFaultError | None:
    """The store fault ``error`` stands for (raised from a store at ``location``: a SQLite path
    or a database URL), or None when it is not one (a bug, a refused duplicate, a user's error):
    those keep their own handling. The one place that knows the backends' exceptions."""
    if isinstance(error, StoreFaultError):
        return error
    if isinstance(error, StoreError):
        return None
    condition: str | None = None
    if isinstance(error, sqlite3.IntegrityError):
        return None
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        code = code & 0xFF if isinstance(code, int) else None
        text = str(error).lower()
        condition = _SQLITE_CONDITION.get(code) if code is not None else None
        if condition is None:
            if "not a database" in text or "malformed" in text:
                condition = "damaged"
            elif "disk is full" in text:
                condition = "full"
            elif "readonly" in text or "read-only" in text:
                condition = "read_only"
            elif "database is locked" in text:
                condition = "busy"
            elif code in (10, 14) or "unable to open" in text or "i/o error" in text:
                # SQLITE_IOERR, SQLITE_CANTOPEN: the folder says which (read-only, full) or
                # the file is simply not there to be opened
                condition = _directory_condition(location) or "unavailable"
    elif isinstance(error, OSError):
        condition = _OS_CONDITION.get(error.errno or 0) or "unavailable"
        if condition == "unavailable" and error.errno in (None, 0):
            return None  # an OSError subclass without an errno is somebody else's error
    elif isinstance(error, zlib.error) or isinstance(error, json.JSONDecodeError):
        condition = "damaged"  # a stored row set that no longer decodes
    else:
        condition = _psycopg_condition(error)
    if condition is None:
        return None
    return FAULTS[condition](redact(location), _first_line(error))


def _psycopg_condition(error: BaseException) -> str | None:
    try:
        import psycopg
        from psycopg import errors as pg_errors
    except ImportError:  # pragma: no cover - psycopg is in requirements
        return None
    if not isinstance(error, psycopg.Error):
        return None
    if isinstance(error, (pg_errors.DiskFull, pg_errors.OutOfMemory)):
        return "full"
    if isinstance(error, (pg_errors.ReadOnlySqlTransaction, pg_errors.InsufficientPrivilege)):
        return "read_only"
    if isinstance(error, (pg_errors.DataCorrupted, pg_errors.IndexCorrupted)):
        return "damaged"
    if isinstance(error, (pg_errors.LockNotAvailable, pg_errors.QueryCanceled,
                          pg_errors.DeadlockDetected)):
        return "busy"
    if isinstance(error, (psycopg.OperationalError, psycopg.InterfaceError)):
        return "unavailable"
    return None


def classify_backend(error: BaseException, location: object = "") -> StoreFaultError | None:
    """Like ``classify``, but only for errors that can only have come from a store (a
    ``StoreFaultError``, sqlite3's or psycopg's): an ``OSError`` from anything else (a file a page
    reads) is not blamed on the store."""
    if isinstance(error, (StoreFaultError, sqlite3.Error)) or \
            type(error).__module__.split(".")[0] == "psycopg":
        return classify(error, location)
    return None


@contextmanager
def store_faults(location: object) -> Iterator[None]:
    """Turn the backends' exceptions that mean a store fault into a ``StoreFaultError`` (with the
    original as its cause); anything else passes unchanged."""
    try:
        yield
    except StoreError:
        raise
    except Exception as error:
        fault = classify(error, location)
        if fault is None:
            raise
        raise fault from error


@dataclass(frozen=True)
class VersionInfo:
    dataset: str
    version: int
    user: str
    committed_at: str  # UTC, ISO 8601
    action: str  # seed, commit, rollback
    file_name: str
    file_sha256: str
    row_count: int
    rows_added: int
    rows_removed: int
    rows_changed: int
    note: str
    is_demo: bool
    content_sha256: str
    rollback_of: int | None = None

    @property
    def label(self) -> str:
        return f"v{self.version}"


@dataclass(frozen=True)
class StoredVersion:
    info: VersionInfo
    frame: pd.DataFrame  # typed, as loaders.datasets.typed_frame gives


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    user: str
    action: str
    dataset: str
    detail: dict = field(default_factory=dict)


T = TypeVar("T")


class Store(abc.ABC):
    """What pages and the command line may ask of a store, and the version model both backends
    share. ``commit`` and ``rollback`` compare the current version with the expected one and add
    the new version in one transaction under the backend's lock (``_transaction``), so of two
    writers that read the same current version only one can win; the diff counts and the audit
    entry go in with the version. Row sets are stored under the hash of one encoding
    (``_encode``), so the hashes agree between backends.

    A backend supplies the connection, the lock and the SQL: the abstract ``_`` methods."""

    # Raised by a backend when the version row already exists: only a writer that bypassed the
    # lock gets there, and the outcome is the same to the user as a stale expected version.
    _duplicate_errors: tuple[type[BaseException], ...] = ()

    # -- what a backend supplies -------------------------------------------------------------------

    @abc.abstractmethod
    def _transaction(self, dataset: str) -> ContextManager[Any]:
        """A write transaction holding ``dataset``'s write lock from its first statement to its
        end, committed when the block ends and rolled back when it raises."""

    @abc.abstractmethod
    def _read(self, operation: Callable[[Any], T], snapshot: bool = False) -> T:
        """``operation(conn)`` on a connection for reading; with ``snapshot``, all its queries see
        the database as it was at the first."""

    @abc.abstractmethod
    def _current(self, conn: Any, dataset: str) -> int | None: ...

    @abc.abstractmethod
    def _version_row(self, conn: Any, dataset: str, version: int | None) -> tuple | None:
        """The row of one version, its columns in the order ``_info`` takes them."""

    @abc.abstractmethod
    def _version_rows(self, conn: Any, dataset: str) -> list[tuple]:
        """Every version row of the dataset, oldest first."""

    @abc.abstractmethod
    def _content_blob(self, conn: Any, sha: str) -> bytes: ...

    @abc.abstractmethod
    def _content_row_count(self, conn: Any, sha: str) -> int: ...

    @abc.abstractmethod
    def _add_content(self, conn: Any, sha: str, columns: list[str], row_count: int,
                     blob: bytes) -> None:
        """Store a row set under its hash, unless one is stored there already."""

    @abc.abstractmethod
    def _add_version_row(self, conn: Any, info: VersionInfo) -> None: ...

    @abc.abstractmethod
    def _add_audit_row(self, conn: Any, at: dt.datetime, user: str, action: str, dataset: str,
                       detail_json: str) -> None: ...

    @staticmethod
    def _timestamp(stored: Any) -> str:
        """A stored ``committed_at`` as ISO 8601 UTC text (what SQLite stores; PostgreSQL
        converts its timestamptz)."""
        return stored

    # -- shared by the backends --------------------------------------------------------------------

    def _info(self, row: tuple) -> VersionInfo:
        (dataset, version, user, committed_at, action, file_name, file_sha256, row_count, added,
         removed, changed, note, is_demo, content, rollback_of) = row
        return VersionInfo(dataset, version, user, self._timestamp(committed_at), action,
                           file_name, file_sha256, row_count, added, removed, changed, note,
                           bool(is_demo), content, rollback_of)

    def _version_info(self, conn: Any, dataset: str, version: int | None) -> VersionInfo:
        if version is None:
            version = self._current(conn, dataset)
        row = self._version_row(conn, dataset, version)
        if row is None:
            raise UnknownVersionError(dataset=dataset, version=version)
        return self._info(row)

    def _frame(self, conn: Any, dataset: str, sha: str) -> pd.DataFrame:
        from loaders.datasets import typed_frame

        columns, rows = cached_content(sha, lambda: self._content_blob(conn, sha))
        frame = pd.DataFrame(rows, columns=columns, dtype=object)
        return typed_frame(DATASETS[dataset], frame)

    def _insert_version(self, conn: Any, dataset: str, frame: pd.DataFrame | None, *,
                        user: str, action: str, file_name: str = "", file_sha256: str = "",
                        note: str = "", is_demo: bool = False, content_sha: str | None = None,
                        rollback_of: int | None = None) -> VersionInfo:
        """Add version current+1 with ``frame`` (or, for a rollback, the stored row set
        ``content_sha``) and its audit entry. The caller holds the dataset's lock inside a
        transaction."""
        schema = DATASETS[dataset]
        current = self._current(conn, dataset)
        if content_sha is None:
            columns = schema.column_names
            rows = frame_records(frame, columns)
            content_sha, blob = _encode(columns, rows)
            self._add_content(conn, content_sha, columns, len(rows), blob)
        row_count = self._content_row_count(conn, content_sha)
        counts = {"added": row_count, "removed": 0, "changed": 0}
        if current is not None:
            current_info = self._version_info(conn, dataset, current)
            before = self._frame(conn, dataset, current_info.content_sha256)
            after = frame if frame is not None else self._frame(conn, dataset, content_sha)
            counts = summary(diff(schema, before, after))
            if (action == "commit" and not any(counts.values())
                    and current_info.is_demo == is_demo):
                # The same rows again: no empty version (the transaction rolls back).
                raise NoChangeError(dataset=dataset, version=_label(current))
        version = (current or 0) + 1
        info = VersionInfo(dataset, version, user, _utc_now().isoformat(), action, file_name,
                           file_sha256, row_count, counts["added"], counts["removed"],
                           counts["changed"], note, is_demo, content_sha, rollback_of)
        self._add_version_row(conn, info)
        self._audit(conn, user, action, dataset, {
            "version": version, "file_name": file_name, "file_sha256": file_sha256,
            "rows": row_count, "added": counts["added"], "removed": counts["removed"],
            "changed": counts["changed"], "note": note, "rollback_of": rollback_of,
            "is_demo": is_demo})
        return info

    def _audit(self, conn: Any, user: str, action: str, dataset: str,
               detail: dict | None) -> None:
        self._add_audit_row(conn, _utc_now(), user, action, dataset,
                            json.dumps(detail or {}, ensure_ascii=False, default=str))

    def _seed_one(self, conn: Any, name: str) -> None:
        """Seed ``name`` with its demo data, inside a transaction holding its lock."""
        from loaders.datasets import DEMO_DIR, load_demo

        if self._current(conn, name) is not None:
            return  # another process or instance seeded it while we waited for the lock
        demo = load_demo(name)
        raw = (DEMO_DIR / DATASETS[name].demo_file).read_bytes()
        self._insert_version(conn, name, demo.frame, user=SYSTEM_USER, action="seed",
                             file_name=DATASETS[name].demo_file,
                             file_sha256=hashlib.sha256(raw).hexdigest(),
                             note="DATA CONTOH", is_demo=True)

    def _write_version(self, dataset: str, expected: int | None, check_always: bool,
                       insert: Callable[[Any], VersionInfo]) -> VersionInfo:
        """Lock the dataset, compare the current version with ``expected`` (always, or only when
        one is given) and ``insert(conn)``, all in one transaction."""
        try:
            with self._transaction(dataset) as conn:
                current = self._current(conn, dataset)
                if (check_always or expected is not None) and current != expected:
                    raise ConcurrentCommitError(dataset=dataset, expected=_label(expected),
                                                current=_label(current))
                info = insert(conn)
                self._pause_for_tests()  # a process killed here leaves the previous version
            return info
        except self._duplicate_errors as error:
            raise ConcurrentCommitError(dataset=dataset, expected=_label(expected),
                                        current="?") from error

    @staticmethod
    def _pause_for_tests() -> None:
        pause = os.environ.get(PAUSE_ENV)
        if not pause:
            return
        flag = os.environ.get(PAUSE_FLAG_ENV)
        if flag:
            Path(flag).write_text(str(os.getpid()))
        time.sleep(float(pause))

    # -- the interface -----------------------------------------------------------------------------

    def current_version(self, dataset: str) -> int | None:
        return self._read(lambda conn: self._current(conn, dataset))

    def read(self, dataset: str, version: int | None = None) -> StoredVersion:
        def read_version(conn: Any) -> StoredVersion:
            info = self._version_info(conn, dataset, version)
            return StoredVersion(info, self._frame(conn, dataset, info.content_sha256))

        return self._read(read_version, snapshot=True)  # the version row and its content

    def history(self, dataset: str) -> list[VersionInfo]:
        return [self._info(r) for r in self._read(lambda conn: self._version_rows(conn, dataset))]

    def commit(self, dataset: str, frame: pd.DataFrame, *, user: str,
               expected_current_version: int | None, file_name: str = "",
               file_sha256: str = "", note: str = "", is_demo: bool = False) -> VersionInfo:
        if dataset not in DATASETS:
            raise StoreError("store.error.unknown_dataset", dataset=dataset)
        return self._write_version(dataset, expected_current_version, True, lambda conn: (
            self._insert_version(conn, dataset, frame, user=user, action="commit",
                                 file_name=file_name, file_sha256=file_sha256, note=note,
                                 is_demo=is_demo)))

    def rollback(self, dataset: str, version: int, *, user: str,
                 expected_current_version: int | None = None, note: str = "") -> VersionInfo:
        def insert(conn: Any) -> VersionInfo:
            target = self._version_info(conn, dataset, version)
            return self._insert_version(
                conn, dataset, None, user=user, action="rollback", file_name=target.file_name,
                file_sha256=target.file_sha256, note=note or f"rollback ke v{version}",
                is_demo=target.is_demo, content_sha=target.content_sha256, rollback_of=version)

        return self._write_version(dataset, expected_current_version, False, insert)

    @abc.abstractmethod
    def audit(self, user: str, action: str, dataset: str = "", detail: dict | None = None) -> None: ...

    @abc.abstractmethod
    def read_audit(self, dataset: str | None = None, limit: int | None = None) -> list[AuditEntry]: ...


_VERSION_COLUMNS = ("dataset, version, user, committed_at, action, file_name, file_sha256, "
                    "row_count, rows_added, rows_removed, rows_changed, note, is_demo, "
                    "content_sha256, rollback_of")

_initialised: set[str] = set()
_init_lock = threading.Lock()
_cache_lock = threading.Lock()
_content_cache: dict[str, tuple[list[str], list[list[str | None]]]] = {}
_CONTENT_CACHE_SIZE = 16


def cached_content(sha: str, fetch_blob) -> tuple[list[str], list]:
    """The decoded row set with this hash. Row sets never change once written, so a decoded one
    is kept by its hash, whichever backend stored it; Streamlit reruns in several threads, hence
    the lock. ``fetch_blob()`` returns the stored compressed payload when it is not cached."""
    with _cache_lock:
        cached = _content_cache.get(sha)
    if cached is not None:
        return cached
    payload = json.loads(zlib.decompress(fetch_blob()))
    result = (payload["columns"], payload["rows"])
    with _cache_lock:
        while len(_content_cache) >= _CONTENT_CACHE_SIZE:
            _content_cache.pop(next(iter(_content_cache)))
        _content_cache[sha] = result
    return result


def _utc_now() -> dt.datetime:
    """Now in UTC, to the second: what versions and audit entries record."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def _encode(columns: list[str], rows: list[list[str | None]]) -> tuple[str, bytes]:
    payload = json.dumps({"columns": columns, "rows": rows}, ensure_ascii=False,
                         separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(payload).hexdigest(), zlib.compress(payload, 6)


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
            has_tables = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='versions'"
            ).fetchone()[0]
            if not has_tables:
                conn.execute("PRAGMA journal_mode=WAL")  # cannot be changed inside a transaction
            # Tables and triggers are the steps in loaders/migrations/sqlite; a store already at
            # the latest step is only read here.
            migrations.migrate_sqlite(conn)
            seeded = {r[0] for r in conn.execute("SELECT DISTINCT dataset FROM versions")}
        from loaders.datasets import DEMO_DIR

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


def _label(version: int | None) -> str:
    return f"v{version}" if version is not None else "-"


def open_store(path: str | Path | None = None, *, seed: bool = True) -> Store:
    """The store in DASHBOARD_DATA_DIR (or ``path``), created and seeded with the demo data on
    first use. Initialisation runs once per file per process. With DASHBOARD_DB_URL set (and no
    explicit ``path``), the PostgreSQL store at that URL instead."""
    url = os.environ.get(DB_URL_ENV, "").strip()
    if url and path is None:
        from loaders.store_postgres import open_postgres_store

        return open_postgres_store(url, seed=seed)
    target = Path(path) if path is not None else store_path()
    store = SQLiteStore(target)
    key = str(target.resolve()) if target.exists() else str(target)
    if key not in _initialised or not target.exists():
        with _init_lock:
            try:
                store.initialise(seed=seed)
            except (StoreReadOnlyError, StoreFullError):
                # An existing store on a read-only or full disk: still readable (``_read``), so
                # return it uninitialised (checked again next time); writes raise the fault.
                if not target.is_file() or store._immutable_connect() is None:
                    raise
                return store
            _initialised.add(str(target.resolve()))
    return store


HEALTH_TTL_S = 5.0
_health_cache: dict[str, tuple[float, StoreFaultError | None]] = {}


def store_location() -> str:
    """Where ``open_store()`` keeps the data: the database URL (redacted) or the SQLite path."""
    url = os.environ.get(DB_URL_ENV, "").strip()
    return redact(url) if url else str(store_path())


def store_health(*, fresh: bool = False) -> StoreFaultError | None:
    """None when the store opens, reads and may be written; else the fault (``condition``: which,
    ``message(lang)``: what to do, ``readable``: whether reads still work). Pages, the login box
    and the command line call this instead of catching the backends' errors. The answer is kept
    ``HEALTH_TTL_S`` seconds per location (pages ask on every rerun; an unreachable server must
    not cost a connection timeout each time)."""
    url = os.environ.get(DB_URL_ENV, "").strip()
    key = url or str(store_path())
    now = time.monotonic()
    cached = _health_cache.get(key)
    if cached is not None and not fresh and now - cached[0] < HEALTH_TTL_S:
        return cached[1]
    fault = _probe(url)
    with _cache_lock:
        if len(_health_cache) > 32:
            _health_cache.clear()
        _health_cache[key] = (time.monotonic(), fault)
    return fault


def recent_fault() -> StoreFaultError | None:
    """The fault ``store_health`` found in the last ``HEALTH_TTL_S`` seconds, without asking the
    store again (None when it found none or did not look)."""
    url = os.environ.get(DB_URL_ENV, "").strip()
    cached = _health_cache.get(url or str(store_path()))
    if cached is None or time.monotonic() - cached[0] >= HEALTH_TTL_S:
        return None
    return cached[1]


def _probe(url: str) -> StoreFaultError | None:
    location = redact(url) if url else store_path()
    try:
        with store_faults(location):
            store = open_store()
            store.current_version(next(iter(DATASETS)))
            if url:
                read_only = store._read(lambda conn: conn.execute(  # type: ignore[attr-defined]
                    "SELECT current_setting('transaction_read_only') = 'on' "
                    "OR pg_is_in_recovery()").fetchone()[0])
                return StoreReadOnlyError(redact(url), "transaction_read_only") if read_only \
                    else None
            condition = _directory_condition(store_path())
            if condition is not None:
                return FAULTS[condition](str(store_path()), condition)
    except StoreFaultError as fault:
        fault.readable = False  # the read itself failed: pages show the demo data
        return fault
    return None


_provenance_cache: dict[tuple, dict] = {}


def row_provenance(store: Store, dataset: str, key_columns: tuple[str, ...]) -> dict[tuple, VersionInfo]:
    """For each key (values of ``key_columns``) in the current version, the version in which that
    row last got its present content: who committed a district's report, and when.

    Walks the whole history, so the result is kept per current version: versions never change,
    and the reporting page asks on every rerun."""
    current = store.current_version(dataset)
    location = getattr(store, "url", None) or getattr(store, "path", id(store))
    cache_key = (str(location), dataset, current, tuple(key_columns))
    with _cache_lock:
        cached = _provenance_cache.get(cache_key)
    if cached is not None:
        return cached
    columns = DATASETS[dataset].column_names
    positions = [columns.index(k) for k in key_columns]
    provenance: dict[tuple, VersionInfo] = {}
    previous: dict[tuple, list] = {}
    for info in store.history(dataset):
        if current is not None and info.version > current:
            break  # committed while we walked; the cache key names the version we started from
        frame = store.read(dataset, info.version).frame
        rows: dict[tuple, list] = {}
        for row in frame_records(frame, columns):
            rows.setdefault(tuple(row[i] or "" for i in positions), []).append(row)
        for key, content in rows.items():
            if previous.get(key) != content:
                provenance[key] = info
        previous = rows
    result = {key: info for key, info in provenance.items() if key in previous}
    with _cache_lock:
        if len(_provenance_cache) > 32:
            _provenance_cache.clear()
        _provenance_cache[cache_key] = result
    return result
