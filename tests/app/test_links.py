"""Shareable links: ``/profil-kab-kota?kab=64.72`` and ``/kecamatan-desa?kab=64.72&kec=64.72.04``
open what they name, the URL follows the user's choice, unknown codes get a translated message
(the rules without Streamlit: tests/unit/test_links.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from i18n import t

ROOT = Path(__file__).resolve().parents[2]


# -- the pages under AppTest -------------------------------------------------------------------

def open_url(page: str, params: dict[str, str]) -> AppTest:
    """As a browser opening ``/<page>?params`` for the first time: the entry script's first run
    gets the parameters, then the page."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert dict(at.query_params).items() >= params.items(), "the first run lost the link"
    at.switch_page(f"pages/{page}").run()
    assert not at.exception, [e.message for e in at.exception]
    return at


@pytest.mark.parametrize("lang, title", [("id", "Profil Kota Samarinda"),
                                         ("en", "Profile of Kota Samarinda")])
def test_profile_link_opens_the_district_it_names(data_dir, lang, title):
    at = open_url("profile.py", {"lang": lang, "kab": "64.72"})
    assert at.title[0].value.startswith(title)
    assert at.selectbox(key="profile_district_box").value == "64.72"


def test_profile_choice_goes_into_the_url_and_stays(data_dir):
    at = open_url("profile.py", {"lang": "id", "kab": "64.72"})
    at.selectbox(key="profile_district_box").set_value("64.74").run()
    assert "Bontang" in at.title[0].value
    assert at.query_params["kab"] == ["64.74"] or at.query_params["kab"] == "64.74"
    at.run()  # a rerun does not take the district back from an old URL value
    assert "Bontang" in at.title[0].value


def test_profile_without_a_district_writes_the_one_shown_into_the_url(data_dir):
    at = open_url("profile.py", {"lang": "id"})
    shown = at.selectbox(key="profile_district_box").value
    assert shown and at.query_params["kab"] in (shown, [shown])


@pytest.mark.parametrize("lang", ["id", "en"])
def test_profile_link_with_an_unknown_code_says_so_in_the_users_language(data_dir, lang):
    at = open_url("profile.py", {"lang": lang, "kab": "99.99"})
    assert [e.value for e in at.error] == [t("links.bad_kab", lang, value="99.99")]
    assert not at.title and not at.metric  # no district's figures pretend to be the one asked
    at.selectbox(key="profile_district_box").set_value("64.01").run()
    assert not at.error and "Paser" in at.title[0].value


@pytest.fixture()
def kecamatan_imported(data_dir, shared_dir):
    from loaders import boundaries_import

    for level, name in (("kabupaten", "kaltim_kabupaten_kota.geojson"),
                        ("kecamatan", "kaltim_kecamatan.geojson")):
        report = boundaries_import.import_boundaries(shared_dir / "geodata" / name, level, user="test")
        assert report.ok, report.lines("en")
    return data_dir


def test_drilldown_link_opens_the_kecamatan_it_names(kecamatan_imported):
    at = open_url("drilldown.py", {"lang": "id", "kab": "64.72", "kec": "64.72.04"})
    assert at.selectbox(key="drill_kab").value == "64.72"
    assert at.selectbox(key="drill_kec").value == "64.72.04"
    assert not at.warning or all("64.72.04" not in w.value for w in at.warning)
    at.selectbox(key="drill_kec").set_value("").run()
    assert "kec" not in at.query_params and at.query_params["kab"] in ("64.72", ["64.72"])


@pytest.mark.parametrize("lang", ["id", "en"])
def test_drilldown_link_with_a_kecamatan_of_another_district_says_so(kecamatan_imported, lang):
    at = open_url("drilldown.py", {"lang": lang, "kab": "64.72", "kec": "64.01.01"})
    assert at.selectbox(key="drill_kab").value == "64.72"
    assert at.selectbox(key="drill_kec").value == ""
    assert t("links.bad_kec", lang, value="64.01.01", name="Kota Samarinda") in \
        [w.value for w in at.warning]


def test_drilldown_link_with_an_unknown_district_says_so(kecamatan_imported):
    at = open_url("drilldown.py", {"lang": "en", "kab": "64.99", "kec": "64.99.01"})
    assert t("links.bad_kab", "en", value="64.99") in [e.value for e in at.error]
