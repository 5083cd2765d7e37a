"""Pemantauan orang asing dan lembaga asing: the page and its view."""

MESSAGES: dict[str, dict[str, str]] = {
    "foreigners.title": {"id": "Pemantauan Orang Asing", "en": "Monitoring of Foreigners"},
    "foreigners.intro": {
        "id": "Orang asing menurut tujuan keberadaan dan lembaga asing yang berkegiatan, per "
              "kab/kota dan periode, dari laporan tim teknis (Tim Pora, imigrasi, disnaker). Data "
              "internal: hanya editor dan admin.",
        "en": "Foreigners by purpose of stay and foreign institutions active, per district and "
              "period, from the technical offices' reports (Tim Pora, immigration, manpower). "
              "Internal data: editors and admins only."},
    "foreigners.period": {"id": "Periode", "en": "Period"},
    "foreigners.none": {"id": "Belum ada laporan pemantauan orang asing. Unggah di halaman Data.",
                        "en": "No monitoring report on foreigners yet. Upload one on the Data page."},
    "foreigners.purpose.bekerja": {"id": "Bekerja", "en": "Work"},
    "foreigners.purpose.penelitian": {"id": "Penelitian", "en": "Research"},
    "foreigners.purpose.wisata": {"id": "Wisata", "en": "Tourism"},
    "foreigners.purpose.keagamaan": {"id": "Keagamaan", "en": "Religious"},
    "foreigners.purpose.lainnya": {"id": "Lainnya", "en": "Other"},
    "foreigners.col.total": {"id": "Jumlah orang asing", "en": "Foreigners"},
    "foreigners.col.institutions": {"id": "Lembaga asing", "en": "Foreign institutions"},
    "foreigners.col.note": {"id": "Catatan", "en": "Note"},
    "foreigners.col.source": {"id": "Sumber", "en": "Source"},
    "foreigners.legend": {"id": "Orang asing dilaporkan · {period}",
                          "en": "Foreigners reported · {period}"},
    "foreigners.legend.more": {"id": "lebih dari {n}", "en": "more than {n}"},
    "foreigners.no_report": {"id": "Belum melapor", "en": "Not reported"},
    "foreigners.not_reported": {"id": "Belum melapor untuk periode ini: {names}.",
                                "en": "Not reported for this period: {names}."},
}
