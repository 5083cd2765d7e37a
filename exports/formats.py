"""A dataset frame -> CSV, XLSX or GeoJSON bytes: the writers of ``exports.frames`` with each
column typed by its schema (numbers stay numbers, dates dates, text is neutralised), and the
current version exported with an audit entry.
"""

from __future__ import annotations

from typing import Literal

import pandas as pd
import shapely

from domain.changes import NUMERIC_TYPES, cell_text
from domain.schema import DATASETS, Dataset
from exports import frames
from exports.frames import neutralise as neutralise  # the one formula rule, also named here

ExportFormat = Literal["csv", "xlsx", "geojson"]
FORMATS: tuple[str, ...] = ("csv", "xlsx", "geojson")


def column_kinds(dataset: Dataset) -> dict[str, str]:
    return {c.name: c.type for c in dataset.columns}


def to_csv(dataset: Dataset, frame: pd.DataFrame) -> bytes:
    return frames.to_csv_bytes(frame, column_kinds(dataset))


def to_xlsx(dataset: Dataset, frame: pd.DataFrame) -> bytes:
    return frames.to_xlsx_bytes(frame, dataset.name, column_kinds(dataset))


def to_geojson(dataset: Dataset, frame: pd.DataFrame) -> bytes:
    """Points from lat/lon where a dataset has them (rows without coordinates get a null
    geometry, honestly, instead of a made-up point); district-level datasets are joined to the
    kab/kota layer the maps draw."""
    has_points = "lat" in dataset.column_names and "lon" in dataset.column_names
    if not has_points:
        from loaders.areas import district_areas

        layer = district_areas()
        areas = {row.kode: (row.geometry, row.nama) for row in layer.frame.itertuples()}
    numbers = [c.name for c in dataset.columns if c.type in NUMERIC_TYPES]
    rows, geometries = [], []
    for record in frame.to_dict("records"):
        properties = {k: cell_text(v) for k, v in record.items()}
        for name in numbers:
            if properties.get(name) is not None:
                properties[name] = float(properties[name])  # type: ignore[arg-type]
        geometry = None
        if has_points:
            lat, lon = properties.get("lat"), properties.get("lon")
            if lat is not None and lon is not None:
                geometry = shapely.Point(lon, lat)
        else:
            area = areas.get(properties.get("kab_kota"))
            if area is not None:
                geometry = area[0]
                properties["nama_kab_kota"] = area[1]
                properties["geometri_skematis"] = layer.schematic
        rows.append(properties)
        geometries.append(geometry)
    return frames.feature_collection_bytes(rows, geometries, name=dataset.name)


def export(dataset_name: str, frame: pd.DataFrame, fmt: str) -> bytes:
    dataset = DATASETS[dataset_name]
    if fmt == "csv":
        return to_csv(dataset, frame)
    if fmt == "xlsx":
        return to_xlsx(dataset, frame)
    if fmt == "geojson":
        return to_geojson(dataset, frame)
    raise ValueError(f"unknown export format {fmt!r}")


def export_filename(dataset_name: str, version: str, fmt: str) -> str:
    return f"{dataset_name}_{version}.{fmt}"


def export_current(dataset_name: str, fmt: str, user: str, store=None) -> tuple[bytes, str]:
    """The current version exported, with an audit entry saying who took it: what the page's
    download button and ``python -m loaders export`` both call."""
    from storage import backends

    store = store or backends.open_store()
    stored = store.read(dataset_name)
    data = export(dataset_name, stored.frame, fmt)
    name = export_filename(dataset_name, stored.info.label, fmt)
    store.audit(user, "export", dataset_name, {"version": stored.info.version, "format": fmt,
                                               "rows": len(stored.frame), "file_name": name})
    return data, name
