"""The thematic pages under AppTest with missing data: no data at all, one reporting period only,
and participation without turnout figures. Each must say so with st.info, never fail. Also: a
district click handed over by st_folium opens that district's profile."""

from __future__ import annotations

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from domain import schema
from storage import defaults
from tests.helpers.pages import run

THEMATIC = ["conflict_risk.py", "participation.py", "outreach.py", "profile.py", "priorities.py"]
TURNOUT_COLUMNS = [c for c in schema.PARTICIPATION.column_names
                   if c.startswith(("partisipasi_", "target_"))]


def empty(name: str) -> pd.DataFrame:
    return pd.DataFrame(columns=schema.DATASETS[name].column_names)


def scenario(kind: str) -> dict[str, pd.DataFrame]:
    if kind == "empty":
        return {n: empty(n) for n in schema.DATASETS}
    if kind == "one_period":
        conflict = defaults.load_demo("conflict_risk").frame
        return {"conflict_risk": conflict[conflict["periode"] == "2026-Q1"]}
    if kind == "no_turnout":
        part = defaults.load_demo("participation").frame.copy()
        for column in TURNOUT_COLUMNS:
            part[column] = pd.NA
        return {"participation": part}
    raise ValueError(kind)


def infos(at: AppTest) -> str:
    return " ".join(i.value for i in at.info)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("page", THEMATIC)
def test_pages_say_no_data_when_everything_is_empty(page, lang, monkeypatch, data_dir):
    at = run(page, scenario("empty"), monkeypatch, lang)
    assert at.info, f"{page} shows no 'no data' message"
    assert not at.error


def test_conflict_page_with_one_period_has_no_change_map_but_says_why(monkeypatch, data_dir):
    at = run("conflict_risk.py", scenario("one_period"), monkeypatch)
    assert "periode sebelumnya" in infos(at)
    assert not at.select_slider  # one period: named, not a slider with one stop
    assert len(at.dataframe) >= 1  # categories and the IKP reference still shown


@pytest.mark.parametrize("page", THEMATIC)
def test_pages_run_with_one_period_only(page, monkeypatch, data_dir):
    run(page, scenario("one_period"), monkeypatch)


def test_participation_without_turnout_figures_says_so_and_keeps_the_dpt(monkeypatch,
                                                                         data_dir):
    at = run("participation.py", scenario("no_turnout"), monkeypatch)
    text = infos(at)
    assert "peta selisih belum dapat dibuat" in text
    assert "belum tersedia" in text
    assert any("DPT" in s.value for s in at.subheader)


@pytest.mark.parametrize("page", ["outreach.py", "profile.py", "priorities.py"])
def test_other_pages_run_without_turnout_figures(page, monkeypatch, data_dir):
    at = run(page, scenario("no_turnout"), monkeypatch, "en")
    assert not at.error


def test_pages_with_demo_data_show_the_demo_label_and_sources(monkeypatch, data_dir):
    for page in THEMATIC:
        at = run(page, {}, monkeypatch)
        assert any("DATA CONTOH" in w.value for w in at.warning), page
        captions = " ".join(c.value for c in at.caption)
        assert "Sumber:" in captions and "Periode:" in captions, page


def test_ikp_is_shown_apart_from_the_agency_scale(monkeypatch, data_dir):
    at = run("conflict_risk.py", {}, monkeypatch, "en")
    assert any("IKP" in s.value for s in at.subheader)
    ikp = next(d.value for d in at.dataframe if "IKP category" in d.value.columns)
    assert len(ikp) == 11 and "Bawaslu" in " ".join(ikp["Source"])


def test_priority_weights_change_the_ranking(monkeypatch, data_dir):
    at = run("priorities.py", {}, monkeypatch, "en")
    first = list(at.dataframe[0].value["Regency/city"])
    at.slider(key="priority_w_risk").set_value(100).run()
    at.slider(key="priority_w_gap").set_value(0).run()
    at.slider(key="priority_w_coverage").set_value(0).run()
    assert not at.exception
    by_risk = at.dataframe[0].value
    assert list(by_risk["Regency/city"]) != first or len(set(first)) == 1
    assert "W₁ = 100" in " ".join(m.value for m in at.markdown)


def test_a_district_click_opens_its_profile(monkeypatch, data_dir):
    # What st_folium writes to session state when a district polygon is clicked.
    click = {"last_active_drawing": {"type": "Feature", "id": "64.07", "properties": {}}}
    at = run("participation.py", {}, monkeypatch, state={"participation_map": click})
    assert "Kutai Barat" in at.title[0].value
    assert at.session_state["selected_district"] == "64.07"


def test_profile_opens_on_the_selected_district(monkeypatch, data_dir):
    at = run("profile.py", {}, monkeypatch, "en", state={"selected_district": "64.74"})
    assert "Bontang" in at.title[0].value
    assert len(at.metric) == 4


def real_geography(monkeypatch):
    """Pretend official boundaries are imported (the tiles, flagged as not schematic), so the
    pages draw clustered points instead of counts per tile."""
    from loaders import areas

    tiles = areas.schematic_tiles()
    layer = areas.AreaLayer(tiles.frame, schematic=False, version="test-real",
                               attribution="test boundaries")
    monkeypatch.setattr(areas, "district_areas", lambda: layer)
    monkeypatch.setattr(areas, "imported_areas", lambda *a, **k: layer)


