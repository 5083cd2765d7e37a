"""Official boundaries: import (kab/kota, kecamatan, desa/kelurahan) from a user's file, or download
(``loaders.boundaries_download``), and simplified display geometry (``storage.boundary_display``).

Every import goes through the same gate, ``prepare_layer``: codes and names are recognised, each
unit is mapped to its kab/kota through ``domain.regions`` (the BPS and Kemendagri schemes differ
for four kab/kota), the geometry is repaired and must lie in Kalimantan Timur. Another province's
layer is checked against its own registry (``registry=regions.registry_for(code)``; then the
geometry must lie in Indonesia); units of any other province are refused, naming it. Anything
doubtful is refused with a message and nothing is stored; the outcome is an ``ImportReport``
value, never an exception that reaches a page.

Unit codes in the stored layer:

* ``kode``: the unit's own code. Kemendagri codes are stored dotted ("64.02", "64.02.04",
  "64.02.04.2005"). BPS kecamatan/desa codes ("6403120", "6403120005") are kept as they are:
  mapping them to Kemendagri needs a crosswalk that the product cannot assume is present.
* ``kode_skema``: "kemendagri" or "bps", the scheme of ``kode``.
* ``kode_kab``: the parent kab/kota, always Kemendagri dotted (the dashboard's key);
  ``kode_kec``: the parent kecamatan of a desa, in the same scheme as ``kode``.
"""

from __future__ import annotations

import hashlib
import json
import mmap
import re
import sqlite3
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Iterable

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely
from shapely.geometry import MultiPolygon, Polygon

import config
from domain import regions
from i18n import MISSING, round_half_away
from i18n.errors import LocalizedError, Message
from storage.boundary_layers import LEVELS, LayerVersion, check_level

# A real zipped Shapefile compresses 2-10x; text GeoJSON up to ~20x. Far beyond that is a bomb.
MAX_ZIP_RATIO = 100.0
MAX_ZIP_MEMBERS = 200
# Lon/lat box around Kaltim (113.8..119.1 E, -2.6..2.6 N) with a margin for coarse coastlines; a
# unit whose representative point falls outside belongs elsewhere (or was shifted/swapped).
KALTIM_BOX = (113.0, -3.5, 120.0, 3.5)
# Another province's layer (``registry=``) is checked against Indonesia's box (94.9..141.1 E,
# -11.1..6.1 N with a margin): it still catches swapped or projected coordinates.
INDONESIA_BOX = (94.0, -11.5, 141.5, 6.5)

VECTOR_SUFFIXES = (".geojson", ".json", ".shp", ".gpkg", ".kml")
ACCEPTED_SUFFIXES = (*VECTOR_SUFFIXES, ".zip")
LEVEL_LABEL_KEY = {level: f"boundaries.level.{level}" for level in LEVELS}
# GDAL virtual file systems and driver prefixes: never a path a user may hand us.
_VIRTUAL_PATH = re.compile(
    r"^(?:/vsi|[A-Za-z][A-Za-z0-9+.\-]*://|(?:GPKG|GeoJSON|GeoJSONSeq|ESRIJSON|TopoJSON|KML|"
    r"LIBKML|SQLite|CSV|PG|WFS|OAPIF|MVT|VRT|ZIP|HTTP)\s*:)", re.IGNORECASE)
MAX_CRS_MEMBERS = 20
MAX_GPKG_OBJECTS = 5000
MAX_PRJ_BYTES = 64 * 1024

# Column names that usually hold the code or the name, best first (matched case-insensitively).
_CODE_NAMES = ("kode", "kode_kemendagri", "kode_wilayah", "kode_bps", "code", "kd", "id_wilayah",
               "kdpkab", "kdcpum", "kdepum", "village_code", "district_code", "regency_code",
               "adm4_pcode", "adm3_pcode", "adm2_pcode", "kode_desa", "kode_kec", "kode_kab")
_NAME_NAMES = {
    "kabupaten": ("nama", "nama_kab", "nama_kabupaten", "kabupaten", "kab_kota", "name", "regency",
                  "wadmkk", "namobj", "adm2_en", "nama_pendek"),
    "kecamatan": ("nama", "nama_kec", "nama_kecamatan", "kecamatan", "name", "district", "wadmkc",
                  "namobj", "adm3_en"),
    "desa": ("nama", "nama_desa", "nama_kelurahan", "desa", "kelurahan", "desa_kelurahan", "name",
             "village", "wadmkd", "namobj", "adm4_en"),
}


# --- messages and the report ---------------------------------------------------------------------
class BoundaryError(LocalizedError):
    """A boundary file or action refused; an import keeps it in its report as ``as_message()``."""


@dataclass
class ImportReport:
    level: str
    ok: bool = False
    version: LayerVersion | None = None
    errors: list[Message] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    provenance: dict = field(default_factory=dict)
    unchanged: bool = False  # the same file as the current version: nothing stored

    def lines(self, lang: str = "id") -> list[str]:
        """The report as sentences: refusal or stored version, then what was found."""
        out = [m.text(lang) for m in self.errors]
        if not self.ok:
            out.append(Message("boundaries.report.refused").text(lang))
        elif self.unchanged:
            out.append(Message("boundaries.report.unchanged", {
                "level": Message(LEVEL_LABEL_KEY[self.level]),
                "version": self.version.version if self.version else "?"}).text(lang))
        else:
            out.append(Message("boundaries.report.stored", {
                "level": Message(LEVEL_LABEL_KEY[self.level]),
                "version": self.version.version if self.version else "?"}).text(lang))
        out.extend(m.text(lang) for m in self.notes)
        if self.provenance.get("commit"):
            out.append(Message("boundaries.download.provenance", {
                "source": self.provenance.get("source", ""), "count": len(
                    self.provenance.get("files", {})),
                "attribution": self.provenance.get("attribution", "")}).text(lang))
        elif self.provenance.get("file_name"):
            out.append(Message("boundaries.report.provenance", {
                "name": self.provenance["file_name"],
                "sha256": self.provenance.get("sha256", "?")}).text(lang))
        return out


