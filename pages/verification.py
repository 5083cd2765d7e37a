"""Verifikasi: field reports awaiting review (oldest first, on a map, each with its likely
duplicates), verified or refuted with a note; the handling team's follow-up; and the time from
report to verification and to handling per kab/kota. Editors and admins."""

import streamlit as st

import ui
from i18n import t
from storage import backends
from storage.base import StoreError
from ui import auth
from ui import verification as desk

lang = ui.lang()
user = auth.require("publish_incidents", lang)
st.title(t("field.verify.title", lang))
st.caption(t("field.verify.intro", lang))
try:
    frame = backends.open_store().read("incidents").frame
except StoreError as error:
    st.error(error.message(lang))
    st.stop()
if st.session_state.pop("verify_done", None):
    st.success(t("field.verify.saved", lang))
desk.queue_section(user, frame, lang)
desk.follow_up_section(user, frame, lang)
desk.times_section(frame, lang)
