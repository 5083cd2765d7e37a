"""The login lives in an HttpOnly cookie set by the server (issue 11 #3, #5): it survives a reload
and a new tab, logout and expiry clear it, a restricted page opened logged out says what it needs
with the login form and comes back to itself, and a deep link is never "Page not found"."""

from __future__ import annotations

import datetime as dt
import sqlite3
import urllib.error
import urllib.parse
import urllib.request

import pytest

from accounts.users import Accounts
from server.auth_routes import COOKIE
from tests.e2e.conftest import WAIT_MS, start_server, stop_server

pytestmark = pytest.mark.e2e
PASSWORD = "kata-sandi-yang-panjang"


@pytest.fixture(scope="module")
def accounts_server(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("e2e-login")
    accounts = Accounts(data_dir / "dashboard.sqlite3")
    accounts.add_user("edi", PASSWORD, "editor")
    process, url = start_server(data_dir)
    yield url, data_dir
    stop_server(process)


def _set_cookie_headers(response) -> list[str]:
    return [h["value"] for h in response.headers_array() if h["name"].lower() == "set-cookie"]


def _session_cookie(context):
    found = [c for c in context.cookies() if c["name"] == COOKIE]
    return found[0] if found else None


def _log_in_on_form(p, name="edi", password=PASSWORD, *, label_name="Nama pengguna",
                    label_password="Kata sandi", button="Masuk"):
    p.get_by_label(label_name).fill(name)
    p.get_by_label(label_password).fill(password)
    with p.expect_response(lambda r: r.url.endswith("/auth/login")) as info:
        p.get_by_role("button", name=button, exact=True).click()
    return info.value


def test_restricted_page_logged_out_shows_login_then_comes_back_and_survives_reload(
        page, accounts_server):
    url, _ = accounts_server
    p = page.page
    p.goto(f"{url}/data?lang=id", wait_until="domcontentloaded")
    p.get_by_text("tanpa masuk").wait_for(timeout=WAIT_MS)
    notice = p.get_by_text("tanpa masuk").inner_text()
    assert "editor atau admin" in notice
    assert "Page not found" not in p.locator("body").inner_text()
    response = _log_in_on_form(p)
    headers = " | ".join(_set_cookie_headers(response))
    assert response.status == 303 and f"{COOKIE}=" in headers
    for attribute in ("HttpOnly", "Path=/", "SameSite=strict"):
        assert attribute.lower() in headers.lower(), headers
    p.get_by_text("Masuk sebagai").first.wait_for(timeout=WAIT_MS)
    assert urllib.parse.urlsplit(p.url).path == "/data"
    p.get_by_text("Unggah").first.wait_for(timeout=WAIT_MS)  # the Data page itself, not the form
    cookie = _session_cookie(p.context)
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and cookie["path"] == "/"
    assert p.evaluate("document.cookie").find(COOKIE) == -1  # page JavaScript cannot read it

    p.reload(wait_until="domcontentloaded")
    p.get_by_text("Masuk sebagai").first.wait_for(timeout=WAIT_MS)
    assert urllib.parse.urlsplit(p.url).path == "/data"
    assert not p.get_by_text("tanpa masuk").count()

    other = p.context.new_page()  # a new tab, or a bookmark opened: same browser, same cookies
    other.goto(f"{url}/data?lang=id", wait_until="domcontentloaded")
    other.get_by_text("Masuk sebagai").first.wait_for(timeout=WAIT_MS)
    assert not other.get_by_text("tanpa masuk").count()
    other.close()


def test_logout_clears_the_cookie_and_ends_the_session(page, accounts_server, browser):
    url, _ = accounts_server
    p = page.page
    p.goto(f"{url}/masuk?lang=id", wait_until="domcontentloaded")
    p.get_by_label("Nama pengguna").wait_for(timeout=WAIT_MS)
    _log_in_on_form(p)
    p.get_by_text("Masuk sebagai").first.wait_for(timeout=WAIT_MS)
    token = _session_cookie(p.context)["value"]
    with p.expect_response(lambda r: r.url.endswith("/auth/logout")) as info:
        p.get_by_role("button", name="Keluar", exact=True).click()
    headers = " | ".join(_set_cookie_headers(info.value))
    assert f"{COOKIE}=" in headers and "max-age=0" in headers.lower(), headers
    for attribute in ("HttpOnly", "Path=/", "SameSite=strict"):
        assert attribute.lower() in headers.lower(), headers
    p.get_by_text("Anda telah keluar").wait_for(timeout=WAIT_MS)
    assert _session_cookie(p.context) is None
    assert not p.get_by_text("Masuk sebagai").count()

    # The old token is dead on the server too: a copy of the cookie logs nobody in.
    thief = browser.new_context()
    thief.add_cookies([{"name": COOKIE, "value": token, "url": url}])
    stolen = thief.new_page()
    stolen.goto(f"{url}/data?lang=id", wait_until="domcontentloaded")
    stolen.get_by_text("tanpa masuk").wait_for(timeout=WAIT_MS)
    assert not stolen.get_by_text("Masuk sebagai").count()
    thief.close()


def test_an_expired_session_cookie_no_longer_logs_in(page, accounts_server):
    url, data_dir = accounts_server
    p = page.page
    p.goto(f"{url}/masuk?lang=id", wait_until="domcontentloaded")
    p.get_by_label("Nama pengguna").wait_for(timeout=WAIT_MS)
    _log_in_on_form(p)
    p.get_by_text("Masuk sebagai").first.wait_for(timeout=WAIT_MS)
    assert _session_cookie(p.context) is not None
    # Three hours without activity: past the inactivity expiry (60 min).
    old = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=3)).isoformat(timespec="seconds")
    with sqlite3.connect(data_dir / "dashboard.sqlite3") as conn:
        conn.execute("UPDATE sessions SET last_seen=?", (old,))
    with p.expect_response(lambda r: urllib.parse.urlsplit(r.url).path == "/data") as info:
        p.goto(f"{url}/data?lang=id", wait_until="domcontentloaded")
    assert f"{COOKIE}=" in " ".join(_set_cookie_headers(info.value))  # the page load clears it
    p.get_by_text("tanpa masuk").wait_for(timeout=WAIT_MS)
    assert not p.get_by_text("Masuk sebagai").count()
    assert _session_cookie(p.context) is None


