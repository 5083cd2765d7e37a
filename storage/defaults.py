"""The embedded default data (``geodata/demo/``, marked DATA CONTOH): what each dataset holds until a
district uploads its own, and what a store is seeded with.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from domain import regions
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
    raw = demo_bytes(name)
    frame = pd.read_csv(io.BytesIO(raw), dtype=str, keep_default_na=False, encoding="utf-8")
    frame = frame.replace({"": pd.NA})
    sources = frame["sumber"] if "sumber" in frame else pd.Series([DEMO_SOURCE])
    is_demo = bool(len(frame) == 0 or sources.map(is_demo_source).any())
    return LoadedDataset(name, typed_frame(dataset, frame),
                         "demo-" + hashlib.sha256(raw).hexdigest()[:12], is_demo=is_demo)


def demo_bytes(name: str) -> bytes:
    """The CSV a dataset's default is read from: Kaltim's file in geodata/demo/, or for another
    province (DASHBOARD_PROVINCE) the demo generated for its kab/kota (storage.demo_province)."""
    raw = (DEMO_DIR / DATASETS[name].demo_file).read_bytes()
    code = regions.PROVINCE_CODE
    if code == regions.DEFAULT_PROVINCE:
        return raw
    from storage.demo_province import demo_csv

    return demo_csv(name, code, raw)


def demo_file_name(name: str) -> str:
    """The name a seed version records: 'conflict_risk.csv'; '33/conflict_risk.csv' elsewhere."""
    code = regions.PROVINCE_CODE
    file = DATASETS[name].demo_file
    return file if code == regions.DEFAULT_PROVINCE else f"{code}/{file}"


def is_demo_source(source: object) -> bool:
    return isinstance(source, str) and DEMO_SOURCE in source.upper()