def _examples(values: Iterable[object], limit: int = 5) -> str:
    values = [str(v) for v in values]
    shown = ", ".join(values[:limit])
    return shown + (f", … (+{len(values) - limit})" if len(values) > limit else "")


def max_bytes() -> int:
    return int(config.MAX_BOUNDARY_MB.get() * 1024 * 1024)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# --- reading files -------------------------------------------------------------------------------
@dataclass
class ReadResult:
    frame: gpd.GeoDataFrame
    format: str
    layer: str | None
    source_crs: str | None
    notes: list[Message] = field(default_factory=list)


def _in_box(bounds, box=KALTIM_BOX) -> bool:
    minx, miny, maxx, maxy = bounds
    return box[0] <= minx and maxx <= box[2] and box[1] <= miny and maxy <= box[3]


def _sniff(path: Path, name: str, suffix: str) -> None:
    """Refuse a file whose first bytes cannot be the format its name claims (a renamed text file
    would otherwise reach GDAL, whose error says little to a user)."""
    with open(path, "rb") as handle:
        head = handle.read(512)
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if suffix in (".geojson", ".json"):
        if not stripped.startswith(b"{"):
            start = stripped[:40].decode("utf-8", "replace").splitlines()[0] if stripped else ""
            raise BoundaryError("boundaries.error.not_geojson", name=name, start=start)
    elif suffix == ".gpkg":
        if not head.startswith(b"SQLite format 3\x00"):
            raise BoundaryError("boundaries.error.not_format", name=name, format="GeoPackage")
    elif suffix == ".kml":
        if not stripped.startswith(b"<"):
            raise BoundaryError("boundaries.error.not_format", name=name, format="KML")
    elif suffix == ".zip":
        if not head.startswith(b"PK"):
            raise BoundaryError("boundaries.error.not_format", name=name, format="ZIP")


def _safe_member_name(member: str) -> bool:
    if not member or member.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", member):
        return False
    parts = PurePosixPath(member.replace("\\", "/")).parts
    return ".." not in parts


def _check_zip(archive: zipfile.ZipFile, name: str, limit: int) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_ZIP_MEMBERS:
        raise BoundaryError("boundaries.error.zip_members", name=name, count=len(infos),
                            limit=MAX_ZIP_MEMBERS)
    for info in infos:
        if (info.external_attr >> 16) & 0o170000 == 0o120000:  # a symlink member
            raise BoundaryError("boundaries.error.zip_symlink", name=name, member=info.filename)
        if not _safe_member_name(info.filename):
            raise BoundaryError("boundaries.error.zip_unsafe_path", name=name, member=info.filename)
    declared = sum(info.file_size for info in infos)
    if declared > limit:
        raise BoundaryError("boundaries.error.zip_too_large", name=name,
                            size_mb=round_half_away(declared / 2**20, 1),
                            limit_mb=round_half_away(limit / 2**20))
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 1 << 20 and ratio > MAX_ZIP_RATIO:
            raise BoundaryError("boundaries.error.zip_ratio", name=name, member=info.filename,
                                ratio=round_half_away(ratio), limit=float(MAX_ZIP_RATIO))
    return infos


def _extract_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target_dir: Path,
                    budget: list[int], name: str) -> Path:
    """Copy one member into ``target_dir`` under a flat name, counting real bytes: the sizes in a
    zip's directory are claims, and a bomb lies about them."""
    target = target_dir / PurePosixPath(info.filename.replace("\\", "/")).name
    written = 0
    with archive.open(info) as source, open(target, "wb") as sink:
        while chunk := source.read(1 << 20):
            written += len(chunk)
            budget[0] -= len(chunk)
            if written > info.file_size or budget[0] < 0:
                raise BoundaryError("boundaries.error.zip_ratio", name=name,
                                    member=info.filename, ratio="?", limit=float(MAX_ZIP_RATIO))
            sink.write(chunk)
    return target


def _open_zip(path: Path, name: str, workdir: Path) -> Path:
    """Check the whole archive, then extract only the one layer's files into ``workdir``."""
    limit = max_bytes()
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise BoundaryError("boundaries.error.zip_bad", name=name, detail=str(error)) from None
    with archive:
        infos = _check_zip(archive, name, limit)
        files = [i for i in infos if not i.is_dir()
                 and not PurePosixPath(i.filename).name.startswith(".")
                 and "__MACOSX" not in i.filename]
        layers = [i for i in files if PurePosixPath(i.filename).suffix.lower() in VECTOR_SUFFIXES]
        if not layers:
            found = _examples(PurePosixPath(i.filename).name for i in files) or "-"
            raise BoundaryError("boundaries.error.zip_no_layer", name=name, found=found)
        if len(layers) > 1:
            raise BoundaryError("boundaries.error.zip_many_layers", name=name,
                                layers=_examples(i.filename for i in layers))
        layer = layers[0]
        stem = str(PurePosixPath(layer.filename).with_suffix(""))
        members = [layer]
        if layer.filename.lower().endswith(".shp"):
            members = [i for i in files if str(PurePosixPath(i.filename).with_suffix("")) == stem]
        budget = [limit]
        try:
            extracted = {info.filename: _extract_member(archive, info, workdir, budget, name)
                         for info in members}
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError,
                RuntimeError) as error:  # CRC error, cut short, encrypted, unknown compression
            raise BoundaryError("boundaries.error.zip_bad", name=name, detail=_short(error)) \
                from None
    return extracted[layer.filename]


def _sibling(path: Path, suffix: str) -> Path | None:
    for candidate in path.parent.iterdir():
        if candidate.stem == path.stem and candidate.suffix.lower() == suffix:
            return candidate
    return None


