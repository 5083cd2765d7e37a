"""The datasets as pages see them: a validated frame, its version and whether it is demo data.

Until a district has uploaded data, each dataset is the embedded demo file in ``geodata/demo/``
(DATA CONTOH). The store (``storage``) takes over from there: pages keep calling ``load``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import pandas as pd

from domain.changes import Change, diff, frame_records, merge
from domain.schema import DATASETS
from storage.base import Store, VersionInfo
from storage.cache import Cache, cached
from storage.defaults import LoadedDataset, load_demo


def load(name: str) -> LoadedDataset:
    """The current version of a dataset from the store (``storage``), seeded with the demo
    data on first use. Pages call this on every rerun, so it asks the store only for the current
    version number and decodes a version's rows once per process.

    When the store cannot be read (unreachable, damaged, a read-only folder without a store), the
    demo data is returned, marked DATA CONTOH, so that a page still shows something; it is never
    written into the store. Pages say why through ``storage.backends.store_health()`` (the notice
    every page shows above its content), so the fallback is never silent."""
    from storage import backends, faults

    recent = backends.recent_fault()
    if recent is not None and not recent.readable:
        return load_demo(name)  # the store was just found unreadable: do not wait on it again
    try:
        with faults.store_faults(backends.store_location()):
            store = backends.open_store()
            current = store.current_version(name)
            if current is None:
                return load_demo(name)
            # PostgreSQL stores are named by URL (instances share one database), SQLite ones by
            # file.
            cached = _load_version(getattr(store, "url", None) or str(store.path), name, current)
    except faults.StoreFaultError as fault:
        logging.getLogger(__name__).warning("dataset %s: store unreadable (%s), showing the demo "
                                            "data: %s", name, fault.condition, fault.detail)
        return load_demo(name)
    # A fresh frame each time: a caller that edits its frame must not edit everyone's.
    return LoadedDataset(cached.name, cached.frame.copy(), cached.version, cached.is_demo)


@cached(maxsize=32)
def _load_version(location: str, name: str, version: int) -> LoadedDataset:
    # Cached on the version number, never on "current": versions are immutable, and load() asks
    # the store for the current number on every call, so another instance's commit shows at once.
    from storage import sqlite

    if location.startswith(("postgresql://", "postgres://")):
        from storage.postgres import PostgresStore

        stored = PostgresStore(location).read(name, version)
    else:
        stored = sqlite.SQLiteStore(location).read(name, version)
    return LoadedDataset(name, stored.frame, f"v{version}", is_demo=stored.info.is_demo)




_provenance_cache: Cache[dict[tuple, VersionInfo]] = Cache(32)


def row_provenance(store: Store, dataset: str, key_columns: tuple[str, ...]) -> dict[tuple, VersionInfo]:
    """For each key (values of ``key_columns``) in the current version, the version in which that
    row last got its present content: who committed a district's report, and when.

    Walks the whole history, so the result is kept per current version: versions never change,
    and the reporting page asks on every rerun."""
    current = store.current_version(dataset)
    location = getattr(store, "url", None) or getattr(store, "path", id(store))
    cache_key = (str(location), dataset, current, tuple(key_columns))
    return _provenance_cache.get_or_build(
        cache_key, lambda: _walk_provenance(store, dataset, current, key_columns))


def _walk_provenance(store: Store, dataset: str, current: int | None,
                     key_columns: tuple[str, ...]) -> dict[tuple, VersionInfo]:
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
    return {key: info for key, info in provenance.items() if key in previous}


@dataclass(frozen=True)
class Proposal:
    """What committing an upload would do, computed against one read of the current version."""
    dataset: str
    result: pd.DataFrame  # the frame to commit
    changes: list[Change]
    expected_version: int | None  # pass to Store.commit: refused if someone committed meanwhile
    replaces_demo: bool  # the current version is the demo data, which the upload replaces whole


def propose(dataset_name: str, upload: pd.DataFrame, store=None, *, replace: bool = False,
            lang: str = "id") -> Proposal:
    """The version an upload would create. By default the upload's rows are merged into the
    current version (:func:`merge`); with ``replace`` the upload becomes the whole dataset. Demo
    data is never merged with real reports: the first real upload replaces it, so no map ever
    shows demo rows and reported rows side by side as if both were real."""
    from storage import defaults

    dataset = DATASETS[dataset_name]
    if store is None:
        default = defaults.load_demo(dataset_name)
        current, version, is_demo = default.frame, None, default.is_demo
    else:
        stored = store.read(dataset_name)
        current, version, is_demo = stored.frame, stored.info.version, stored.info.is_demo
    if replace or is_demo:
        result = upload
    else:
        result = merge(dataset, current, upload)
    return Proposal(dataset_name, result, diff(dataset, current, result, lang), version,
                    is_demo and not replace)


def diff_against_current(dataset_name: str, new_frame: pd.DataFrame, lang: str = "id",
                         store=None) -> list[Change]:
    """The preview of committing ``new_frame``: its changes against the current version in the
    store (or the demo data when there is no store yet)."""
    from storage import datasets

    dataset = DATASETS[dataset_name]
    if store is None:
        current = datasets.load(dataset_name).frame
    else:
        current = store.read(dataset_name).frame
    return diff(dataset, current, new_frame, lang)
