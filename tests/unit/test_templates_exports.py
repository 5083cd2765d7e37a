"""Templates come from the schema and read back cleanly; exports neutralise formulas and carry
geometry."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import openpyxl
import pytest

from domain.schema import DATASETS
from exports import formats, templates
from i18n import t
from loaders import uploads
from storage import defaults

NAMES = sorted(DATASETS)


@pytest.mark.parametrize("name", NAMES)
def test_xlsx_template_has_data_instructions_and_drop_downs(name):
    dataset = DATASETS[name]
    workbook = openpyxl.load_workbook(io.BytesIO(templates.xlsx_template(name)))
    assert workbook.sheetnames[:2] == [name, templates.INSTRUCTIONS_SHEET]
    data = workbook[name]
    assert [c.value for c in data[1]] == dataset.column_names

    instructions = workbook[templates.INSTRUCTIONS_SHEET]
    text = "\n".join(str(c.value) for row in instructions.iter_rows() for c in row if c.value)
    assert t("template.howto", "id").split("\n")[0] in text
    assert t("template.howto", "en").split("\n")[0] in text
    for column in dataset.columns:
        assert column.name in text
        for allowed in column.allowed:
            assert allowed in text

    lists = {str(dv.sqref): dv for dv in data.data_validations.dataValidation
             if dv.type == "list"}
    choices_sheet = workbook[templates.CHOICES_SHEET]
    for position, column in enumerate(dataset.columns, start=1):
        if column.type != "choice":
            continue
        letter = openpyxl.utils.get_column_letter(position)
        validation = lists[f"{letter}2:{letter}{templates.TEMPLATE_ROWS + 1}"]
        ref = validation.formula1.lstrip("=").split("!")[1].replace("$", "")
        values = [c.value for row in choices_sheet[ref] for c in row]
        assert values == list(column.allowed)


def test_instructions_describe_type_range_unit_and_requirement():
    rows = {r["column"]: r for r in templates.instructions("participation")}
    row = rows["partisipasi_total"]
    assert row["type_id"] == "persen (0–100)" and row["type_en"] == "percent (0–100)"
    assert row["range_id"] == "0 sampai 100" and row["unit_id"] == "%"
    assert row["required_id"] == "boleh kosong" and rows["dpt_total"]["required_en"] == "required"
    assert "DPT" in rows["dpt_total"]["description_id"]


@pytest.mark.parametrize("name", NAMES)
def test_csv_template_header_matches_the_schema(name):
    text = templates.csv_template(name).decode("utf-8-sig")
    assert next(csv.reader(io.StringIO(text))) == DATASETS[name].column_names


@pytest.mark.parametrize("name", ["conflict_risk", "participation", "outreach"])
def test_csv_template_example_row_is_valid(name):
    data = templates.csv_template(name, example=True)
    report = uploads.check_upload(name, data, "t.csv", today=dt.date(2026, 11, 29))
    assert report.ok, report.text()


def test_filled_xlsx_template_validates(tmp_path):
    workbook = openpyxl.load_workbook(io.BytesIO(templates.xlsx_template("conflict_risk")))
    sheet = workbook["conflict_risk"]
    values = {"kab_kota": "64.08", "periode": "2026-Q3", "tingkat_rawan": "tinggi", "skor": 70,
              "jumlah_kejadian": 3, "unit_pelapor": "Kesbangpol Kutim",
              "tanggal_laporan": dt.date(2026, 10, 2), "sumber": "laporan"}
    for position, name in enumerate(DATASETS["conflict_risk"].column_names, start=1):
        sheet.cell(row=2, column=position, value=values.get(name))
    buffer = io.BytesIO()
    workbook.save(buffer)
    report = uploads.check_upload("conflict_risk", buffer.getvalue(), "isi.xlsx",
                                   today=dt.date(2026, 11, 29))
    assert report.ok, report.text()
    assert not report.warnings  # the template's own sheets raise no "several sheets" warning
    assert report.frame.loc[0, "tanggal_laporan"] == dt.date(2026, 10, 2)


def test_neutralise():
    for value in ("=1+1", "+1", "-1", "@x", "\tx", "\rx"):
        assert formats.neutralise(value) == "'" + value
    assert formats.neutralise("Samarinda") == "Samarinda"


def test_csv_export_neutralises_text_but_not_numbers():
    frame = defaults.load_demo("conflict_risk").frame.head(2).copy()
    frame.loc[0, "sumber"] = "=HYPERLINK(\"http://x\")"
    frame.loc[1, "catatan"] = "<script>alert(1)</script>"
    rows = list(csv.DictReader(io.StringIO(
        formats.to_csv(DATASETS["conflict_risk"], frame).decode("utf-8-sig"))))
    assert rows[0]["sumber"] == "'=HYPERLINK(\"http://x\")"
    assert rows[1]["catatan"] == "<script>alert(1)</script>"  # text stays text
    assert rows[0]["skor"] == "37" and rows[0]["tanggal_laporan"] == "2026-01-18"


def test_geojson_for_a_district_dataset_uses_the_tile_geometry():
    frame = defaults.load_demo("participation").frame
    collection = json.loads(formats.export("participation", frame, "geojson"))
    assert len(collection["features"]) == len(frame)
    feature = collection["features"][0]
    assert feature["geometry"]["type"] in ("Polygon", "MultiPolygon")
    assert feature["properties"]["kab_kota"] == "64.01"
    assert feature["properties"]["nama_kab_kota"] and feature["properties"]["geometri_skematis"]
    assert isinstance(feature["properties"]["dpt_total"], float)


def test_geojson_for_point_datasets_uses_lat_lon():
    frame = defaults.load_demo("incidents").frame.head(3).copy()
    frame.loc[2, ["lat", "lon"]] = None
    features = json.loads(formats.export("incidents", frame, "geojson"))["features"]
    assert features[0]["geometry"] == {"type": "Point", "coordinates": [
        float(frame.loc[0, "lon"]), float(frame.loc[0, "lat"])]}
    assert features[2]["geometry"] is None  # no made-up location


def test_xlsx_export_round_trips_through_the_validator():
    frame = defaults.load_demo("outreach").frame
    data = formats.export("outreach", frame, "xlsx")
    report = uploads.check_upload("outreach", data, "ekspor.xlsx", today=dt.date(2026, 11, 29))
    assert report.ok, report.text()
    assert report.frame.equals(frame)
