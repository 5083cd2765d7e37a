"""The version model every store backend shares: versions, history, rollback and audit.

Nothing is changed or deleted in place: every commit adds a version (a pointer to an immutable,
content-addressed row set), a rollback adds a version that points at an earlier row set, and the
audit log only grows. Triggers refuse UPDATE and DELETE so that a bug cannot rewrite history.

``Store`` is the interface the rest of the product uses. ``commit`` and ``rollback`` compare the
current version with the expected one and add the new version in one transaction under the
backend's lock, so of two writers that read the same current version only one can win. The
backends are ``storage.sqlite.SQLiteStore`` (one embedded file) and
``storage.postgres.PostgresStore`` (shared by several instances); ``storage.backends.open_store``
chooses between them.
"""

from __future__ import annotations

import abc
import datetime as dt
import hashlib
import json
import zlib
from dataclasses import dataclass, field
from typing import Any, Callable, ContextManager, TypeVar

import pandas as pd

from domain.changes import diff, frame_records, summary
from domain.schema import DATASETS
from i18n import MISSING
from i18n.errors import LocalizedError
from storage.cache import Cache
from storage.hooks import write_hooks

SYSTEM_USER = "sistem"


class StoreError(LocalizedError):
    """A store operation refused for a reason users can act on; ``message(lang)`` says it."""

    message_id = "store.error.generic"


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
    frame: pd.DataFrame  # typed, as domain.schema.typed_frame gives


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
        from domain.schema import typed_frame

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
        from storage.defaults import demo_bytes, demo_file_name, load_demo

        if self._current(conn, name) is not None:
            return  # another process or instance seeded it while we waited for the lock
        demo = load_demo(name)
        raw = demo_bytes(name)  # the configured province's (DASHBOARD_PROVINCE)
        self._insert_version(conn, name, demo.frame, user=SYSTEM_USER, action="seed",
                             file_name=demo_file_name(name),
                             file_sha256=hashlib.sha256(raw).hexdigest(),
                             note="DATA CONTOH" if demo.is_demo else "",
                             is_demo=demo.is_demo)

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
                if write_hooks.before_commit is not None:
                    write_hooks.before_commit(dataset)  # dying here leaves the previous version
            return info
        except self._duplicate_errors as error:
            raise ConcurrentCommitError(dataset=dataset, expected=_label(expected),
                                        current="?") from error

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



_CONTENT_CACHE_SIZE = 16
_content_cache: Cache[tuple[list[str], list[list[str | None]]]] = Cache(_CONTENT_CACHE_SIZE)


def cached_content(sha: str, fetch_blob) -> tuple[list[str], list]:
    """The decoded row set with this hash. Row sets never change once written, so a decoded one
    is kept by its hash, whichever backend stored it. ``fetch_blob()`` returns the stored
    compressed payload when it is not cached."""
    def decode() -> tuple[list[str], list]:
        payload = json.loads(zlib.decompress(fetch_blob()))
        return payload["columns"], payload["rows"]

    return _content_cache.get_or_build(sha, decode)


def _utc_now() -> dt.datetime:
    """Now in UTC, to the second: what versions and audit entries record."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def _encode(columns: list[str], rows: list[list[str | None]]) -> tuple[str, bytes]:
    payload = json.dumps({"columns": columns, "rows": rows}, ensure_ascii=False,
                         separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(payload).hexdigest(), zlib.compress(payload, 6)




def _label(version: int | None) -> str:
    return f"v{version}" if version is not None else MISSING
















