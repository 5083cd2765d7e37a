"""Messages of the boundaries page (Batas Wilayah): import, download, stored versions."""

MESSAGES: dict[str, dict[str, str]] = {
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
}
