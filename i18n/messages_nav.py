"""Names of the pages in the menu, in the order of ``dashboard.PAGES``."""

MESSAGES: dict[str, dict[str, str]] = {
    "nav.overview": {"id": "Ringkasan", "en": "Overview"},
    "nav.conflict_risk": {"id": "Peta Rawan Konflik", "en": "Conflict Risk Map"},
    "nav.participation": {"id": "Partisipasi Pemilih", "en": "Voter Participation"},
    "nav.outreach": {"id": "Kegiatan Sosialisasi", "en": "Outreach Activities"},
    "nav.priorities": {"id": "Prioritas", "en": "Priorities"},
    "nav.profile": {"id": "Profil Kab/Kota", "en": "Regency/City Profile"},
    "nav.presentation": {"id": "Mode Presentasi", "en": "Presentation mode"},
    "nav.reporting": {"id": "Status Pelaporan", "en": "Reporting Status"},
    "nav.alerts": {"id": "Peringatan Dini", "en": "Early Warning"},
    "nav.foreigners": {"id": "Pemantauan Orang Asing", "en": "Foreigners"},
    "nav.drilldown": {"id": "Kecamatan & Desa", "en": "Kecamatan & Villages"},
    "nav.data": {"id": "Data", "en": "Data"},
    "nav.boundaries": {"id": "Batas Wilayah", "en": "Boundary data"},
    "nav.admin": {"id": "Admin", "en": "Admin"},
    "nav.login": {"id": "Masuk", "en": "Log in"},
}
