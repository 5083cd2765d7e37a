"""What can go wrong with the store itself, classified in one place.

Pages, the login box and the command line ask ``classify`` (or catch ``StoreFaultError``) instead
of knowing sqlite3's, psycopg's or the OS's exceptions: each fault says which condition it is
(unreachable, read-only, full, damaged, busy) and what to do, in the user's language.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from i18n import or_missing
from i18n.errors import Message
from storage.base import StoreError

FULL_BELOW_BYTES = 256 * 1024  # free space under which the SQLite store counts as full


class StoreFaultError(StoreError):
    """The store cannot be used as it should: ``condition`` says why, ``message(lang)`` says it
    with what to do, ``readable`` whether reads may still work (read-only, full) so that pages can
    keep showing the real data while writes are refused."""

    condition = "unavailable"
    readable = False

    def __init__(self, where: str = "", detail: str = ""):
        # where and detail are for details() (the command line, the logs): the texts a visitor
        # reads have no place for them, so a path or a server's words never reach a page.
        super().__init__(f"store.fault.{self.condition}", where=or_missing(where),
                         detail=or_missing(detail))
        self.where = where
        self.detail = detail

    def details(self, lang: str = "id") -> str:
        """Where and what exactly (for the command line and the logs, not for any visitor)."""
        return Message("store.fault.details", {"where": or_missing(self.where),
                                               "detail": or_missing(self.detail)}).text(lang)


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
    seen = 0
    while error is not None and seen < 8:  # a wrapper (BoundaryDatabaseError) names its cause
        if isinstance(error, (StoreFaultError, sqlite3.Error)) or \
                type(error).__module__.split(".")[0] == "psycopg":
            return classify(error, location)
        error, seen = error.__cause__, seen + 1
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
