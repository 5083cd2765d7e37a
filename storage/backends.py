"""Which store the product uses, chosen in one place: the SQLite file in DASHBOARD_DATA_DIR, or
PostgreSQL when DASHBOARD_DB_URL is set; and whether it can be used right now (``store_health``).
"""

from __future__ import annotations

import threading
from pathlib import Path

import config
from domain.schema import DATASETS
from storage import faults
from storage.base import Store
from storage.cache import Cache
from storage.faults import (
    FAULTS,
    StoreFaultError,
    StoreFullError,
    StoreReadOnlyError,
    redact,
    store_faults,
)
from storage.sqlite import SQLiteStore

DB_FILE = "dashboard.sqlite3"


def store_path() -> Path:
    return config.DATA_DIR.get() / DB_FILE


_initialised: set[str] = set()


_init_lock = threading.Lock()


def open_store(path: str | Path | None = None, *, seed: bool = True) -> Store:
    """The store in DASHBOARD_DATA_DIR (or ``path``), created and seeded with the demo data on
    first use. Initialisation runs once per file per process. With DASHBOARD_DB_URL set (and no
    explicit ``path``), the PostgreSQL store at that URL instead."""
    url = config.DB_URL.get()
    if url and path is None:
        from storage.postgres import open_postgres_store

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


# Per store location; the one cache with a TTL, because a store's health is not immutable.
_health_cache: Cache[StoreFaultError | None] = Cache(32, ttl=HEALTH_TTL_S)


def store_location() -> str:
    """Where ``open_store()`` keeps the data: the database URL (redacted) or the SQLite path."""
    url = config.DB_URL.get()
    return redact(url) if url else str(store_path())


def store_health(*, fresh: bool = False) -> StoreFaultError | None:
    """None when the store opens, reads and may be written; else the fault (``condition``: which,
    ``message(lang)``: what to do, ``readable``: whether reads still work). Pages, the login box
    and the command line call this instead of catching the backends' errors. The answer is kept
    ``HEALTH_TTL_S`` seconds per location (pages ask on every rerun; an unreachable server must
    not cost a connection timeout each time)."""
    url = config.DB_URL.get()
    key = url or str(store_path())
    if not fresh:
        return _health_cache.get_or_build(key, lambda: _probe(url))
    fault = _probe(url)
    _health_cache.put(key, fault)
    return fault


def recent_fault() -> StoreFaultError | None:
    """The fault ``store_health`` found in the last ``HEALTH_TTL_S`` seconds, without asking the
    store again (None when it found none or did not look)."""
    url = config.DB_URL.get()
    return _health_cache.get(url or str(store_path()))


def _probe(url: str | None) -> StoreFaultError | None:
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
            condition = faults._directory_condition(store_path())
            if condition is not None:
                return FAULTS[condition](str(store_path()), condition)
    except StoreFaultError as fault:
        fault.readable = False  # the read itself failed: pages show the demo data
        return fault
    return None
