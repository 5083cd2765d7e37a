"""Messages of the overview page (Ringkasan)."""

MESSAGES: dict[str, dict[str, str]] = {
    "overview.title": {"id": "Ringkasan", "en": "Overview"},
    "overview.intro": {
        "id": "Tingkat rawan konflik sosial terkini per kabupaten/kota, partisipasi pemilih, dan "
              "kegiatan sosialisasi pendidikan politik.",
        "en": "Latest social-conflict risk per regency/city, voter participation, and "
              "political-education outreach activities."},
    "overview.period": {"id": "Periode laporan", "en": "Reporting period"},
    "overview.map_title": {"id": "Tingkat rawan konflik sosial terkini",
                           "en": "Latest social-conflict risk level"},
    "overview.kpi.high_risk": {"id": "Kab/kota rawan tinggi", "en": "Districts at high risk"},
    "overview.kpi.high_risk_none": {"id": "tidak ada", "en": "none"},
    "overview.kpi.reported": {"id": "Sudah melapor periode ini",
                              "en": "Reported this period"},
    "overview.kpi.turnout": {"id": "Partisipasi provinsi ({election})",
                             "en": "Province turnout ({election})"},
    "overview.kpi.turnout_delta": {"id": "{delta} terhadap target {target}",
                                   "en": "{delta} against the {target} target"},
    "overview.kpi.activities": {"id": "Kegiatan sosialisasi dalam periode",
                                "en": "Outreach activities in the period"},
    "overview.kpi.participants": {
        "id": "{count} peserta ({women} perempuan, {first} pemilih pemula)",
        "en": "{count} participants ({women} women, {first} first-time voters)"},
    "overview.table_title": {"id": "Angka per kabupaten/kota", "en": "Figures per regency/city"},
    "overview.col.report_period": {"id": "Periode laporan", "en": "Report period"},
    "overview.col.turnout": {"id": "Partisipasi (%)", "en": "Turnout (%)"},
    "overview.col.target": {"id": "Target (%)", "en": "Target (%)"},
    "overview.col.gap": {"id": "Selisih dari target", "en": "Gap to target"},
    "overview.col.activities": {"id": "Kegiatan", "en": "Activities"},
    "overview.col.participants": {"id": "Peserta", "en": "Participants"},
    "overview.col.source_risk": {"id": "Sumber data rawan", "en": "Risk data source"},
    "overview.col.source_turnout": {"id": "Sumber partisipasi", "en": "Turnout source"},
    "overview.not_current": {"id": "{period} (belum ada laporan periode ini)",
                             "en": "{period} (no report for this period yet)"},
    "overview.sources": {
        "id": "Sumber: laporan peta rawan konflik sosial kab/kota ({risk_source}); partisipasi "
              "provinsi: {turnout_source}; target: {target_source}; kegiatan: laporan kegiatan "
              "sosialisasi ({outreach_source}).",
        "en": "Sources: district social-conflict risk reports ({risk_source}); province turnout: "
              "{turnout_source}; target: {target_source}; activities: outreach reports "
              "({outreach_source})."},
    "overview.no_data": {"id": "Belum ada laporan rawan konflik. Unggah data di halaman Data.",
                         "en": "No conflict-risk reports yet. Upload data on the Data page."},
    "overview.tooltip.period": {"id": "Periode laporan", "en": "Report period"},
    "overview.tooltip.source": {"id": "Sumber", "en": "Source"},
}