@pytest.mark.parametrize("page, maps_with_points", [("conflict_risk.py", 1), ("outreach.py", 1)])
def test_real_geography_draws_clustered_points_from_local_files(page, maps_with_points,
                                                                monkeypatch, data_dir):
    import json

    real_geography(monkeypatch)
    at = run(page, {}, monkeypatch)
    components = [json.loads(e.proto.json_args) for e in at.main
                  if getattr(getattr(e, "proto", None), "json_args", None)]
    clustered = [c for c in components
                 if any("markercluster" in link for link in c.get("js_links", []))]
    assert len(clustered) == maps_with_points
    for c in components:
        links = c.get("js_links", []) + c.get("css_links", [])
        assert all(link.startswith("/app/static/") for link in links), links
    assert "markerClusterGroup" in clustered[0]["script"] or "MarkerClusterGroup" in \
        clustered[0]["script"] or "marker_cluster" in clustered[0]["script"]
    assert "Peta petak skematis" not in " ".join(c.value for c in at.caption)


def template_text_everywhere() -> dict[str, pd.DataFrame]:
    """Every free-text column of every dataset holds Jinja syntax, as a hostile or careless file
    could (folium's renderer would evaluate it: see maps.safe_render)."""
    text = "{% if x %}{{ 7*7 }}"
    frames = {}
    for name, spec in schema.DATASETS.items():
        frame = defaults.load_demo(name).frame.copy()
        for column in spec.columns:
            if column.name in frame and column.name in (
                    "sumber", "sumber_partisipasi", "catatan", "unit_pelapor", "deskripsi",
                    "penyelenggara", "kecamatan", "kesepakatan"):
                frame[column.name] = text
        frames[name] = frame
    return frames


@pytest.mark.parametrize("page", ["overview.py", "conflict_risk.py", "participation.py",
                                  "outreach.py", "priorities.py"])
def test_template_syntax_in_data_does_not_break_a_map_page(page, monkeypatch, data_dir):
    at = run(page, template_text_everywhere(), monkeypatch)  # run() asserts no exception
    assert not at.error


def test_participation_page_names_the_invented_figures_and_each_figures_source(monkeypatch,
                                                                             data_dir):
    at = run("participation.py", {}, monkeypatch)
    banner = " ".join(w.value for w in at.warning)
    # the banner names what is invented, not the whole page
    assert "partisipasi perempuan" in banner and "target partisipasi" in banner
    assert "DPT perempuan (11 dari 20)" in banner
    tables = [d.value for d in at.dataframe]
    published = next(t for t in tables if list(t.columns)[:2] == ["Kabupaten/kota", "Capaian"])
    balikpapan = published[published["Kabupaten/kota"] == "Kota Balikpapan"].iloc[0]
    assert balikpapan["Capaian"].startswith("60,53% (Prokaltim")
    assert "sumber lain: 60,13% (Akurasi.id (KPU Kaltim))" in balikpapan["Capaian"]
    dpt = next(t for t in tables if "Sumber DPT" in t.columns)
    assert dpt["Sumber DPT"].str.contains("Radar Paser, pleno KPU Paser").any()
    lines = " ".join(m.value for m in at.markdown)
    assert "69,18%" in lines and "sumber lain: 69,44%" in lines


def test_ikp_table_shows_every_published_score_with_confidence(monkeypatch, data_dir):
    at = run("conflict_risk.py", {}, monkeypatch, "en")
    ikp = next(d.value for d in at.dataframe if "IKP category" in d.value.columns)
    assert not ikp["IKP score (0–100)"].str.contains("–").any()  # all eleven scores are published
    assert ikp["Confidence"].isin(["medium", "medium to high"]).all()
    kukar = ikp[ikp["Area"] == "Kabupaten Kutai Kartanegara"].iloc[0]
    assert kukar["IKP score (0–100)"].startswith("51.48; other sources: 51.28")
    captions = " ".join(c.value for c in at.caption)
    assert "election administration 100" in captions


def test_profile_gives_each_election_its_dpt_and_turnout_source(monkeypatch, data_dir):
    at = run("profile.py", {}, monkeypatch, state={"selected_district": "64.71"})
    table = next(d.value for d in at.dataframe if "Sumber capaian" in d.value.columns)
    pilkada = table[table["Pemilihan"] == "Pilkada 2024"].iloc[0]
    assert pilkada["Sumber capaian"].startswith("Prokaltim, Komisioner KPU Balikpapan")
    assert "sumber lain: 60,13%" in pilkada["Sumber capaian"]
    assert pilkada["Sumber DPT"].startswith("BorneoFlash / Pamungkasnews")


def test_ikp_table_in_indonesian_has_indonesian_headers_categories_and_confidence(monkeypatch,
                                                                                  data_dir):
    """Issue 11, item 11: the IKP table's source column (and the rest) in the Indonesian UI is
    Indonesian; the English counterpart is the test above."""
    at = run("conflict_risk.py", {}, monkeypatch, "id")
    ikp = next(d.value for d in at.dataframe if "Kategori IKP" in d.value.columns)
    assert list(ikp.columns) == ["Wilayah", "Kategori IKP", "Skor IKP (0–100)", "Periode",
                                 "Sumber", "Keyakinan"]
    assert ikp["Keyakinan"].isin(["sedang", "sedang-tinggi"]).all()
    assert ikp["Kategori IKP"].str.startswith("Rawan").all()
    kukar = ikp[ikp["Wilayah"] == "Kabupaten Kutai Kartanegara"].iloc[0]
    assert kukar["Skor IKP (0–100)"].startswith("51,48; sumber lain: 51,28")
    assert not ikp["Sumber"].str.contains(r"\b(?:source|quoting|other sources)\b").any()