def read_boundary_file(path: str | Path, display_name: str | None = None, *,
                       box: tuple[float, float, float, float] = KALTIM_BOX) -> ReadResult:
    """Read a GeoJSON, zipped Shapefile, Shapefile, GeoPackage or KML into EPSG:4326.

    Size, format and archive safety are checked before any parsing. Raises BoundaryError.
    A file without a CRS is read as lon/lat when its coordinates lie in ``box`` (the province's:
    ``province_box``).
    """
    path, name, suffix = precheck(path, display_name)
    _sniff(path, name, suffix)
    with tempfile.TemporaryDirectory(prefix="boundary-import-") as workdir:
        if suffix == ".zip":
            inner = _open_zip(path, name, Path(workdir))
            if inner.stat().st_size == 0:
                raise BoundaryError("boundaries.error.empty_file", name=f"{name}/{inner.name}")
            if inner.suffix.lower() != ".shp":
                _sniff(inner, f"{name}/{inner.name}", inner.suffix.lower())
            _inspect(inner, f"{name}/{inner.name}", inner.suffix.lower())
            return _read_vector(inner, name, fmt="zip+" + inner.suffix.lower().lstrip("."),
                                box=box)
        _inspect(path, name, suffix)
        return _read_vector(path, name, fmt=suffix.lstrip("."), box=box)


def precheck(path: str | Path, display_name: str | None = None) -> tuple[Path, str, str]:
    """The checks that need no parsing (a GDAL virtual path, missing, empty, too large, unknown
    suffix): ``(path, name, suffix)`` or a BoundaryError."""
    raw = str(path)
    name = display_name or Path(raw).name or raw
    if _VIRTUAL_PATH.match(raw.strip()):
        raise BoundaryError("boundaries.error.virtual_path", name=raw[:200])
    path = Path(raw)
    if not path.is_file():
        raise BoundaryError("boundaries.error.file_missing", name=name)
    size = path.stat().st_size
    if size == 0:
        raise BoundaryError("boundaries.error.empty_file", name=name)
    limit = max_bytes()
    suffix = path.suffix.lower()
    if suffix == ".shp":  # the .dbf can be far larger than the geometry
        size = sum(p.stat().st_size for p in path.parent.iterdir()
                   if p.stem == path.stem and p.is_file())
    if size > limit:
        raise BoundaryError("boundaries.error.too_large", name=name,
                            size_mb=round_half_away(size / 2**20, 1),
                            limit_mb=round_half_away(limit / 2**20))
    if suffix not in ACCEPTED_SUFFIXES:
        raise BoundaryError("boundaries.error.unsupported", name=name,
                            formats="GeoJSON, Shapefile (.zip), GeoPackage, KML")
    return path, name, suffix


# --- what GDAL must never see: links to elsewhere, views, entities ------------------------------
def _inspect(path: Path, name: str, suffix: str) -> None:
    """Refuse, before GDAL opens it, a file that would make a driver fetch something (a linked
    CRS, a KML NetworkLink or remote href, a URL in a .prj) or run an unbounded query (a
    GeoPackage view). Raises BoundaryError."""
    if suffix in (".geojson", ".json"):
        _check_geojson(path, name)
    elif suffix == ".kml":
        _check_kml(path, name)
    elif suffix == ".gpkg":
        _check_geopackage(path, name)
    elif suffix == ".shp":
        _check_prj(path, name)


def _mapped(path: Path):
    handle = open(path, "rb")
    try:
        return handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except BaseException:
        handle.close()
        raise


def _check_geojson(path: Path, name: str) -> None:
    handle, data = _mapped(path)
    with handle, data:
        for count, match in enumerate(re.finditer(rb'"crs"\s*:\s*\{', data), start=1):
            if count > MAX_CRS_MEMBERS:
                raise BoundaryError("boundaries.error.crs_unsupported", name=name,
                                    detail=f'> {MAX_CRS_MEMBERS} "crs"')
            start = match.end() - 1
            text = data[start:start + 16384].decode("utf-8", "replace")
            try:
                member, _ = json.JSONDecoder().raw_decode(text)
            except ValueError:
                raise BoundaryError("boundaries.error.crs_unsupported", name=name,
                                    detail='"crs" ?') from None
            kind = str(member.get("type", "")).lower() if isinstance(member, dict) else ""
            if kind == "name":
                continue  # e.g. urn:ogc:def:crs:EPSG::4326, resolved locally
            properties = member.get("properties") if isinstance(member, dict) else None
            href = properties.get("href") if isinstance(properties, dict) else None
            if kind == "link" or href:
                raise BoundaryError("boundaries.error.linked_crs", name=name,
                                    href=str(href or "?")[:120])
            raise BoundaryError("boundaries.error.crs_unsupported", name=name,
                                detail=f'type "{kind[:40] or "?"}"')


_KML_LINK = re.compile(rb"<\s*(?:[A-Za-z0-9_]+:)?NetworkLink\b|<\s*(?:[A-Za-z0-9_]+:)?href\s*>\s*"
                       rb"(?:[A-Za-z][A-Za-z0-9+.\-]*://|/vsi)", re.IGNORECASE)
_XML_ENTITY = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def _check_kml(path: Path, name: str) -> None:
    handle, data = _mapped(path)
    with handle, data:
        link = _KML_LINK.search(data)
        if link:
            raise BoundaryError("boundaries.error.kml_link", name=name,
                                found=data[link.start():link.start() + 80].decode(
                                    "utf-8", "replace").split("\n")[0])
        if _XML_ENTITY.search(data):
            raise BoundaryError("boundaries.error.kml_entities", name=name)


def _check_prj(path: Path, name: str) -> None:
    prj = _sibling(path, ".prj")
    if prj is None:
        return
    if prj.stat().st_size > MAX_PRJ_BYTES:
        raise BoundaryError("boundaries.error.prj_link", name=name, found=f"{prj.name} > 64 KB")
    text = prj.read_bytes().decode("utf-8", "replace")
    found = re.search(r"[A-Za-z][A-Za-z0-9+.\-]*://\S*|/vsi\S*", text)
    if found:
        raise BoundaryError("boundaries.error.prj_link", name=name, found=found.group(0)[:120])


