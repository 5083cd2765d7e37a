"""Login forms, the account box in the sidebar, the role gate every page calls, and dataset access.

The browser holds only a random session token, in an HttpOnly cookie set by the login route
(``server.auth_routes``, served beside Streamlit by ``st.App`` in ``dashboard.py``). Each rerun reads
it with ``st.context.cookies`` and looks it up in the server-side session table
(``accounts``): who the user is and what role they have come from there, so a reload, a
new tab or a bookmark keeps the login, and setting session state by hand grants nothing. (Server
code may also put a token in ``st.session_state[TOKEN_KEY]``; the page tests do, since Streamlit's
AppTest cannot send cookies. It is looked up the same way.)

The forms are plain HTML forms posting to ``/auth/login`` and ``/auth/logout``, since only an HTTP
response can set or clear an HttpOnly cookie; they carry Streamlit's XSRF token.
"""

from __future__ import annotations

import html
from urllib.parse import parse_qsl, urlsplit

import streamlit as st

import config
from accounts import access, errors, users
from domain import field_reports, schema
from domain.schema import DATASETS
from i18n import t
from server import auth_routes as auth_server
from storage import datasets, defaults
from storage.base import StoreError

TOKEN_KEY = "auth_token"
PAGE_TITLE_KEY = "_auth_page_title"  # the current page's title, set by dashboard.py
_STORE_ERROR_KEY = "_auth_store_error"
_DEAD_TOKEN_KEY = "_auth_dead_token"


def account_store() -> users.Accounts:
    """The accounts beside the data store: PostgreSQL when DASHBOARD_DB_URL is set (shared by every
    instance), else the data dir's SQLite file. A store that cannot be used raises
    ``storage.faults.StoreFaultError`` (which condition, and what to do), never a backend error."""
    from storage import backends, faults

    with faults.store_faults(backends.store_location()):
        return users.shared_accounts()


def session_token() -> str | None:
    """The session token this browser sent: the cookie, else one server code put in session
    state (page tests)."""
    try:
        token = st.context.cookies.get(auth_server.COOKIE)
    except Exception:  # no browser request behind this run (bare Python)
        token = None
    if not isinstance(token, str):  # AppTest's stand-in for a browser has no real cookies
        token = None
    return token or st.session_state.get(TOKEN_KEY) or None


def current_user() -> access.User | None:
    token = session_token()
    if not token:
        return None
    try:
        user = account_store().session_user(token)
    except StoreError as error:
        st.session_state[_STORE_ERROR_KEY] = error
        return None
    st.session_state.pop(_STORE_ERROR_KEY, None)
    if user is None:
        st.session_state.pop(TOKEN_KEY, None)
        # The cookie stays until the next page load clears it: say "expired" once, not on
        # every rerun of this tab.
        if st.session_state.get(_DEAD_TOKEN_KEY) != token:
            st.session_state[_DEAD_TOKEN_KEY] = token
            st.session_state["auth_expired"] = True
    return user


def store_error() -> StoreError | None:
    """The account store's failure seen on this rerun, if any."""
    return st.session_state.get(_STORE_ERROR_KEY)


def allowed(action: str | None) -> bool:
    if action is None:
        return True
    user = current_user()
    return user is not None and user.can(action)


def _roles_for(action: str, lang: str, last_joiner: str = ", ") -> str:
    """The roles allowed ``action``: "editor, admin", or "editor atau admin" with a last joiner."""
    names = [t(f"auth.role.{role}", lang) for role, allowed_actions
             in access.PERMISSIONS.items() if action in allowed_actions]
    return last_joiner.join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else names[0]


def require(action: str, lang: str) -> access.User:
    """Stop the page unless the logged-in user may do ``action``. Pages call this first, so a
    page opened by its URL is refused on the server, not only hidden from the menu. Nobody
    logged in: say which roles the page needs and show the login form, which comes back to this
    page; logged in without the role: say so."""
    user = current_user()
    if user is None:
        page = st.session_state.get(PAGE_TITLE_KEY) or t("auth.login", lang)
        st.error(t("auth.login_needed", lang, page=page,
                   roles=_roles_for(action, lang, t("auth.role_or", lang))))
        login_form(lang, next_path=current_path())
        st.stop()
    if not user.can(action):
        st.error(t("auth.denied", lang, roles=_roles_for(action, lang)))
        st.stop()
    return user


