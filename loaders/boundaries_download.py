"""Download the official Kaltim boundaries from cahyadsn/wilayah_boundaries (MIT), pinned.

The files are fetched at one commit and checked against SHA-256 sums written here, so what is
stored is exactly what was reviewed (../shared/geodata/SOURCES.md), whatever the server sends.
Everything is downloaded to a temporary directory, verified and parsed first; only then are the
three levels stored, each as a new version. Any failure leaves the store as it was.
"""

from __future__ import annotations

import http.client
import json
import re
import socket
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import geopandas as gpd
import pandas as pd
from shapely.geometry import MultiPolygon, Polygon

from loaders.boundaries import BoundaryError, ImportReport, Message, prepare_layer, sha256_file
from loaders.boundaries_import import check_actor
from storage.boundary_store import get_store

COMMIT = "3c5a7960f4d227a38489094d84252bdbb3f978a5"
REPOSITORY = "cahyadsn/wilayah_boundaries"
DEFAULT_BASE_URL = f"https://raw.githubusercontent.com/{REPOSITORY}/{COMMIT}/"
ATTRIBUTION = "© Cahya DSN, wilayah_boundaries (MIT)"
TIMEOUT_S = 30.0
DESA_KAB = ("01", "02", "03", "07", "08", "09", "11", "71", "72", "74")

# path in the repository -> (level, SHA-256 of the file at COMMIT)
FILES: dict[str, tuple[str, str]] = {
    "db/kab/wilayah_boundaries_kab_64.sql":
        ("kabupaten", "790d76b3770671f2515ebec73e2c5bf4847e1f1be78449128dc70aca87379b52"),
    "db/kec/wilayah_boundaries_kec_64.sql":
        ("kecamatan", "3024a11733a6b06ab39e000a9a08214a1594f2bdf19242bd296ac83900ef09ee"),
    "db/kel/64/wilayah_boundaries_kel_64.01.sql":
        ("desa", "2ebfc579c91008624156db5aeeba44263f57579470d42e86d45759b2d72f63f5"),
    "db/kel/64/wilayah_boundaries_kel_64.02.sql":
        ("desa", "795627c3c160cb67ea5416c4e4e64e803d11dc07b7f37b9b5475b9b4b0b6e893"),
    "db/kel/64/wilayah_boundaries_kel_64.03.sql":
        ("desa", "b850b96d1447ef1d65ed8d12424cf5f7975fe9e2cea331cb3185bc576e2c92bd"),
    "db/kel/64/wilayah_boundaries_kel_64.07.sql":
        ("desa", "a0c3cd6a34281da644dfff63a62ecf582c3c6ec828954e9dee4d0f9f1942bcd9"),
    "db/kel/64/wilayah_boundaries_kel_64.08.sql":
        ("desa", "2ceac2c758721563d7e4708109d5bc3cdfda219c0b099daa76c84370f9fc3ec3"),
    "db/kel/64/wilayah_boundaries_kel_64.09.sql":
        ("desa", "d06a40d20126a41815b15973840a5e1ce9fa31641da605dcd50cc2322e1a6b7a"),
    "db/kel/64/wilayah_boundaries_kel_64.11.sql":
        ("desa", "cde529fc2c160f4b2b670a4ad546181c698f60ca22ad7c75d32344ab6608d4c4"),
    "db/kel/64/wilayah_boundaries_kel_64.71.sql":
        ("desa", "9f4cc1374d4a400ad71160a2f2888d322f1ae8318a3c7719151bc61cedc235f3"),
    "db/kel/64/wilayah_boundaries_kel_64.72.sql":
        ("desa", "91eef3f9141872ed09c4bd467a0456e03fb48e51c7ff5479e84159f733365250"),
    "db/kel/64/wilayah_boundaries_kel_64.74.sql":
        ("desa", "f7eb02e6188d26ededb89ab38033b991e21ea20401cd50b8f9d78c2a79d4ed61"),
}
assert [p for p in FILES if FILES[p][0] == "desa"] == [
    f"db/kel/64/wilayah_boundaries_kel_64.{k}.sql" for k in DESA_KAB]


