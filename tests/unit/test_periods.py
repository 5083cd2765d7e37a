"""A period partly reported: the one rule (indicators.figures.period_reports) says which report a
district is shown with and whether it counts, and every consumer follows it. Two cases: the demo's
newest period (2026-Q3, Penajam Paser Utara and Mahakam Ulu still on their 2026-Q2 report), and
one district (Samarinda) reporting 2026-Q4 early while the nine others are on 2026-Q3."""

from __future__ import annotations

import io
import re

import pandas as pd
import pytest
from pypdf import PdfReader

from domain import schema
from indicators import figures as indicators_figures
from indicators import thematic
from loaders import areas as loaders_areas
from maps.palette import STALE_SWATCH
from maps.thematic import STALE_FIELD, layer_geojson, stale_pattern_id, thematic_map
from storage import defaults
from tests.helpers.demo import demo, with_early_q4
from views import overview as view
from views import thematic_common

STALE_DEMO = {"64.09", "64.11"}  # Penajam Paser Utara, Mahakam Ulu: last report 2026-Q2


def summary_of(conflict: pd.DataFrame, period: str) -> pd.DataFrame:
    return indicators_figures.district_summary(conflict, demo("participation"), demo("outreach"), period)


# --- the rule --------------------------------------------------------------------------------

def test_demo_newest_period_two_districts_on_an_older_report():
    reports = indicators_figures.period_reports(demo("conflict_risk"), "2026-Q3").set_index("kode")
    assert len(reports) == 10
    stale = reports[reports["status"] == indicators_figures.STALE]
    assert set(stale.index) == STALE_DEMO
    assert set(stale["periode_laporan"]) == {"2026-Q2"}
    assert not stale["is_current"].any()
    current = reports[reports["status"] == indicators_figures.CURRENT]
    assert len(current) == 8 and set(current["periode_laporan"]) == {"2026-Q3"}
    assert indicators_figures.reported_in(demo("conflict_risk"), "2026-Q3") == set(current.index)


def test_one_district_reporting_a_newer_period_leaves_nine_stale():
    conflict = with_early_q4()
    reports = indicators_figures.period_reports(conflict, "2026-Q4").set_index("kode")
    assert list(reports.index[reports["status"] == indicators_figures.CURRENT]) == ["64.72"]
    stale = reports[reports["status"] == indicators_figures.STALE]
    assert len(stale) == 9
    assert stale.loc["64.11", "periode_laporan"] == "2026-Q2"  # its own newest, named
    assert stale.loc["64.01", "periode_laporan"] == "2026-Q3"
    figures = indicators_figures.key_figures(conflict, demo("outreach"), "2026-Q4")
    assert figures.districts_reported == 1
    assert figures.not_reported == 9 and len(figures.stale_codes) == 9
    # Kutai Barat and Kutai Timur were "tinggi" in 2026-Q3: not high risk FOR 2026-Q4
    assert figures.high_risk_codes == ()


def test_pages_open_on_the_newest_period_most_districts_reported():
    assert indicators_figures.default_period(demo("conflict_risk")) == "2026-Q3"  # 8 of 10
    assert indicators_figures.default_period(with_early_q4()) == "2026-Q3"  # not 1 of 10
    conflict = with_early_q4()
    others = conflict[conflict["periode"] == "2026-Q3"].copy()
    others["periode"] = "2026-Q4"
    most = pd.concat([conflict, others[others["kab_kota"].isin(
        ["64.01", "64.02", "64.03", "64.07", "64.08"])]], ignore_index=True)
    assert indicators_figures.default_period(most) == "2026-Q4"  # 6 of 10
    only_one = demo("conflict_risk")
    only_one = only_one[(only_one["kab_kota"] == "64.01") & (only_one["periode"] == "2026-Q1")]
    assert indicators_figures.default_period(only_one) == "2026-Q1"  # none has a majority: the newest
    assert indicators_figures.default_period(only_one.iloc[0:0]) is None


def test_a_report_per_kecamatan_makes_a_district_reported_with_its_highest_level():
    """Issue 14 changed this rule on purpose (it was: kecamatan rows alone do not count): a
    kab/kota that reports only per kecamatan has reported the period, at the highest kecamatan
    level (indicators.grain.district_rows)."""
    conflict = demo("conflict_risk")
    detail = conflict[(conflict["kab_kota"] == "64.11") & (conflict["periode"] == "2026-Q2")
                      & (conflict["kecamatan"] == "")].copy()
    detail["periode"], detail["kecamatan"] = "2026-Q3", "64.11.01"
    detail["tingkat_rawan"] = "tinggi"
    conflict = pd.concat([conflict, detail], ignore_index=True)
    assert "64.11" in indicators_figures.reported_in(conflict, "2026-Q3")
    figures = indicators_figures.key_figures(conflict, demo("outreach"), "2026-Q3")
    assert figures.districts_reported == 9 and "64.11" in figures.high_risk_codes


