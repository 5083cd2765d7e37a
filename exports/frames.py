"""A frame -> CSV, XLSX or GeoJSON bytes: the one writer of each format and the one formula rule,
for the tables pages show (translated headers, formatted cells, after filters) and, through
``exports.formats``, for whole datasets.

Text that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return)
gets a leading apostrophe in CSV and XLSX, headers included: the store keeps what the user typed,
and the neutralising happens here, at the boundary where the risk is. Numbers are left alone: a
negative number is a number, not a formula. GeoJSON is not opened by spreadsheets and keeps the
values as they are.

``kinds`` gives columns a schema type (``domain.schema``: "integer", "number", "date", "text",
"district", ...). Such a column is written from each cell's canonical text
(``domain.changes.cell_text``), as a number, a date or neutralised text by its type: what the
dataset exports need. A column without one is written as the frame holds it.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any, Callable, Iterable, Mapping

import geopandas as gpd
import pandas as pd

from domain import regions
from domain.changes import NUMERIC_TYPES, cell_text

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
MEDIA_TYPES = {"csv": "text/csv", "geojson": "application/geo+json",
               "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}

Kinds = Mapping[str, str]


def neutralise(value: Any) -> Any:
    """'=HYPERLINK(...)' -> "'=HYPERLINK(...)"; other text, and anything not text, unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def _attributes(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame without its geometry: spreadsheets get the attributes (a desa polygon as text
    would pass Excel's cell limit), GeoJSON gets the geometry as geometry."""
    if isinstance(frame, gpd.GeoDataFrame):
        return pd.DataFrame(frame.drop(columns=frame.geometry.name))
    return pd.DataFrame(frame).copy()


def _missing(value: Any) -> bool:
    return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))


# -- CSV ------------------------------------------------------------------------------------------

def to_csv_bytes(frame: pd.DataFrame, kinds: Kinds | None = None) -> bytes:
    # UTF-8 with BOM: Excel on Indonesian Windows otherwise misreads names with accents/dashes.
    # CRLF (RFC 4180) also makes the csv writer quote a cell holding a bare CR.
    out = _attributes(frame)
    kinds = kinds or {}
    for column in out.columns:
        kind = kinds.get(column)
        if kind is not None:
            texts = [cell_text(v) for v in out[column].tolist()]
            out[column] = texts if kind in NUMERIC_TYPES else [neutralise(v) for v in texts]
        elif out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].astype(object).map(neutralise)
    out.columns = [neutralise(str(c)) for c in out.columns]
    return out.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


# -- XLSX -----------------------------------------------------------------------------------------

def _sheet_name(name: str) -> str:
    cleaned = "".join("_" if c in "[]:*?/\\" else c for c in name).strip("'") or "data"
    return cleaned[:31]


def _as_is(value: Any) -> Any:
    if _missing(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if isinstance(value, (str, bool, int, float, dt.date, dt.time, dt.timedelta)):
        return neutralise(value)
    return neutralise(str(value))


def _typed(kind: str) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        text = cell_text(value)
        if text is None:
            return None
        if kind in NUMERIC_TYPES:
            number = float(text)
            return int(number) if kind == "integer" else number
        if kind == "date":
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                pass
        return neutralise(text)

    return convert


def to_xlsx_bytes(frame: pd.DataFrame, sheet: str = "data", kinds: Kinds | None = None) -> bytes:
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    kinds = kinds or {}
    out = _attributes(frame)
    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = _sheet_name(sheet)
    columns = list(out.columns)
    worksheet.append([neutralise(str(c)) for c in columns])
    converters = [_typed(kinds[c]) if c in kinds else _as_is for c in columns]
    for values in zip(*(out[c].tolist() for c in columns)):
        worksheet.append([convert(v) for convert, v in zip(converters, values)])
    for row in worksheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # never a formula, whatever the text
    for position, column in enumerate(columns, start=1):
        if column in kinds:
            worksheet.column_dimensions[get_column_letter(position)].width = \
                28 if kinds[column] == "text" else 14
    worksheet.freeze_panes = "A2"
    return workbook_bytes(workbook)


def workbook_bytes(workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# -- GeoJSON --------------------------------------------------------------------------------------

def feature_collection_bytes(properties: Iterable[dict], geometries: Iterable,
                             name: str | None = None) -> bytes:
    """Features from property dicts and shapely geometries (None or empty: a null geometry)."""
    from shapely.geometry import mapping

    features = [{"type": "Feature",
                 "geometry": None if g is None or g.is_empty else mapping(g),
                 "properties": p} for p, g in zip(properties, geometries)]
    collection: dict[str, Any] = {"type": "FeatureCollection"}
    if name is not None:
        collection["name"] = name
    collection["features"] = features
    return json.dumps(collection, ensure_ascii=False, default=_json_default).encode("utf-8")


def _json_default(value: object) -> object:
    if isinstance(value, tuple):
        return list(value)
    return str(value)


def district_code_column(frame: pd.DataFrame) -> str | None:
    """The first column whose values are all Kemendagri district codes (headers are translated,
    so the column is found by its content)."""
    codes = set(regions.codes())
    for column in frame.columns:
        values = frame[column].dropna()
        if len(values) and values.astype(str).isin(codes).all():
            return column
    return None


def to_geojson_bytes(frame: pd.DataFrame, areas: gpd.GeoDataFrame | None = None,
                     geometry_note: str = "") -> bytes | None:
    """GeoJSON of the rows: their own geometry, or the district areas joined on the district code
    column; None when the rows have neither."""
    if isinstance(frame, gpd.GeoDataFrame):
        geometry = frame.geometry
    else:
        column = district_code_column(frame) if areas is not None else None
        if column is None:
            return None
        geometry = gpd.GeoSeries(frame[column].map(areas.set_index("kode").geometry).values,
                                 crs=areas.crs)
    if geometry.crs is not None:
        geometry = geometry.to_crs(4326)
    plain = _attributes(frame)
    columns = [(str(c), plain[c].astype(object).tolist()) for c in plain.columns]
    rows = [{name: _json_value(values[i]) for name, values in columns} for i in range(len(plain))]
    if geometry_note:
        for row in rows:
            row["catatan_geometri"] = geometry_note
    return feature_collection_bytes(rows, geometry.values)


def _json_value(value: Any) -> Any:
    if _missing(value):
        return None
    return value.isoformat() if hasattr(value, "isoformat") else value
