"""Unit tests of the thematic pages' pure parts: change classification, gaps, coverage, the
priority composite, point layers (escaping, local clustering assets) and the IKP reference."""

from __future__ import annotations

import csv
import datetime as dt
import re

import pandas as pd
import pytest

from domain import schema
from indicators import thematic
from loaders import reference
from maps import assets, points
from maps.assets import offline_map
from maps.palette import GAP_COLOURS, NO_DATA_COLOUR, class_colour
from maps.thematic import layer_geojson
from storage import defaults
from ui.thematic import clicked_district
from views import conflict_risk as risk_view
from views import participation as participation_view


def typed(name: str, rows: list[dict]) -> pd.DataFrame:
    return schema.typed_frame(schema.DATASETS[name], pd.DataFrame(rows))


def risk_row(code, period, level, score, categories="", source="Kesbangpol"):
    return {"kab_kota": code, "kecamatan": "", "periode": period, "tingkat_rawan": level,
            "skor": score, "kategori": categories, "jumlah_kejadian": 1, "catatan": "",
            "unit_pelapor": "Kesbangpol", "tanggal_laporan": "2026-01-10", "sumber": source}


# --- conflict risk -------------------------------------------------------------------------------

@pytest.mark.parametrize("before, now, expected", [
    ("rendah", "sedang", thematic.WORSE), ("sedang", "tinggi", thematic.WORSE),
    ("rendah", "tinggi", thematic.WORSE), ("tinggi", "sedang", thematic.BETTER),
    ("sedang", "rendah", thematic.BETTER), ("sedang", "sedang", thematic.SAME),
    (None, "tinggi", None), ("tinggi", pd.NA, None), ("", "rendah", None),
])
def test_change_is_classified_by_level(before, now, expected):
    assert thematic.classify_change(before, now) == expected


def test_risk_change_compares_with_the_previous_period_only():
    conflict = typed("conflict_risk", [
        risk_row("64.01", "2026-Q1", "rendah", 10), risk_row("64.01", "2026-Q2", "tinggi", 70),
        risk_row("64.02", "2026-Q2", "sedang", 40), risk_row("64.02", "2026-Q3", "rendah", 12),
        risk_row("64.03", "2026-Q1", "tinggi", 80), risk_row("64.03", "2026-Q2", "tinggi", 75),
    ])
    periods = ["2026-Q3", "2026-Q1", "2026-Q2"]
    assert thematic.previous_period(periods, "2026-Q2") == "2026-Q1"
    assert thematic.previous_period(periods, "2026-Q1") is None
    change = thematic.risk_change(conflict, "2026-Q2", "2026-Q1").set_index("kode")
    assert change.at["64.01", "perubahan"] == thematic.WORSE
    assert change.at["64.03", "perubahan"] == thematic.SAME
    assert pd.isna(change.at["64.02", "perubahan"])  # nothing in Q1 to compare with
    assert len(change) == 10


def test_categories_are_split_per_district():
    conflict = typed("conflict_risk", [
        risk_row("64.01", "2026-Q1", "rendah", 10, "sara;ormas"),
        risk_row("64.02", "2026-Q1", "rendah", 10, "ormas"),
        risk_row("64.02", "2026-Q2", "rendah", 10, "batas_wilayah"),
    ])
    cats = thematic.categories_by_district(conflict, "2026-Q1")
    assert sorted(cats["kategori"]) == ["ormas", "ormas", "sara"]
    assert set(cats["kode"]) == {"64.01", "64.02"}


def test_incident_filters_and_counts():
    incidents = defaults.load_demo("incidents").frame
    start, end = dt.date(2026, 1, 1), dt.date(2026, 3, 31)
    shown = thematic.filter_incidents(incidents, start, end, ["sara"], ["diverifikasi"])
    assert all(start <= d <= end for d in shown["tanggal"])
    assert set(shown["kategori"]) <= {"sara"}
    counts = thematic.counts_by_district(thematic.filter_incidents(incidents))
    assert len(counts) == 10 and counts.sum() == len(incidents)
    assert thematic.counts_by_district(incidents.iloc[0:0]).sum() == 0


