"""The embedded default data (``geodata/demo/``, marked DATA CONTOH): what each dataset holds until a
district uploads its own, and what a store is seeded with.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from domain.schema import DATASETS, typed_frame

GEODATA_DIR = Path(__file__).resolve().parent.parent / "geodata"


DEMO_DIR = GEODATA_DIR / "demo"


DEMO_SOURCE = "DATA CONTOH"


@dataclass(frozen=True)
class LoadedDataset:
    name: str
    frame: pd.DataFrame
    version: str  # identity of the content, for caches: changes whenever the data changes
    is_demo: bool

    @property
    def empty(self) -> bool:
        return self.frame.empty


def load_demo(name: str) -> LoadedDataset:
    """A dataset's embedded default. ``is_demo`` unless every row names a source other than
    DATA CONTOH (the ikp default, Bawaslu's published IKP): such a default is real data, which
    an upload is merged into like any version, and no page labels it DATA CONTOH."""
    dataset = DATASETS[name]
    path = DEMO_DIR / dataset.demo_file
    raw = path.read_bytes()
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    frame = frame.replace({"": pd.NA})
    sources = frame["sumber"] if "sumber" in frame else pd.Series([DEMO_SOURCE])
    is_demo = bool(len(frame) == 0 or sources.map(is_demo_source).any())
    return LoadedDataset(name, typed_frame(dataset, frame),
                         "demo-" + hashlib.sha256(raw).hexdigest()[:12], is_demo=is_demo)


def is_demo_source(source: object) -> bool:
    return isinstance(source, str) and DEMO_SOURCE in source.upper()
