"""Messages of the app shell: title, agency, the language switch, the offline note."""

MESSAGES: dict[str, dict[str, str]] = {
    "app.short_title": {"id": "Dasbor Kesbangpol Kaltim", "en": "Kesbangpol Kaltim Dashboard"},
    "app.agency": {"id": "Badan Kesatuan Bangsa dan Politik Provinsi Kalimantan Timur",
                   "en": "Agency for National Unity and Politics, East Kalimantan Province"},
    "app.language": {"id": "Bahasa", "en": "Language"},
    "app.offline_note": {"id": "Berjalan tanpa internet: peta dan data dimuat dari perangkat ini.",
                         "en": "Runs without internet: maps and data load from this machine."},
}