# --- participation -------------------------------------------------------------------------------

def participation_rows():
    base = {"dpt_total": 1000, "dpt_perempuan": 480, "dpt_pemilih_pemula": 100,
            "target_total": 80, "target_perempuan": 80, "target_pemilih_pemula": 75,
            "sumber": "KPU", "sumber_partisipasi": ""}
    return typed("participation", [
        {**base, "kab_kota": "64.01", "pemilihan": "Pilkada 2024", "partisipasi_total": 66.5,
         "partisipasi_perempuan": 81.0, "partisipasi_pemilih_pemula": None},
        {**base, "kab_kota": "64.02", "pemilihan": "Pilkada 2024", "partisipasi_total": 85.0,
         "partisipasi_perempuan": 80.0, "partisipasi_pemilih_pemula": 60.0},
        {**base, "kab_kota": "64.01", "pemilihan": "Pemilu 2024", "partisipasi_total": 78.0,
         "partisipasi_perempuan": 77.0, "partisipasi_pemilih_pemula": 70.0},
    ])


def test_gap_is_achieved_minus_target_and_unknown_when_a_figure_is_missing():
    gaps = thematic.participation_gaps(participation_rows(), "Pilkada 2024").set_index("kode")
    assert gaps.at["64.01", "selisih_total"] == pytest.approx(-13.5)
    assert gaps.at["64.01", "selisih_perempuan"] == pytest.approx(1.0)
    assert pd.isna(gaps.at["64.01", "selisih_pemilih_pemula"])
    assert gaps.at["64.02", "selisih_total"] == pytest.approx(5.0)
    assert pd.isna(gaps.at["64.03", "selisih_total"]) and not gaps.at["64.03", "ada_data"]
    assert len(gaps) == 10


@pytest.mark.parametrize("gap, expected", [
    (-25, 0), (-10, 1), (-7.5, 1), (-5, 2), (-0.1, 2), (0, 3), (4.9, 3), (5, 4), (10, 5),
    (None, None), (pd.NA, None)])
def test_gap_classes_split_at_the_target(gap, expected):
    assert thematic.gap_class(gap) == expected
    assert class_colour(expected, GAP_COLOURS) == (GAP_COLOURS[expected] if expected is not None
                                                   else NO_DATA_COLOUR)


def test_dpt_composition_and_election_comparison():
    frame = participation_rows()
    comp = thematic.dpt_composition(frame, "Pilkada 2024")
    row = comp[(comp["kode"] == "64.01") & (comp["bagian"] == "laki_laki")].iloc[0]
    assert row["jumlah"] == 520 and row["persen"] == pytest.approx(52.0)
    comparison = thematic.election_comparison(frame, "total")
    assert set(comparison["pemilihan"]) == {"Pilkada 2024", "Pemilu 2024"}
    assert thematic.elections(frame) == ["Pemilu 2024", "Pilkada 2024"]
    assert thematic.default_election(frame) == "Pilkada 2024"


def test_gap_legend_has_one_label_per_colour():
    items = participation_view.gap_legend_items("id")
    assert [c for c, _ in items] == list(GAP_COLOURS)


# --- outreach coverage ---------------------------------------------------------------------------

@pytest.mark.parametrize("reached, voters, expected", [
    (50, 1000, 5.0), (0, 1000, 0.0), (None, 1000, 0.0), (10, 0, None), (10, None, None),
    (10, pd.NA, None)])
def test_coverage_percent(reached, voters, expected):
    assert thematic.coverage_percent(reached, voters) == expected


