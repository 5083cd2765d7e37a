"""Partisipasi Pemilih: targets vs achieved turnout (all, women, first-time voters), the gap map,
DPT composition, the comparison between elections, and the published figures for reference."""

import streamlit as st

import ui
from i18n import t
from indicators import thematic
from maps import charts
from maps.palette import SERIES_COLOURS
from ui import thematic as tui
from ui.exports import export_buttons
from views import participation as view
from views import provenance
from views.thematic_common import group_label, map_frame, source_caption

lang = ui.lang()
participation = tui.start_page("participation_page", lang, ["participation"],
                               ["participation_map"])["participation"]

elections = thematic.elections(participation.frame)
if not elections:
    tui.no_data(t("participation_page.no_data", lang))
    st.stop()

c1, c2 = st.columns(2)
election = c1.selectbox(t("participation_page.election", lang), elections,
                        index=elections.index("Pilkada 2024") if "Pilkada 2024" in elections
                        else len(elections) - 1, key="participation_election")
group = c2.radio(t("participation_page.group", lang), thematic.GROUPS, horizontal=True,
                 format_func=lambda g: group_label(g, lang), key="participation_group")
gaps = thematic.participation_gaps(participation.frame, election)
sources = gaps["sumber_angka"].dropna()

st.subheader(f"{t('participation_page.map_title', lang)} · {group_label(group, lang)} · "
             f"{election}")
if gaps[f"selisih_{group}"].notna().any():
    areas = ui.district_areas()
    # Recoloured in place on an election or group switch: the frame and its zoom stay.
    tui.show_inplace_clickable_map(
        areas.frame, view.gap_layer(gaps, group, election, lang),
        map_frame(lang, areas.schematic, participation.is_demo, areas.attribution),
        key="participation_map")
    st.caption(source_caption(lang, sources, election))
else:
    tui.no_data(t("participation_page.no_figures", lang, group=group_label(group, lang),
                  election=election))

st.subheader(f"{t('participation_page.table_title', lang)} · {election}")
if gaps["ada_data"].any():
    targets = view.targets_table(gaps, lang)
    st.dataframe(targets, hide_index=True, width="stretch")
    export_buttons(targets, "partisipasi_target", lang)
    st.caption(source_caption(lang, sources, election))
else:
    tui.no_data(t("participation_page.no_turnout", lang, election=election))

st.subheader(f"{t('participation_page.dpt_title', lang)} · {election}")
composition = thematic.dpt_composition(participation.frame, election)
if composition.empty:
    tui.no_data(t("participation_page.no_dpt", lang))
else:
    data, order = view.dpt_chart_data(composition, lang)
    d1, d2 = st.columns([3, 2])
    d1.altair_chart(charts.grouped_bars(
        data, "nama_pendek", "jumlah", "bagian_label", order, SERIES_COLOURS[1::-1],
        t("district", lang), t("participation_page.voters", lang), t("participation_page.part",
                                                                      lang),
        stacked=True, lang=lang), width="stretch")
    d2.dataframe(view.dpt_table(composition, lang), hide_index=True, width="stretch")
    st.caption(t("participation_page.dpt_total", lang, total=view.dpt_total_text(gaps, lang)))
    st.caption(source_caption(lang, [s.source for s in (*gaps["asal_dpt_total"],
                                                         *gaps["asal_dpt_perempuan"]) if s],
                              election))

st.subheader(f"{t('participation_page.compare_title', lang)} · {group_label(group, lang)}")
comparison = thematic.election_comparison(participation.frame, group)
if comparison["pemilihan"].nunique() < 2:
    tui.no_data(t("participation_page.no_compare", lang))
else:
    data, order, colours = view.comparison_data(comparison)
    st.altair_chart(charts.grouped_bars(
        data, "nama_pendek", "partisipasi", "pemilihan", order, colours, t("district", lang),
        t("participation_page.achieved", lang), t("participation_page.election", lang),
        lang=lang),
        width="stretch")
    st.caption(source_caption(lang, provenance.frame_sources(
        "participation", participation.frame, [f"partisipasi_{group}"]), ", ".join(order)))

st.subheader(t("participation_page.reference_title", lang))
for line in view.reference_lines(lang):
    st.markdown(f"- {line}")
published = view.published_district_rows(thematic.participation_gaps(participation.frame,
                                                                 "Pilkada 2024"))
if not published.empty:
    st.dataframe(view.published_table(published, lang), hide_index=True, width="stretch")
st.caption(t("participation_page.reference_note", lang))
