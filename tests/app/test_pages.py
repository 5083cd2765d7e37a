"""Every page runs in both languages without an exception, shows the demo label, and its maps
load nothing from outside the machine (Streamlit's AppTest, no browser)."""

from __future__ import annotations

import pytest

from tests.helpers.pages import PAGES, map_components, run_page


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_page_runs_without_exception(page, lang, data_dir):
    at = run_page(page, lang)
    assert not at.exception, [e.message for e in at.exception]
    for component in map_components(at):
        links = component["js_links"] + component["css_links"]
        assert all(link.startswith("/app/static/") for link in links), links


@pytest.mark.parametrize("lang, label", [("id", "Kab/kota rawan tinggi"),
                                         ("en", "Districts at high risk")])
def test_overview_shows_key_figures_map_and_table(lang, label, data_dir):
    at = run_page("overview.py", lang)
    assert label in [m.label for m in at.metric]
    assert len(at.metric) == 4
    assert any("DATA CONTOH" in w.value for w in at.warning)
    assert len(map_components(at)) == 1
    table = at.dataframe[0].value
    assert len(table) == 10
    captions = " ".join(c.value for c in at.caption)
    assert "KPU Kaltim" in captions  # every figure carries its source


def test_overview_turnout_figure_uses_indonesian_format(data_dir):
    at = run_page("overview.py", "id")
    turnout = next(m for m in at.metric if m.label.startswith("Partisipasi provinsi"))
    assert turnout.value == "69,2%"


def test_maps_do_not_rerun_the_page_on_pan_or_zoom(data_dir):
    at = run_page("overview.py", "id")
    for component in map_components(at):
        # Only a click on a district (opening its profile) may rerun the page.
        assert set(component["returned_objects"]) <= {"last_active_drawing"}
