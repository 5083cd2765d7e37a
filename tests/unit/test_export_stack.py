"""One export stack: dataset exports (``exports.formats``) are the frame writers of
``exports.frames`` with columns typed by the schema, so both get the same formula rule, the same
CSV dialect, the same XLSX cells and the same GeoJSON."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import geopandas as gpd
import numpy as np
import openpyxl
import pandas as pd
import pytest
import shapely

from domain.schema import DATASETS
from exports import formats, frames, templates
from storage import defaults


def _strict_json(data: bytes):
    def refuse(constant):
        raise AssertionError(f"{constant} is not JSON")

    return json.loads(data, parse_constant=refuse)


def test_one_formula_rule():
    assert formats.neutralise is frames.neutralise
    for trigger in frames.FORMULA_TRIGGERS:
        assert frames.neutralise(trigger + "x") == "'" + trigger + "x"
    assert frames.neutralise(-5) == -5 and frames.neutralise(None) is None


def test_dataset_csv_is_written_like_page_csv():
    """CRLF and BOM for both; a text cell holding a bare carriage return is quoted, so Excel
    does not split its row (the dataset writer used to end lines with LF, which left it bare)."""
    frame = defaults.load_demo("conflict_risk").frame.head(2).copy()
    frame.loc[0, "catatan"] = "baris satu\rbaris dua"
    data = formats.to_csv(DATASETS["conflict_risk"], frame)
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\r\n") == 3
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert len(rows) == 2 and rows[0]["catatan"] == "baris satu\rbaris dua"
    page = frames.to_csv_bytes(pd.DataFrame({"a": ["x\ry"]}))
    assert page == b'\xef\xbb\xbfa\r\n"x\ry"\r\n'


def test_typed_columns_keep_numbers_and_neutralise_text():
    frame = pd.DataFrame({"angka": [-5.0, 2.5], "teks": ["-5", "=1"], "lain": ["-5", None]})
    kinds = {"angka": "number", "teks": "text"}
    rows = list(csv.reader(io.StringIO(frames.to_csv_bytes(frame, kinds).decode("utf-8-sig"))))
    assert rows == [["angka", "teks", "lain"], ["-5", "'-5", "'-5"], ["2.5", "'=1", ""]]
    sheet = openpyxl.load_workbook(io.BytesIO(frames.to_xlsx_bytes(frame, "uji", kinds))).active
    assert [c.value for c in sheet[2]] == [-5.0, "'-5", "'-5"]
    assert sheet["A3"].value == 2.5 and sheet["C3"].value is None
    assert sheet.column_dimensions["B"].width == 28 and sheet.column_dimensions["A"].width == 14


def test_headers_are_neutralised_in_csv_and_xlsx():
    frame = pd.DataFrame({"=HYPERLINK(\"x\")": [1]})
    header = next(csv.reader(io.StringIO(frames.to_csv_bytes(frame).decode("utf-8-sig"))))
    assert header == ["'=HYPERLINK(\"x\")"]
    sheet = openpyxl.load_workbook(io.BytesIO(frames.to_xlsx_bytes(frame))).active
    assert sheet["A1"].value == "'=HYPERLINK(\"x\")" and sheet["A1"].data_type == "s"


def test_xlsx_writes_what_the_frame_holds():
    frame = pd.DataFrame({"n": np.array([1, 2], dtype="int64"), "f": [0.5, np.nan],
                          "d": [dt.date(2026, 1, 18), None], "b": [True, False],
                          "s": pd.Series(["+1", pd.NA], dtype="string")})
    sheet = openpyxl.load_workbook(io.BytesIO(frames.to_xlsx_bytes(frame, "a/b:c"))).active
    assert sheet.title == "a_b_c" and sheet.freeze_panes == "A2"
    assert [c.value for c in sheet[2]] == [1, 0.5, dt.datetime(2026, 1, 18), True, "'+1"]
    assert [c.value for c in sheet[3]] == [2, None, None, False, None]
    assert sheet["C2"].number_format == "yyyy-mm-dd"


def test_spreadsheets_get_the_attributes_of_a_geo_frame_not_its_geometry():
    frame = gpd.GeoDataFrame({"nama": ["=x"]}, geometry=[shapely.Point(117.1, -0.5)], crs=4326)
    assert frames.to_csv_bytes(frame) == b"\xef\xbb\xbfnama\r\n'=x\r\n"
    sheet = openpyxl.load_workbook(io.BytesIO(frames.to_xlsx_bytes(frame))).active
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [["nama"], ["'=x"]]


def test_geojson_of_a_frame_has_null_for_missing_values_and_wgs84_coordinates():
    frame = gpd.GeoDataFrame({"a": [1.5, np.nan], "b": ["x", None],
                              "t": [pd.Timestamp("2026-01-02 03:04"), pd.NaT]},
                             geometry=[shapely.Point(117.1, -0.5), None], crs=4326).to_crs(3857)
    collection = _strict_json(frames.to_geojson_bytes(frame))
    first, second = collection["features"]
    assert first["properties"] == {"a": 1.5, "b": "x", "t": "2026-01-02T03:04:00"}
    assert first["geometry"]["coordinates"] == pytest.approx([117.1, -0.5])
    assert second == {"type": "Feature", "geometry": None,
                      "properties": {"a": None, "b": None, "t": None}}


def test_dataset_and_frame_geojson_come_out_of_one_writer():
    frame = defaults.load_demo("incidents").frame.head(2)
    dataset_features = _strict_json(formats.export("incidents", frame, "geojson"))
    assert dataset_features["name"] == "incidents"
    page = gpd.GeoDataFrame({"kode": ["64.01"]}, geometry=[shapely.Point(1.0, 2.0)])
    page_features = _strict_json(frames.to_geojson_bytes(page))
    assert "name" not in page_features
    for collection in (dataset_features, page_features):
        assert list(collection["features"][0]) == ["type", "geometry", "properties"]


@pytest.mark.parametrize("name", sorted(DATASETS))
def test_csv_template_is_the_header_of_a_dataset_export(name):
    dataset = DATASETS[name]
    empty = pd.DataFrame(columns=dataset.column_names)
    assert templates.csv_template(name) == formats.to_csv(dataset, empty)
    example = templates.csv_template(name, example=True).decode("utf-8-sig").split("\r\n")
    values = next(csv.reader([example[1]]))
    assert values == [templates.example_value(c) for c in dataset.columns]  # "-0.45" stays
