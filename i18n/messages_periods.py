"""Messages of reporting periods: reports from an earlier period shown but counted as not
reported, due dates and late or overdue reports, overdue agreements, and the public landing
page."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- older reports ------------------------------------------------------------------------
    "periods.legend.stale": {"id": "Laporan periode sebelumnya",
                             "en": "Report from an earlier period"},
    "periods.tooltip.status": {"id": "Status laporan", "en": "Report status"},
    "periods.status.current": {"id": "Laporan {period}", "en": "Report for {period}"},
    "periods.status.stale": {
        "id": "Laporan periode sebelumnya ({report}); dihitung belum melapor {period}",
        "en": "Report from an earlier period ({report}); counted as not reported for {period}"},
    "periods.status.none": {"id": "Belum melapor {period}", "en": "Not reported for {period}"},
    "periods.level_stale": {"id": "{level} (laporan {period})", "en": "{level} ({period} report)"},
    "periods.kpi.not_reported": {"id": "Belum melapor {period}: {names}.",
                                 "en": "Not reported for {period}: {names}."},
    "periods.kpi.stale_item": {"id": "{name} (tampil laporan {period})",
                               "en": "{name} (showing the {period} report)"},
}
MESSAGES.update({
    # --- public landing page ----------------------------------------------------------------------
    "periods.public.login_adds": {
        "id": "Anda melihat data publik: partisipasi pemilih dan kegiatan sosialisasi pendidikan "
              "politik. Laporan peta rawan konflik sosial dan kejadian konflik adalah data "
              "internal: masuk (halaman Masuk) untuk melihat tingkat rawan per kab/kota, kejadian, "
              "prioritas, profil, status pelaporan dan mode presentasi.",
        "en": "You are viewing public data: voter participation and political-education "
              "outreach. Social-conflict risk reports and conflict incidents are internal: log in "
              "(Log in page) to see the risk level per district, incidents, priorities, profiles, "
              "reporting status and the presentation mode."},
    "periods.public.map_title": {"id": "Partisipasi pemilih terhadap target dan kegiatan "
                                       "sosialisasi",
                                 "en": "Voter turnout against target and outreach activities"},
    "periods.public.quarter": {"id": "Periode kegiatan", "en": "Activity period"},
    "periods.public.activities_in": {"id": "Kegiatan {period}", "en": "Activities {period}"},
    "periods.public.participants_in": {"id": "Peserta {period}", "en": "Participants {period}"},
    "periods.public.no_public": {
        "id": "Belum ada data publik untuk ditampilkan. Masuk untuk melihat data internal.",
        "en": "There is no public data to show yet. Log in to see the internal data."},
    "periods.public.sources": {
        "id": "Sumber: partisipasi provinsi: {turnout_source}; partisipasi kab/kota: "
              "{district_source}; target: {target_source}; kegiatan: laporan kegiatan "
              "sosialisasi ({outreach_source}).",
        "en": "Sources: province turnout: {turnout_source}; district turnout: "
              "{district_source}; target: {target_source}; activities: outreach reports "
              "({outreach_source})."},
})
