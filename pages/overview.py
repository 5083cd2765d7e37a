"""Ringkasan: the ten kab/kota by conflict-risk level for a period, key figures, and the same as a
table. A visitor who may not see the internal conflict-risk reports gets the public landing page
instead: turnout and outreach on a map with their key figures, and what logging in adds."""

import datetime as dt

import pandas as pd
import streamlit as st

import ui
from domain import regions, schema
from domain.schema import CONFLICT_RISK
from i18n import fmt_number, fmt_percent, fmt_period, t
from indicators import alerts, thematic
from indicators import figures as indicators_figures
from ui import auth
from ui import thematic as tui
from ui.exports import export_buttons
from views import alerts as alerts_view
from views import overview as view
from views.text import md_escape
from views.thematic_common import map_frame


def public_landing(lang: str) -> None:
    """Without access to the conflict-risk reports: the public datasets only."""
    st.title(t("overview.title", lang))
    st.info(t("periods.public.login_adds", lang), icon="🔒")
    shown = [name for name in ("participation", "outreach") if auth.can_view(name)]
    if not shown:
        st.info(t("periods.public.no_public", lang))
        st.stop()
    loaded = {name: auth.dataset(name, lang) for name in shown}
    empty = schema.typed_frame(CONFLICT_RISK, pd.DataFrame())
    participation = loaded.get("participation")
    outreach = loaded.get("outreach")
    part_frame = participation.frame if participation else schema.typed_frame(
        schema.DATASETS["participation"], pd.DataFrame())
    out_frame = outreach.frame if outreach else schema.typed_frame(
        schema.DATASETS["outreach"], pd.DataFrame())
    ui.demo_banner(lang, list(loaded.values()))

    quarters = indicators_figures.activity_periods(out_frame) or [None]
    if len(quarters) > 1:
        quarter = st.select_slider(t("periods.public.quarter", lang), options=quarters,
                                   value=quarters[-1], format_func=lambda p: fmt_period(p, lang),
                                   key="overview_public_quarter")
    else:
        quarter = quarters[0]
    election = thematic.default_election(part_frame)
    summary = indicators_figures.district_summary(empty, part_frame, out_frame, quarter or "2000-Q1",
                                          election or "Pilkada 2024")
    figures = indicators_figures.key_figures(empty, out_frame, quarter or "2000-Q1",
                                     election or "Pilkada 2024")
    kpi = st.columns(3)
    if figures.province_turnout is not None:
        kpi[0].metric(t("overview.kpi.turnout", lang, election=figures.province_turnout.period),
                      fmt_percent(figures.province_turnout.value, lang),
                      delta=view.turnout_delta(figures, lang))
    if outreach is not None and quarter:
        kpi[1].metric(t("overview.kpi.activities", lang), fmt_number(figures.activities, lang))
        kpi[1].caption(fmt_period(quarter, lang))
        kpi[2].metric(t("overview.col.participants", lang), fmt_number(figures.participants, lang))
        kpi[2].caption(t("overview.kpi.participants", lang,
                         count=fmt_number(figures.participants, lang),
                         women=fmt_number(figures.participants_women, lang),
                         first=fmt_number(figures.participants_first_time, lang)))

    if participation is not None and election:
        gaps = thematic.participation_gaps(part_frame, election)
        areas = ui.district_areas()
        st.subheader(f"{t('periods.public.map_title', lang)} · {election}"
                     + (f" · {fmt_period(quarter, lang)}" if quarter else ""))
        layer = view.public_layer(summary, gaps, election, quarter or "", lang)
        # Recoloured in place when the quarter changes (a visitor's clicks open no profile).
        tui.show_inplace_clickable_map(areas.frame, layer, map_frame(
            lang, areas.schematic, any(d.is_demo for d in loaded.values()), areas.attribution),
            key="overview_public_map", height=560)
    st.subheader(t("overview.table_title", lang))
    table = view.public_table(summary, lang)
    st.dataframe(table, hide_index=True, width="stretch")
    export_buttons(table, "ringkasan-publik", lang)
    st.caption(view.public_sources_text(
        figures, lang, turnout_sources=set(summary["sumber_partisipasi"].dropna()),
        outreach_sources=set(out_frame["sumber"].dropna()), escape=md_escape))


lang = ui.lang()
if not auth.can_view("conflict_risk"):
    public_landing(lang)
    st.stop()

data = tui.start_page("overview", lang, ["conflict_risk", "participation", "outreach"],
                      ["overview_map"])
conflict, participation, outreach = data["conflict_risk"], data["participation"], data["outreach"]
if auth.current_user() is not None and auth.can_view("incidents"):
    # The early-warning banner for logged-in users (issue 16): today's alerts, one line.
    today = dt.date.today()
    banner = alerts_view.banner_text(
        alerts.surge_alerts_once(auth.dataset("incidents", lang).frame, today), today, lang)
    if banner:
        st.warning(banner, icon="⚠️")
        st.page_link("pages/alerts.py", label=t("alerts.title", lang))

periods = indicators_figures.periods(conflict.frame)
if not periods:
    st.info(t("overview.no_data", lang))
    st.stop()

# Opens on the newest period most districts reported (indicators.figures.default_period).
period = st.select_slider(t("overview.period", lang), options=periods,
                          value=indicators_figures.default_period(conflict.frame),
                          format_func=lambda p: fmt_period(p, lang), key="overview_period")

figures = indicators_figures.key_figures(conflict.frame, outreach.frame, period)
summary = indicators_figures.district_summary(conflict.frame, participation.frame, outreach.frame, period)

kpi = st.columns(4)
kpi[0].metric(t("overview.kpi.high_risk", lang), fmt_number(len(figures.high_risk_codes), lang),
              help=view.high_risk_names(figures, lang))
kpi[0].caption(view.high_risk_names(figures, lang))
kpi[1].metric(t("overview.kpi.reported", lang),
              f"{figures.districts_reported}/{len(regions.DISTRICTS)}")
not_reported = view.not_reported_text(summary, lang)
if not_reported:
    kpi[1].caption(not_reported)
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
# Recoloured in place on a period change: the frame stays, with the user's zoom (ui.inplace_map).
tui.show_inplace_clickable_map(areas.frame, view.risk_layer(summary, lang),
                               map_frame(lang, areas.schematic, conflict.is_demo,
                                         areas.attribution),
                               key="overview_map", height=560)

st.subheader(t("overview.table_title", lang))
table = view.summary_table(summary, lang)
st.dataframe(table, hide_index=True, width="stretch")
export_buttons(table, f"ringkasan-{period}", lang)
st.caption(view.sources_text(
    figures, lang,
    risk_sources=set(summary["sumber_risiko"].dropna()),
    outreach_sources=set(outreach.frame["sumber"].dropna()), escape=md_escape,
))
