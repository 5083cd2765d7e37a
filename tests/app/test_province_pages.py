"""DASHBOARD_PROVINCE through the pages (AppTest of dashboard.py): an unknown code gives the
refusal page, no traceback; another province's landing page carries its title and draws its
kab/kota. The plain half is tests/unit/test_province.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from domain import regions
from tests.helpers.pages import map_components

ROOT = Path(__file__).resolve().parents[2]


def landing(lang: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.query_params["lang"] = lang
    return at.run()


@pytest.mark.parametrize("lang, expected", [
    ("id", "Pengaturan DASHBOARD_PROVINCE=99 tidak dapat dipakai"),
    ("en", "The setting DASHBOARD_PROVINCE=99 cannot be used")])
def test_an_unknown_province_gives_the_refusal_page(data_dir, monkeypatch, lang, expected):
    monkeypatch.setenv("DASHBOARD_PROVINCE", "99")
    at = landing(lang)
    assert not at.exception
    errors = [e.value for e in at.error]
    assert len(errors) == 1 and expected in errors[0]
    assert "33 Jawa Tengah" in errors[0] and "64 Kalimantan Timur" in errors[0]
    assert at.title[0].value in ("Provinsi tidak dikenal", "Unknown province")
    assert not map_components(at)  # no page ran
    assert not data_dir.exists()  # no store was opened or seeded


def _feature_codes(at: AppTest) -> list[str]:
    """The kab/kota codes of the features of the landing page's one map."""
    (component,) = map_components(at)
    return re.findall(r'"id": "(\d\d\.\d\d)", "properties"', component["script"])


@pytest.mark.parametrize("code, count, lang, title", [
    ("33", 35, "id", "Dasbor Kesbangpol Jawa Tengah"),
    ("33", 35, "en", "Kesbangpol Jawa Tengah Dashboard"),
    ("65", 5, "id", "Dasbor Kesbangpol Kalimantan Utara"),
])
def test_another_province_starts_on_its_schematic_map(data_dir, monkeypatch, code, count, lang,
                                                      title):
    monkeypatch.setenv("DASHBOARD_PROVINCE", code)
    at = landing(lang)
    assert not at.exception, [e.value for e in at.exception]
    assert at.sidebar.markdown[0].value == f"**{title}**"
    agency = "Badan Kesatuan Bangsa dan Politik Provinsi" if lang == "id" else \
        "Agency for National Unity and Politics,"
    assert any(agency in c.value for c in at.sidebar.caption)
    codes = _feature_codes(at)
    assert len(codes) == len(set(codes)) == count
    assert all(c.startswith(f"{code}.") for c in codes)
    assert any("DATA CONTOH" in w.value for w in at.warning)  # labelled as demo data


def test_kaltim_landing_is_as_before(data_dir, monkeypatch):
    monkeypatch.delenv("DASHBOARD_PROVINCE", raising=False)
    at = landing("id")
    assert not at.exception
    assert at.sidebar.markdown[0].value == "**Dasbor Kesbangpol Kaltim**"
    assert sorted(_feature_codes(at)) == regions.registry_for("64").codes()


def test_a_store_of_another_province_gives_the_refusal_page(data_dir, monkeypatch):
    monkeypatch.delenv("DASHBOARD_PROVINCE", raising=False)
    assert not landing("id").exception  # seeded for Kaltim
    monkeypatch.setenv("DASHBOARD_PROVINCE", "33")
    at = landing("en")
    assert not at.exception
    (error,) = [e.value for e in at.error]
    assert "holds the data of province 64 Kalimantan Timur" in error
    assert "set up for province 33 Jawa Tengah" in error
    assert at.title[0].value == "Another province's data" and not map_components(at)
    assert str(data_dir) not in error  # where the store is stays off the page


def test_another_provinces_landing_shows_its_demo_data_only(data_dir, monkeypatch):
    monkeypatch.setenv("DASHBOARD_PROVINCE", "33")
    at = landing("id")
    (component,) = map_components(at)
    assert "Cilacap" in component["script"] and "Samarinda" not in component["script"]
    shown = " ".join(str(e.value) for e in at.main if hasattr(e, "value"))
    assert "Kaltim" not in shown and "Kalimantan Timur" not in shown


@pytest.mark.parametrize("lang, expected", [("id", "Lapor Kejadian belum tersedia"),
                                            ("en", "Field reports are not yet available")])
def test_field_reports_say_they_are_not_available_for_another_province(data_dir, monkeypatch,
                                                                       lang, expected):
    from tests.helpers.pages import run_page

    monkeypatch.setenv("DASHBOARD_PROVINCE", "33")
    at = run_page("field_report.py", lang)
    assert not at.exception, [e.value for e in at.exception]
    assert any(expected in i.value for i in at.info)