@dataclass(frozen=True)
class Progress:
    """One progress event: ``index`` of ``count`` files, bytes of the current file so far
    (``total`` is None when the server does not say), ``done`` when that file is complete."""

    index: int
    count: int
    name: str
    bytes_done: int
    bytes_total: int | None
    done: bool = False

    @property
    def fraction(self) -> float:
        """Share of the whole download, for a progress bar."""
        within = (self.bytes_done / self.bytes_total) if self.bytes_total else 0.0
        return min(1.0, ((self.index - 1) + (1.0 if self.done else min(within, 1.0))) / self.count)


@dataclass
class DownloadReport:
    ok: bool = False
    errors: list[Message] = field(default_factory=list)
    levels: dict[str, ImportReport] = field(default_factory=dict)
    base_url: str = ""

    def lines(self, lang: str = "id") -> list[str]:
        out = [m.text(lang) for m in self.errors]
        if not self.ok:
            out.append(Message("boundaries.download.refused").text(lang))
        for report in self.levels.values():
            out.extend(report.lines(lang))
        return out


# --- parsing the SQL -----------------------------------------------------------------------------
_ROW = re.compile(
    r"\(\s*'((?:[^'\\]|''|\\.)*)'\s*,\s*'((?:[^'\\]|''|\\.)*)'\s*,"
    r"\s*(NULL|-?[\d.eE+-]+)\s*,\s*(NULL|-?[\d.eE+-]+)\s*,\s*'(\[[^']*\])'\s*\)")


def _unquote(text: str) -> str:
    return text.replace("''", "'").replace("\\'", "'").replace('\\"', '"').replace("\\\\", "\\")


def _depth(value) -> int:
    depth = 0
    while isinstance(value, list) and value:
        value, depth = value[0], depth + 1
    return depth


def _ring(points) -> list[tuple[float, float]]:
    return [(float(lng), float(lat)) for lat, lng in points]  # the source writes [lat, lng]


def path_to_geometry(path: list) -> MultiPolygon:
    """The source's ``path`` JSON (Polygon: [[[lat,lng]...]], MultiPolygon: one level deeper)
    as a lon/lat MultiPolygon."""
    depth = _depth(path)
    polygons = [path] if depth == 3 else path if depth == 4 else None
    if polygons is None:
        raise ValueError(f"unexpected nesting depth {depth}")
    parts = []
    for rings in polygons:
        rings = [_ring(r) for r in rings if len(r) >= 3]
        if rings:
            parts.append(Polygon(rings[0], rings[1:]))
    return MultiPolygon(parts)


def parse_sql(text: str, name: str = "") -> gpd.GeoDataFrame:
    """MySQL ``INSERT ... VALUES (kode, nama, lat, lng, path), ...`` rows -> GeoDataFrame."""
    rows = []
    for match in _ROW.finditer(text):
        kode, nama, lat, lng, path = match.groups()
        try:
            geometry = path_to_geometry(json.loads(path))
        except (ValueError, TypeError) as error:
            raise BoundaryError("boundaries.download.parse_error", name=name,
                                detail=f"{kode}: {error}") from None
        rows.append({"kode": _unquote(kode), "nama": _unquote(nama),
                     "lat": None if lat == "NULL" else float(lat),
                     "lng": None if lng == "NULL" else float(lng), "geometry": geometry})
    if not rows:
        raise BoundaryError("boundaries.download.parse_error", name=name, detail="no rows")
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=4326)


