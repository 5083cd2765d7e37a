"""Messages of the boundaries page and the drill-down page."""

MESSAGES: dict[str, dict[str, str]] = {
    "nav.boundaries": {"id": "Batas Wilayah", "en": "Boundary data"},
    "nav.drilldown": {"id": "Kecamatan & Desa", "en": "Kecamatan & Villages"},
    "bnd.title": {"id": "Batas wilayah", "en": "Boundaries"},
    "bnd.intro": {
        "id": "Impor batas wilayah resmi (BIG, Kemendagri) sebagai GeoJSON, Shapefile (.zip), "
              "GeoPackage atau KML, dalam proyeksi apa pun. Setiap impor menjadi versi baru; "
              "versi lama tetap tersedia.",
        "en": "Import official boundaries (BIG, Kemendagri) as GeoJSON, Shapefile (.zip), "
              "GeoPackage or KML, in any projection. Each import becomes a new version; earlier "
              "versions stay available."},
    "bnd.import": {"id": "Impor berkas", "en": "Import a file"},
    "bnd.level": {"id": "Tingkat wilayah", "en": "Level"},
    "bnd.upload.help": {"id": "Berkas batas wilayah", "en": "Boundary file"},
    "bnd.import.button": {"id": "Impor", "en": "Import"},
    "bnd.importing": {"id": "Mengimpor dan memeriksa…", "en": "Importing and checking…"},
    "bnd.download": {"id": "Unduh data terbuka", "en": "Download open data"},
    "bnd.download.help": {
        "id": "cahyadsn/wilayah_boundaries (MIT), versi terpatok, diperiksa dengan SHA-256. "
              "Perlu internet atau cermin lokal.",
        "en": "cahyadsn/wilayah_boundaries (MIT), pinned version, checked with SHA-256. Needs "
              "internet or a local mirror."},
    "bnd.download.base_url": {"id": "Alamat sumber", "en": "Source address"},
    "bnd.download.button": {"id": "Unduh dan impor", "en": "Download and import"},
    "bnd.download.start": {"id": "Mengunduh…", "en": "Downloading…"},
    "bnd.versions": {"id": "Versi tersimpan", "en": "Stored versions"},
    "bnd.none": {"id": "Belum ada.", "en": "None yet."},
    "bnd.units": {"id": "Unit", "en": "Units"},
    "bnd.activate": {"id": "Pakai versi", "en": "Use version"},
    "bnd.activated": {"id": "Versi {version} dipakai.", "en": "Version {version} is now used."},
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
