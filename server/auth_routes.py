"""The HTTP side of logging in: routes and a middleware served beside Streamlit by ``st.App``
(``dashboard.py``).

A login form posts to ``POST /auth/login``; the route checks the form came from this site (the
Origin header and Streamlit's XSRF token, double-submitted), checks the password
(``accounts``, throttled per account and client address), and answers with a redirect to
the page asked for and the session cookie: HttpOnly (page JavaScript cannot read it),
SameSite=Strict, Path=/, Secure when the request came over HTTPS. ``POST /auth/logout`` ends the
session on the server and clears the cookie. Page scripts read the cookie with
``st.context.cookies`` and look its token up server-side on every rerun (``ui.auth``), so the login
survives a reload, a new tab and a bookmark, and ends with the session's inactivity expiry.

A page load whose cookie names no live session (expired, logged out elsewhere, deactivated user)
gets the cookie cleared in the same response.

Behind a reverse proxy, the client address and the scheme come from X-Forwarded-For and
X-Forwarded-Proto when the proxy's address is trusted: uvicorn trusts 127.0.0.1 by default, other
proxies are named in the environment variable ``FORWARDED_ALLOW_IPS``.
"""

from __future__ import annotations

import re
from urllib.parse import urlencode, urlsplit

import config
from accounts import errors, users
from storage.base import StoreError

COOKIE = "kesbangpol_session"
LOGIN_PATH = "/auth/login"
LOGOUT_PATH = "/auth/logout"
# Query parameter a redirect back to the form carries: a short code, never free text.
ERROR_PARAM = "auth_error"
NOTICE_PARAM = "auth_notice"
# Form fields are prefixed: Streamlit's HTML sanitiser (DOMPurify) drops name="name", name="lang"
# and other names that would clobber DOM properties.
ERROR_CODES = {
    "auth.error.invalid": "invalid",
    "auth.error.locked": "locked",
    "auth.error.form_expired": "form",
}
_PAGE_PATH = re.compile(r"^/[A-Za-z0-9_\-/]*$")
# Streamlit's own paths: a page load is anything else (its SPA answers every page path).
_NOT_PAGES = ("/_stcore", "/static", "/app/", "/component", "/media", "/auth/", "/favicon")


def _base_path() -> str:
    from streamlit import config

    base = (config.get_option("server.baseUrlPath") or "").strip("/")
    return f"/{base}" if base else ""


def safe_next(value: object) -> str:
    """A local page path (and its query) to go on to after login; anything else (another site,
    a scheme, odd characters) becomes the home page."""
    if not isinstance(value, str) or len(value) > 500:
        return "/"
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or not _PAGE_PATH.match(parts.path) \
            or parts.path.startswith("//"):
        return "/"
    return parts.path + (f"?{parts.query}" if parts.query else "")


def with_params(target: str, **params: str) -> str:
    """``target`` with ``params`` set in its query (replacing earlier auth codes)."""
    from urllib.parse import parse_qsl

    parts = urlsplit(target)
    query = [(k, v) for k, v in parse_qsl(parts.query)
             if k not in params and k not in (ERROR_PARAM, NOTICE_PARAM)]
    query += [(k, v) for k, v in params.items() if v]
    return parts.path + (f"?{urlencode(query)}" if query else "")


def _same_origin(request) -> bool:
    """The POST came from a page of this server: Origin (or, failing it, Referer) names this
    host. Browsers send Origin with every form POST."""
    source = request.headers.get("origin") or request.headers.get("referer") or ""
    if not source or source == "null":
        return False
    parts = urlsplit(source)
    host = request.headers.get("host", "")
    return bool(parts.netloc) and parts.netloc == host


def _xsrf_ok(request, supplied: object) -> bool:
    from streamlit.web.server.server_util import is_xsrf_enabled
    from streamlit.web.server.starlette.starlette_app_utils import validate_xsrf_token
    from streamlit.web.server.starlette.starlette_server_config import XSRF_COOKIE_NAME

    if not is_xsrf_enabled():
        return True
    return validate_xsrf_token(supplied if isinstance(supplied, str) else None,
                               request.cookies.get(XSRF_COOKIE_NAME))


def client_address(request) -> str:
    return request.client.host if request.client else ""