# --- fetching ------------------------------------------------------------------------------------
def _fetch(url: str, target: Path, timeout: float, on_bytes: Callable[[int, int | None], None]
           ) -> None:
    request = urllib.request.Request(url, headers={"User-Agent": "kesbangpol-kaltim-dashboard"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response, \
                open(target, "wb") as sink:
            total = response.headers.get("Content-Length")
            total = int(total) if total and total.isdigit() else None
            done = 0
            on_bytes(done, total)
            while chunk := response.read(1 << 16):
                sink.write(chunk)
                done += len(chunk)
                on_bytes(done, total)
    except urllib.error.HTTPError as error:
        raise BoundaryError("boundaries.download.http_error", url=url, status=error.code) from None
    except (TimeoutError, socket.timeout):
        raise BoundaryError("boundaries.download.timeout", url=url,
                            seconds=f"{timeout:g}") from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, (TimeoutError, socket.timeout)):
            raise BoundaryError("boundaries.download.timeout", url=url,
                                seconds=f"{timeout:g}") from None
        raise BoundaryError("boundaries.download.no_network", url=url,
                            detail=str(error.reason)[:200]) from None
    except (OSError, http.client.HTTPException) as error:  # refused, reset, cut short
        raise BoundaryError("boundaries.download.no_network", url=url,
                            detail=str(error)[:200]) from None


def download_boundaries(base_url: str = DEFAULT_BASE_URL,
                        progress: Callable[[Progress], None] | None = None, *, user: str = "",
                        timeout: float = TIMEOUT_S, activate: bool = True,
                        actor=None) -> DownloadReport:
    """Fetch, verify, parse and store the kabupaten, kecamatan and desa layers.

    ``progress`` is called with a ``Progress`` for every chunk received and once per finished
    file. Returns a report; the store changes only when every file arrived and matched its sum.
    """
    base = base_url if base_url.endswith("/") else base_url + "/"
    report = DownloadReport(base_url=base)
    try:
        check_actor(actor)  # boundary layers are province-wide: admins only
    except BoundaryError as error:
        report.errors.append(error.as_message())
        return report
    notify = progress or (lambda event: None)
    items = list(FILES.items())
    try:
        with tempfile.TemporaryDirectory(prefix="boundary-download-") as workdir:
            local: dict[str, Path] = {}
            for index, (relative, (_, expected)) in enumerate(items, start=1):
                target = Path(workdir) / Path(relative).name
                name = Path(relative).name

                def on_bytes(done, total, index=index, name=name):
                    notify(Progress(index, len(items), name, done, total))

                _fetch(base + relative, target, timeout, on_bytes)
                actual = sha256_file(target)
                if actual != expected:
                    raise BoundaryError("boundaries.download.checksum", name=relative,
                                        expected=expected[:16], actual=actual[:16])
                size = target.stat().st_size
                notify(Progress(index, len(items), name, size, size, done=True))
                local[relative] = target

            frames: dict[str, list[gpd.GeoDataFrame]] = {}
            for relative, (level, _) in items:
                text = local[relative].read_text(encoding="utf-8")
                frames.setdefault(level, []).append(parse_sql(text, relative))
            prepared = {}
            for level, parts in frames.items():
                frame = gpd.GeoDataFrame(
                    pd.concat(parts, ignore_index=True), crs=4326)
                prepared[level] = prepare_layer(frame, level, scheme="kemendagri",
                                                name=f"{REPOSITORY}@{COMMIT[:7]}")
    except BoundaryError as error:
        report.errors.append(error.as_message())
        return report

    store = get_store()
    stored = []
    try:
        for level, layer in prepared.items():
            relatives = [r for r, (lv, _) in items if lv == level]
            provenance = {
                "file_name": ", ".join(Path(r).name for r in relatives),
                "sha256": ", ".join(FILES[r][1] for r in relatives),
                "source": f"https://github.com/{REPOSITORY} @ {COMMIT}", "commit": COMMIT,
                "attribution": ATTRIBUTION,
                "base_url": base, "files": {r: FILES[r][1] for r in relatives},
                "license": "MIT", "format": "sql", "source_crs": "EPSG:4326",
                "code_column": "kode", "name_column": "nama", "scheme": "kemendagri",
            }
            version = store.store_layer(level, layer.frame, provenance=provenance,
                                        counts=layer.counts, user=user, attribution=ATTRIBUTION,
                                        activate=activate)
            stored.append(version)
            report.levels[level] = ImportReport(level=level, ok=True, version=version,
                                                notes=layer.notes, counts=layer.counts,
                                                provenance=provenance)
    except OSError as error:
        for version in stored:
            store.remove_version(version.level, version.version)
        report.levels.clear()
        report.errors.append(Message("boundaries.error.store", {"detail": str(error)[:200]}))
        return report
    report.ok = True
    if activate:
        from loaders.boundaries_import import warm_display_cache
        for level in prepared:
            warm_display_cache(level)
    return report
