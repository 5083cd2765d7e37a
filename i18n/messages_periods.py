"""Messages of reporting periods: reports from an earlier period shown but counted as not reported,
the public landing page, due dates and late or overdue reports, overdue agreements, the key figures
of Status Pelaporan."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- older reports ----------------------------------------------------------------------------
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
    # --- due dates, late and overdue reports ------------------------------------------------------
    "periods.timeliness.tepat_waktu": {"id": "Tepat waktu", "en": "On time"},
    "periods.timeliness.terlambat": {"id": "Terlambat", "en": "Late"},
    "periods.timeliness.belum": {"id": "Belum melapor (belum lewat tenggat)",
                                 "en": "Not reported yet (not yet due)"},
    "periods.timeliness.lewat_tenggat": {"id": "Lewat tenggat, belum melapor",
                                         "en": "Overdue, not reported"},
    "periods.days_late": {"id": "({days} hari setelah tenggat)",
                          "en": "({days} days after the due date)"},
    "periods.shown_instead": {"id": "peta menampilkan laporan {period}",
                              "en": "maps show the {period} report"},
    "periods.col.due": {"id": "Tenggat", "en": "Due date"},
    "periods.legend.timeliness": {"id": "Laporan {period}", "en": "Report for {period}"},
    "periods.due.coming": {
        "id": "Tenggat laporan {period}: {date} ({days} hari setelah akhir periode).",
        "en": "Reports for {period} are due on {date} ({days} days after the period ends)."},
    "periods.due.passed": {
        "id": "Tenggat laporan {period}: {date} ({days} hari setelah akhir periode), sudah lewat.",
        "en": "Reports for {period} were due on {date} ({days} days after the period ends); "
              "that date has passed."},
    "periods.reporting.source": {
        "id": "Sumber: laporan peta rawan konflik sosial kab/kota ({source}); tanggal laporan "
              "seperti tertulis pada laporan. Periode: {period}. Tenggat: {due} ({days} hari "
              "setelah akhir periode, DASHBOARD_REPORT_DUE_DAYS).",
        "en": "Source: district social-conflict risk reports ({source}); report dates as written "
              "on the reports. Period: {period}. Due: {due} ({days} days after the period ends, "
              "DASHBOARD_REPORT_DUE_DAYS)."},
    # --- overdue agreements -----------------------------------------------------------------------
    "periods.agreements.title": {"id": "Kesepakatan rakor lewat tenggat",
                                 "en": "Coordination meeting agreements past their deadline"},
    "periods.agreements.none": {"id": "Tidak ada kesepakatan yang lewat tenggat per {date}.",
                                "en": "No agreement is past its deadline as of {date}."},
    "periods.agreements.count": {"id": "{count} kesepakatan belum selesai dan lewat tenggat per "
                                       "{date}.",
                                 "en": "{count} agreements not finished and past their deadline "
                                       "as of {date}."},
    "periods.agreements.overdue_tooltip": {"id": "Lewat tenggat", "en": "Past deadline"},
    "periods.agreements.overdue_count": {"id": "{count} kesepakatan", "en": "{count} agreements"},
    # --- key figures ------------------------------------------------------------------------------
    # short labels for the key figures of Status Pelaporan (the long ones are in the legend)
    "periods.metric.reported": {"id": "Sudah melapor", "en": "Reported"},
    "periods.metric.tepat_waktu": {"id": "Tepat waktu", "en": "On time"},
    "periods.metric.terlambat": {"id": "Terlambat", "en": "Late"},
    "periods.metric.belum": {"id": "Belum melapor", "en": "Not yet reported"},
    "periods.metric.lewat_tenggat": {"id": "Lewat tenggat", "en": "Overdue"},
}
