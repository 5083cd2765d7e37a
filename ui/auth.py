"""Login in the sidebar, the role gate every page calls, and dataset access.

The browser session holds only a random token; who the user is and what role they have is read
from the server-side session table on every rerun (``loaders.accounts``), so setting session state
by hand grants nothing.
"""

from __future__ import annotations

from functools import lru_cache

import streamlit as st

from i18n import t
from loaders import accounts, datasets
from loaders.schema import DATASETS

TOKEN_KEY = "auth_token"


@lru_cache(maxsize=8)
def _accounts_at(path: str, url: str) -> accounts.Accounts:
    return accounts.Accounts(url=url) if url else accounts.Accounts(path)


def account_store() -> accounts.Accounts:
    """The accounts beside the data store: PostgreSQL when DASHBOARD_DB_URL is set (shared by every
    instance), else the data dir's SQLite file. A store that cannot be used raises
    ``loaders.store.StoreFaultError`` (which condition, and what to do), never a backend error."""
    import os

    from loaders import store

    with store.store_faults(store.store_location()):
        return _accounts_at(str(store.store_path()), os.environ.get(store.DB_URL_ENV, "").strip())


ACCOUNTS_FAULT_KEY = "auth_store_fault"


def _accounts_read(operation, fallback):
    """``operation(account_store())``, or ``fallback`` when the account store cannot be read (the
    page's store notice says why; the sidebar says what it means for logging in)."""
    from loaders import store

    try:
        with store.store_faults(store.store_location()):
            return operation(account_store())
    except store.StoreFaultError:
        st.session_state[ACCOUNTS_FAULT_KEY] = True
        return fallback


def current_user() -> accounts.User | None:
    """The logged-in user, or None; also None (not logged in) while the account store cannot be
    read. The token is kept, so the session comes back with the store."""
    token = st.session_state.get(TOKEN_KEY)
    if not token:
        return None
    missing = object()
    user = _accounts_read(lambda acc: acc.session_user(token), missing)
    if user is missing:
        return None
    if user is None:
        st.session_state.pop(TOKEN_KEY, None)
        st.session_state["auth_expired"] = True
    return user


def allowed(action: str | None) -> bool:
    if action is None:
        return True
    user = current_user()
    return user is not None and user.can(action)


def require(action: str, lang: str) -> accounts.User:
    """Stop the page unless the logged-in user may do ``action``. Pages call this first, so a
    page opened by its URL is refused on the server, not only hidden from the menu."""
    user = current_user()
    if user is None or not user.can(action):
        roles = ", ".join(t(f"auth.role.{role}", lang) for role, allowed_actions
                          in accounts.PERMISSIONS.items() if action in allowed_actions)
        st.error(t("auth.denied", lang, roles=roles))
        st.stop()
    return user


def can_view(name: str) -> bool:
    """Whether the current visitor may see dataset ``name`` at all."""
    loaded = datasets.load(name)
    users_exist, public = _account_facts()
    return accounts.can_view_dataset(current_user(), name, is_demo=loaded.is_demo,
                                     users_exist=users_exist, public=public)


def _account_facts() -> tuple[bool, set[str]]:
    """(accounts exist, public datasets); while the account store cannot be read, (False, no
    public dataset): only demo data may then be shown, never real data."""
    return _accounts_read(lambda acc: (acc.has_users(), acc.public_datasets()), (False, set()))


def dataset(name: str, lang: str) -> datasets.LoadedDataset:
    """A dataset as this user may see it: refused internal datasets come back empty (pages show
    their no-data state with a note), internal columns blanked for roles that may not read them."""
    loaded = datasets.load(name)
    user = current_user()
    users_exist, public = _account_facts()
    if not accounts.can_view_dataset(user, name, is_demo=loaded.is_demo, users_exist=users_exist,
                                     public=public):
        st.info(t("auth.restricted_dataset", lang, dataset=t(f"dataset.{name}", lang)))
        empty = datasets.typed_frame(DATASETS[name], loaded.frame.iloc[0:0])
        return datasets.LoadedDataset(name, empty, loaded.version + "-restricted", is_demo=False)
    frame = accounts.strip_internal_columns(loaded.frame, name, user, is_demo=loaded.is_demo,
                                            users_exist=users_exist)
    return datasets.LoadedDataset(name, frame, loaded.version, loaded.is_demo)


def sidebar(lang: str) -> accounts.User | None:
    """The account box in the sidebar: who is logged in and a logout button, or a note that
    only public data is shown. The login form itself lives on its own page (pages/login.py)."""
    user = current_user()
    with st.sidebar:
        if user is not None:
            st.markdown(t("auth.logged_in_as", lang, name=user.name,
                          role=t(f"auth.role.{user.role}", lang)))
            if st.button(t("auth.logout", lang), key="logout"):
                account_store().logout(st.session_state.pop(TOKEN_KEY))
                st.rerun()
        else:
            if st.session_state.pop(ACCOUNTS_FAULT_KEY, False):
                st.warning(t("store.fault.accounts", lang))
            if st.session_state.pop("auth_expired", False):
                st.warning(t("auth.session_expired", lang))
            st.caption(t("auth.not_logged_in", lang))
    return user


def login_form(lang: str) -> None:
    """The login form, or (before any account exists) the first-admin form."""
    store = account_store()
    if not store.has_users():
        _first_admin_form(store, lang)
        return
    with st.form("login"):
        name = st.text_input(t("auth.username", lang), key="login_name")
        password = st.text_input(t("auth.password", lang), type="password",
                                 key="login_password")
        submitted = st.form_submit_button(t("auth.login", lang))
    if submitted:
        try:
            st.session_state[TOKEN_KEY] = store.login(name, password)
        except accounts.AccountError as error:
            st.error(error.message(lang))
        else:
            st.rerun()


def _first_admin_form(store: accounts.Accounts, lang: str) -> None:
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
                raise accounts.AccountError("auth.error.password_mismatch")
            if store.has_users():  # someone else was quicker: no second first admin
                raise accounts.AccountError("auth.error.exists", name=name)
            store.add_user(name, password, "admin", by=name or "-")
        except accounts.AccountError as error:
            st.error(error.message(lang))
        else:
            st.success(t("auth.first_run.created", lang, name=name.strip().lower()))
