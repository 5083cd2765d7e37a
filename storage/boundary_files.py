"""The file boundary store: one GeoPackage per version and a JSON manifest per level, in
``<data dir>/boundaries/<level>/`` (layout in ``storage.boundary_store``).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import fcntl
import json
import os
import tempfile
import uuid
from pathlib import Path
from typing import Iterator

import geopandas as gpd

from storage.boundary_layers import GPKG_LAYER, MANIFEST, LayerVersion, check_level
from storage.hooks import write_hooks


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
                if write_hooks.before_boundary_publish is not None:
                    write_hooks.before_boundary_publish(level)  # dying here: version invisible
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
