"""The one in-process cache: for what is derived from content that never changes once it has a
name (a dataset version, a row set's hash, a boundary layer's content hash or manifest state).

Such a key can never go stale, so the only question is memory: every cache is bounded and evicts
the least recently used entry. The store health answer is the one exception that does go stale;
it passes ``ttl`` and an entry older than that counts as missing.

Streamlit runs each rerun in a thread of its own, so many threads ask at once. The lock guards
only the bookkeeping, never a build: a slow build (decoding a layer, simplifying a coverage,
probing an unreachable database) does not stop other keys from being answered. Threads that ask
for a key being built wait for that one build instead of starting their own, which on two cores
matters more than the wait; if it fails they all get its exception (as ``concurrent.futures``
waiters do) and nothing is kept, so the next call tries again.

Caches that are filled once per process from files in the project (the district registry, the
schematic tiles, the packaged map scripts) keep ``functools.cache``/``lru_cache``: nothing there
has a version and nothing is built twice often enough to matter.
"""

from __future__ import annotations

import functools
import hashlib
import threading
import time
from collections import OrderedDict
from typing import Any, Callable, Generic, Hashable, NamedTuple, TypeVar

import pandas as pd

V = TypeVar("V")
F = TypeVar("F", bound=Callable[..., Any])

_MISSING = object()


class CacheInfo(NamedTuple):
    """The fields of ``functools.lru_cache``'s ``cache_info()``, so either reads the same."""
    hits: int
    misses: int  # builds started by get_or_build
    maxsize: int
    currsize: int


class _Build:
    """A build in flight: what waiters for the same key block on."""

    def __init__(self, generation: int):
        self.owner = threading.get_ident()
        self.generation = generation
        self.done = threading.Event()
        self.error: BaseException | None = None


class Cache(Generic[V]):
    """A bounded LRU map from immutable keys to values, safe to share between threads.

    ``ttl`` (seconds, optional): an entry is missing once it is that old. ``clock`` is for tests.
    """

    def __init__(self, maxsize: int, *, ttl: float | None = None,
                 clock: Callable[[], float] = time.monotonic):
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self.maxsize = maxsize
        self.ttl = ttl
        self._clock = clock
        self._lock = threading.Lock()
        self._entries: OrderedDict[Hashable, tuple[float, V]] = OrderedDict()
        self._building: dict[Hashable, _Build] = {}
        self._generation = 0  # bumped by clear(): a build started before it is not kept
        self._hits = 0
        self._misses = 0

    def get_or_build(self, key: Hashable, build: Callable[[], V]) -> V:
        """The value for ``key``; ``build()`` makes it when it is not cached (or expired)."""
        while True:
            with self._lock:
                value = self._lookup(key)
                if value is not _MISSING:
                    self._hits += 1
                    return value  # type: ignore[return-value]
                pending = self._building.get(key)
                if pending is None:
                    pending = self._building[key] = _Build(self._generation)
                    self._misses += 1
                    break
                if pending.owner == threading.get_ident():
                    # The build asks for its own key: waiting would deadlock, so build it here
                    # again (the outer build keeps the result).
                    self._misses += 1
                    return build()
            pending.done.wait()
            if pending.error is not None:
                raise pending.error
            # Built and stored, or abandoned: look again (and build when it is not there).
        try:
            value = build()
        except BaseException as error:
            # Only errors are shared: a thread stopped from outside (Streamlit's rerun and stop
            # signals are BaseExceptions) must not stop the sessions waiting on it, who then
            # build themselves.
            pending.error = error if isinstance(error, Exception) else None
            with self._lock:
                self._finish(key, pending)
            raise
        with self._lock:
            if pending.generation == self._generation:
                self._store(key, value)
            self._finish(key, pending)
        return value

    def get(self, key: Hashable, default: Any = None) -> Any:
        """The cached value, or ``default`` when missing or expired; never builds, not counted."""
        with self._lock:
            value = self._lookup(key)
        return default if value is _MISSING else value

    def put(self, key: Hashable, value: V) -> None:
        """Keep ``value`` for ``key`` (a fresh answer obtained without get_or_build)."""
        with self._lock:
            self._store(key, value)

    def clear(self) -> None:
        """Forget every entry and the hit/miss counts (as ``functools.lru_cache.cache_clear``)."""
        with self._lock:
            self._entries.clear()
            self._hits = self._misses = 0
            self._generation += 1

    def info(self) -> CacheInfo:
        with self._lock:
            return CacheInfo(self._hits, self._misses, self.maxsize, len(self._entries))

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    # -- under the lock ------------------------------------------------------------------------

    def _lookup(self, key: Hashable) -> Any:
        entry = self._entries.get(key)
        if entry is None:
            return _MISSING
        if self.ttl is not None and self._clock() - entry[0] >= self.ttl:
            del self._entries[key]
            return _MISSING
        self._entries.move_to_end(key)
        return entry[1]

    def _store(self, key: Hashable, value: V) -> None:
        self._entries[key] = (self._clock(), value)
        self._entries.move_to_end(key)
        while len(self._entries) > self.maxsize:
            self._entries.popitem(last=False)

    def _finish(self, key: Hashable, pending: _Build) -> None:
        if self._building.get(key) is pending:
            del self._building[key]
        pending.done.set()


def cached(maxsize: int, *, ttl: float | None = None) -> Callable[[F], F]:
    """Decorator: ``Cache.get_or_build`` keyed on the positional arguments. The function gets
    ``cache`` (the Cache), ``cache_info()`` and ``cache_clear()``, named as ``lru_cache``'s."""
    def decorate(function: F) -> F:
        cache: Cache[Any] = Cache(maxsize, ttl=ttl)

        @functools.wraps(function)
        def wrapper(*args: Hashable) -> Any:
            return cache.get_or_build(args, lambda: function(*args))

        wrapper.cache = cache  # type: ignore[attr-defined]
        wrapper.cache_info = cache.info  # type: ignore[attr-defined]
        wrapper.cache_clear = cache.clear  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorate


def content_key(frame: pd.DataFrame) -> tuple:
    """What a frame holds, as a cache key: its columns and a hash of its values (a dataset's
    version is not enough: access rules blank columns of the same version for some roles)."""
    values = pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes()
    return tuple(frame.columns), hashlib.sha256(values).hexdigest()