def _check_geopackage(path: Path, name: str) -> None:
    """Only plain feature tables, registered in gpkg_contents: no view (SQLite runs a view's query
    when GDAL reads it, and a recursive one never ends), no virtual table other than the R-tree
    spatial index, no tiles or attribute tables. Reads only sqlite_master and gpkg_contents, with
    a cap on the work SQLite may do."""
    uri = f"file:{path.resolve().as_posix()}?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as error:
        raise BoundaryError("boundaries.error.unreadable", name=name, detail=_short(error)) \
            from None
    budget = [0]

    def progress() -> int:
        budget[0] += 1
        return 1 if budget[0] > 2000 else 0  # x 1000 VM steps: far beyond reading the schema

    conn.set_progress_handler(progress, 1000)
    try:
        objects = conn.execute("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master"
                               f" LIMIT {MAX_GPKG_OBJECTS + 1}").fetchall()
        if len(objects) > MAX_GPKG_OBJECTS:
            raise BoundaryError("boundaries.error.gpkg_structure", name=name,
                                detail=f"> {MAX_GPKG_OBJECTS} objects")
        kinds = {str(row[1]).lower(): (str(row[0]), str(row[3])) for row in objects}
        views = [str(row[1]) for row in objects if row[0] == "view"]
        if views:
            raise BoundaryError("boundaries.error.gpkg_view", name=name, table=_examples(views))
        for table, (kind, sql) in kinds.items():
            if kind == "table" and re.match(r"\s*CREATE\s+VIRTUAL\s+TABLE", sql, re.IGNORECASE) \
                    and not re.search(r"\bUSING\s+rtree\s*\(", sql, re.IGNORECASE):
                raise BoundaryError("boundaries.error.gpkg_virtual", name=name, table=table)
        for required in ("gpkg_contents", "gpkg_geometry_columns", "gpkg_spatial_ref_sys"):
            if kinds.get(required, ("",))[0] != "table":
                raise BoundaryError("boundaries.error.gpkg_structure", name=name,
                                    detail=f"{required}: {kinds.get(required, ('-',))[0] or '-'}")
        contents = conn.execute("SELECT table_name, data_type FROM gpkg_contents LIMIT "
                                f"{MAX_GPKG_OBJECTS + 1}").fetchall()
    except sqlite3.Error as error:  # not a database, damaged, or over the work budget
        raise BoundaryError("boundaries.error.gpkg_structure", name=name, detail=_short(error)) \
            from None
    finally:
        conn.close()
    for table, data_type in contents:
        # Attribute tables (QGIS keeps its styles in one, "layer_styles") are plain tables that
        # are not read; tiles, coverages and anything else are not boundaries.
        if str(data_type).lower() not in ("features", "attributes"):
            raise BoundaryError("boundaries.error.gpkg_not_features", name=name, table=str(table),
                                data_type=str(data_type))
        if kinds.get(str(table).lower(), ("",))[0] != "table":
            raise BoundaryError("boundaries.error.gpkg_structure", name=name,
                                detail=f"{table}: -")


def _read_vector(path: Path, name: str, fmt: str, box=KALTIM_BOX) -> ReadResult:
    notes: list[Message] = []
    is_shp = path.suffix.lower() == ".shp"
    if is_shp:
        missing = [s for s in (".dbf", ".shx") if _sibling(path, s) is None]
        if missing:
            raise BoundaryError("boundaries.error.shp_incomplete", name=name,
                                parts=", ".join(missing))
    try:
        listed = pyogrio.list_layers(path)
    except Exception as error:  # GDAL's errors vary by driver; the detail goes to the user
        raise BoundaryError("boundaries.error.unreadable", name=name,
                            detail=_short(error)) from None
    if path.suffix.lower() == ".gpkg":  # its attribute tables have no geometry: not layers here
        listed = [row for row in listed if row[1] is not None]
    polygonal = [str(row[0]) for row in listed
                 if row[1] is None or "polygon" in str(row[1]).lower() or str(row[1]) == "Unknown"]
    if not polygonal:
        raise BoundaryError("boundaries.error.not_polygons", name=name,
                            types=_examples(str(row[1]) for row in listed))
    try:
        if fmt.endswith("kml") and len(polygonal) > 1:
            # KML folders come as layers; together they are the one boundary set.
            parts = [gpd.read_file(path, layer=layer) for layer in polygonal]
            frame = gpd.GeoDataFrame(pd.concat(parts, ignore_index=True), crs=parts[0].crs)
            chosen = None
        elif len(polygonal) > 1:
            raise BoundaryError("boundaries.error.many_layers", name=name,
                                layers=_examples(polygonal))
        else:
            chosen = polygonal[0]
            frame = gpd.read_file(path, layer=chosen)
    except BoundaryError:
        raise
    except Exception as error:
        raise BoundaryError("boundaries.error.unreadable", name=name,
                            detail=_short(error)) from None
    if len(frame) == 0:
        raise BoundaryError("boundaries.error.no_features", name=name)
    source_crs = frame.crs.to_string() if frame.crs is not None else None
    if frame.crs is None:
        bounds = frame.total_bounds
        if np.all(np.isfinite(bounds)) and _in_box(bounds, box):
            notes.append(Message("boundaries.note.crs_assumed", {"name": name}))
            frame = frame.set_crs(4326)
        else:
            key = "boundaries.error.shp_no_prj" if is_shp else "boundaries.error.no_crs"
            raise BoundaryError(key, name=name, bounds=_fmt_bounds(bounds))
    elif not frame.crs.equals("EPSG:4326") and frame.crs.to_epsg() != 4326:
        try:
            frame = frame.to_crs(4326)
        except Exception as error:
            raise BoundaryError("boundaries.error.reproject", name=name, crs=source_crs,
                                detail=_short(error)) from None
        notes.append(Message("boundaries.note.reprojected", {"crs": source_crs}))
    return ReadResult(frame, fmt, chosen, source_crs, notes)


