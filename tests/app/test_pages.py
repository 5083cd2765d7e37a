"""Every page runs in both languages without an exception, shows the demo label, and its maps
load nothing from outside the machine (Streamlit's AppTest, no browser)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted(p.name for p in (ROOT / "pages").glob("*.py"))


RESTRICTED = {"data.py", "admin.py", "boundaries.py"}


def login_token(role: str = "admin", name: str = "ani", districts=()) -> str:
    """A real session for a fresh account in the test's data dir."""
    from accounts.users import Accounts

    accounts = Accounts()
    if accounts.get(name) is None:
        accounts.add_user(name, "kata-sandi-yang-panjang", role, districts)
    return accounts.login(name, "kata-sandi-yang-panjang")


def run_page(page: str, lang: str, token: str | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params["lang"] = lang
    if token is None and page in RESTRICTED:
        token = login_token()
    if token:
        at.session_state["auth_token"] = token
    at.run()
    if page != "overview.py":
        at.switch_page(f"pages/{page}").run()
    return at


def map_components(at: AppTest) -> list[dict]:
    found = []
    for element in at.main:
        proto = getattr(element, "proto", None)
        if proto is not None and hasattr(proto, "json_args") and proto.json_args:
            args = json.loads(proto.json_args)
            if "js_links" in args:
                found.append(args)
    return found


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
