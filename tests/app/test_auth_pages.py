"""The login page and the account box under Streamlit's AppTest (the routes' helpers without
Streamlit: tests/unit/test_auth.py; the browser side: tests/e2e/test_login_cookie_browser.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from accounts.users import Accounts
from i18n import t
from server import auth_routes as auth_server
from storage import backends

ROOT = Path(__file__).resolve().parents[2]
GOOD = "kata-sandi-yang-panjang"


def run_login_page(lang: str = "id") -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    at.switch_page("pages/login.py").run()
    return at


def html_blocks(at: AppTest) -> str:
    return " ".join(e.proto.body for e in at.get("html"))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_login_page_says_the_account_store_is_unavailable(data_dir, lang):
    data_dir.mkdir(parents=True)
    backends.store_path().write_bytes(b"not a database at all " * 200)
    at = run_login_page(lang)
    assert not at.exception, [e.message for e in at.exception]
    # which condition (the store's classification, the notice above the page) and, in the form
    # and the sidebar, what it means for login
    assert any(t("store.fault.damaged", lang) in e.value for e in at.error)
    assert any(t("store.fault.accounts", lang) in e.value for e in at.error)
    assert any(t("store.fault.accounts", lang) in w.value for w in at.sidebar.warning)
    assert "kb_password" not in html_blocks(at)  # no form that cannot work


def test_login_form_posts_to_the_route_with_xsrf_and_the_page_to_come_back_to(data_dir):
    Accounts().add_user("ani", GOOD, "admin")
    at = run_login_page("en")
    form = html_blocks(at)
    assert 'action="/auth/login"' in form and 'method="post"' in form
    for field in ("kb_xsrf", "kb_next", "kb_lang", "kb_name", "kb_password"):
        assert f'name="{field}"' in form
    assert re.search(r'name="kb_lang" value="en"', form)
    assert "User name" in form and "Log in" in form


def test_login_error_code_is_shown_translated(data_dir):
    Accounts().add_user("ani", GOOD, "admin")
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params["lang"] = "id"
    at.query_params[auth_server.ERROR_PARAM] = "locked"
    at.run()
    at.switch_page("pages/login.py").run()
    assert any("Terlalu banyak percobaan gagal" in e.value for e in at.error)


def test_first_admin_form_creates_one_admin_then_offers_login(data_dir):
    at = run_login_page("id")
    at.text_input(key="first_admin_name").input("ani")
    at.text_input(key="first_admin_password").input(GOOD)
    at.text_input(key="first_admin_again").input(GOOD)
    at.button[0].click().run()
    assert not at.exception
    assert any("ani dibuat" in s.value for s in at.success)
    assert 'name="kb_password"' in html_blocks(at)
    assert [u.name for u in Accounts().list_users()] == ["ani"]


def test_first_admin_form_refuses_a_weak_password_with_the_reason(data_dir):
    at = run_login_page("id")
    at.text_input(key="first_admin_name").input("ani")
    at.text_input(key="first_admin_password").input("password12")
    at.text_input(key="first_admin_again").input("password12")
    at.button[0].click().run()
    assert any("mudah ditebak" in e.value for e in at.error)
    assert not Accounts().has_users()
