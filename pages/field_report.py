"""Lapor Kejadian: a field officer's report from a phone (date and time, kab/kota, kecamatan and
desa, a position tapped on the map, category, description, victims, source, a photo), stored as
*dilaporkan* until an editor verifies it; below, the officer's own reports and their status."""

import streamlit as st

import ui
from domain import field_reports
from i18n import t
from ui import auth, field

lang = ui.lang()
user = auth.require("submit_reports", lang)
st.title(t("field.report.title", lang))
st.caption(t("field.report.intro", lang))
if not field_reports.available():  # another province: its bounds are not known yet
    st.info(t("prov.field_unavailable", lang))
    st.stop()
field.report_form(user, lang)
field.own_reports(user, lang)