def test_a_stale_high_risk_report_is_not_counted_as_high_risk():
    conflict = demo("conflict_risk").copy()
    old = (conflict["kab_kota"] == "64.11") & (conflict["periode"] == "2026-Q2")
    conflict.loc[old, "tingkat_rawan"] = "tinggi"
    figures = indicators_figures.key_figures(conflict, demo("outreach"), "2026-Q3")
    assert "64.11" not in figures.high_risk_codes
    summary = summary_of(conflict, "2026-Q3").set_index("kode")
    assert summary.at["64.11", "tingkat_rawan"] == "tinggi"  # still shown, marked
    assert summary.at["64.11", "status_laporan"] == indicators_figures.STALE
    assert pd.isna(indicators_figures.current_levels(summary).at["64.11"])


def test_priorities_and_needs_count_an_older_report_as_not_reported():
    comp = thematic.priority_components(demo("conflict_risk"), demo("participation"),
                                   demo("outreach"), "Pilkada 2024", "2026-Q3").set_index("kode")
    for code in STALE_DEMO:
        assert pd.isna(comp.at[code, "komponen_risiko"])
        assert comp.at[code, "status_laporan"] == indicators_figures.STALE
    assert comp.drop(index=list(STALE_DEMO))["komponen_risiko"].notna().all()
    ranked = thematic.composite_priority(comp.reset_index(), thematic.Weights()).set_index("kode")
    assert not ranked.loc[list(STALE_DEMO), "lengkap"].any()


# --- the map -----------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, label", [("id", "Laporan periode sebelumnya"),
                                         ("en", "Report from an earlier period")])
def test_stale_districts_are_striped_and_have_a_legend_entry(lang, label):
    summary = summary_of(demo("conflict_risk"), "2026-Q3")
    layer = view.risk_layer(summary, lang)
    assert set(layer.stale) == STALE_DEMO
    areas = loaders_areas.schematic_tiles().frame
    features = {f["id"]: f["properties"] for f in layer_geojson(areas, layer)["features"]}
    assert {c for c, p in features.items() if p.get(STALE_FIELD)} == STALE_DEMO
    # the tooltip names the period the report comes from and says it does not count
    status = features["64.11"]["status"]
    assert ("Triwulan II 2026" if lang == "id" else "Q2 2026") in status
    assert ("dihitung belum melapor" if lang == "id" else "counted as not reported") in status
    html = thematic_map(areas, layer, thematic_common.map_frame(lang, True, True)).get_root().render()
    pattern = stale_pattern_id(features["64.11"]["_colour"])
    assert f"url(#{pattern})" in html and '"dashArray": "6 4"' in html
    assert "createElementNS" in html and "stale-patterns" in html  # the SVG patterns exist
    assert label in html and STALE_SWATCH in html
    # exactly the stale districts get the striped style
    assert len(re.findall(r'"fillColor": "url\(#stale-', html)) == len(
        {features[c]["_colour"] for c in STALE_DEMO})


def test_a_fully_reported_period_has_no_stale_style_or_legend_entry():
    layer = view.risk_layer(summary_of(demo("conflict_risk"), "2026-Q2"), "id")
    assert list(layer.stale) == []
    html = thematic_map(loaders_areas.schematic_tiles().frame, layer,
                        thematic_common.map_frame("id", True, True)).get_root().render()
    assert "url(#stale-" not in html and "Laporan periode sebelumnya" not in html


def test_table_marks_the_older_level_and_the_caption_names_who_did_not_report():
    summary = summary_of(demo("conflict_risk"), "2026-Q3")
    table = view.summary_table(summary, "id").set_index(view.t("district.code", "id"))
    assert table.at["64.11", "Tingkat rawan"] == "Sedang (laporan Triwulan II 2026)"
    # a current report is not marked as older; Samarinda's demo report is per kecamatan (issue 14),
    # so its level says how it came about
    assert table.at["64.72", "Tingkat rawan"] == "Sedang · 6 dari 10 kecamatan rawan sedang"
    text = view.not_reported_text(summary, "en")
    assert text.startswith("Not reported for Q3 2026:")
    assert "Mahakam Ulu (showing the Q2 2026 report)" in text
    assert view.not_reported_text(summary_of(demo("conflict_risk"), "2026-Q2"), "id") == ""