def current_path() -> str:
    """This page's path and query as the browser shows it, without Streamlit's base path and
    without the login's own codes: where the login form comes back to."""
    try:
        url = st.context.url
    except Exception:
        url = None
    url = url if isinstance(url, str) else ""
    parts = urlsplit(url)
    path = parts.path or "/"
    base = auth_server._base_path()
    if base and path.startswith(base):
        path = path[len(base):] or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query)
             if k not in (auth_server.ERROR_PARAM, auth_server.NOTICE_PARAM)]
    return auth_server.safe_next(auth_server.with_params(path, **dict(query)))


def _visibility() -> tuple[bool, set[str]]:
    """(whether accounts exist, which datasets are public). With the account store unavailable:
    the schema's public datasets, and "no account" for the rest, which shows demo data only:
    real internal data is never shown to anyone not logged in (``accounts.can_view_dataset``)."""
    try:
        store = account_store()
        return store.has_users(), store.public_datasets()
    except StoreError as error:
        st.session_state[_STORE_ERROR_KEY] = error
        return False, {n for n, d in DATASETS.items() if d.public}


def can_view(name: str) -> bool:
    """Whether the current visitor may see dataset ``name`` at all."""
    loaded = datasets.load(name)
    users_exist, public = _visibility()
    return access.can_view_dataset(current_user(), name, is_demo=loaded.is_demo,
                                     users_exist=users_exist, public=public)


REFUSED_SUFFIX = "-restricted"  # the version of a dataset refused to this visitor (empty)


def refused(loaded: defaults.LoadedDataset) -> bool:
    """Whether ``loaded`` came back empty from ``dataset`` because this visitor may not see it."""
    return str(loaded.version).endswith(REFUSED_SUFFIX)


def dataset(name: str, lang: str) -> defaults.LoadedDataset:
    """A dataset as this user may see it: refused internal datasets come back empty (pages show
    their no-data state with a note), internal columns blanked for roles that may not read them,
    incidents only as published (verified: ``domain.field_reports.published``; the queue of
    unverified reports is on the Verifikasi page, for those allowed ``publish_incidents``)."""
    loaded = datasets.load(name)
    user = current_user()
    users_exist, public = _visibility()
    if not access.can_view_dataset(user, name, is_demo=loaded.is_demo, users_exist=users_exist,
                                     public=public):
        st.info(t("auth.restricted_dataset", lang, dataset=t(f"dataset.{name}", lang)))
        empty = schema.typed_frame(DATASETS[name], loaded.frame.iloc[0:0])
        return defaults.LoadedDataset(name, empty, loaded.version + REFUSED_SUFFIX, is_demo=False)
    frame = access.strip_internal_columns(loaded.frame, name, user, is_demo=loaded.is_demo,
                                            users_exist=users_exist)
    if name == "incidents":  # the one way pages get incidents: only verified ones are published
        frame = field_reports.published(frame)
    return defaults.LoadedDataset(name, frame, loaded.version, loaded.is_demo)


def sidebar(lang: str) -> access.User | None:
    """The account box in the sidebar: who is logged in and a logout button, or a note that
    only public data is shown. The login form itself lives on its own page (pages/login.py) and
    on every page that needs a login."""
    user = current_user()
    with st.sidebar:
        if user is not None:
            st.markdown(t("auth.logged_in_as", lang, name=user.name,
                          role=t(f"auth.role.{user.role}", lang)))
            _post_form(auth_server.LOGOUT_PATH, lang, current_path(), t("auth.logout", lang),
                       form_class="kb-logout")
        else:
            if store_error() is not None:
                st.warning(t("store.fault.accounts", lang))
            elif st.session_state.pop("auth_expired", False):
                st.warning(t("auth.session_expired", lang))
            elif _query_code(auth_server.NOTICE_PARAM) == "logged_out":
                st.success(t("auth.logged_out", lang))
            st.caption(t("auth.not_logged_in", lang))
    return user


def _query_code(name: str) -> str:
    value = st.query_params.get(name, "")
    return value if isinstance(value, str) else ""


