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
}