def _short(error: Exception) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text[:200]


def _fmt_bounds(bounds) -> str:
    return ", ".join(f"{v:.4g}" for v in bounds)


# --- codes ---------------------------------------------------------------------------------------
_KAB_DOTTED = re.compile(r"^(\d{2})\.(\d{2})$")
_KAB_PLAIN = re.compile(r"^(\d{2})(\d{2})$")
_KEC_DOTTED = re.compile(r"^(\d{2})\.(\d{2})\.(\d{2})$")
_KEC_KEMENDAGRI = re.compile(r"^(\d{2})(\d{2})(\d{2})$")
_KEC_BPS = re.compile(r"^(\d{2})(\d{2})(\d{3})$")
_DESA_DOTTED = re.compile(r"^(\d{2})\.(\d{2})\.(\d{2})\.(\d{4})$")
_DESA_PLAIN = re.compile(r"^(\d{2})(\d{2})(\d{6})$")


def _clean_code(value: object) -> str | None:
    if value is None or (isinstance(value, float) and not np.isfinite(value)):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if text.lower().startswith("id") and text[2:].isdigit():  # HDX/OCHA pcodes: "id6403120005"
        text = text[2:]
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    return text or None


# Indonesian province codes (Kemendagri = BPS at this level): a number that does not start with
# one of these (a year such as 2020, an area) is not a region code.
PROVINCE_CODES = frozenset(
    [str(c) for c in (*range(11, 20), 21, *range(31, 37), *range(51, 54), *range(61, 66),
                      *range(71, 77), 81, 82, *range(91, 98))])
_NOT_CODE_NAMES = ("tahun", "year", "luas", "area", "shape_area", "shape_leng", "jumlah",
                   "penduduk", "populasi", "population", "objectid", "fid", "lat", "lng", "lon")


def _code_shape(level: str, text: str | None) -> str | None:
    """'dotted', 'plain' or None: whether ``text`` can be a code of this level at all."""
    if text is None or text[:2] not in PROVINCE_CODES:
        return None
    if level == "kabupaten":
        return "dotted" if _KAB_DOTTED.match(text) else "plain" if _KAB_PLAIN.match(text) else None
    if level == "kecamatan":
        if _KEC_DOTTED.match(text):
            return "dotted"
        return "plain" if (_KEC_KEMENDAGRI.match(text) or _KEC_BPS.match(text)) else None
    return "dotted" if _DESA_DOTTED.match(text) else "plain" if _DESA_PLAIN.match(text) else None


def _name_rank(column: str, preferred: tuple[str, ...]) -> int:
    lowered = column.lower()
    if lowered in preferred:
        return preferred.index(lowered)
    return len(preferred) + (0 if ("kode" in lowered or "code" in lowered) else 1)


def detect_code_column(frame: pd.DataFrame, level: str) -> str | None:
    """The column whose values look like codes of ``level`` (at least 80 % of the non-empty
    values); among several, the one whose name is most code-like."""
    candidates = []
    for column in frame.columns:
        if column == frame.geometry.name or str(column).lower() in _NOT_CODE_NAMES:
            continue
        series = frame[column]
        code_like_name = bool(re.search(r"kode|code|kd|pcode|^id", str(column).lower()))
        if pd.api.types.is_float_dtype(series) and not code_like_name:
            continue  # areas and rates, not codes
        values = [_clean_code(v) for v in series.tolist()]
        present = [v for v in values if v is not None]
        if not present:
            continue
        share = sum(_code_shape(level, v) is not None for v in present) / len(present)
        if share >= 0.8:
            candidates.append((-round(share, 2), _name_rank(str(column), _CODE_NAMES), str(column)))
    return min(candidates)[2] if candidates else None


def detect_name_column(frame: pd.DataFrame, level: str, exclude: Iterable[str] = ()) -> str | None:
    preferred = _NAME_NAMES[level]
    candidates = []
    for column in frame.columns:
        if column == frame.geometry.name or column in set(exclude):
            continue
        series = frame[column]
        if not (series.dtype == object or pd.api.types.is_string_dtype(series)):
            continue
        present = [str(v).strip() for v in series.tolist() if v is not None and str(v).strip()
                   and str(v) != "nan"]
        if not present:
            continue
        share = sum(bool(re.search(r"[A-Za-z]{2,}", v)) for v in present) / len(present)
        unique = len(set(present)) / len(present)
        if share < 0.8:
            continue
        rank = _name_rank(str(column), preferred)
        if rank >= len(preferred) and unique < 0.5:  # an unnamed column of repeated words
            continue
        candidates.append((rank, -unique, str(column)))
    return min(candidates)[2] if candidates else None


def _scheme_hint(column: str) -> str | None:
    lowered = column.lower()
    if "bps" in lowered or "pcode" in lowered or lowered in ("village_code", "district_code",
                                                             "regency_code"):
        return "bps"
    if "kemendagri" in lowered or "kdn" in lowered:
        return "kemendagri"
    return None


