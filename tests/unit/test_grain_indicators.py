"""The one rule for a kab/kota's level when its report is per kecamatan (indicators/grain.py),
and that every "latest risk per district" goes through it: figures, thematic, tables, slides,
the PDF's table; the kecamatan of points given only by coordinates (point in polygon)."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
from shapely.geometry import box

from domain.schema import DATASETS, typed_frame
from indicators import figures, grain, thematic
from tests.helpers.demo import demo, demo_data
from views import overview as overview_view
from views import presentation

RISK = DATASETS["conflict_risk"]


def reports(rows: list[dict]) -> pd.DataFrame:
    base = {"periode": "2026-Q3", "kategori": "sara", "jumlah_kejadian": "1", "catatan": "",
            "unit_pelapor": "Kesbangpol", "tanggal_laporan": "2026-10-05", "sumber": "uji"}
    return typed_frame(RISK, pd.DataFrame([{**base, **r} for r in rows]))


SAMARINDA_Q3 = [
    {"kab_kota": "64.72", "kecamatan": "64.72.01", "tingkat_rawan": "tinggi", "skor": "80"},
    {"kab_kota": "64.72", "kecamatan": "64.72.02", "tingkat_rawan": "tinggi", "skor": "75"},
    {"kab_kota": "64.72", "kecamatan": "64.72.03", "tingkat_rawan": "tinggi", "skor": "70",
     "kategori": "ormas", "jumlah_kejadian": "5"},
    {"kab_kota": "64.72", "kecamatan": "64.72.04", "tingkat_rawan": "rendah", "skor": "10"},
]


def test_without_own_row_the_highest_kecamatan_level_decides():
    rows = grain.district_rows(reports(SAMARINDA_Q3)).set_index("kab_kota")
    row = rows.loc["64.72"]
    assert (row["tingkat_rawan"], float(row["skor"]), row["tingkat_asal"]) == ("tinggi", 80.0,
                                                                                grain.FROM_KECAMATAN)
    assert int(row["jumlah_kejadian"]) == 8 and row["kategori"] == "ormas;sara"
    assert (row["kecamatan_tertinggi"], row["kecamatan_dilaporkan"], row["kecamatan_jumlah"]) == (
        3, 4, 10)


def test_own_row_decides_over_its_kecamatan():
    own = {"kab_kota": "64.72", "kecamatan": "", "tingkat_rawan": "sedang", "skor": "50"}
    rows = grain.district_rows(reports([own, *SAMARINDA_Q3]))
    assert len(rows) == 1
    row = rows.iloc[0]
    assert (row["tingkat_rawan"], float(row["skor"]), row["tingkat_asal"]) == ("sedang", 50.0,
                                                                                grain.OWN)


def test_a_kecamatan_given_by_its_desa_counts_with_their_highest_level():
    rows = reports([
        {"kab_kota": "64.72", "kecamatan": "64.72.06", "desa": "64.72.06.1001",
         "tingkat_rawan": "sedang", "skor": "40"},
        {"kab_kota": "64.72", "kecamatan": "64.72.06", "desa": "64.72.06.1002",
         "tingkat_rawan": "tinggi", "skor": "71"},
    ])
    levels = grain.kecamatan_levels(rows, "64.72", "2026-Q3")
    assert levels.loc["64.72.06", "tingkat_rawan"] == "tinggi"
    assert grain.district_rows(rows).iloc[0]["tingkat_rawan"] == "tinggi"


def test_figures_thematic_and_slides_use_the_rule():
    conflict = reports(SAMARINDA_Q3)
    assert figures.reported_in(conflict, "2026-Q3") == {"64.72"}
    assert figures.report_counts(conflict) == {"2026-Q3": 1}
    summary = figures.district_summary(conflict, demo("participation"), demo("outreach"), "2026-Q3")
    row = summary.set_index("kode").loc["64.72"]
    assert row["tingkat_rawan"] == "tinggi" and row["status_laporan"] == figures.CURRENT
    assert thematic.risk_in_period(conflict, "2026-Q3").loc["64.72", "tingkat_rawan"] == "tinggi"
    assert thematic.risk_history(conflict)["tingkat_rawan"].tolist() == ["tinggi"]
    assert thematic.reporting_status(conflict, "64.72")["dilaporkan"].tolist() == [True]


def test_tooltip_and_tables_say_how_many_kecamatan_in_both_languages():
    conflict = reports(SAMARINDA_Q3)
    summary = figures.district_summary(conflict, demo("participation"), demo("outreach"), "2026-Q3")
    samarinda = summary.set_index("kode").loc["64.72"]
    assert overview_view.basis_text(samarinda, "id") == \
        "3 dari 10 kecamatan rawan tinggi (4 dilaporkan)"
    assert overview_view.basis_text(samarinda, "en") == \
        "3 of 10 kecamatan high risk (4 reported)"
    layer = overview_view.risk_layer(summary, "id")
    assert layer.values.loc["64.72", "dasar"].startswith("3 dari 10 kecamatan rawan tinggi")
    table = overview_view.summary_table(summary, "id")
    level = table.loc[table.iloc[:, 0] == "Kota Samarinda"].iloc[0, 2]
    assert "3 dari 10 kecamatan rawan tinggi" in level


def test_demo_samarinda_reports_per_kecamatan_and_its_level_follows():
    conflict = demo("conflict_risk")
    assert (conflict["kecamatan"] != "").any()
    assert conflict.loc[conflict["kecamatan"] != "", "kecamatan"].str.match(r"\d{2}\.\d{2}\.\d{2}$").all()
    reports_q3 = figures.period_reports(conflict, "2026-Q3").set_index("kode")
    samarinda = reports_q3.loc["64.72"]
    assert samarinda["status"] == figures.CURRENT and samarinda["tingkat_asal"] == grain.FROM_KECAMATAN
    kukar = reports_q3.loc["64.02"]
    assert kukar["tingkat_asal"] == grain.OWN and kukar["tingkat_rawan"] == "sedang"
    # Kukar's Tenggarong is above its kab/kota's own level: the own row decided
    assert grain.kecamatan_levels(conflict, "64.02", "2026-Q3").loc["64.02.06", "tingkat_rawan"] \
        == "tinggi"


def test_risk_slide_table_carries_the_basis():
    data = demo_data()
    slide = presentation.risk_slide(data, "id")
    assert slide.table.iloc[:, 1].str.contains("kecamatan rawan").any()


def test_kecamatan_table_lists_every_kecamatan_of_the_district():
    table = grain.kecamatan_table(reports(SAMARINDA_Q3), "64.72", "2026-Q3")
    assert len(table) == 10
    assert table.set_index("kode").loc["64.72.01", "tingkat_rawan"] == "tinggi"
    assert table.set_index("kode")["tingkat_rawan"].isna().sum() == 6


def _layer() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"kode": ["64.72.06", "64.72.01"]},
                            geometry=[box(117.0, -0.6, 117.1, -0.4), box(117.1, -0.6, 117.3, -0.4)],
                            crs=4326)


def test_point_in_polygon_fills_only_empty_kecamatan_and_marks_it_approximate():
    frame = pd.DataFrame({"kab_kota": ["64.72", "64.72", "64.72", "64.71"],
                          "kecamatan": ["", "64.72.03", "", ""],
                          "lat": [-0.5, -0.5, 5.0, -0.5], "lon": [117.05, 117.05, 117.05, 117.2]})
    out = grain.locate_kecamatan(frame, _layer())
    assert out["kecamatan"].tolist() == ["64.72.06", "64.72.03", "", ""]
    assert out[grain.APPROXIMATE_COLUMN].tolist() == [True, False, False, False]
    unchanged = grain.locate_kecamatan(frame, None)
    assert unchanged["kecamatan"].tolist() == frame["kecamatan"].tolist()
    assert not unchanged[grain.APPROXIMATE_COLUMN].any()


def test_incident_tooltips_name_the_kecamatan_and_say_when_it_is_an_estimate():
    from views import conflict_risk as risk_view

    incidents = demo("incidents").head(3).copy()
    incidents["kab_kota"] = "64.72"
    incidents["kecamatan"] = ["64.72.06", "", ""]
    incidents["lat"], incidents["lon"] = -0.5, 117.05
    located = grain.locate_kecamatan(incidents, _layer())
    for lang, words in (("id", "perkiraan dari koordinat"), ("en", "estimated from coordinates")):
        frame, fields = risk_view.incident_points(located, lang)
        assert frame["kecamatan"].tolist() == ["Sungai Kunjang", f"Sungai Kunjang ({words})",
                                               f"Sungai Kunjang ({words})"]
        assert "kecamatan" in [f for f, _ in fields]


def test_activity_tooltips_name_the_kecamatan_and_say_when_it_is_an_estimate():
    from views import outreach as outreach_view

    acts = demo("outreach").head(2).copy()
    acts["kab_kota"], acts["kecamatan"] = "64.72", ["64.72.01", ""]
    acts["lat"], acts["lon"] = -0.5, 117.05
    frame, fields = outreach_view.activity_points(grain.locate_kecamatan(acts, _layer()), "id")
    assert frame["kecamatan"].tolist() == ["Palaran", "Sungai Kunjang (perkiraan dari koordinat)"]
    assert ("kecamatan", "Kecamatan") in fields


def test_desa_of_a_kecamatan_coloured_by_their_reported_level():
    from maps.palette import RISK_COLOURS
    from views import drilldown

    conflict = demo("conflict_risk")  # Samarinda's Sungai Kunjang reports per kelurahan, 2026-Q3
    levels = grain.desa_levels(conflict, "64.72.06", "2026-Q3")
    assert len(levels) == 7
    areas = pd.DataFrame({"kode": list(levels.index) + ["64.72.06.9999"],
                          "nama": ["x"] * (len(levels) + 1)})
    layer = drilldown.risk_layer(areas, levels, pd.Series([0] * len(areas)), None, "en",
                                 "Sungai Kunjang", "2026-Q3")
    assert layer.colour.to_dict() == {c: RISK_COLOURS[lv] for c, lv in
                                      levels["tingkat_rawan"].items()}
    assert layer.no_data_label == "not reported" and "Risk level" in layer.legend_title


def test_a_bps_coded_layer_joins_through_the_registry():
    from views import drilldown

    areas = pd.DataFrame({"kode": ["6472050", "64.72.06"], "kode_skema": ["bps", "kemendagri"],
                          "nama": ["Samarinda Ulu", "Sungai Kunjang"]})
    assert drilldown.kemendagri_codes(areas).tolist() == ["64.72.03", "64.72.06"]
