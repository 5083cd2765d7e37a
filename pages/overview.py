"""Ringkasan: the ten kab/kota by latest conflict-risk level, key figures, and the same as a table."""

import streamlit as st

import ui
from i18n import fmt_number, fmt_percent, fmt_period, t
from loaders import indicators
from maps.thematic import thematic_map
from ui import thematic as tui
from ui.exports import export_buttons
from views import overview as view
from views.text import md_escape

lang = ui.lang()
data = tui.start_page("overview", lang, ["conflict_risk", "participation", "outreach"],
                      ["overview_map"])
conflict, participation, outreach = data["conflict_risk"], data["participation"], data["outreach"]

periods = indicators.periods(conflict.frame)
if not periods:
    st.info(t("overview.no_data", lang))
    st.stop()

period = st.select_slider(t("overview.period", lang), options=periods, value=periods[-1],
                          format_func=lambda p: fmt_period(p, lang), key="overview_period")

figures = indicators.key_figures(conflict.frame, outreach.frame, period)
summary = indicators.district_summary(conflict.frame, participation.frame, outreach.frame, period)

kpi = st.columns(4)
kpi[0].metric(t("overview.kpi.high_risk", lang), fmt_number(len(figures.high_risk_codes), lang),
              help=view.high_risk_names(figures, lang))
kpi[0].caption(view.high_risk_names(figures, lang))
kpi[1].metric(t("overview.kpi.reported", lang), f"{figures.districts_reported}/10")
if figures.province_turnout is not None:
    kpi[2].metric(t("overview.kpi.turnout", lang, election=figures.province_turnout.period),
                  fmt_percent(figures.province_turnout.value, lang),
                  delta=view.turnout_delta(figures, lang))
kpi[3].metric(t("overview.kpi.activities", lang), fmt_number(figures.activities, lang))
kpi[3].caption(t("overview.kpi.participants", lang,
                 count=fmt_number(figures.participants, lang),
                 women=fmt_number(figures.participants_women, lang),
                 first=fmt_number(figures.participants_first_time, lang)))

areas = ui.district_areas()
st.subheader(f"{t('overview.map_title', lang)} · {fmt_period(period, lang)}")
m = thematic_map(areas.frame, view.risk_layer(summary, lang),
                 view.map_frame(lang, areas.schematic, conflict.is_demo, areas.attribution))
tui.show_clickable_map(m, key="overview_map", height=560)

st.subheader(t("overview.table_title", lang))
table = view.summary_table(summary, lang)
st.dataframe(table, hide_index=True, width="stretch")
export_buttons(table, f"ringkasan-{period}", lang)
st.caption(view.sources_text(
    figures, lang,
    risk_sources=set(summary["sumber_risiko"].dropna()),
    outreach_sources=set(outreach.frame["sumber"].dropna()), escape=md_escape,
))