def decide_scheme(level: str, codes: list[str], column: str, scheme: str | None, *,
                  registry: regions.Registry | None = None) -> str | None:
    """The scheme of a column's undotted codes: given, named in the column, or read from the codes
    themselves. Raises BoundaryError when the codes could mean different units in either scheme.
    ``registry``: the province's table (the default one when None)."""
    reg = registry or regions.default_registry()
    if scheme:
        return scheme
    plain = [c for c in codes if _code_shape(level, c) == "plain"]
    if not plain:
        return "kemendagri"
    hint = _scheme_hint(column)
    if hint:
        return hint
    if level == "kecamatan":
        return None  # six digits are Kemendagri, seven are BPS: decided per code
    detected = reg.detect_scheme(c[:4] for c in plain)
    if detected == "mixed":
        raise BoundaryError("boundaries.error.mixed_scheme", column=column)
    if detected:
        return detected
    ambiguous = sorted({c[:4] for c in plain
                        if reg.by_bps.get(c[:4]) not in (
                            None, reg.by_kemendagri.get(f"{c[:2]}.{c[2:4]}"))
                        and f"{c[:2]}.{c[2:4]}" in reg.by_kemendagri})
    if level == "desa":
        # Kemendagri desa numbers are 1xxx (kelurahan) or 2xxx (desa); BPS has a 3-digit
        # kecamatan then a 3-digit desa, so that digit is often something else.
        if any(c[6] not in "12" for c in plain):
            return "bps"
    if not ambiguous:
        return "kemendagri"  # every code names the same kab/kota in both schemes
    raise BoundaryError("boundaries.error.ambiguous_scheme", column=column,
                        codes=_examples(ambiguous))


@dataclass
class Unit:
    kode: str
    scheme: str
    district: regions.District
    kode_kec: str | None = None


class _Unmatched(Exception):
    def __init__(self, reason: str, province: str | None = None):
        self.reason, self.province = reason, province


def map_code(level: str, code: str, scheme: str | None, *,
             registry: regions.Registry | None = None) -> Unit:
    """One unit's code -> its own normalised code and its kab/kota (in ``registry``, the default
    table when None). Raises _Unmatched."""
    reg = registry or regions.default_registry()
    shape = _code_shape(level, code)
    if shape is None:
        raise _Unmatched("format")
    digits = code.replace(".", "")
    if digits[:2] != reg.province_code:
        raise _Unmatched("other_province", digits[:2])
    if level == "kabupaten":
        try:
            match = reg.normalise(code, scheme=None if shape == "dotted" else scheme)
        except regions.RegionLookupError as error:
            raise _Unmatched(error.reason) from None
        return Unit(match.district.kemendagri_code, "kemendagri" if shape == "dotted"
                    else (match.scheme or "kemendagri"), match.district)
    if level == "kecamatan":
        unit_scheme = "kemendagri" if shape == "dotted" or len(digits) == 6 else "bps"
        if scheme and shape == "plain" and scheme != unit_scheme:
            raise _Unmatched("format")
    else:
        unit_scheme = "kemendagri" if shape == "dotted" else scheme or "kemendagri"
    if unit_scheme == "kemendagri":
        district = reg.by_kemendagri.get(f"{digits[:2]}.{digits[2:4]}")
    else:
        district = reg.by_bps.get(digits[:4])
    if district is None:
        raise _Unmatched("unknown")
    if unit_scheme == "bps":
        return Unit(digits, "bps", district, digits[:7] if level == "desa" else None)
    if level == "kecamatan":
        return Unit(f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}", "kemendagri", district)
    kec = f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}"
    return Unit(f"{kec}.{digits[6:10]}", "kemendagri", district, kec)


# --- geometry ------------------------------------------------------------------------------------
def _polygonal(geometry) -> MultiPolygon | None:
    if geometry is None or geometry.is_empty:
        return None
    if isinstance(geometry, MultiPolygon):
        return geometry
    if isinstance(geometry, Polygon):
        return MultiPolygon([geometry])
    parts = [p for g in getattr(geometry, "geoms", []) for p in
             (g.geoms if isinstance(g, MultiPolygon) else [g]) if isinstance(p, Polygon)]
    return MultiPolygon(parts) if parts else None


def repair_geometries(geometries: gpd.GeoSeries) -> tuple[gpd.GeoSeries, np.ndarray]:
    """make_valid on the invalid ones only ('structure': nested slivers are absorbed, not turned
    into holes); returns the geometries as MultiPolygons and a mask of those repaired."""
    values = geometries.values
    invalid = ~shapely.is_valid(values)
    fixed = np.array(values, dtype=object)
    if invalid.any():
        fixed[invalid] = shapely.make_valid(values[invalid], method="structure",
                                            keep_collapsed=False)
    fixed = [_polygonal(g) for g in fixed]
    return gpd.GeoSeries(fixed, index=geometries.index, crs=geometries.crs), invalid


# --- the gate -----------------------------------------------------------------------------------
def _refuse_if_other_level(frame: gpd.GeoDataFrame, level: str) -> None:
    """When a file has no usable codes for ``level`` but unique codes of another level, the user
    most likely picked the wrong level: say so rather than report duplicates or missing codes."""
    for other in LEVELS:
        if other == level:
            continue
        column = detect_code_column(frame, other)
        if column is None:
            continue
        codes = [_clean_code(v) for v in frame[column].tolist()]
        if None not in codes and len(set(codes)) == len(codes):
            raise BoundaryError("boundaries.error.wrong_level", level=Message(LEVEL_LABEL_KEY[level]),
                                other=Message(LEVEL_LABEL_KEY[other]), column=column,
                                example=codes[0])


@dataclass
class PreparedLayer:
    frame: gpd.GeoDataFrame
    counts: dict
    notes: list[Message]
    columns: dict


