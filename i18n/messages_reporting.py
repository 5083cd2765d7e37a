"""Messages of the reporting status page (Status Pelaporan)."""

MESSAGES: dict[str, dict[str, str]] = {
    "reporting.title": {"id": "Status pelaporan peta rawan konflik",
                        "en": "Conflict-risk reporting status"},
    "reporting.intro": {
        "id": "Kab/kota mana yang sudah menyerahkan laporan peta rawan konflik sosial untuk "
              "periode terpilih, dan kapan: daftar tindak lanjut provinsi.",
        "en": "Which districts have submitted their social-conflict risk report for the chosen "
              "period, and when: the province's follow-up list."},
    "reporting.period": {"id": "Periode", "en": "Period"},
    "reporting.reported": {"id": "Sudah melapor", "en": "Reported"},
    "reporting.missing": {"id": "Belum melapor", "en": "Not yet reported"},
    "reporting.col.status": {"id": "Status", "en": "Status"},
    "reporting.col.report_date": {"id": "Tanggal laporan", "en": "Report date"},
    "reporting.col.committed": {"id": "Versi · waktu simpan · oleh",
                                "en": "Version · saved at · by"},
    "reporting.count": {"id": "{done} dari 10 kab/kota sudah melapor untuk {period}.",
                        "en": "{done} of 10 districts have reported for {period}."},
    "reporting.legend": {"id": "Status laporan", "en": "Report status"},
}