# --- slides, PDF and deck ----------------------------------------------------------------------

def presentation(conflict: pd.DataFrame, period: str):
    from views.presentation import PresentationData

    loaded = {n: defaults.load_demo(n) for n in ("participation", "outreach", "agreements")}
    return PresentationData(
        conflict=defaults.LoadedDataset("conflict_risk", conflict, f"t-{len(conflict)}", True),
        participation=loaded["participation"], outreach=loaded["outreach"],
        agreements=loaded["agreements"], areas=loaders_areas.schematic_tiles(), period=period)


@pytest.mark.parametrize("conflict, period, missing, reported", [
    (None, "2026-Q3", 2, 8), ("early", "2026-Q4", 9, 1)])
def test_slides_count_stale_districts_as_not_reported(conflict, period, missing, reported):
    from views.presentation import build_slide, priority_flags

    frame = with_early_q4() if conflict == "early" else demo("conflict_risk")
    data = presentation(frame, period)
    risk = build_slide(data, "risk", "id")
    assert f"tanpa laporan {missing}" in risk.bullets[0]
    assert any(b.startswith("Belum melapor") and "Mahakam Ulu" in b for b in risk.bullets)
    assert set(risk.layer.stale) == set(data.summary.loc[
        data.summary["status_laporan"] == indicators_figures.STALE, "kode"])
    title = build_slide(data, "title", "id")
    assert any(b.startswith(f"{reported} dari 10") for b in title.bullets)
    flags = priority_flags(data)
    assert "pres.flag.not_reported" in flags["64.11"]
    if conflict == "early":  # Kutai Barat was "tinggi" in 2026-Q3 only
        assert "pres.flag.high_risk" not in flags["64.07"]
    district = build_slide(data, "district:64.11", "id")
    assert "Sedang (laporan Triwulan II 2026)" in district.table.iloc[:, 1].tolist()


def _pdf_text(data, lang="id") -> str:
    from reports.governor_pdf import build_pdf

    pages = PdfReader(io.BytesIO(build_pdf(data, lang, district_codes=["64.11"]))).pages
    return "\n".join(p.extract_text() for p in pages)


@pytest.mark.parametrize("conflict, period, missing", [(None, "2026-Q3", 2),
                                                       ("early", "2026-Q4", 9)])
def test_governor_pdf_counts_stale_districts_as_not_reported(conflict, period, missing):
    frame = with_early_q4() if conflict == "early" else demo("conflict_risk")
    text = _pdf_text(presentation(frame, period))
    assert f"tanpa laporan {missing}" in text
    assert "tanpa laporan 0" not in text
    assert "Laporan periode sebelumnya" in text  # the map's legend entry
    assert f"{10 - missing} dari 10 kab/kota sudah melapor" in text


def test_offline_deck_counts_stale_districts_as_not_reported():
    from reports.deck import build_deck

    html = build_deck(presentation(with_early_q4(), "2026-Q4"), ["title", "risk"], "en")
    assert "no report 9" in html
    assert "Report from an earlier period" in html  # legend entry inside the map frame
    assert "url(#stale-" in html


# --- outreach quarters for the public page -----------------------------------------------------

def test_activity_periods_are_the_quarters_with_activities():
    outreach = schema.typed_frame(schema.OUTREACH, pd.DataFrame({
        "tanggal": ["2026-02-01", "2026-11-03", "2026-03-30"]}))
    assert indicators_figures.activity_periods(outreach) == ["2026-Q1", "2026-Q4"]


# --- priorities when a district has no risk component ------------------------------------------

def test_priority_classes_stay_whole_numbers_when_a_district_has_no_component():
    comp = thematic.priority_components(demo("conflict_risk"), demo("participation"),
                                   demo("outreach"), "Pilkada 2024", "2026-Q3")
    ranked = thematic.composite_priority(comp, thematic.Weights(risk=100, gap=0, coverage=0))
    classes = ranked.set_index("kode")["kelas"]
    assert classes["64.11"] is None  # risk only, and its report is from 2026-Q2
    assert all(isinstance(k, int) for k in classes.drop(index=list(STALE_DEMO)))
