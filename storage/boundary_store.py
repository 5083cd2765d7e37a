"""Where imported boundary layers live: one GeoPackage per version and a JSON manifest per level.

Layout (``<data dir>`` is ``$DASHBOARD_DATA_DIR``, default ``<project>/data``)::

    <data dir>/boundaries/<level>/manifest.json   versions, provenance, counts, which one is current
    <data dir>/boundaries/<level>/v0001.gpkg      full resolution, EPSG:4326, layer "boundaries"
    <data dir>/boundaries/<level>/.lock           serialises writers (two imports at once)
    <data dir>/boundaries/<level>/display/        display-geometry cache (boundaries_display)

Only this module knows the layout. Callers use the functions at the bottom (``store_layer``,
``current_layer``, ``layer_versions``, ``activate_version``...), which delegate to the
``BoundaryStore`` that ``get_store()`` returns: this file store by default, or, when
DASHBOARD_DB_URL is a postgresql:// URL, ``storage.boundary_postgis.PostgisBoundaryStore``
(the same guarantees in PostGIS tables, shared by every instance using that database). Readers that
cache what they build from a layer key it on ``state_key(level)`` (changes whenever the current
version does) or on the version's content (``LayerVersion.path`` and its mtime here,
``LayerVersion.content_sha256`` in PostGIS, where ``path`` is None).

A version becomes visible only when the manifest names it, and the manifest is replaced atomically
(temporary file + ``os.replace``) after the GeoPackage is complete, so a crash or a failed import
never leaves a half-written layer that readers could pick up.
"""

from __future__ import annotations

import geopandas as gpd

import config
from storage.boundary_files import FileBoundaryStore
from storage.boundary_layers import BoundaryStore, LayerVersion, check_level


def get_store() -> BoundaryStore:
    """The PostGIS store when DASHBOARD_DB_URL is set (as ``storage.backends.open_store`` decides),
    else the files under the data dir. Cheap: called on every read."""
    url = config.DB_URL.get()
    if url:
        if not url.startswith(("postgresql://", "postgres://")):
            raise ValueError("DASHBOARD_DB_URL must start with postgresql:// (got another scheme)")
        from storage.boundary_postgis import PostgisBoundaryStore

        return PostgisBoundaryStore(url)
    return FileBoundaryStore(config.DATA_DIR.get() / "boundaries")


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
