"""Peta Rawan Konflik: levels of a period (playable), change against the previous period,
categories, incidents, trend per district, and Bawaslu's IKP beside it as a separate scale."""

import streamlit as st

import ui
from domain.schema import CONFLICT_CATEGORIES
from i18n import fmt_period, t
from indicators import figures, grain, thematic
from loaders import areas as loader_areas
from maps import charts, points
from maps.palette import RISK_COLOURS, SERIES_COLOURS
from maps.thematic import thematic_map
from ui import auth, screen
from ui import thematic as tui
from ui.exports import export_buttons
from views import conflict_risk as view
from views import overview as overview_view
from views import thematic_common
from views.thematic_common import category_label, source_caption

lang = ui.lang()
data = tui.start_page("risk_page", lang, ["conflict_risk", "incidents"],
                      ["risk_level_map", "risk_change_map", "risk_incident_map"])
conflict, incidents = data["conflict_risk"], data["incidents"]

periods = figures.periods(conflict.frame)
if not periods:
    tui.no_data(t("risk_page.no_data", lang), conflict)
    st.stop()

period = tui.period_slider(periods, "risk_period", lang, t("overview.period", lang),
                           default=figures.default_period(conflict.frame))
period_text = fmt_period(period, lang)
areas = ui.district_areas()
frame = thematic_common.map_frame(lang, areas.schematic, conflict.is_demo, areas.attribution)
participation = auth.dataset("participation", lang).frame
outreach = auth.dataset("outreach", lang).frame
summary = figures.district_summary(conflict.frame, participation, outreach, period)
risk_sources = summary["sumber_risiko"].dropna()

left, right = st.columns(2)
with left:
    st.subheader(f"{t('risk_page.level_title', lang)} · {period_text}")
    # Recoloured in place when the period changes: the frame and zoom stay. Its player steps
    # through every period in the browser; where it stops becomes the slider's period.
    player = tui.browser_player(
        areas.frame, [conflict.frame, participation, outreach], lang, "risk_period", period,
        lambda: overview_view.risk_layers_by_period(conflict.frame, participation, outreach, lang))
    tui.show_inplace_clickable_map(areas.frame, overview_view.risk_layer(summary, lang), frame,
                                   key="risk_level_map", height=460, player=player)
    st.caption(source_caption(lang, risk_sources, period_text))
    not_reported = overview_view.not_reported_text(summary, lang)
    if not_reported:
        st.caption(not_reported)
    export_buttons(overview_view.summary_table(summary, lang), f"rawan_konflik_{period}", lang)
with right:
    previous = thematic.previous_period(periods, period)
    if previous is None:
        st.subheader(t("risk_page.change_title", lang))
        tui.no_data(t("risk_page.no_previous", lang))
    else:
        st.subheader(f"{t('risk_page.change_title', lang)} · {fmt_period(previous, lang)} → "
                     f"{period_text}")
        change = thematic.risk_change(conflict.frame, period, previous)
        tui.show_inplace_clickable_map(areas.frame, view.change_layer(change, lang, period, previous),
                                       frame, key="risk_change_map", height=460)
        st.caption(source_caption(lang, change["sumber"].dropna(),
                                  f"{fmt_period(previous, lang)}, {period_text}"))

st.subheader(f"{t('risk_page.categories_title', lang)} · {period_text}")
categories = thematic.categories_by_district(conflict.frame, period)
if categories.empty:
    tui.no_data(t("risk_page.no_categories", lang))
else:
    c1, c2 = st.columns([3, 2])
    c1.dataframe(view.category_table(categories, summary.set_index("kode")["nama"], lang),
                 hide_index=True, width="stretch")
    c2.altair_chart(charts.category_bars(view.category_chart_data(categories, lang),
                                         t("risk_page.category", lang),
                                         t("risk_page.districts_count", lang), SERIES_COLOURS[0],
                                         lang=lang),
                    width="stretch")
    st.caption(source_caption(lang, risk_sources, period_text))

# The category filter changes only the incidents map: it reruns this part, not the page.
@st.fragment
def incidents_section() -> None:
    tui.follow_map_click("risk_incident_map")  # a click reruns only the fragment: follow it here
    st.subheader(f"{t('risk_page.incidents_title', lang)} · {period_text}")
    # Only verified incidents reach this page (ui.auth.dataset), so there is no status to choose.
    chosen_categories = st.multiselect(t("risk_page.category", lang), CONFLICT_CATEGORIES,
                                       default=list(CONFLICT_CATEGORIES), key="risk_inc_categories",
                                       format_func=lambda c: category_label(c, lang),
                                       **screen.multiselect_texts(lang))
    start, end = figures.period_dates(period)
    shown = thematic.filter_incidents(incidents.frame, start, end, chosen_categories)
    kecamatan_layer = None if areas.schematic else loader_areas.kecamatan_areas()
    # incidents with coordinates but no kecamatan get one from the kecamatan polygons (estimate)
    shown = grain.locate_kecamatan(shown, kecamatan_layer.frame if kecamatan_layer else None)
    m = thematic_map(areas.frame, overview_view.risk_layer(summary, lang), frame)
    drew_points = points.add_points_or_counts(
        m, areas.frame, areas.schematic, t("risk_page.incidents_title", lang),
        lambda: thematic.counts_by_district(shown),
        lambda: view.incident_points(thematic.located(shown), lang),
        t("risk_page.incident.status", lang), view.status_legend_items(lang))
    note = t("risk_page.points_note" if drew_points else "risk_page.counts_note", lang)
    tui.show_clickable_map(m, key="risk_incident_map", height=460)
    st.caption(f"{note} {t('risk_page.incidents_shown', lang, count=len(shown))}")
    st.caption(source_caption(lang, shown["sumber"], period_text))


incidents_section()

st.subheader(t("risk_page.trend_title", lang))
history = thematic.risk_history(conflict.frame)
st.altair_chart(charts.level_trend(view.trend_data(history, lang), view.level_labels(lang),
                                   RISK_COLOURS, t("source.period", lang), t("risk.score", lang),
                                   t("risk.level", lang), lang=lang))
st.caption(source_caption(lang, conflict.frame["sumber"],
                          f"{fmt_period(periods[0], lang)} – {fmt_period(periods[-1], lang)}"))

st.subheader(t("risk_page.ikp_title", lang))
st.caption(t("risk_page.ikp_intro", lang))
ikp_figures = thematic.ikp_table(auth.dataset("ikp", lang).frame)
ikp = view.ikp_display(ikp_figures, lang)
st.dataframe(ikp, hide_index=True, width="stretch", height=view.ikp_table_height(len(ikp)))
dimensions = view.ikp_dimensions_text(ikp_figures, lang)
if dimensions:
    st.caption(dimensions)
st.caption(view.ikp_scale_text(lang))
st.caption(t("risk_page.ikp_note", lang))