def prepare_layer(frame: gpd.GeoDataFrame, level: str, *, scheme: str | None = None,
                  name: str = "", registry: regions.Registry | None = None) -> PreparedLayer:
    """Recognise, map, check and repair one layer (already in EPSG:4326). Raises BoundaryError.

    ``registry``: the province whose units the layer must hold (``regions.registry_for(code)``);
    the default table (Kalimantan Timur) when None. Units of any other province are refused or
    dropped, naming their province."""
    check_level(level)
    reg = registry or regions.default_registry()
    _refuse_if_no_polygons(frame, name)
    code_column, name_column = _key_columns(frame, level)
    codes = ([_clean_code(v) for v in frame[code_column].tolist()] if code_column
             else [None] * len(frame))
    names = ([(str(v).strip() if v is not None and str(v) != "nan" else "")
              for v in frame[name_column].tolist()] if name_column else [""] * len(frame))
    used_scheme = decide_scheme(level, [c for c in codes if c], code_column, scheme,
                                registry=reg) if code_column else None
    notes: list[Message] = [Message("boundaries.note.columns", {
        "code": code_column or "-", "name": name_column or "-",
        "scheme": Message(f"boundaries.scheme.{used_scheme or 'auto'}")})]

    matches = _match_units(level, codes, names, used_scheme, reg)
    _check_matches(matches, len(frame), notes, reg)
    keep = [i for i, u in enumerate(matches.units) if u is not None]
    kept_units = [matches.units[i] for i in keep]
    _refuse_duplicates(frame, level, kept_units)
    shapes = _kept_shapes(frame, keep, kept_units, name, notes)
    _refuse_outside_kaltim(shapes, kept_units, reg)

    rows = _layer_rows(level, keep, kept_units, codes, names, shapes, notes, reg)
    out = gpd.GeoDataFrame(rows, geometry="geometry", crs=4326)
    out = out.sort_values("kode").reset_index(drop=True)
    counts = _summarise(frame, out, level, matches, shapes, notes, reg)
    return PreparedLayer(out, counts, notes, {"code": code_column, "name": name_column,
                                              "scheme": used_scheme})


def _refuse_if_no_polygons(frame: gpd.GeoDataFrame, name: str) -> None:
    if len(frame) == 0:
        raise BoundaryError("boundaries.error.no_features", name=name)
    geom_types = set(frame.geometry.dropna().geom_type)
    if geom_types and not geom_types & {"Polygon", "MultiPolygon", "GeometryCollection"}:
        raise BoundaryError("boundaries.error.not_polygons", name=name,
                            types=_examples(sorted(geom_types)))


def _key_columns(frame: gpd.GeoDataFrame, level: str) -> tuple[str | None, str | None]:
    """The columns of the units' codes and names (a kab/kota layer may do with names alone);
    without them the layer is refused, named as another level's when it looks like one."""
    code_column = detect_code_column(frame, level)
    name_column = detect_name_column(frame, level, exclude=[code_column] if code_column else [])
    if code_column is None and (level != "kabupaten" or name_column is None):
        _refuse_if_other_level(frame, level)
        columns = [c for c in frame.columns if c != frame.geometry.name]
        key = ("boundaries.error.no_code_column" if level != "kabupaten"
               else "boundaries.error.no_code_or_name")
        raise BoundaryError(key, level=Message(LEVEL_LABEL_KEY[level]),
                            columns=_examples(columns, 8) or "-")
    return code_column, name_column


@dataclass
class _Matches:
    """Each row's unit, or None; the rows of another province (their codes or names, and the
    provinces) and the rows matched to nothing."""
    units: list[Unit | None] = field(default_factory=list)
    other_province: list[str] = field(default_factory=list)
    provinces: set = field(default_factory=set)
    unmatched: list[str] = field(default_factory=list)


def _match_units(level: str, codes: list[str | None], names: list[str],
                 scheme: str | None, reg: regions.Registry) -> _Matches:
    matches = _Matches()
    for row, (code, label) in enumerate(zip(codes, names)):
        try:
            matches.units.append(_row_unit(level, code, label, scheme, reg))
        except _Unmatched as miss:
            matches.units.append(None)
            if miss.reason == "other_province":
                matches.other_province.append(code or label)
                matches.provinces.add(miss.province)
            else:
                matches.unmatched.append(code or label or f"#{row + 1}")
        except regions.RegionLookupError as error:
            matches.units.append(None)
            if error.reason == "other_province":
                matches.other_province.append(label)
                matches.provinces.add(error.params.get("province", "?"))
            else:
                matches.unmatched.append(label or f"#{row + 1}")
    return matches


def _row_unit(level: str, code: str | None, label: str, scheme: str | None,
              reg: regions.Registry) -> Unit:
    """One row's unit: by its code, or (a kab/kota without a code) by its name. Raises _Unmatched
    or regions.RegionLookupError."""
    if code is not None:
        return map_code(level, code, scheme, registry=reg)
    if level == "kabupaten" and label:
        match = reg.normalise(label)
        return Unit(match.district.kemendagri_code, "kemendagri", match.district)
    raise _Unmatched("empty")


def _check_matches(matches: _Matches, total: int, notes: list[Message],
                   reg: regions.Registry) -> None:
    """Refuse a layer with a row matched to nothing, or wholly of another province; rows of
    another province beside Kaltim's are dropped with a note."""
    other_province, unmatched = matches.other_province, matches.unmatched
    if other_province and len(other_province) + len(unmatched) == total:
        from loaders.boundaries_coverage import province_label

        raise BoundaryError("boundaries.error.other_province", here=reg.province_name,
                            count=len(other_province),
                            provinces=", ".join(province_label(p) for p in sorted(
                                p for p in matches.provinces if p)) or "?",
                            examples=_examples(other_province))
    if unmatched:
        raise BoundaryError("boundaries.error.unmatched", here=_short_name(reg),
                            count=len(unmatched), total=total,
                            examples=_examples(unmatched))
    if other_province:
        notes.append(Message("boundaries.note.other_province_dropped", {
            "count": len(other_province), "examples": _examples(other_province)}))


def _refuse_duplicates(frame: gpd.GeoDataFrame, level: str, kept_units: list[Unit]) -> None:
    seen: dict[str, int] = {}
    for unit in kept_units:
        seen[unit.kode] = seen.get(unit.kode, 0) + 1
    duplicates = [f"{code} ({n}×)" for code, n in seen.items() if n > 1]
    if duplicates:
        _refuse_if_other_level(frame, level)
        raise BoundaryError("boundaries.error.duplicates", count=len(duplicates),
                            examples=_examples(duplicates))


@dataclass
class _Shapes:
    """The kept rows' geometries, repaired, with three masks over them: repaired, empty in the
    file, and dropped (empty in the file or after repair)."""
    geometries: gpd.GeoSeries
    repaired: np.ndarray
    empty: np.ndarray
    dropped: np.ndarray


