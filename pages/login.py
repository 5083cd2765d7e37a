"""Masuk: log in (then on to ``?next=``, else Ringkasan), or create the first admin account when
none exists yet."""

import streamlit as st

import ui
from i18n import t
from server import auth_routes as auth_server
from ui import auth

lang = ui.lang()
st.title(t("auth.login", lang))
user = auth.current_user()
if user is not None:
    st.success(t("auth.logged_in_as", lang, name=user.name, role=t(f"auth.role.{user.role}", lang)))
else:
    auth.login_form(lang, next_path=auth_server.safe_next(st.query_params.get("next", "/")))
