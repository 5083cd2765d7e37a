"""DASHBOARD_PROVINCE through the pages (AppTest of dashboard.py): an unknown code gives the
refusal page, no traceback; another province's landing page carries its title and draws its
kab/kota. The plain half is tests/unit/test_province.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

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
