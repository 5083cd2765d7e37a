"""Map builders: offline assets, colours, legend, notices, escaping. No Streamlit, no browser."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from domain import regions
from indicators import figures
from loaders import areas as loaders_areas
from maps import assets, palette
from maps.thematic import layer_geojson, thematic_map
from storage import defaults
from views import overview as view
from views import thematic_common

EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["'](?:https?:)?//""", re.I)
XSS = '<img src=x onerror="alert(1)">'


def _summary(period="2026-Q3"):
    return figures.district_summary(
        defaults.load_demo("conflict_risk").frame, defaults.load_demo("participation").frame,
        defaults.load_demo("outreach").frame, period)


def _map(summary, lang="id", demo=True):
    areas = loaders_areas.schematic_tiles()
    return thematic_map(areas.frame, view.risk_layer(summary, lang),
                        thematic_common.map_frame(lang, areas.schematic, demo))


def test_offline_map_loads_only_local_assets():
    m = assets.offline_map()
    urls = [u for _, u in m.default_js + m.default_css]
    assert urls and all(u.startswith("/app/static/vendor/") for u in urls)
    html = m.get_root().render()
    assert not EXTERNAL.search(html), EXTERNAL.search(html)
    assert "L.Icon.Default.imagePath" in html


def test_every_offline_map_has_its_own_max_zoom_for_marker_clustering():
    # No tile layer means no maxZoom, and Leaflet.markercluster then throws "Map has no maxZoom
    # specified" (the frame collapses). folium.Map drops max_zoom when tiles=None: check L.map.
    html = assets.offline_map(zoom_start=7).get_root().render()
    options = re.search(r"L\.map\(.*?\{(.*?)\}\s*\)", html, re.S).group(1)
    assert '"maxZoom": 18' in options and '"minZoom": 3' in options


def test_static_assets_are_copied_from_the_pypi_packages(tmp_path):
    written = assets.ensure_static_assets(tmp_path)
    versioned = tmp_path / assets.ASSET_VERSION  # the URL names the content (cached immutable)
    names = {p.relative_to(versioned).as_posix() for p in written}
    assert {"leaflet/leaflet.js", "leaflet/leaflet.css", "jquery/jquery.min.js",
            "leaflet/images/marker-icon.png"} <= names
    assert b"Leaflet" in (versioned / "leaflet/leaflet.js").read_bytes()[:400]
    assert assets.ensure_static_assets(tmp_path) == []  # up to date: nothing rewritten


def test_vendor_urls_name_their_content_so_they_can_be_cached_for_ever():
    urls = [u for _, u in assets.LOCAL_JS + assets.LOCAL_CSS]
    assert all(u.startswith(f"/app/static/vendor/{assets.ASSET_VERSION}/") for u in urls)
    assert re.fullmatch(r"[0-9a-f]{12}", assets.ASSET_VERSION)
    changed = dict(assets._VENDOR_FILES)
    changed["leaflet/leaflet.js"] = assets.vendor_file("jquery/jquery.min.js")
    assert assets._content_version(changed) != assets.ASSET_VERSION


def test_overview_map_has_no_external_link_and_says_schematic_and_demo():
    html = _map(_summary()).get_root().render()
    assert not EXTERNAL.search(html)
    for banned in ("d3js", "jsdelivr", "cdnjs", "unpkg", "bootstrap", "font-awesome"):
        assert banned not in html
    assert "bukan batas wilayah resmi" in html
    assert "DATA CONTOH" in html


def test_colours_follow_the_latest_level():
    summary = _summary()
    data = layer_geojson(loaders_areas.schematic_tiles().frame, view.risk_layer(summary, "id"))
    by_code = {f["id"]: f["properties"] for f in data["features"]}
    for _, row in summary.iterrows():
        expected = palette.risk_colour(row["tingkat_rawan"]) if pd.notna(row["tingkat_rawan"]) \
            else palette.NO_DATA_COLOUR
        assert by_code[row["kode"]]["_colour"] == expected
    assert len(set(palette.RISK_COLOURS.values())) == 3
    assert palette.NO_DATA_COLOUR not in palette.RISK_COLOURS.values()