def _kept_shapes(frame: gpd.GeoDataFrame, keep: list[int], kept_units: list[Unit], name: str,
                 notes: list[Message]) -> _Shapes:
    """Repair the kept rows' geometries; units without one are dropped with a note, a layer
    without any is refused."""
    geometries = frame.geometry.iloc[keep].reset_index(drop=True)
    empty_mask = geometries.isna().to_numpy() | geometries.is_empty.to_numpy()
    if empty_mask.all():
        raise BoundaryError("boundaries.error.no_geometry", name=name)
    if empty_mask.any():
        dropped = [kept_units[i].kode for i in np.flatnonzero(empty_mask)]
        notes.append(Message("boundaries.note.empty_dropped", {
            "count": len(dropped), "examples": _examples(dropped)}))
    geometries, repaired = repair_geometries(geometries)
    still_empty = geometries.isna().to_numpy() | empty_mask
    if still_empty.all():
        raise BoundaryError("boundaries.error.no_geometry", name=name)
    return _Shapes(geometries, repaired, empty_mask, still_empty)


def province_box(reg: regions.Registry | None) -> tuple[float, float, float, float]:
    """The lon/lat box a province's units must lie in: KALTIM_BOX for the default province,
    INDONESIA_BOX for another."""
    if reg is None or reg.province_code == regions.DEFAULT_PROVINCE:
        return KALTIM_BOX
    return INDONESIA_BOX


def _short_name(reg: regions.Registry) -> str:
    """How the messages name the province: "Kaltim" for the default one, else its name."""
    return "Kaltim" if reg.province_code == regions.DEFAULT_PROVINCE else reg.province_name


def _refuse_outside_kaltim(shapes: _Shapes, kept_units: list[Unit],
                           reg: regions.Registry) -> None:
    """Every unit drawn must have its representative point in KALTIM_BOX (INDONESIA_BOX for
    another province's registry)."""
    drawn = ~shapes.dropped
    points = shapes.geometries[drawn].representative_point()
    box = province_box(reg)
    outside = ~((points.x >= box[0]) & (points.x <= box[2]) & (points.y >= box[1])
                & (points.y <= box[3]))
    if outside.any():
        codes_out = [kept_units[i].kode for i in np.flatnonzero(drawn)[outside.to_numpy()]]
        raise BoundaryError("boundaries.error.outside_kaltim", here=reg.province_name,
                            count=int(outside.sum()),
                            total=int(drawn.sum()), examples=_examples(codes_out),
                            bounds=_fmt_bounds(shapes.geometries[drawn].total_bounds))


def _layer_rows(level: str, keep: list[int], kept_units: list[Unit], codes: list[str | None],
                names: list[str], shapes: _Shapes, notes: list[Message],
                reg: regions.Registry) -> list[dict]:
    """The stored layer's rows, one per unit drawn (columns: see the module's docstring)."""
    rows = []
    for i, (row_index, unit) in enumerate(zip(keep, kept_units)):
        if shapes.dropped[i]:
            continue
        source_name = names[row_index]
        if level == "kabupaten":
            nama, pendek = unit.district.official_name, unit.district.short_name
            _note_name_mismatch(unit, source_name, notes, reg)
        else:
            nama = re.sub(r"\s+", " ", source_name) or unit.kode
            pendek = nama
        rows.append({
            "kode": unit.kode, "kode_skema": unit.scheme, "nama": nama, "nama_pendek": pendek,
            "nama_sumber": source_name, "kode_sumber": codes[row_index] or "",
            "kode_kab": unit.district.kemendagri_code, "nama_kab": unit.district.official_name,
            "kode_kec": unit.kode_kec or "", "diperbaiki": bool(shapes.repaired[i]),
            "geometry": shapes.geometries.iloc[i]})
    return rows


def _note_name_mismatch(unit: Unit, source_name: str, notes: list[Message],
                        reg: regions.Registry) -> None:
    """A kab/kota whose name in the file is another district's: kept by its code, and noted."""
    if not source_name:
        return
    try:
        by_name = reg.normalise(source_name).district
    except regions.RegionLookupError:
        return
    if by_name is not unit.district:
        notes.append(Message("boundaries.note.name_mismatch", {
            "code": unit.kode, "name": source_name, "district": unit.district.label}))


def _summarise(frame: gpd.GeoDataFrame, out: gpd.GeoDataFrame, level: str, matches: _Matches,
               shapes: _Shapes, notes: list[Message], reg: regions.Registry) -> dict:
    """The layer's counts; its notes get the repaired units at the end and, at the top, the
    units found and the kab/kota present."""
    n_repaired = int(out["diperbaiki"].sum())
    if n_repaired:
        notes.append(Message("boundaries.note.repaired", {
            "count": n_repaired, "examples": _examples(out.loc[out["diperbaiki"], "kode"])}))
    present = sorted(set(out["kode_kab"]))
    missing = [reg.get(c).label for c in reg.codes() if c not in present]
    counts = {
        "features": int(len(frame)), "units": int(len(out)), "repaired": n_repaired,
        "other_province": len(matches.other_province), "empty_dropped": int(shapes.empty.sum()),
        "kab_present": len(present), "kab_total": len(reg.districts), "kab_missing": missing,
        "per_kab": {k: int(v) for k, v in out["kode_kab"].value_counts().sort_index().items()},
    }
    if level == "desa":
        counts["kecamatan"] = int(out["kode_kec"].nunique())
    notes.insert(0, Message("boundaries.note.units", {
        "count": len(out), "level": Message(LEVEL_LABEL_KEY[level]), "features": len(frame)}))
    notes.insert(1, Message("boundaries.note.kab_present", {
        "present": len(present), "total": len(reg.districts),
        "missing": ", ".join(missing) if missing else MISSING}))
    return counts
