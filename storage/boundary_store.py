"""Where imported boundary layers live: one GeoPackage per version and a JSON manifest per level.

Layout (``<data dir>`` is ``$DASHBOARD_DATA_DIR``, default ``<project>/data``)::

    <data dir>/boundaries/<level>/manifest.json   versions, provenance, counts, which one is current
    <data dir>/boundaries/<level>/v0001.gpkg      full resolution, EPSG:4326, layer "boundaries"
    <data dir>/boundaries/<level>/.lock           serialises writers (two imports at once)
    <data dir>/boundaries/<level>/display/        display-geometry cache (boundaries_display)

Only this module knows the layout. Callers use the functions at the bottom (``store_layer``,
``current_layer``, ``layer_versions``, ``activate_version``...), which delegate to the
``BoundaryStore`` that ``get_store()`` returns: this file store by default, or, when
DASHBOARD_DB_URL is a postgresql:// URL, ``loaders.boundaries_store_postgres.PostgisBoundaryStore``
(the same guarantees in PostGIS tables, shared by every instance using that database). Readers that
cache what they build from a layer key it on ``state_key(level)`` (changes whenever the current
version does) or on the version's content (``LayerVersion.path`` and its mtime here,
``LayerVersion.content_sha256`` in PostGIS, where ``path`` is None).

A version becomes visible only when the manifest names it, and the manifest is replaced atomically
(temporary file + ``os.replace``) after the GeoPackage is complete, so a crash or a failed import
never leaves a half-written layer that readers could pick up.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import fcntl
import json
import os
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Protocol

import geopandas as gpd

PROJECT_ROOT = Path(__file__).resolve().parent.parent
LEVELS: tuple[str, ...] = ("kabupaten", "kecamatan", "desa")
GPKG_LAYER = "boundaries"
MANIFEST = "manifest.json"


def data_dir() -> Path:
    """The writable data directory; read on every call because tests and deployments set it."""
    configured = os.environ.get("DASHBOARD_DATA_DIR", "").strip()
    return Path(configured) if configured else PROJECT_ROOT / "data"


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


class FileBoundaryStore:
    """GeoPackage files plus a manifest in a directory; the default, needs no server."""

    def __init__(self, root: Path):
        self.root = Path(root)

    # --- paths and manifest ----------------------------------------------------------------------
    def level_dir(self, level: str) -> Path:
        return self.root / check_level(level)

    def manifest_path(self, level: str) -> Path:
        return self.level_dir(level) / MANIFEST

    def read_manifest(self, level: str) -> dict:
        path = self.manifest_path(level)
        try:
            with open(path, encoding="utf-8") as handle:
                return json.load(handle)
        except FileNotFoundError:
            return {"level": level, "current": None, "versions": []}

    def _write_manifest(self, level: str, manifest: dict) -> None:
        directory = self.level_dir(level)
        fd, tmp = tempfile.mkstemp(prefix=".manifest-", suffix=".json", dir=directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(manifest, handle, ensure_ascii=False, indent=2)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.manifest_path(level))
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise

    @contextlib.contextmanager
    def _locked(self, level: str) -> Iterator[None]:
        directory = self.level_dir(level)
        directory.mkdir(parents=True, exist_ok=True)
        with open(directory / ".lock", "a+") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _entry_to_version(self, level: str, entry: dict, current: int | None) -> LayerVersion:
        return LayerVersion(
            level=level, version=int(entry["version"]), path=self.level_dir(level) / entry["file"],
            created_at=entry.get("created_at", ""), user=entry.get("user", ""),
            attribution=entry.get("attribution", ""), provenance=entry.get("provenance", {}),
            counts=entry.get("counts", {}), current=int(entry["version"]) == current)

    # --- the interface ---------------------------------------------------------------------------
    def store_layer(self, level: str, frame: gpd.GeoDataFrame, *, provenance: dict, counts: dict,
                    user: str, attribution: str, activate: bool = True) -> LayerVersion:
        with self._locked(level):
            manifest = self.read_manifest(level)
            number = max((int(v["version"]) for v in manifest["versions"]), default=0) + 1
            name = f"v{number:04d}.gpkg"
            directory = self.level_dir(level)
            tmp = directory / f".tmp-{uuid.uuid4().hex}.gpkg"
            final = directory / name
            try:
                frame.to_crs(4326).to_file(tmp, layer=GPKG_LAYER, driver="GPKG")
                os.replace(tmp, final)
                manifest["versions"].append({
                    "version": number,
                    "file": name,
                    "created_at": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
                    "user": user,
                    "attribution": attribution,
                    "provenance": provenance,
                    "counts": counts,
                })
                if activate:
                    manifest["current"] = number
                manifest["level"] = level
                _pause_for_tests()  # a process killed here leaves the version invisible
                self._write_manifest(level, manifest)
            except BaseException:
                for leftover in (tmp, final):
                    with contextlib.suppress(FileNotFoundError):
                        leftover.unlink()
                raise
            return self._entry_to_version(level, manifest["versions"][-1], manifest["current"])

    def layer_versions(self, level: str) -> list[LayerVersion]:
        manifest = self.read_manifest(level)
        return [self._entry_to_version(level, e, manifest.get("current"))
                for e in manifest["versions"]]

    def current_version(self, level: str) -> LayerVersion | None:
        return next((v for v in self.layer_versions(level) if v.current), None)

    def get_version(self, level: str, version: int | None = None) -> LayerVersion | None:
        if version is None:
            return self.current_version(level)
        return next((v for v in self.layer_versions(level) if v.version == int(version)), None)

    def read_layer(self, level: str, version: int | None = None) -> gpd.GeoDataFrame | None:
        entry = self.get_version(level, version)
        if entry is None:
            return None
        return gpd.read_file(entry.path, layer=GPKG_LAYER)

    def activate_version(self, level: str, version: int) -> LayerVersion:
        with self._locked(level):
            manifest = self.read_manifest(level)
            if not any(int(v["version"]) == int(version) for v in manifest["versions"]):
                raise KeyError(f"{level} boundary version {version} does not exist")
            manifest["current"] = int(version)
            self._write_manifest(level, manifest)
        return self.get_version(level, version)  # type: ignore[return-value]

    def remove_version(self, level: str, version: int) -> None:
        """Undo a version stored moments ago (a multi-level download that failed half way);
        the previous current version becomes current again."""
        with self._locked(level):
            manifest = self.read_manifest(level)
            keep = [v for v in manifest["versions"] if int(v["version"]) != int(version)]
            gone = [v for v in manifest["versions"] if int(v["version"]) == int(version)]
            manifest["versions"] = keep
            if manifest.get("current") == int(version):
                manifest["current"] = int(keep[-1]["version"]) if keep else None
            self._write_manifest(level, manifest)
            for entry in gone:
                with contextlib.suppress(FileNotFoundError):
                    (self.level_dir(level) / entry["file"]).unlink()

    def state_key(self, level: str) -> tuple:
        """Changes whenever the level's manifest changes: a cheap cache key for readers."""
        try:
            stat = self.manifest_path(level).stat()
        except FileNotFoundError:
            return (str(self.root), level, None)
        return (str(self.root), level, stat.st_ino, stat.st_mtime_ns, stat.st_size)


