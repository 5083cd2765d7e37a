"""Surge alerts (peringatan dini): indicators/alerts.py, the page, the CLI."""

MESSAGES: dict[str, dict[str, str]] = {
    "alerts.thresholds": {
        "id": "aturan: ≥ {min} kejadian terverifikasi dalam {weeks} minggu dan ≥ {ratio}× rata-rata "
              "{weeks} mingguan pada {baseline_weeks} minggu sebelumnya",
        "en": "rule: ≥ {min} verified incidents in {weeks} weeks and ≥ {ratio}× the {weeks}-week "
              "average of the {baseline_weeks} weeks before"},
    "alerts.area_kecamatan": {"id": "Kecamatan {kecamatan} ({code}), {district}",
                              "en": "Kecamatan {kecamatan} ({code}), {district}"},
    "alerts.surge": {
        "id": "LONJAKAN {area}: {count} kejadian terverifikasi {start}–{end} (rata-rata sebelumnya "
              "{baseline} per 4 minggu; {rule})",
        "en": "SURGE {area}: {count} verified incidents {start}–{end} (earlier average {baseline} "
              "per 4 weeks; {rule})"},
    "alerts.new_category": {
        "id": "KATEGORI BARU {area}: {category}, {count} kejadian terverifikasi {start}–{end}, tidak "
              "ada dalam 52 minggu sebelumnya",
        "en": "NEW CATEGORY {area}: {category}, {count} verified incidents {start}–{end}, none in "
              "the 52 weeks before"},
    "alerts.none": {
        "id": "Tidak ada peringatan per {end} ({rule}).",
        "en": "No alert as of {end} ({rule})."},
    "alerts.cli.help": {"id": "peringatan dini: lonjakan kejadian per kab/kota dan kecamatan",
                        "en": "early warning: incident surges per district and kecamatan"},
    "alerts.cli.as_of": {"id": "tanggal acuan (YYYY-MM-DD), bawaan hari ini",
                         "en": "reference date (YYYY-MM-DD), today by default"},
    "alerts.cli.bad_date": {
        "id": "Tanggal “{value}” tidak dapat dibaca. Tulis sebagai YYYY-MM-DD, misalnya 2026-11-30.",
        "en": "Date “{value}” cannot be read. Write it as YYYY-MM-DD, e.g. 2026-11-30."},
    "alerts.title": {"id": "Peringatan Dini", "en": "Early Warning"},
    "alerts.intro": {
        "id": "Lonjakan kejadian konflik terverifikasi per kab/kota dan kecamatan dibanding pola "
              "wilayah itu sendiri. Hanya kejadian yang sudah diverifikasi yang dihitung.",
        "en": "Surges of verified conflict incidents per district and kecamatan, against the "
              "area's own pattern. Only verified incidents count."},
    "alerts.as_of": {"id": "Tanggal acuan", "en": "Reference date"},
    "alerts.kind.surge": {"id": "Lonjakan", "en": "Surge"},
    "alerts.kind.new_category": {"id": "Kategori baru", "en": "New category"},
    "alerts.kind.none": {"id": "Tidak ada peringatan", "en": "No alert"},
    "alerts.col.area": {"id": "Wilayah", "en": "Area"},
    "alerts.col.kind": {"id": "Peringatan", "en": "Alert"},
    "alerts.col.count": {"id": "Kejadian 4 minggu terakhir", "en": "Incidents, last 4 weeks"},
    "alerts.col.baseline": {"id": "Rata-rata 4 mingguan sebelumnya",
                            "en": "Earlier 4-week average"},
    "alerts.legend": {"id": "Peringatan dini", "en": "Early warning"},
    "alerts.count": {"id": "{n} peringatan per {end}.", "en": "{n} alert(s) as of {end}."},
    "alerts.banner": {
        "id": "Peringatan dini: {n} peringatan per {end} ({areas}). Lihat halaman Peringatan Dini.",
        "en": "Early warning: {n} alert(s) as of {end} ({areas}). See the Early Warning page."},
}
