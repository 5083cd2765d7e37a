"""Exports of a table as a page shows it (translated headers, formatted cells, after filters):
CSV, XLSX and GeoJSON. ``exports.formats`` exports whole datasets by their schema; this exports
whatever frame a page shows, with the same formula rule (``exports.formats.neutralise``: text
starting with = + - @ tab or CR gets an apostrophe in CSV and XLSX). Numbers are left alone: a
negative number is a number, not a formula. GeoJSON is not opened by spreadsheets and keeps the
values as they are.
"""

from __future__ import annotations

import io
import json

import geopandas as gpd
import pandas as pd

from domain import regions
from exports.formats import neutralise as neutralise_cell


def neutralise(frame: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame(frame).copy()
    if isinstance(out, gpd.GeoDataFrame):
        out = pd.DataFrame(out.drop(columns=out.geometry.name))
    out.columns = [neutralise_cell(str(c)) for c in out.columns]
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].astype(object).map(neutralise_cell)
    return out


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    # UTF-8 with BOM: Excel on Indonesian Windows otherwise misreads names with accents/dashes.
    # CRLF (RFC 4180) also makes the csv writer quote a cell holding a bare CR.
    return neutralise(frame).to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def _sheet_name(name: str) -> str:
    cleaned = "".join("_" if c in "[]:*?/\\" else c for c in name).strip("'") or "data"
    return cleaned[:31]


def to_xlsx_bytes(frame: pd.DataFrame, sheet: str = "data") -> bytes:
    safe = neutralise(frame)
    safe = safe.astype(object).where(safe.notna(), None)
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        safe.to_excel(writer, index=False, sheet_name=_sheet_name(sheet))
        for row in writer.sheets[_sheet_name(sheet)].iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # never a formula, whatever the text
    return buffer.getvalue()


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
        shaped = frame
    else:
        column = district_code_column(frame) if areas is not None else None
        if column is None:
            return None
        geometry = areas.set_index("kode").geometry
        shaped = gpd.GeoDataFrame(frame.copy(), geometry=frame[column].map(geometry).values,
                                  crs=areas.crs)
    plain = pd.DataFrame(shaped.drop(columns=shaped.geometry.name)).astype(object)
    plain = plain.where(plain.notna(), None).map(
        lambda v: v.isoformat() if hasattr(v, "isoformat") else v)
    plain.columns = [str(c) for c in plain.columns]
    if geometry_note:
        plain["catatan_geometri"] = geometry_note
    out = gpd.GeoDataFrame(plain, geometry=shaped.geometry.values, crs=shaped.crs)
    if out.crs is not None:
        out = out.to_crs(4326)
    return json.dumps(json.loads(out.to_json(drop_id=True)), ensure_ascii=False).encode("utf-8")
