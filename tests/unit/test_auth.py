"""The login routes' helpers and the login form without Streamlit running: only local pages are
gone on to after login, the form's values are escaped, and importing the app for the server
declares no component before Streamlit's runtime exists (the login page and the account box:
tests/app/test_auth_pages.py; the cookie in a browser: tests/e2e/test_login_cookie_browser.py)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from server import auth_routes as auth_server

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("value, expected", [
    ("/data", "/data"),
    ("/profil-kab-kota?kab=64.72&lang=en", "/profil-kab-kota?kab=64.72&lang=en"),
    ("https://evil.example/x", "/"),
    ("//evil.example/x", "/"),
    ("/\\evil.example", "/"),
    ("javascript:alert(1)", "/"),
    ("/data\r\nSet-Cookie: x=1", "/"),
    (None, "/"),
    ("x" * 600, "/"),
])
def test_only_local_pages_are_gone_on_to_after_login(value, expected):
    assert auth_server.safe_next(value) == expected


def test_form_values_are_escaped(data_dir, monkeypatch):
    """What goes into the HTML form (the page to come back to) cannot break out of it."""
    from ui import auth

    captured = []
    monkeypatch.setattr(auth.st, "html", lambda body, **kw: captured.append(body))
    auth._post_form("/auth/login", "id", '/data"><script>alert(1)</script>', "Masuk")
    assert "<script>" not in captured[0]
    assert html.escape('"><script>') in captured[0]


def test_the_server_import_declares_no_component_before_the_runtime_exists():
    """``streamlit run dashboard.py`` imports dashboard.py as a module (for its st.App) before
    Streamlit's runtime starts. A component declared then (streamlit-folium, through ``ui``) is
    registered nowhere: its files answer 404 and no map is drawn. The import must stay light."""
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-c",
                          "import sys; import dashboard; "
                          "print(type(dashboard.app).__name__, 'streamlit_folium' in sys.modules)"],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["App", "False"]
