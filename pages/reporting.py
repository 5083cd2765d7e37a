"""Status Pelaporan: which kab/kota have reported their conflict-risk map for a period, and when."""

import streamlit as st

import ui
from i18n import fmt_period, t
from loaders import indicators, reporting, store as store_module
from maps.thematic import thematic_map
from ui import auth
from ui.exports import export_buttons
from views import data as view
from views import overview as overview_view

lang = ui.lang()
st.title(t("reporting.title", lang))
st.caption(t("reporting.intro", lang))

conflict = auth.dataset("conflict_risk", lang)
ui.demo_banner(lang, conflict.is_demo)
periods = indicators.periods(conflict.frame)
if not periods:
    st.info(t("overview.no_data", lang))
    st.stop()

period = st.selectbox(t("reporting.period", lang), list(reversed(periods)),
                      format_func=lambda p: fmt_period(p, lang), key="reporting_period")
store = store_module.open_store()
provenance = store_module.row_provenance(store, "conflict_risk", reporting.KEY)
statuses = reporting.reporting_status(conflict.frame, period, provenance)
done = sum(s.reported for s in statuses)
st.metric(t("reporting.col.status", lang), f"{done}/10")
st.caption(t("reporting.count", lang, done=done, period=fmt_period(period, lang)))

areas = ui.district_areas()
m = thematic_map(areas.frame, view.reporting_layer(statuses, lang),
                 overview_view.map_frame(lang, areas.schematic, conflict.is_demo, areas.attribution))
ui.show_map(m, key="reporting_map", height=480)
table = view.reporting_table(statuses, lang)
st.dataframe(table, hide_index=True, width="stretch")
export_buttons(table, f"status_pelaporan_{period}", lang)