def test_coverage_per_district_and_filters():
    acts = typed("outreach", [
        {"tanggal": "2026-02-01", "kab_kota": "64.01", "jenis_kegiatan": "diskusi_kelompok",
         "sasaran": "perempuan", "peserta_total": 100, "peserta_perempuan": 60,
         "peserta_pemilih_pemula": 10, "penyelenggara": "K", "sumber": "S"},
        {"tanggal": "2026-05-01", "kab_kota": "64.01", "jenis_kegiatan": "pelatihan_kader",
         "sasaran": "umum", "peserta_total": 50, "peserta_perempuan": 20,
         "peserta_pemilih_pemula": 5, "penyelenggara": "K", "sumber": "S"},
    ])
    cov = thematic.coverage(acts, participation_rows(), "Pilkada 2024").set_index("kode")
    assert cov.at["64.01", "kegiatan"] == 2
    assert cov.at["64.01", "cakupan_total"] == pytest.approx(15.0)
    assert cov.at["64.01", "cakupan_perempuan"] == pytest.approx(80 / 480 * 100)
    assert cov.at["64.02", "cakupan_total"] == pytest.approx(0.0)  # DPT known, nobody reached
    assert pd.isna(cov.at["64.03", "cakupan_total"])  # no DPT: unknown, not 0
    only_feb = thematic.filter_activities(acts, dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert len(only_feb) == 1
    assert len(thematic.filter_activities(acts, groups=["umum"], types=["pelatihan_kader"])) == 1
    assert len(thematic.filter_activities(acts, districts=["64.02"])) == 0
    assert [thematic.activity_count_class(n) for n in (0, 1, 3, 6, 11)] == [0, 1, 2, 3, 4]


# --- priority composite --------------------------------------------------------------------------

def components(rows):
    frame = pd.DataFrame(rows, columns=["kode", "nama", "komponen_risiko",
                                        "komponen_partisipasi", "komponen_sosialisasi"])
    for c in thematic.COMPONENTS:
        frame[c] = frame[c].astype("Float64")
    return frame


def test_composite_is_the_weighted_mean_and_weights_change_the_ranking():
    frame = components([("64.01", "A", 90, 0, 0), ("64.02", "B", 10, 100, 100)])
    by_risk = thematic.composite_priority(frame, thematic.Weights(risk=100, gap=0, coverage=0))
    assert list(by_risk["kode"]) == ["64.01", "64.02"]
    assert by_risk.iloc[0]["skor_komposit"] == pytest.approx(90)
    by_gap = thematic.composite_priority(frame, thematic.Weights(risk=20, gap=40, coverage=40))
    assert list(by_gap["kode"]) == ["64.02", "64.01"]
    assert by_gap.iloc[0]["skor_komposit"] == pytest.approx((20 * 10 + 40 * 100 + 40 * 100) / 100)
    assert list(by_gap["peringkat"]) == [1, 2]
    assert by_gap.iloc[0]["kelas"] == 4


def test_composite_skips_missing_components_and_flags_the_row():
    frame = components([("64.01", "A", 60, None, 20), ("64.02", "B", None, None, None)])
    ranked = thematic.composite_priority(frame, thematic.Weights(40, 30, 30)).set_index("kode")
    assert ranked.at["64.01", "skor_komposit"] == pytest.approx((40 * 60 + 30 * 20) / 70)
    assert not ranked.at["64.01", "lengkap"]
    assert pd.isna(ranked.at["64.02", "skor_komposit"])
    assert pd.isna(ranked.at["64.02", "peringkat"])
    zero = thematic.composite_priority(frame, thematic.Weights(0, 0, 0))
    assert zero["skor_komposit"].isna().all()


def test_shortfall_and_coverage_need_components():
    assert thematic.shortfall_component([-10, 5, None]) == pytest.approx(25.0)  # mean(10, 0) of 20
    assert thematic.shortfall_component([-40]) == 100.0
    assert thematic.shortfall_component([None, pd.NA]) is None
    need = thematic.coverage_need(pd.Series([0.5, 0.25, None, 0.0]))
    assert list(need[:2]) == [0.0, 50.0] and pd.isna(need[2]) and need[3] == 100.0


def test_priority_components_from_demo_data_cover_every_district():
    demo = {n: defaults.load_demo(n).frame for n in ("conflict_risk", "participation",
                                                      "outreach")}
    comp = thematic.priority_components(demo["conflict_risk"], demo["participation"],
                                   demo["outreach"], "Pilkada 2024", "2026-Q3")
    assert len(comp) == 10
    for column in thematic.COMPONENTS:
        values = comp[column].dropna()
        assert ((values >= 0) & (values <= 100)).all(), column


# --- one district --------------------------------------------------------------------------------

def test_reporting_status_lists_every_period_anyone_reported():
    conflict = typed("conflict_risk", [
        risk_row("64.01", "2026-Q1", "rendah", 10), risk_row("64.02", "2026-Q2", "sedang", 40),
        risk_row("64.01", "2026-Q3", "sedang", 30)])
    status = thematic.reporting_status(conflict, "64.01")
    assert list(status["periode"]) == ["2026-Q1", "2026-Q2", "2026-Q3"]
    assert list(status["dilaporkan"]) == [True, False, True]
    assert status.iloc[0]["tanggal_laporan"] == dt.date(2026, 1, 10)


def test_clicked_district_accepts_only_a_known_feature_id():
    assert clicked_district({"last_active_drawing": {"id": "64.72", "properties": {}}}) == "64.72"
    assert clicked_district({"last_active_drawing": {"id": "<script>"}}) is None
    assert clicked_district({"last_active_drawing": None}) is None
    assert clicked_district(None) is None


# --- escaping and offline assets -----------------------------------------------------------------

EVIL = '<img src=x onerror="alert(1)">'


def test_point_popups_and_tooltips_escape_data_strings():
    incidents = defaults.load_demo("incidents").frame.head(3).copy()
    incidents["sumber"] = EVIL
    incidents["kecamatan"] = "<b>Sungai</b>"
    rows, fields = risk_view.incident_points(incidents, "id")
    m = offline_map(location=(0, 117), zoom_start=7)
    points.add_clustered_points(m, rows, fields, "Kejadian")
    html = m.get_root().render()
    assert EVIL not in html and "<b>Sungai</b>" not in html
    assert "&lt;img src=x onerror=" in html and "&lt;b&gt;Sungai&lt;/b&gt;" in html
    assert "Kejadian contoh" not in html  # the internal description stays off the map


def test_tile_counts_and_change_tooltips_escape_data_strings():
    from loaders.areas import schematic_tiles

    areas = schematic_tiles().frame
    m = offline_map(location=(0, 117), zoom_start=7)
    points.add_tile_counts(m, areas, pd.Series({"64.01": 3}), EVIL)
    html = m.get_root().render()
    assert EVIL not in html and points.COUNT_CLASS in html
    conflict = typed("conflict_risk", [risk_row("64.01", "2026-Q1", "rendah", 10),
                                       risk_row("64.01", "2026-Q2", "tinggi", 70, source=EVIL)])
    change = thematic.risk_change(conflict, "2026-Q2", "2026-Q1")
    change["nama"] = change["nama"].where(change["kode"] != "64.01", EVIL)
    layer = risk_view.change_layer(change, "id", "2026-Q2", "2026-Q1")
    data = layer_geojson(areas, layer)
    names = [f["properties"]["nama"] for f in data["features"] if f["id"] == "64.01"]
    assert names == ["&lt;img src=x onerror=&#34;alert(1)&#34;&gt;"]


def test_marker_cluster_loads_from_local_static_files():
    m = offline_map(location=(0, 117), zoom_start=7)
    cluster = points.add_clustered_points(
        m, pd.DataFrame({"lat": [0.1], "lon": [117.0], "_colour": ["#000000"], "a": ["x"]}),
        [("a", "A")], "t")
    urls = [u for _, u in cluster.default_js + cluster.default_css]
    assert urls and all(u.startswith(assets.STATIC_URL + "/markercluster/") for u in urls)
    assert assets.STATIC_URL.startswith("/app/static/vendor/")  # served by the app, versioned
    html = m.get_root().render()
    for cdn in ("cdnjs", "jsdelivr", "unpkg", "code.jquery.com", "d3js.org"):
        assert cdn not in html
    for url in urls:
        relative = url.removeprefix(assets.STATIC_URL + "/")
        assert assets.vendor_file(relative).is_file()


# --- IKP reference -------------------------------------------------------------------------------

def test_ikp_table_keeps_its_own_scale_and_names_sources():
    table = thematic.ikp_table()
    assert len(table) == 11  # ten kab/kota and the province
    assert set(table["kategori"]) <= {"rendah", "sedang", "tinggi"}
    assert table["sumber"].str.len().gt(0).all()
    # every score is published now: none is implied from "the other eight were sedang"
    assert not table["tersirat"].any() and table["skor"].notna().all()
    assert table["keyakinan"].str.len().gt(0).all() and table["url"].str.startswith("http").all()
    high = set(table.loc[table["kategori"] == "tinggi", "kode"])
    assert {"64.02", "64.07", "64"} == high
    # each kab/kota's category is the one its score falls in on the kab/kota scale
    for row in table[table["kode"] != "64"].itertuples():
        assert row.kategori == reference.ikp_category(row.skor, reference.IKP_KAB_KOTA_THRESHOLDS)
    province = table.set_index("kode").loc["64"]
    assert province["skor"] == 77.04 and province["dimensi_penyelenggaraan_pemilu"] == 100.0
    assert (74.04, "Cekricek, Ketua Bawaslu Kaltim 21 Jun 2023; Databoks") in province["alternatif"]


def test_ikp_figures_agree_with_the_published_figures(shared_dir):
    with open(shared_dir / "facts" / "kaltim_published_figures_2024.csv", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["indikator"].startswith("IKP Pemilu 2024")]
    by_code = {f.code: f for f in reference.IKP_FIGURES}
    scores = [r for r in rows if r["indikator"].startswith("IKP Pemilu 2024 - skor")]
    assert len(scores) == len(by_code) == 11
    for row in scores:
        figure = by_code[row["kode_kemendagri"]]
        assert figure.score == pytest.approx(float(row["nilai"]))
        assert figure.source == row["sumber"] and figure.url == row["url"]
        stated = re.search(r"rawan (rendah|sedang|tinggi)", row["catatan"])
        if stated:
            assert figure.category == stated.group(1)
    category = next(r for r in rows if r["indikator"] == "IKP Pemilu 2024 - kategori provinsi")
    assert by_code["64"].category == category["nilai"].removeprefix("rawan ")
    dimensions = {r["indikator"]: float(r["nilai"]) for r in rows if "dimensi" in r["indikator"]}
    assert dict(by_code["64"].dimensions) == {
        key: dimensions[indicator] for key, indicator in reference.IKP_DIMENSIONS}


def test_sources_in_captions_cannot_inject_markdown_images_or_links():
    from indicators import figures as indicators_figures
    from storage import defaults
    from views.overview import sources_text
    from views.text import md_escape
    from views.thematic_common import source_caption

    evil = "![x](http://example.org/pixel.png) [klik](http://example.org) <img src=x>"
    caption = source_caption("id", [evil], "2026-Q3")
    assert "](" not in caption.replace("\\]\\(", "")
    figures = indicators_figures.key_figures(defaults.load_demo("conflict_risk").frame,
                                     defaults.load_demo("outreach").frame, "2026-Q3")
    text = sources_text(figures, "id", {evil}, {evil}, escape=md_escape)  # as the caption
    assert "![x](" not in text and "\\<img" in text