def _secure(request) -> bool:
    from streamlit import config as streamlit_config

    return request.url.scheme == "https" or bool(streamlit_config.get_option("server.sslCertFile"))


def set_session_cookie(response, token: str, *, secure: bool) -> None:
    response.set_cookie(COOKIE, token, max_age=config.SESSION_MAX_HOURS.get() * 3600, path="/",
                        httponly=True, samesite="strict", secure=secure)


def clear_session_cookie(response, *, secure: bool) -> None:
    response.delete_cookie(COOKIE, path="/", httponly=True, samesite="strict", secure=secure)


def _redirect(target: str):
    from starlette.responses import RedirectResponse

    response = RedirectResponse(_base_path() + target, status_code=303)
    response.headers["Cache-Control"] = "no-store"
    return response


def _store() -> users.Accounts:
    return users.shared_accounts()


async def login(request):
    from starlette.concurrency import run_in_threadpool

    form = await request.form()
    target = safe_next(form.get("kb_next"))
    lang = form.get("kb_lang") if form.get("kb_lang") in ("id", "en") else ""
    if not _same_origin(request) or not _xsrf_ok(request, form.get("kb_xsrf")):
        return _redirect(with_params(target, lang=lang, **{ERROR_PARAM: "form"}))
    name, password = form.get("kb_name"), form.get("kb_password")
    if not isinstance(name, str) or not isinstance(password, str):
        return _redirect(with_params(target, lang=lang, **{ERROR_PARAM: "invalid"}))
    try:
        token = await run_in_threadpool(lambda: _store().login(name[:100], password[:1000],
                                                               client=client_address(request)))
    except errors.AccountError as error:
        code = ERROR_CODES.get(error.message_id, "invalid")
        return _redirect(with_params(target, lang=lang, **{ERROR_PARAM: code}))
    except StoreError:
        return _redirect(with_params(target, lang=lang, **{ERROR_PARAM: "store"}))
    response = _redirect(with_params(target, lang=lang))
    set_session_cookie(response, token, secure=_secure(request))
    return response


async def logout(request):
    from starlette.concurrency import run_in_threadpool

    form = await request.form()
    target = safe_next(form.get("kb_next"))
    lang = form.get("kb_lang") if form.get("kb_lang") in ("id", "en") else ""
    if not _same_origin(request) or not _xsrf_ok(request, form.get("kb_xsrf")):
        return _redirect(with_params(target, lang=lang, **{ERROR_PARAM: "form"}))
    token = request.cookies.get(COOKIE)
    if token:
        try:
            await run_in_threadpool(lambda: _store().logout(token))
        except StoreError:
            pass  # the cookie goes all the same; the session ends with its expiry
    response = _redirect(with_params(target, lang=lang, **{NOTICE_PARAM: "logged_out"}))
    clear_session_cookie(response, secure=_secure(request))
    return response


class ClearDeadSessionCookie:
    """ASGI middleware: a page load carrying a session cookie that no longer names a live
    session (expired, logged out, user deactivated) gets the cookie cleared in its response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope.get("method") != "GET" \
                or scope.get("path", "").startswith(tuple(_base_path() + p for p in _NOT_PAGES)):
            await self.app(scope, receive, send)
            return
        from starlette.concurrency import run_in_threadpool
        from starlette.requests import Request

        request = Request(scope)
        token = request.cookies.get(COOKIE)
        dead = False
        if token:
            try:
                dead = await run_in_threadpool(lambda: _store().session_user(token) is None)
            except StoreError:
                dead = False  # cannot tell: keep the cookie, the page says the store is down
        if not dead:
            await self.app(scope, receive, send)
            return
        from starlette.datastructures import MutableHeaders
        from starlette.responses import Response

        clearing = Response()
        clear_session_cookie(clearing, secure=_secure(request))
        cookie_header = clearing.headers["set-cookie"]

        async def send_clearing(message):
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).append("set-cookie", cookie_header)
            await send(message)

        await self.app(scope, receive, send_clearing)


def routes() -> list:
    from starlette.routing import Route

    base = _base_path()
    return [Route(base + LOGIN_PATH, login, methods=["POST"]),
            Route(base + LOGOUT_PATH, logout, methods=["POST"])]


def middleware() -> list:
    from starlette.middleware import Middleware

    return [Middleware(ClearDeadSessionCookie)]