def _pause_for_tests() -> None:
    from loaders.store import SQLiteStore

    SQLiteStore._pause_for_tests()


def get_store() -> BoundaryStore:
    """The PostGIS store when DASHBOARD_DB_URL is set (as ``loaders.store.open_store`` decides),
    else the files under the data dir. Cheap: called on every read."""
    from loaders.store import DB_URL_ENV

    url = os.environ.get(DB_URL_ENV, "").strip()
    if url:
        if not url.startswith(("postgresql://", "postgres://")):
            raise ValueError("DASHBOARD_DB_URL must start with postgresql:// (got another scheme)")
        from loaders.boundaries_store_postgres import PostgisBoundaryStore

        return PostgisBoundaryStore(url)
    return FileBoundaryStore(data_dir() / "boundaries")


# --- module-level interface, what the rest of the product calls -----------------------------------
def store_layer(level: str, frame: gpd.GeoDataFrame, *, provenance: dict, counts: dict,
                user: str = "", attribution: str = "", activate: bool = True) -> LayerVersion:
    return get_store().store_layer(check_level(level), frame, provenance=provenance,
                                   counts=counts, user=user, attribution=attribution,
                                   activate=activate)


def layer_versions(level: str) -> list[LayerVersion]:
    return get_store().layer_versions(check_level(level))


def current_version(level: str) -> LayerVersion | None:
    return get_store().current_version(check_level(level))


def current_layer(level: str) -> gpd.GeoDataFrame | None:
    """The current full-resolution layer (for export and analysis), or None when none imported."""
    return get_store().read_layer(check_level(level))


def read_layer(level: str, version: int | None = None) -> gpd.GeoDataFrame | None:
    return get_store().read_layer(check_level(level), version)


def activate_version(level: str, version: int) -> LayerVersion:
    return get_store().activate_version(check_level(level), version)
