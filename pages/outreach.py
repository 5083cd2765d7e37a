"""Kegiatan Sosialisasi: where activities took place, for whom, how many were reached against the
women and first-time voters on the DPT, and whether they went where risk and turnout gaps are."""

import streamlit as st

import ui
from domain import regions
from domain.schema import ACTIVITY_TYPES, TARGET_GROUPS
from i18n import fmt_date, or_missing, t
from indicators import figures, grain, thematic
from loaders import areas as loader_areas
from maps import charts, points
from maps.thematic import thematic_map
from ui import screen
from ui import thematic as tui
from ui.exports import export_buttons
from views import outreach as view
from views import provenance
from views.thematic_common import map_frame, source_caption

lang = ui.lang()
data = tui.start_page("outreach_page", lang, ["outreach", "participation", "conflict_risk"],
                      ["outreach_map"])
outreach, participation, conflict = data["outreach"], data["participation"], data["conflict_risk"]

dates = outreach.frame["tanggal"].dropna()
if dates.empty:
    tui.no_data(t("outreach_page.no_data", lang))
    st.stop()

first, last = min(dates), max(dates)
f1, f2 = st.columns(2)
chosen = f1.date_input(t("outreach_page.date_range", lang), value=(first, last),
                       min_value=first, max_value=last, key="outreach_dates",
                       format="DD/MM/YYYY")
# While the second date is being picked the widget holds one date: treat it as a one-day range.
start, end = (chosen[0], chosen[-1]) if isinstance(chosen, (tuple, list)) and chosen \
    else (first, last)
districts = f2.multiselect(t("district", lang), regions.codes(), default=[],
                           format_func=lambda c: regions.get(c).short_name,
                           key="outreach_districts",
                           **screen.multiselect_texts(lang, t("outreach_page.all_districts", lang)))
f3, f4 = st.columns(2)
groups = f3.multiselect(t("outreach_page.group", lang), TARGET_GROUPS, default=list(TARGET_GROUPS),
                        format_func=lambda g: t(f"group.{g}", lang), key="outreach_groups",
                        **screen.multiselect_texts(lang))
types = f4.multiselect(t("outreach_page.type", lang), ACTIVITY_TYPES, default=list(ACTIVITY_TYPES),
                       format_func=lambda v: t(f"activity.{v}", lang), key="outreach_types",
                       **screen.multiselect_texts(lang))
acts = thematic.filter_activities(outreach.frame, start, end, groups, types, districts or None)
period_text = f"{fmt_date(start, lang)} – {fmt_date(end, lang)}"
elections = thematic.elections(participation.frame)
election = thematic.default_election(participation.frame)
cov = thematic.coverage(acts, participation.frame, election)

st.subheader(f"{t('outreach_page.map_title', lang)} · {period_text}")
areas = ui.district_areas()
kecamatan_layer = None if areas.schematic else loader_areas.kecamatan_areas()
# activities with coordinates but no kecamatan get one from the kecamatan polygons, as an estimate
located = grain.locate_kecamatan(thematic.located(acts),
                                 kecamatan_layer.frame if kecamatan_layer else None)
m = thematic_map(areas.frame, view.count_layer(cov, lang),
                 map_frame(lang, areas.schematic, outreach.is_demo, areas.attribution))
drew_points = points.add_points_or_counts(
    m, areas.frame, areas.schematic, t("outreach_page.activities", lang),
    lambda: cov.set_index("kode")["kegiatan"],
    lambda: view.activity_points(located, lang),
    t("outreach_page.group", lang), view.group_legend_items(lang))
note = t("outreach_page.points_note" if drew_points else "outreach_page.counts_note", lang)
tui.show_clickable_map(m, key="outreach_map")
st.caption(f"{note} {t('outreach_page.shown', lang, count=len(acts))}")
st.caption(source_caption(lang, acts["sumber"], period_text))

st.subheader(t("outreach_page.coverage_title", lang, election=or_missing(election)))
if acts.empty:
    tui.no_data(t("outreach_page.no_match", lang))
else:
    if not cov["cakupan_total"].notna().any():
        tui.no_data(t("outreach_page.no_dpt", lang))
    st.dataframe(view.coverage_table(cov, lang), hide_index=True, width="stretch")
    st.caption(t("outreach_page.coverage_note", lang))
    st.caption(source_caption(lang, list(acts["sumber"]) + provenance.frame_sources(
        "participation", participation.frame, ("dpt_total", "dpt_perempuan", "dpt_pemilih_pemula")),
                              f"{period_text}; DPT {or_missing(election)}"))

period = figures.default_period(conflict.frame)
st.subheader(t("outreach_page.needs_title", lang))
needs = thematic.activities_vs_needs(acts, conflict.frame, participation.frame, election, period)
data, domain, colours = view.scatter_data(needs, lang)
if data.empty:
    tui.no_data(t("outreach_page.no_needs", lang))
else:
    st.altair_chart(charts.needs_scatter(
        data, "selisih_total", "skor", "kegiatan", "tingkat", domain, colours,
        t("outreach_page.gap_axis", lang, election=election), t("risk.score", lang),
        t("outreach_page.activities", lang), t("risk.level", lang),
        ["nama_pendek:N", "kegiatan:Q", "skor:Q", "selisih_total:Q"], lang=lang), width="stretch")
needs_table = view.needs_table(needs, lang)
st.dataframe(needs_table, hide_index=True, width="stretch")
export_buttons(needs_table, "kegiatan_kebutuhan", lang)
st.caption(source_caption(
    lang, list(conflict.frame["sumber"]) + provenance.frame_sources("participation", participation.frame),
    t("outreach_page.needs_period", lang, period=period_text, election=or_missing(election))))
