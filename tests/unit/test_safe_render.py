"""Values from files are never evaluated as Jinja templates when a map is rendered
(``maps.safe_render``), and the patched render gives branca's own HTML for ordinary data."""

from __future__ import annotations

import itertools
from importlib.metadata import version

import folium
import pandas as pd
import pytest
from branca.element import Element

import maps  # noqa: F401  (installs the safe render)
from indicators import figures
from loaders import areas as loaders_areas
from maps import points, safe_render
from maps.assets import offline_map
from maps.thematic import thematic_map
from storage import defaults
from views import overview as view
from views import thematic_common

TEMPLATE_TEXT = ["{{ 7*7 }}", "{{ range.__name__ }}", "{% if true %}", "{# x", "a {{ b"]


def _summary():
    return figures.district_summary(
        defaults.load_demo("conflict_risk").frame, defaults.load_demo("participation").frame,
        defaults.load_demo("outreach").frame, "2026-Q3")


def _overview_map(summary) -> folium.Map:
    areas = loaders_areas.schematic_tiles()
    return thematic_map(areas.frame, view.risk_layer(summary, "id"),
                        thematic_common.map_frame("id", areas.schematic, True))


def _incident_map(notes: list[str]) -> folium.Map:
    m = offline_map()
    frame = pd.DataFrame({"lat": [0.5 + i / 10 for i in range(len(notes))],
                          "lon": [117.0] * len(notes), "catatan": notes})
    points.add_clustered_points(m, frame, [("catatan", "Catatan")], "kejadian")
    return m


def test_pinned_versions_are_the_mirrored_ones():
    # The patched methods copy branca's and folium's; re-read them before moving a pin.
    assert {name: version(name) for name in safe_render.MIRRORED_VERSIONS} \
        == safe_render.MIRRORED_VERSIONS


def test_installed_when_maps_is_imported():
    assert safe_render.installed()


@pytest.mark.parametrize("build", [lambda: _overview_map(_summary()),
                                   lambda: _incident_map(["Bentrok warga", "Spanduk dirusak"])])
def test_same_html_as_branca_for_ordinary_data(build, monkeypatch):
    def built_with_fixed_ids() -> folium.Map:
        counter = itertools.count()  # element ids are random: number them to compare two maps
        monkeypatch.setattr(Element, "_generate_id", classmethod(lambda cls: f"{next(counter):032x}"))
        return build()

    theirs_map, ours_map = built_with_fixed_ids(), built_with_fixed_ids()
    try:
        safe_render.uninstall()
        theirs = theirs_map.get_root().render()
    finally:
        safe_render.install()
    ours = ours_map.get_root().render()
    assert ours == theirs and "L.map(" in ours


def test_branca_alone_would_evaluate_template_text():
    """Why the patch exists: without it, text from a file is run as a template."""
    m = _incident_map(["{{ 7*7 }}"])
    try:
        safe_render.uninstall()
        html = m.get_root().render()
    finally:
        safe_render.install()
    assert "{{ 7*7 }}" not in html and "49" in html


@pytest.mark.parametrize("text", TEMPLATE_TEXT)
def test_template_text_in_tooltips_and_popups_is_shown_as_written(text):
    summary = _summary()
    summary.loc[0, "nama"] = text
    summary.loc[1, "sumber_risiko"] = text
    html = _overview_map(summary).get_root().render()
    incidents = _incident_map([text]).get_root().render()
    for rendered in (html, incidents):
        assert text in rendered
    assert "range" not in html.replace(text, "") or "range" in text