_FORM_STYLE = """<style>
form.kb-auth{display:flex;flex-direction:column;gap:.6rem;max-width:24rem;margin:.25rem 0 1rem}
form.kb-auth label{display:flex;flex-direction:column;gap:.25rem;font-size:.875rem}
form.kb-auth input[type=text],form.kb-auth input[type=password]{font:inherit;padding:.45rem .6rem;
border:1px solid rgba(49,51,63,.35);border-radius:.5rem;background:transparent;color:inherit}
form.kb-auth button{align-self:flex-start;font:inherit;padding:.35rem .9rem;border-radius:.5rem;
border:1px solid rgba(49,51,63,.35);background:transparent;color:inherit;cursor:pointer}
form.kb-auth button:hover{border-color:#ff4b4b;color:#ff4b4b}
form.kb-logout{margin:0 0 .5rem}
</style>"""


def _xsrf_token() -> str:
    from streamlit.web.server.starlette.starlette_server_config import XSRF_COOKIE_NAME

    try:
        token = st.context.cookies.get(XSRF_COOKIE_NAME)
    except Exception:
        token = None
    return token if isinstance(token, str) else ""


def _post_form(action: str, lang: str, next_path: str, button: str, *, fields: str = "",
               form_class: str = "") -> None:
    """An HTML form posting to one of the auth routes, with the XSRF token, the page to come
    back to and the language. Every value is escaped."""
    attr = html.escape
    st.html(
        _FORM_STYLE
        + f'<form class="kb-auth {attr(form_class)}" method="post" '
          f'action="{attr(auth_server._base_path() + action)}">'
          f'<input type="hidden" name="kb_xsrf" value="{attr(_xsrf_token())}">'
          f'<input type="hidden" name="kb_next" value="{attr(next_path)}">'
          f'<input type="hidden" name="kb_lang" value="{attr(lang)}">'
        + fields
        + f'<button type="submit">{attr(button)}</button></form>')


def login_form(lang: str, next_path: str = "/") -> None:
    """The login form (coming back to ``next_path`` once logged in), or, before any account
    exists, the first-admin form; a clear notice when the account store cannot be opened."""
    try:
        store = account_store()
        users_exist = store.has_users()
    except StoreError as error:
        # The page's store notice above says which condition and what to do; here, what it
        # means for logging in.
        st.session_state[_STORE_ERROR_KEY] = error
        st.error(t("store.fault.accounts", lang))
        return
    if not users_exist and not _first_admin_form(store, lang):
        return
    code = _query_code(auth_server.ERROR_PARAM)
    messages = {"invalid": t("auth.error.invalid", lang),
                "locked": t("auth.error.locked", lang, minutes=config.LOCKOUT_MINUTES.get()),
                "form": t("auth.error.form_expired", lang),
                "store": t("auth.store_unavailable_short", lang)}
    if code in messages:
        st.error(messages[code])
    attr = html.escape
    fields = (f'<label>{attr(t("auth.username", lang))}<input type="text" name="kb_name" '
              f'autocomplete="username" autocapitalize="none" maxlength="32" required></label>'
              f'<label>{attr(t("auth.password", lang))}<input type="password" '
              f'name="kb_password" autocomplete="current-password" maxlength="1000" required>'
              f'</label>')
    _post_form(auth_server.LOGIN_PATH, lang, next_path, t("auth.login", lang), fields=fields)


def _first_admin_form(store: users.Accounts, lang: str) -> bool:
    """The first-admin form; True once the admin was created (the login form follows)."""
    st.subheader(t("auth.first_run.title", lang))
    st.caption(t("auth.first_run.text", lang))
    with st.form("first_admin"):
        name = st.text_input(t("auth.username", lang), key="first_admin_name")
        password = st.text_input(t("auth.password", lang), type="password",
                                 key="first_admin_password")
        again = st.text_input(t("auth.password_again", lang), type="password",
                              key="first_admin_again")
        submitted = st.form_submit_button(t("auth.first_run.title", lang))
    if submitted:
        try:
            if password != again:
                raise errors.AccountError("auth.error.password_mismatch")
            # Atomic in the store: of several people submitting at once, one gets the account.
            store.create_first_admin(name, password)
        except errors.AccountError as error:
            st.error(error.message(lang))
        except StoreError as error:
            st.error(error.message(lang))
        else:
            st.success(t("auth.first_run.created", lang, name=name.strip().lower()))
            return True
    return False
