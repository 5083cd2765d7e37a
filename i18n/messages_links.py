"""Messages of shareable page links (``?kab=`` on the profile, ``?kab=&kec=`` on the drill-down)."""

MESSAGES: dict[str, dict[str, str]] = {
    "links.bad_kab": {
        "id": "Tautan ini menyebut kode kabupaten/kota «{value}», yang tidak dikenal. Gunakan kode "
              "Kemendagri salah satu dari sepuluh kabupaten/kota Kalimantan Timur (mis. 64.72 "
              "untuk Kota Samarinda), atau pilih dari daftar di bawah.",
        "en": "This link names the regency/city code «{value}», which is not known. Use the "
              "Kemendagri code of one of the ten regencies/cities of East Kalimantan (e.g. 64.72 "
              "for Kota Samarinda), or choose from the list below."},
    "links.bad_kec": {
        "id": "Tautan ini menyebut kode kecamatan «{value}», yang bukan kecamatan di {name}. "
              "Ditampilkan semua kecamatan {name}; pilih satu dari daftar atau di peta.",
        "en": "This link names the kecamatan code «{value}», which is not a kecamatan of {name}. "
              "All kecamatan of {name} are shown; choose one from the list or on the map."},
    "links.choose": {"id": "Pilih kabupaten/kota", "en": "Choose a regency/city"},
}
