"""Profil Kab/Kota: every indicator of one district, its history, its activities and which
periods it reported. Opened from any map by clicking the district."""

import streamlit as st

import ui
from i18n import fmt_period, is_missing, or_missing, t
from indicators import figures, grain, thematic
from maps import charts
from ui import auth, links
from ui import thematic as tui
from ui.exports import export_buttons
from views import overview as overview_view
from views import profile as view
from views.thematic_common import percent, source_caption

lang = ui.lang()
conflict = auth.dataset("conflict_risk", lang)
participation = auth.dataset("participation", lang)
outreach = auth.dataset("outreach", lang)
incidents = auth.dataset("incidents", lang)

# ?kab=64.72 opens that district, and the address bar follows the choice (a link to share).
code = links.district_box(lang, "profile_district_box", t("profile_page.choose", lang),
                          st.session_state.get(tui.SELECTED_DISTRICT), view.district_label)
if code is None:
    st.stop()
# Remember the choice so the page opens on it next time, as a map click would.
st.session_state[tui.SELECTED_DISTRICT] = code
st.title(t("profile_page.title", lang, name=view.district_label(code)))
ui.demo_banner(lang, [conflict, participation, outreach, incidents])

period = figures.default_period(conflict.frame)
reports = figures.period_reports(conflict.frame, period).set_index("kode")
row = reports.loc[code] if period and reports.at[code, "status"] != figures.NONE else None
elections = thematic.elections(participation.frame)
election = thematic.default_election(participation.frame)
gap_row = thematic.participation_gaps(participation.frame, election).set_index("kode").loc[code] \
    if election else None
acts = thematic.filter_activities(outreach.frame, districts=[code])
cov = thematic.coverage(acts, participation.frame, election).set_index("kode").loc[code]

for column, (label, value, delta, help_text) in zip(
        st.columns(4), view.key_metrics(row, gap_row, cov["kegiatan"], election, lang, period)):
    column.metric(label, value, delta=delta, help=help_text)
if row is not None:
    if row["status"] == figures.STALE:
        st.caption(overview_view.report_status_text(row["status"], row["periode_laporan"],
                                                    period, lang))
    st.caption(source_caption(lang, [row["sumber"]], fmt_period(row["periode_laporan"], lang)))
    # The kecamatan of a report per kecamatan (indicators.grain), for the report's period.
    kec_table = grain.kecamatan_table(conflict.frame, code, row["periode_laporan"])
    if kec_table["tingkat_rawan"].notna().any():
        st.subheader(t("grain.profile.title", lang, period=fmt_period(row["periode_laporan"], lang)))
        basis = overview_view.basis_text(row, lang)
        if not is_missing(basis):
            st.caption(basis)
        st.dataframe(view.kecamatan_table(kec_table, lang), hide_index=True, width="stretch")

st.subheader(t("profile_page.history_title", lang))
history = thematic.risk_history(conflict.frame)
history = history[history["kode"] == code]
if history.empty:
    tui.no_data(t("profile_page.no_risk", lang), conflict)
else:
    data, order, domain, colours = view.history_data(history, lang)
    st.altair_chart(charts.history_line(data, "periode_label", order, "skor",
                                        t("source.period", lang), t("risk.score", lang),
                                        "tingkat", domain, colours, t("risk.level", lang),
                                        (0, 100), lang=lang), width="stretch")
    st.caption(source_caption(lang, conflict.frame.loc[conflict.frame["kab_kota"] == code,
                                                       "sumber"],
                              ", ".join(order)))

st.subheader(t("profile_page.reporting_title", lang))
status = thematic.reporting_status(conflict.frame, code)
if status.empty:
    tui.no_data(t("profile_page.no_risk", lang), conflict)
else:
    st.dataframe(view.reporting_table(status, lang), hide_index=True, width="stretch")
    st.caption(t("profile_page.reported_count", lang, done=int(status["dilaporkan"].sum()),
                 total=len(status)))

st.subheader(t("profile_page.participation_title", lang))
table = thematic.district_participation(participation.frame, code)
if table.empty:
    tui.no_data(t("profile_page.no_participation", lang))
else:
    shown = view.participation_table(table, lang)
    st.dataframe(shown, hide_index=True, width="stretch")
    export_buttons(shown, f"profil_{code}_partisipasi", lang)
    st.caption(t("profile_page.participation_note", lang))
    st.caption(source_caption(lang, table["sumber_angka"], ", ".join(table["pemilihan"])))

st.subheader(t("profile_page.activities_title", lang))
if acts.empty:
    tui.no_data(t("profile_page.no_activities", lang))
else:
    shown = view.activities_table(acts, lang)
    st.dataframe(shown, hide_index=True, width="stretch")
    export_buttons(shown, f"profil_{code}_kegiatan", lang)
    st.caption(t("profile_page.coverage", lang,
                 total=percent(cov["cakupan_total"], lang, 2),
                 women=percent(cov["cakupan_perempuan"], lang, 2),
                 first=percent(cov["cakupan_pemilih_pemula"], lang, 2), election=or_missing(election)))
    st.caption(source_caption(lang, acts["sumber"], ", ".join(
        sorted({str(d)[:7] for d in acts["tanggal"].dropna()}))))

st.caption(view.incidents_caption(incidents.frame[incidents.frame["kab_kota"] == code], lang))
