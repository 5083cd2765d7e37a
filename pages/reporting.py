"""Status Pelaporan: which kab/kota have reported their conflict-risk map for a period, when, and
whether on time (due DASHBOARD_REPORT_DUE_DAYS days after the period); rakor agreements past their
deadline."""

import datetime as dt

import streamlit as st

import ui
from i18n import fmt_period, t
from indicators import figures, reporting
from storage import backends, datasets
from ui import auth
from ui import thematic as tui
from ui.exports import export_buttons
from views import agreements as agreement_view
from views import reporting as view
from views import thematic_common

lang = ui.lang()
st.title(t("reporting.title", lang))
st.caption(t("reporting.intro", lang))

conflict = auth.dataset("conflict_risk", lang)
ui.demo_banner(lang, [conflict])
periods = figures.periods(conflict.frame)
if not periods:
    st.info(t("overview.no_data", lang))
    st.stop()

options = list(reversed(periods))
default = figures.default_period(conflict.frame)
period = st.selectbox(t("reporting.period", lang), options,
                      index=options.index(default) if default in options else 0,
                      format_func=lambda p: fmt_period(p, lang), key="reporting_period")
today = dt.date.today()
store = backends.open_store()
provenance = datasets.row_provenance(store, "conflict_risk", reporting.KEY)
statuses = reporting.reporting_status(conflict.frame, period, provenance, today)
due = reporting.due_date(period)
for column, (label, value) in zip(st.columns(5), view.metrics(statuses, lang)):
    column.metric(label, value)
done = sum(s.reported for s in statuses)
st.caption(t("reporting.count", lang, done=done, period=fmt_period(period, lang)) + " "
           + view.due_text(period, due, today, lang))

areas = ui.district_areas()
# Recoloured in place when the period changes: the frame and its zoom stay.
tui.show_inplace_clickable_map(
    areas.frame, view.reporting_layer(statuses, period, lang),
    thematic_common.map_frame(lang, areas.schematic, conflict.is_demo, areas.attribution),
    key="reporting_map", height=480)
table = view.reporting_table(statuses, lang)
st.dataframe(table, hide_index=True, width="stretch")
export_buttons(table, f"status_pelaporan_{period}", lang)
st.caption(view.source_text(conflict.frame, period, due, lang))

st.subheader(t("periods.agreements.title", lang))
agreements = auth.dataset("agreements", lang)
late = agreement_view.overdue(agreements.frame, today)
st.caption(agreement_view.overdue_text(agreements.frame, today, lang))
if len(late):
    listing = agreement_view.agreements_table(late, lang, today=today)
    st.dataframe(listing, hide_index=True, width="stretch")
    export_buttons(listing, "kesepakatan_lewat_tenggat", lang)
    st.caption(t("source.line", lang, source=agreement_view.sources(late),
                 period=agreement_view.deadline_range(late, lang)))
