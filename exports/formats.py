"""A dataset frame -> CSV, XLSX or GeoJSON bytes.

Text cells that a spreadsheet would run as a formula (starting with = + - @, tab or carriage
return) get a leading apostrophe in CSV and XLSX: the store keeps what the user typed, and the
neutralising happens here, at the boundary where the risk is.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Literal

import pandas as pd

from domain.changes import cell_text
from domain.schema import DATASETS, Dataset

ExportFormat = Literal["csv", "xlsx", "geojson"]
FORMATS: tuple[str, ...] = ("csv", "xlsx", "geojson")
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NUMERIC_TYPES = ("integer", "number", "percent", "latitude", "longitude")
MEDIA_TYPES = {"csv": "text/csv", "geojson": "application/geo+json",
               "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def neutralise(value: str) -> str:
    """'=HYPERLINK(...)' -> "'=HYPERLINK(...)"; other text unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def _text_columns(dataset: Dataset, frame: pd.DataFrame) -> list[str]:
    return [c.name for c in dataset.columns
            if c.name in frame.columns and c.type not in _NUMERIC_TYPES + ("date",)]


def to_csv(dataset: Dataset, frame: pd.DataFrame) -> bytes:
    """UTF-8 with BOM, so that Excel on Indonesian Windows opens accents correctly."""
    out = pd.DataFrame({c: [cell_text(v) for v in frame[c].tolist()] for c in frame.columns})
    for column in _text_columns(dataset, frame):
        out[column] = [neutralise(v) if v is not None else None for v in out[column]]
    return out.to_csv(index=False).encode("utf-8-sig")


def to_xlsx(dataset: Dataset, frame: pd.DataFrame) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = dataset.name
    columns = list(frame.columns)
    sheet.append(columns)
    kinds = {c.name: c.type for c in dataset.columns}
    for values in zip(*(frame[c].tolist() for c in columns)):
        row = []
        for column, value in zip(columns, values):
            row.append(_xlsx_value(kinds.get(column, "text"), value))
        sheet.append(row)
    for column_cells in sheet.iter_cols(min_row=1, max_row=1):
        cell = column_cells[0]
        kind = kinds.get(cell.value, "text")
        sheet.column_dimensions[cell.column_letter].width = 14 if kind != "text" else 28
        if kind == "date":
            for (date_cell,) in sheet.iter_rows(min_row=2, min_col=cell.column,
                                                max_col=cell.column):
                date_cell.number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _xlsx_value(kind: str, value: object) -> object:
    text = cell_text(value)
    if text is None:
        return None
    if kind in _NUMERIC_TYPES:
        number = float(text)
        return int(number) if kind == "integer" else number
    if kind == "date":
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return neutralise(text)
    # openpyxl writes a string starting with '=' as a formula; the apostrophe prevents that too.
    return neutralise(text)


def to_geojson(dataset: Dataset, frame: pd.DataFrame) -> bytes:
    """Points from lat/lon where a dataset has them (rows without coordinates get a null
    geometry, honestly, instead of a made-up point); district-level datasets are joined to the
    kab/kota layer the maps draw."""
    has_points = "lat" in dataset.column_names and "lon" in dataset.column_names
    features = []
    areas = None
    if not has_points:
        from loaders.areas import district_areas

        layer = district_areas()
        areas = {row.kode: (row.geometry, row.nama) for row in layer.frame.itertuples()}
        schematic = layer.schematic
    for record in frame.to_dict("records"):
        properties = {k: cell_text(v) for k, v in record.items()}
        for column in dataset.columns:
            if column.type in _NUMERIC_TYPES and properties.get(column.name) is not None:
                properties[column.name] = float(properties[column.name])  # type: ignore[arg-type]
        geometry = None
        if has_points:
            lat, lon = properties.get("lat"), properties.get("lon")
            if lat is not None and lon is not None:
                geometry = {"type": "Point", "coordinates": [lon, lat]}
        else:
            area = areas.get(properties.get("kab_kota"))  # type: ignore[union-attr]
            if area is not None:
                from shapely.geometry import mapping

                geometry = mapping(area[0])
                properties["nama_kab_kota"] = area[1]
                properties["geometri_skematis"] = schematic
        features.append({"type": "Feature", "geometry": geometry, "properties": properties})
    collection = {"type": "FeatureCollection", "name": dataset.name, "features": features}
    return json.dumps(collection, ensure_ascii=False, default=_json_default).encode("utf-8")


def _json_default(value: object) -> object:
    if isinstance(value, tuple):
        return list(value)
    return str(value)


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
