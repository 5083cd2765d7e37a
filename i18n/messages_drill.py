"""Messages of the drill-down page (Kecamatan & Desa)."""

MESSAGES: dict[str, dict[str, str]] = {
    "drill.title": {"id": "Kecamatan dan desa/kelurahan", "en": "Kecamatan and villages"},
    "drill.intro": {
        "id": "Pilih kab/kota, lalu klik kecamatan di peta (atau pilih dari daftar) untuk melihat "
              "desa/kelurahannya. Data digabung menurut kode dan nama resmi, bukan menurut posisi.",
        "en": "Choose a regency/city, then click a kecamatan on the map (or pick it from the "
              "list) to see its villages. Data is joined by code and official name, never by "
              "position."},
    "drill.no_layers": {
        "id": "Batas kecamatan dan desa belum diimpor. Admin dapat mengimpornya di halaman Batas "
              "Wilayah.",
        "en": "Kecamatan and village boundaries are not imported yet. An admin can import them on "
              "the Boundaries page."},
    "drill.kecamatan": {"id": "Kecamatan", "en": "Kecamatan"},
    "drill.all": {"id": "(semua)", "en": "(all)"},
    "drill.desa_title": {"id": "Desa/kelurahan di Kecamatan {name}",
                         "en": "Villages in Kecamatan {name}"},
    "drill.kec_title": {"id": "Kecamatan di {name}", "en": "Kecamatan in {name}"},
    "drill.activities": {"id": "Kegiatan sosialisasi", "en": "Outreach activities"},
    "drill.legend": {"id": "Kegiatan sosialisasi tercatat", "en": "Recorded outreach activities"},
    "drill.none": {"id": "belum ada", "en": "none"},
    "drill.some": {"id": "ada kegiatan", "en": "has activities"},
    "drill.unit": {"id": "Wilayah", "en": "Area"},
    "drill.code": {"id": "Kode", "en": "Code"},
}
