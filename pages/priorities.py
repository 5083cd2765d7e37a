"""Prioritas: districts ranked by a transparent composite of risk, turnout shortfall and outreach
need, with the weights on sliders and the formula written out."""

import streamlit as st

import ui
from i18n import fmt_period, or_missing, t
from indicators import figures, thematic
from maps import charts
from ui import thematic as tui
from ui.exports import export_buttons
from views import overview as overview_view
from views import priorities as view
from views import provenance
from views.thematic_common import map_frame, source_caption

lang = ui.lang()
data = tui.start_page("priority_page", lang, ["conflict_risk", "participation", "outreach"],
                      ["priority_map"])
conflict, participation, outreach = data["conflict_risk"], data["participation"], data["outreach"]

elections = thematic.elections(participation.frame)
period = figures.default_period(conflict.frame)
election = thematic.default_election(participation.frame)

sources = list(conflict.frame["sumber"]) + provenance.frame_sources(
    "participation", participation.frame) + list(outreach.frame["sumber"])
components = thematic.priority_components(conflict.frame, participation.frame, outreach.frame,
                                          election, period)
period_text = fmt_period(period, lang)


# The weights change only the ranking, its map, chart and table: a slider reruns this part, not
# the page (the map recolours in place; the rest of the page is not run again).
@st.fragment
def weighted_ranking() -> None:
    tui.follow_map_click("priority_map")  # a click reruns only the fragment: follow it here
    defaults = thematic.Weights()
    w1, w2, w3 = st.columns(3)
    weights = thematic.Weights(
        risk=w1.slider(t("priority_page.w_risk", lang), 0, 100, int(defaults.risk), 5,
                       key="priority_w_risk"),
        gap=w2.slider(t("priority_page.w_gap", lang), 0, 100, int(defaults.gap), 5,
                      key="priority_w_gap"),
        coverage=w3.slider(t("priority_page.w_coverage", lang), 0, 100, int(defaults.coverage), 5,
                           key="priority_w_coverage"),
    )
    with st.expander(t("priority_page.formula_title", lang), expanded=True):
        st.markdown(view.formula_markdown(weights, lang, or_missing(election), period_text))

    ranked = thematic.composite_priority(components, weights)
    if not ranked["skor_komposit"].notna().any():
        tui.no_data(t("priority_page.no_data", lang))
        return

    st.subheader(t("priority_page.map_title", lang))
    left, right = st.columns([3, 2])
    with left:
        areas = ui.district_areas()
        tui.show_inplace_clickable_map(
            areas.frame, view.priority_layer(ranked, lang),
            map_frame(lang, areas.schematic, conflict.is_demo or participation.is_demo
                      or outreach.is_demo, areas.attribution), key="priority_map")
    with right:
        data, domain, colours = view.chart_data(ranked)
        st.altair_chart(charts.ranked_bars(
            data, "nama_pendek", "skor_komposit", "kelas_label", domain, colours,
            t("priority_page.composite", lang), t("priority_page.composite", lang),
            ["nama_pendek:N", "skor_komposit:Q", "peringkat:Q"], lang=lang), width="stretch")
    ranking = view.ranking_table(ranked, lang)
    st.dataframe(ranking, hide_index=True, width="stretch")
    export_buttons(ranking, "prioritas", lang)
    if not ranked["lengkap"].all():
        st.caption(t("priority_page.incomplete_note", lang))
    # An older risk report counts as not reported: no risk component (indicators.figures' rule).
    stale_note = overview_view.not_reported_text(components, lang, period) if period else ""
    if stale_note:
        st.caption(stale_note)
    st.caption(source_caption(lang, sources, t("priority_page.sources_period", lang,
                                                 period=period_text, election=or_missing(election))))


weighted_ranking()
