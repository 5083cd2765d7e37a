"""What a boundary layer version is (``LayerVersion``), the levels, and the interface both boundary
stores offer (``BoundaryStore``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import geopandas as gpd

LEVELS: tuple[str, ...] = ("kabupaten", "kecamatan", "desa")


GPKG_LAYER = "boundaries"


MANIFEST = "manifest.json"


def check_level(level: str) -> str:
    if level not in LEVELS:
        raise ValueError(f"unknown boundary level {level!r}; expected one of {', '.join(LEVELS)}")
    return level


@dataclass(frozen=True)
class LayerVersion:
    level: str
    version: int
    path: Path | None  # the GeoPackage; None in the PostGIS store
    created_at: str
    user: str
    attribution: str
    provenance: dict = field(default_factory=dict)
    counts: dict = field(default_factory=dict)
    current: bool = False
    content_sha256: str = ""  # PostGIS store: identifies the content (display cache key)

    @property
    def label(self) -> str:
        """The version string shown on maps and used as a cache key: 'kabupaten-v3'."""
        return f"{self.level}-v{self.version}"


class BoundaryStore(Protocol):
    def store_layer(self, level: str, frame: gpd.GeoDataFrame, *, provenance: dict, counts: dict,
                    user: str, attribution: str, activate: bool = True) -> LayerVersion: ...
    def layer_versions(self, level: str) -> list[LayerVersion]: ...
    def current_version(self, level: str) -> LayerVersion | None: ...
    def get_version(self, level: str, version: int | None = None) -> LayerVersion | None: ...
    def read_layer(self, level: str, version: int | None = None) -> gpd.GeoDataFrame | None: ...
    def activate_version(self, level: str, version: int) -> LayerVersion: ...
    def remove_version(self, level: str, version: int) -> None: ...
    def state_key(self, level: str) -> tuple: ...
