"""Role checks happen on the server: a page opened directly, or a session state edited by hand,
grants nothing; internal data is hidden from the public once real data and accounts exist."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from accounts.users import Accounts
from storage import backends, defaults
from tests.helpers.pages import login_token, map_components

ROOT = Path(__file__).resolve().parents[2]


def run_file(path: str, state: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / path), default_timeout=60)
    for key, value in (state or {}).items():
        at.session_state[key] = value
    return at.run()


@pytest.mark.parametrize("page", ["pages/data.py", "pages/admin.py"])
@pytest.mark.parametrize("state", [
    {},  # nobody logged in
    {"auth_token": "forged-token", "role": "admin", "user": "admin"},  # edited by hand
])
def test_restricted_pages_refuse_without_a_real_session(page, state, data_dir):
    Accounts().add_user("ani", "kata-sandi-yang-panjang", "admin")
    at = run_file(page, state)
    assert not at.exception
    assert at.error and ("tidak berwenang" in at.error[0].value)
    assert not at.get("file_uploader") and not at.dataframe


def test_viewer_cannot_open_data_or_admin_page(data_dir):
    token = login_token("viewer", "vina")
    for page in ("pages/data.py", "pages/admin.py"):
        at = run_file(page, {"auth_token": token})
        assert at.error and not at.dataframe, page


def test_editor_opens_data_but_not_admin(data_dir):
    token = login_token("editor", "edi")
    assert not run_file("pages/data.py", {"auth_token": token}).error
    assert run_file("pages/admin.py", {"auth_token": token}).error


def _record_menu(monkeypatch) -> list[dict[str, str]]:
    """Each run's menu as {url path: visibility}, appended as st.navigation is called."""
    import streamlit as st

    listed: list[dict[str, str]] = []
    navigation = st.navigation

    def recording_navigation(pages, **kwargs):
        listed.append({p.url_path: p._visibility for p in pages})
        return navigation(pages, **kwargs)

    monkeypatch.setattr(st, "navigation", recording_navigation)
    return listed


def _open_dashboard(listed: list, token: str | None) -> AppTest:
    listed.clear()
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    if token:
        at.session_state["auth_token"] = token
    at.run()
    return at


def test_navigation_lists_the_data_page_by_role(data_dir, monkeypatch):
    """The menu lists the Data page only for editors; logged out or as a viewer it is hidden from
    the menu but still reachable by its URL, where the page itself refuses (issue 11 #5: a
    bookmark of /data shows what it needs and the login form, not "Page not found")."""
    listed = _record_menu(monkeypatch)

    def data_page(token: str | None) -> tuple[str, AppTest]:
        at = _open_dashboard(listed, token)
        visibility = listed[-1]["data"]
        at.switch_page("pages/data.py").run()  # registered for everyone: reachable by URL
        return visibility, at

    for token in (None, login_token("viewer", "vina")):
        visibility, at = data_page(token)
        assert visibility == "hidden"
        assert not at.exception and at.error and not at.get("file_uploader")
    assert "tanpa masuk" in data_page(None)[1].error[0].value  # logged out: login, then back
    visibility, at = data_page(login_token("editor", "edi"))
    assert visibility == "visible" and not at.error


def test_the_menu_lists_masuk_only_while_logged_out(data_dir, monkeypatch):
    """Logged in (any role, a pelapor too), Masuk leaves the menu: the sidebar has the logout.
    Its URL still opens and says who is logged in."""
    listed = _record_menu(monkeypatch)

    def masuk(token: str | None) -> tuple[str, AppTest]:
        at = _open_dashboard(listed, token)
        return listed[-1]["masuk"], at

    assert masuk(None)[0] == "visible"
    for role, name in (("viewer", "vina"), ("admin", "adi"), ("pelapor", "pia")):
        visibility, at = masuk(login_token(role, name))
        assert visibility == "hidden", role
        at.switch_page("pages/login.py").run()
        assert not at.exception and any(name in s.value for s in at.success), role


def test_public_sees_no_internal_data_once_real_data_and_accounts_exist(data_dir):
    Accounts().add_user("ani", "kata-sandi-yang-panjang", "admin")
    s = backends.open_store()
    demo = defaults.load_demo("conflict_risk").frame
    s.commit("conflict_risk", demo.assign(sumber="Kesbangpol"), user="ani",
             expected_current_version=s.current_version("conflict_risk"))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()
    assert not at.exception
    assert any("internal" in i.value for i in at.info)
    # no conflict-risk map for the public: only the public landing map (turnout, outreach)
    public_maps = map_components(at)
    assert len(public_maps) == 1
    assert "Tingkat rawan" not in public_maps[0]["script"]
    assert "Capaian" in public_maps[0]["script"]  # the turnout-gap legend
    token = login_token("viewer", "vina")
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.session_state["auth_token"] = token
    at.run()
    assert len(map_components(at)) == 1


def _visitor_on(page: str, reports_source: str) -> AppTest:
    """A visitor (not logged in) on ``page`` once an admin exists and real conflict-risk reports
    (named by ``reports_source``) are stored: the reports are internal."""
    Accounts().add_user("ani", "kata-sandi-yang-panjang", "admin")
    s = backends.open_store()
    demo = defaults.load_demo("conflict_risk").frame
    s.commit("conflict_risk", demo.assign(sumber=reports_source), user="ani",
             expected_current_version=s.current_version("conflict_risk"))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()
    at.switch_page(f"pages/{page}").run()
    return at


@pytest.mark.parametrize("page", ["conflict_risk.py", "priorities.py", "profile.py"])
def test_thematic_pages_hide_internal_reports_from_the_public(page, data_dir):
    at = _visitor_on(page, reports_source="LAPORAN-INTERNAL-XYZ")
    assert not at.exception
    assert any("internal" in i.value for i in at.info)
    text = " ".join(str(getattr(e, "value", "")) for e in at.main)
    assert "LAPORAN-INTERNAL-XYZ" not in text


def test_presentation_requires_login_once_reports_are_internal(data_dir):
    Accounts().add_user("ani", "kata-sandi-yang-panjang", "admin")
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()
    at.switch_page("pages/presentation.py").run()
    assert at.error and "tidak berwenang" in at.error[0].value


@pytest.mark.parametrize("page", ["conflict_risk.py", "priorities.py", "profile.py"])
def test_a_visitor_is_not_told_that_no_reports_exist_when_they_are_only_internal(page, data_dir):
    """Issue 11, item 4, on the pages after the landing page: reports exist but are internal, so
    the page says that (and how to log in), not "no reports yet", which is false."""
    from i18n import t

    at = _visitor_on(page, reports_source="Kesbangpol")
    assert not at.exception
    notes = [i.value for i in at.info]
    assert any("internal" in note for note in notes)
    claims = {t("risk_page.no_data", "id"), t("priority_page.no_data", "id"),
              t("profile_page.no_risk", "id")}
    assert not [note for note in notes if any(claim in note for claim in claims)], notes