def test_wrong_password_is_said_in_english_on_the_same_page(page, accounts_server):
    url, _ = accounts_server
    p = page.page
    p.goto(f"{url}/admin?lang=en", wait_until="domcontentloaded")
    p.get_by_text("without logging in").wait_for(timeout=WAIT_MS)
    assert "admin" in p.get_by_text("without logging in").inner_text()
    _log_in_on_form(p, password="salah-salah-salah", label_name="User name",
                    label_password="Password", button="Log in")
    p.get_by_text("Wrong user name or password.").wait_for(timeout=WAIT_MS)
    assert urllib.parse.urlsplit(p.url).path == "/admin"
    assert "lang=en" in p.url
    assert _session_cookie(p.context) is None


def test_a_login_post_from_elsewhere_is_refused(accounts_server):
    """No Origin of this site and no XSRF token: no session, whatever the password."""
    url, _ = accounts_server
    body = urllib.parse.urlencode({"kb_name": "edi", "kb_password": PASSWORD,
                                   "kb_next": "/data"}).encode()
    request = urllib.request.Request(url + "/auth/login", data=body, method="POST",
                                     headers={"Origin": "http://evil.example"})

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    with pytest.raises(urllib.error.HTTPError) as info:
        opener.open(request, timeout=30)
    assert info.value.code == 303
    assert "auth_error=form" in info.value.headers["Location"]
    assert COOKIE not in (info.value.headers.get("Set-Cookie") or "")


def test_first_deep_link_after_server_start_is_not_page_not_found(browser, tmp_path):
    process, url = start_server(tmp_path / "data")
    try:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        context.set_default_timeout(WAIT_MS)
        p = context.new_page()
        p.goto(f"{url}/presentasi", wait_until="domcontentloaded")  # the very first request
        p.get_by_text("Berikutnya").first.wait_for(timeout=WAIT_MS)
        p.wait_for_timeout(2000)  # the notice, when it came, came with the first render
        assert "Page not found" not in p.locator("body").inner_text()
        assert urllib.parse.urlsplit(p.url).path == "/presentasi"
        context.close()
    finally:
        stop_server(process)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _post_login(url: str, password: str, headers: dict[str, str]):
    """A login POST as a browser behind a reverse proxy on loopback sends it: Origin, Streamlit's
    XSRF cookie and token, X-Forwarded-* set by the proxy. Returns (Location, Set-Cookie)."""
    with urllib.request.urlopen(url + "/_stcore/health", timeout=30) as health:
        xsrf = health.headers["Set-Cookie"].split(";")[0].split("=", 1)[1]
    body = urllib.parse.urlencode({"kb_name": "edi", "kb_password": password, "kb_xsrf": xsrf,
                                   "kb_next": "/data"}).encode()
    request = urllib.request.Request(url + "/auth/login", data=body, method="POST", headers={
        "Origin": url, "Cookie": f"_streamlit_xsrf={xsrf}", **headers})
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.build_opener(_NoRedirect).open(request, timeout=60)
    assert info.value.code == 303
    return info.value.headers["Location"], info.value.headers.get("Set-Cookie") or ""


def test_behind_a_proxy_the_cookie_is_secure_and_throttling_is_per_client(accounts_server):
    url, _ = accounts_server
    for _ in range(6):  # a stranger behind the proxy: locked out after 5 failures
        location, cookie = _post_login(url, "salah-salah-salah",
                                       {"X-Forwarded-For": "203.0.113.7"})
        assert "auth_error=" in location and COOKIE not in cookie
    location, cookie = _post_login(url, PASSWORD, {"X-Forwarded-For": "203.0.113.7"})
    assert "auth_error=locked" in location and COOKIE not in cookie
    # The real user, from another address over HTTPS at the proxy: in, with a Secure cookie.
    location, cookie = _post_login(url, PASSWORD, {"X-Forwarded-For": "198.51.100.20",
                                                   "X-Forwarded-Proto": "https"})
    assert location.startswith("/data") and "auth_error" not in location
    assert f"{COOKIE}=" in cookie and "Secure" in cookie and "HttpOnly" in cookie
