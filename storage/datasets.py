"""The datasets as pages see them: a validated frame, its version and whether it is demo data.

Until a district has uploaded data, each dataset is the embedded demo file in ``geodata/demo/``
(DATA CONTOH). The store (``loaders.store``) takes over from there: pages keep calling ``load``.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from loaders.schema import DATASETS, Dataset

GEODATA_DIR = Path(__file__).resolve().parent.parent / "geodata"
DEMO_DIR = GEODATA_DIR / "demo"
DEMO_SOURCE = "DATA CONTOH"

_PANDAS_TYPES = {
    "integer": "Int64",
    "number": "Float64",
    "percent": "Float64",
    "latitude": "Float64",
    "longitude": "Float64",
}


@dataclass(frozen=True)
class LoadedDataset:
    name: str
    frame: pd.DataFrame
    version: str  # identity of the content, for caches: changes whenever the data changes
    is_demo: bool

    @property
    def empty(self) -> bool:
        return self.frame.empty


def typed_frame(dataset: Dataset, frame: pd.DataFrame) -> pd.DataFrame:
    """Give a frame of already valid values the pandas types its schema declares."""
    out = pd.DataFrame(index=frame.index)
    for column in dataset.columns:
        values = frame[column.name] if column.name in frame else pd.Series(pd.NA, index=frame.index)
        if column.type in _PANDAS_TYPES:
            out[column.name] = pd.to_numeric(values, errors="coerce").astype(
                _PANDAS_TYPES[column.type])
        elif column.type == "date":
            out[column.name] = pd.to_datetime(values, errors="coerce").dt.date
        else:
            out[column.name] = values.astype("string").fillna("")
    return out.reset_index(drop=True)


def load_demo(name: str) -> LoadedDataset:
    dataset = DATASETS[name]
    path = DEMO_DIR / dataset.demo_file
    raw = path.read_bytes()
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    frame = frame.replace({"": pd.NA})
    return LoadedDataset(name, typed_frame(dataset, frame),
                         "demo-" + hashlib.sha256(raw).hexdigest()[:12], is_demo=True)


def load(name: str) -> LoadedDataset:
    """The current version of a dataset from the store (``loaders.store``), seeded with the demo
    data on first use. Pages call this on every rerun, so it asks the store only for the current
    version number and decodes a version's rows once per process.

    When the store cannot be read (unreachable, damaged, a read-only folder without a store), the
    demo data is returned, marked DATA CONTOH, so that a page still shows something; it is never
    written into the store. Pages say why through ``loaders.store.store_health()`` (the notice
    every page shows above its content), so the fallback is never silent."""
    from loaders import store as store_module

    recent = store_module.recent_fault()
    if recent is not None and not recent.readable:
        return load_demo(name)  # the store was just found unreadable: do not wait on it again
    try:
        with store_module.store_faults(store_module.store_location()):
            store = store_module.open_store()
            current = store.current_version(name)
            if current is None:
                return load_demo(name)
            # PostgreSQL stores are named by URL (instances share one database), SQLite ones by
            # file.
            cached = _load_version(getattr(store, "url", None) or str(store.path), name, current)
    except store_module.StoreFaultError as fault:
        logging.getLogger(__name__).warning("dataset %s: store unreadable (%s), showing the demo "
                                            "data: %s", name, fault.condition, fault.detail)
        return load_demo(name)
    # A fresh frame each time: a caller that edits its frame must not edit everyone's.
    return LoadedDataset(cached.name, cached.frame.copy(), cached.version, cached.is_demo)


@lru_cache(maxsize=32)
def _load_version(location: str, name: str, version: int) -> LoadedDataset:
    # Cached on the version number, never on "current": versions are immutable, and load() asks
    # the store for the current number on every call, so another instance's commit shows at once.
    from loaders import store as store_module

    if location.startswith(("postgresql://", "postgres://")):
        from loaders.store_postgres import PostgresStore

        stored = PostgresStore(location).read(name, version)
    else:
        stored = store_module.SQLiteStore(location).read(name, version)
    return LoadedDataset(name, stored.frame, f"v{version}", is_demo=stored.info.is_demo)


def is_demo_source(source: object) -> bool:
    return isinstance(source, str) and DEMO_SOURCE in source.upper()
