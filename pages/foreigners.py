"""Pemantauan Orang Asing: foreigners by purpose and foreign institutions per kab/kota and
period (the rakor's monitoring of foreigners and foreign institutions). Editors and admins only."""

import streamlit as st

import ui
from i18n import fmt_period, t
from ui import auth, thematic
from ui.exports import export_buttons
from views import foreigners as view
from views import thematic_common

lang = ui.lang()
if auth.current_user() is None and not auth.can_view("foreigners"):
    # Nobody logged in once accounts exist: like every restricted page opened by its URL, say
    # which roles it needs and show the login form, which comes back here (stops the page).
    auth.require("view_foreigners", lang)
loaded = thematic.start_page("foreigners", lang, ["foreigners"], map_keys=["foreigners_map"])
foreigners = loaded["foreigners"]
if not auth.can_view("foreigners"):
    st.stop()  # the dataset's own access (accounts.access.DATASET_ACTIONS): the note is shown
periods = view.periods(foreigners.frame)
if not periods:
    thematic.no_data(t("foreigners.none", lang))
    st.stop()
period = st.selectbox(t("foreigners.period", lang), list(reversed(periods)),
                      format_func=lambda p: fmt_period(p, lang), key="foreigners_period")
areas = ui.district_areas()
# Recoloured in place when the period changes: the frame and its zoom stay.
thematic.show_inplace_clickable_map(
    areas.frame, view.foreigners_layer(foreigners.frame, period, lang),
    thematic_common.map_frame(lang, areas.schematic, foreigners.is_demo, areas.attribution),
    key="foreigners_map", height=480)
table = view.foreigners_table(foreigners.frame, period, lang)
st.dataframe(table, hide_index=True, width="stretch")
export_buttons(table, f"orang_asing_{period}", lang)
st.caption(view.source_text(foreigners.frame, period, lang))