def test_district_without_a_report_is_grey_and_says_no_data():
    conflict = defaults.load_demo("conflict_risk").frame
    conflict = conflict[conflict["kab_kota"] != "64.74"]
    summary = figures.district_summary(conflict, defaults.load_demo("participation").frame,
                                          defaults.load_demo("outreach").frame, "2026-Q3")
    data = layer_geojson(loaders_areas.schematic_tiles().frame, view.risk_layer(summary, "en"))
    bontang = next(f for f in data["features"] if f["id"] == "64.74")
    assert bontang["properties"]["_colour"] == palette.NO_DATA_COLOUR
    assert bontang["properties"]["tingkat"] == "No data"


def test_older_report_is_labelled_as_not_from_this_period():
    summary = _summary("2026-Q3")
    mahulu = summary.set_index("kode").loc["64.11"]
    assert mahulu["periode_laporan"] == "2026-Q2" and not mahulu["laporan_terkini"]
    layer = view.risk_layer(summary, "id")
    assert "belum ada laporan periode ini" in layer.values.loc["64.11", "periode"]


@pytest.mark.parametrize("lang, labels", [("id", ["Rendah", "Sedang", "Tinggi"]),
                                          ("en", ["Low", "Medium", "High"])])
def test_legend_lists_every_level_with_its_colour(lang, labels):
    html = _map(_summary(), lang).get_root().render()
    for label, colour in zip(labels, palette.RISK_COLOURS.values()):
        assert label in html and colour in html


def test_values_from_files_are_escaped_in_tooltips_and_legend():
    summary = _summary()
    summary.loc[0, "sumber_risiko"] = XSS
    summary.loc[1, "nama"] = XSS
    data = layer_geojson(loaders_areas.schematic_tiles().frame, view.risk_layer(summary, "id"))
    text = str(data)
    assert "<img" not in text and "&lt;img" in text
    html = _map(summary).get_root().render()
    assert '<img src=x onerror="alert(1)">' not in html


def test_notice_and_legend_escape_their_text():
    from maps import controls

    control = controls.notice([XSS])
    assert "<img" not in control.html and "&lt;img" in control.html
    legend = controls.legend(XSS, [("#fff", XSS)], footnote=XSS)
    assert "<img" not in legend.html


def icon_html(html: str) -> str:
    """The DivIcons' HTML of a rendered map, decoded from their JavaScript strings."""
    import json

    return "\n".join(json.loads(text) for text in re.findall(r'"html": ("(?:[^"\\]|\\.)*")', html))


def test_labels_carry_short_forms_and_put_small_areas_first(shared_dir):
    import geopandas as gpd

    areas = gpd.read_file(shared_dir / "geodata" / "kaltim_kabupaten_kota.geojson")
    areas["nama_pendek"] = [regions.get(c).short_name for c in areas["kode"]]
    html = thematic_map(areas, view.risk_layer(_summary(), "id"),
                        thematic_common.map_frame("id", False, True)).get_root().render()
    html = icon_html(html)
    labels = dict(re.findall(r'data-full="([^"]+)" data-short="[^"]*" data-priority="(\d+)"', html))
    assert len(labels) == 10
    first_three = sorted(labels, key=lambda name: int(labels[name]))[:3]
    assert set(first_three) == {"Samarinda", "Balikpapan", "Bontang"}  # the cities keep theirs
    assert 'data-full="Penajam Paser Utara" data-short="PPU"' in html


def test_every_thematic_map_has_the_layout_script_and_opaque_tooltips():
    html = _map(_summary()).get_root().render()
    assert "paddingTopLeft" in html and "ResizeObserver" in html  # fitted clear of controls
    assert ".leaflet-tooltip{opacity:1 !important" in html
    assert "L.Tooltip.prototype._setPosition" in html  # kept inside the map
    assert not EXTERNAL.search(html)


def test_label_text_is_escaped_in_its_attributes_and_body():
    areas = loaders_areas.schematic_tiles().frame.copy()
    areas["nama_pendek"] = '"><script>alert(1)</script>'
    html = thematic_map(areas, view.risk_layer(_summary(), "id"),
                        thematic_common.map_frame("id", True, True)).get_root().render()
    assert "<script>alert(1)" not in html
    html = icon_html(html)
    assert "<script>alert(1)" not in html
    assert 'data-full="&#34;&gt;&lt;script&gt;' in html
