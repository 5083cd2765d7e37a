"""Imported boundary layers in PostGIS, shared by every instance that has the same DASHBOARD_DB_URL;
``boundaries_store.get_store()`` returns this store when that URL is set.

Same model and guarantees as ``FileBoundaryStore`` (tables from
``storage/migrations/postgres/0003_boundary_layers.sql``):

* ``boundary_versions``: one row per imported version (provenance, counts, attribute columns and
  their dtypes, a SHA-256 of the content). Never updated or deleted.
* ``boundary_features``: the units of each version, attributes as JSON, geometry in a PostGIS
  ``geometry(Geometry, 4326)`` column (written as EWKB, read with ``ST_AsBinary``). Deleted only
  when their version is removed.
* ``boundary_events``: imports, activations and removals in order, each with the version that is
  current afterwards; the current version is the last event's. Never updated or deleted.

A version, its units and its event are written in one transaction, so a version is visible
complete or not at all (a failed or killed import leaves nothing). Writers take a
transaction-scoped advisory lock per level (and schema) before reading the next number, so two
imports at once get distinct numbers. Unlike the file store, a removed version keeps its number
(the row stays, marked removed by its event): a number always means the same content.

Readers ask the database for the current version each time (one small query) and cache only
decoded layers, keyed by their content hash (immutable), so an instance sees what another one
imported or activated on its next call, without a restart. Database failures are raised as
``BoundaryDatabaseError``, an ``OSError`` like a full disk in the file store, so importers report
them as "could not store the boundaries" rather than a traceback.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import threading
from contextlib import contextmanager
from typing import Iterator

import geopandas as gpd
import numpy as np
import pandas as pd
import psycopg
import shapely

from storage import migrations
from storage.boundary_layers import LayerVersion, check_level
from storage.cache import Cache
from storage.hooks import write_hooks
from storage.postgres import StoreUnavailableError, pooled_connection, run_read

GEOMETRY_COLUMN = "geometry"
_DECODED_MAX = 6  # decoded layers kept per process (a desa layer is ~100 MB decoded at most)

_migrated: set[str] = set()
_migrate_lock = threading.Lock()
_decoded: Cache[gpd.GeoDataFrame] = Cache(_DECODED_MAX)  # by content SHA-256

_VERSION_COLUMNS = ("v.level, v.version, v.created_at, v.user_name, v.attribution, v.provenance, "
                    "v.counts, v.content_sha256, v.columns")
_NOT_REMOVED = ("NOT EXISTS (SELECT 1 FROM boundary_events r WHERE r.level = v.level "
                "AND r.version = v.version AND r.action = 'remove')")
_CURRENT = ("(SELECT e.current_version FROM boundary_events e WHERE e.level = %s "
            "ORDER BY e.id DESC LIMIT 1)")


class BoundaryDatabaseError(OSError):
    """The database could not be reached or refused a statement while storing or reading a
    boundary layer."""


@contextmanager
def _database_errors() -> Iterator[None]:
    try:
        yield
    except StoreUnavailableError as error:
        cause = error.__cause__ or error
        raise BoundaryDatabaseError(_first_line(cause) or "database unreachable") from error
    except psycopg.Error as error:
        raise BoundaryDatabaseError(_first_line(error)) from error


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0][:200] if text else type(error).__name__


# --- encoding: a GeoDataFrame <-> rows ------------------------------------------------------------
def _json_value(value):
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


# shapely type ids: a single kind and its multi kind (Point, LineString, Polygon)
_MULTI = ((0, 4, shapely.MultiPoint), (1, 5, shapely.MultiLineString),
          (3, 6, shapely.MultiPolygon))


def _promote_to_multi(values) -> np.ndarray:
    """Where a layer mixes single and multi parts of one kind (Polygon and MultiPolygon), the
    singles become multis, as writing the GeoPackage does: both stores return the same types."""
    values = np.array(values, dtype=object)
    kinds = shapely.get_type_id(values)
    for single, multi, make in _MULTI:
        chosen = kinds == single
        if chosen.any() and (kinds == multi).any():
            values[chosen] = [make([geometry]) for geometry in values[chosen]]
    return values


def encode_layer(frame: gpd.GeoDataFrame) -> tuple[list[list[str]], list[tuple[str, str | None]],
                                                  str]:
    """(columns as [name, dtype], rows as (attributes JSON, hex EWKB), content SHA-256). The
    frame is brought to EPSG:4326 first, as the file store does."""
    frame = frame.to_crs(4326)
    names = [c for c in frame.columns if c != frame.geometry.name]
    columns = [[str(name), str(frame[name].dtype)] for name in names]
    values = [[_json_value(v) for v in frame[name].tolist()] for name in names]
    geometries = shapely.set_srid(_promote_to_multi(frame.geometry.values), 4326)
    wkb = shapely.to_wkb(geometries, hex=True, include_srid=True)
    digest = hashlib.sha256(json.dumps(columns, ensure_ascii=False).encode())
    rows = []
    for index in range(len(frame)):
        attributes = json.dumps([column[index] for column in values], ensure_ascii=False,
                                allow_nan=False)
        geometry = None if wkb[index] is None else str(wkb[index])
        digest.update(b"\x00" + attributes.encode() + b"\x00" + (geometry or "").encode())
        rows.append((attributes, geometry))
    return columns, rows, digest.hexdigest()


def _restore(series: pd.Series, dtype: str) -> pd.Series:
    """The stored JSON values back in their column's dtype where that is possible (an int column
    with missing values stays object rather than failing)."""
    if dtype == "object":
        return series
    try:
        if dtype.startswith("datetime64"):
            return pd.to_datetime(series).astype(dtype)
        return series.astype(dtype)
    except (TypeError, ValueError):
        return series


def decode_layer(columns: list, rows: list[tuple[list, bytes | None]]) -> gpd.GeoDataFrame:
    names = [name for name, _ in columns]
    data = pd.DataFrame([attributes for attributes, _ in rows], columns=names, dtype=object)
    for name, dtype in columns:
        data[name] = _restore(data[name], dtype)
    geometry = shapely.from_wkb([wkb for _, wkb in rows]) if rows else []
    data[GEOMETRY_COLUMN] = gpd.GeoSeries(geometry, index=data.index, crs=4326)
    return gpd.GeoDataFrame(data, geometry=GEOMETRY_COLUMN, crs=4326)


# --- the store ------------------------------------------------------------------------------------
class PostgisBoundaryStore:
    """Boundary layers in the PostgreSQL database at ``url`` (search_path selects the schema)."""

    def __init__(self, url: str):
        self.url = url

    # -- plumbing ----------------------------------------------------------------------------------
    def _ready(self) -> None:
        """Bring the schema to the latest migration, once per URL and process."""
        if self.url in _migrated:
            return
        with _migrate_lock:
            if self.url not in _migrated:
                with pooled_connection(self.url) as conn:
                    migrations.migrate_postgres(conn)
                _migrated.add(self.url)

    def _read(self, operation):
        with _database_errors():
            self._ready()
            return run_read(self.url, operation)

    @contextmanager
    def _write(self, level: str) -> Iterator[psycopg.Connection]:
        """A transaction holding the level's lock: released at commit or rollback, and with the
        connection when the process dies."""
        with _database_errors():
            self._ready()
            with pooled_connection(self.url) as conn, conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(hashtext(current_schema() || "
                             "':boundaries:' || %s))", (level,))
                yield conn

    @staticmethod
    def _current(conn: psycopg.Connection, level: str) -> int | None:
        row = conn.execute(f"SELECT {_CURRENT}", (level,)).fetchone()
        return row[0] if row else None

    @staticmethod
    def _entry(row: tuple, current: int | None) -> LayerVersion:
        (level, version, created_at, user, attribution, provenance, counts, sha, _columns) = row
        return LayerVersion(
            level=level, version=int(version), path=None,
            created_at=created_at.astimezone(dt.timezone.utc).isoformat(timespec="seconds"),
            user=user, attribution=attribution, provenance=provenance or {},
            counts=counts or {}, current=int(version) == current, content_sha256=sha)

    def _rows(self, level: str, version: int | None) -> tuple[list[tuple], int | None]:
        """The level's visible version rows (one when ``version`` is given; the current one when
        it is None) and the current version number, in one query (one snapshot)."""
        def query(conn: psycopg.Connection):
            if version is None:
                where, params = f"v.version = {_CURRENT}", [level]
            else:
                where, params = "v.version = %s", [int(version)]
            return conn.execute(
                f"SELECT {_VERSION_COLUMNS}, {_CURRENT} FROM boundary_versions v "
                f"WHERE v.level = %s AND {where} AND {_NOT_REMOVED}",
                [level, level, *params]).fetchall()

        rows = self._read(query)
        return ([r[:-1] for r in rows], rows[0][-1]) if rows else ([], None)

    # -- the interface -----------------------------------------------------------------------------
    def store_layer(self, level: str, frame: gpd.GeoDataFrame, *, provenance: dict, counts: dict,
                    user: str, attribution: str, activate: bool = True) -> LayerVersion:
        check_level(level)
        columns, rows, sha = encode_layer(frame)  # before the lock: encoding takes a while
        now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        with self._write(level) as conn:
            number = conn.execute("SELECT coalesce(max(version), 0) + 1 FROM boundary_versions "
                                  "WHERE level = %s", (level,)).fetchone()[0]
            conn.execute(
                "INSERT INTO boundary_versions (level, version, created_at, user_name, "
                "attribution, provenance, counts, columns, feature_count, content_sha256) VALUES "
                "(%s, %s, %s, %s, %s, %s::jsonb, %s::jsonb, %s::jsonb, %s, %s)",
                (level, number, now, user, attribution,
                 json.dumps(provenance, ensure_ascii=False, default=str),
                 json.dumps(counts, ensure_ascii=False, default=str),
                 json.dumps(columns, ensure_ascii=False), len(rows), sha))
            with conn.cursor() as cursor, cursor.copy(
                    "COPY boundary_features (level, version, ord, attributes, geom) "
                    "FROM STDIN") as copy:
                for index, (attributes, geometry) in enumerate(rows):
                    copy.write_row((level, number, index, attributes, geometry))
            current = self._current(conn, level)
            if activate:
                current = number
            conn.execute("INSERT INTO boundary_events (level, action, version, current_version, "
                         "at, user_name) VALUES (%s, 'import', %s, %s, %s, %s)",
                         (level, number, current, now, user))
            if write_hooks.before_boundary_publish is not None:
                write_hooks.before_boundary_publish(level)  # dying here stores nothing
        return self.get_version(level, number)  # type: ignore[return-value]

    def layer_versions(self, level: str) -> list[LayerVersion]:
        check_level(level)
        rows = self._read(lambda conn: conn.execute(
            f"SELECT {_VERSION_COLUMNS}, {_CURRENT} FROM boundary_versions v "
            f"WHERE v.level = %s AND {_NOT_REMOVED} ORDER BY v.version",
            (level, level)).fetchall())
        return [self._entry(r[:-1], r[-1]) for r in rows]

    def current_number(self, level: str) -> int | None:
        check_level(level)
        return self._read(lambda conn: self._current(conn, level))

    def current_version(self, level: str) -> LayerVersion | None:
        return self.get_version(level, None)

    def get_version(self, level: str, version: int | None = None) -> LayerVersion | None:
        check_level(level)
        rows, current = self._rows(level, version)
        return self._entry(rows[0], current) if rows else None

    def read_layer(self, level: str, version: int | None = None) -> gpd.GeoDataFrame | None:
        """The layer (current unless ``version``); a copy of the cached decoded frame."""
        check_level(level)
        rows, _ = self._rows(level, version)
        if not rows:
            return None
        number, sha, columns = rows[0][1], rows[0][7], rows[0][8]

        def decode() -> gpd.GeoDataFrame:
            features = self._read(lambda conn: conn.execute(
                "SELECT attributes, ST_AsBinary(geom) FROM boundary_features "
                "WHERE level = %s AND version = %s ORDER BY ord", (level, number)).fetchall())
            return decode_layer(columns, features)

        return _decoded.get_or_build(sha, decode).copy()

    def activate_version(self, level: str, version: int) -> LayerVersion:
        check_level(level)
        with self._write(level) as conn:
            exists = conn.execute(
                f"SELECT 1 FROM boundary_versions v WHERE v.level = %s AND v.version = %s "
                f"AND {_NOT_REMOVED}", (level, int(version))).fetchone()
            if exists is None:
                raise KeyError(f"{level} boundary version {version} does not exist")
            conn.execute("INSERT INTO boundary_events (level, action, version, current_version, "
                         "at) VALUES (%s, 'activate', %s, %s, now())",
                         (level, int(version), int(version)))
        return self.get_version(level, version)  # type: ignore[return-value]

    def remove_version(self, level: str, version: int) -> None:
        """Undo a version stored moments ago (a multi-level download that failed half way), as
        the file store does: its units are deleted and, when it was current, the newest remaining
        version becomes current. Its row and number stay, marked removed by the event."""
        check_level(level)
        with self._write(level) as conn:
            remaining = [r[0] for r in conn.execute(
                f"SELECT v.version FROM boundary_versions v WHERE v.level = %s AND {_NOT_REMOVED} "
                "ORDER BY v.version", (level,))]
            if int(version) not in remaining:
                return
            current = self._current(conn, level)
            if current == int(version):
                others = [v for v in remaining if v != int(version)]
                current = others[-1] if others else None
            conn.execute("DELETE FROM boundary_features WHERE level = %s AND version = %s",
                         (level, int(version)))
            conn.execute("INSERT INTO boundary_events (level, action, version, current_version, "
                         "at) VALUES (%s, 'remove', %s, %s, now())", (level, int(version), current))

    def state_key(self, level: str) -> tuple:
        """Changes whenever the level's current version does: one small query, for readers that
        cache what they build from the current layer."""
        check_level(level)
        row = self._read(lambda conn: conn.execute(
            f"SELECT v.version, v.content_sha256 FROM boundary_versions v WHERE v.level = %s "
            f"AND v.version = {_CURRENT}", (level, level)).fetchone())
        return ("postgis", self.url, level, *(row or (None, None)))


def clear_cache() -> None:
    _decoded.clear()
