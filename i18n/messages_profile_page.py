"""Messages of the district profile page (Profil Kab/Kota)."""

MESSAGES: dict[str, dict[str, str]] = {
    "profile_page.choose": {"id": "Kabupaten/kota", "en": "Regency/city"},
    "profile_page.title": {"id": "Profil {name}", "en": "Profile of {name}"},
    "profile_page.turnout": {"id": "Partisipasi {election}", "en": "Turnout {election}"},
    "profile_page.history_title": {"id": "Riwayat skor rawan", "en": "Risk score history"},
    "profile_page.no_risk": {"id": "Kabupaten/kota ini belum pernah mengirim laporan rawan.",
                             "en": "This regency/city has not sent a risk report yet."},
    "profile_page.reporting_title": {"id": "Status pelaporan", "en": "Reporting status"},
    "profile_page.reported": {"id": "Melapor", "en": "Reported"},
    "profile_page.missing": {"id": "Belum melapor", "en": "Not reported"},
    "profile_page.report_date": {"id": "Tanggal laporan", "en": "Report date"},
    "profile_page.reporter": {"id": "Unit pelapor", "en": "Reporting unit"},
    "profile_page.reported_count": {"id": "Melapor {done} dari {total} periode.",
                                    "en": "Reported {done} of {total} periods."},
    "profile_page.participation_title": {"id": "Partisipasi pemilih", "en": "Voter participation"},
    "profile_page.no_participation": {
        "id": "Belum ada data partisipasi untuk kabupaten/kota ini.",
        "en": "No participation data for this regency/city yet."},
    "profile_page.election": {"id": "Pemilihan", "en": "Election"},
    "profile_page.dpt": {"id": "DPT", "en": "Voter roll (DPT)"},
    "profile_page.participation_note": {
        "id": "Setiap sel: capaian / target (selisih).",
        "en": "Each cell: achieved / target (gap)."},
    "profile_page.activities_title": {"id": "Kegiatan sosialisasi", "en": "Outreach activities"},
    "profile_page.no_activities": {"id": "Belum ada kegiatan sosialisasi yang dilaporkan.",
                                   "en": "No outreach activities reported yet."},
    "profile_page.coverage": {
        "id": "Cakupan DPT {election}: seluruh {total}, perempuan {women}, pemilih pemula {first}.",
        "en": "DPT coverage {election}: all {total}, women {women}, first-time voters {first}."},
    "profile_page.incidents": {"id": "Kejadian tercatat: {count}.",
                               "en": "Recorded incidents: {count}."},
}
