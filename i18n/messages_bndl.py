"""Messages of the boundary download for any province (loaders/boundaries_download.py)."""

MESSAGES = {
    "bndl.download.not_on_server": {
        "id": ": server tidak memiliki berkas {name} (berkas ini ada dalam snapshot yang "
              "dipatok; periksa alamat server atau salinannya)",
        "en": ": the server does not have the file {name} (it is in the pinned snapshot; check "
              "the server address or its copy)"},
    "bndl.download.not_on_server_desa": {
        "id": ": server tidak memiliki berkas batas desa {name} (berkas ini ada dalam snapshot "
              "yang dipatok). Unduhan dibatalkan seluruhnya; untuk mengunduh kab/kota dan "
              "kecamatan saja, pilih tanpa batas desa (--levels kabupaten,kecamatan)",
        "en": ": the server does not have the desa boundary file {name} (it is in the pinned "
              "snapshot). The whole download is cancelled; to download kab/kota and kecamatan "
              "only, choose without desa boundaries (--levels kabupaten,kecamatan)"},
    "bndl.download.desa_missing": {
        "id": "{count} dari {total} kab/kota tanpa batas desa: {names}. Data terbuka "
              "(cahyadsn/wilayah_boundaries) tidak memuat berkas desanya; lapisan desa Provinsi "
              "{province} disimpan tanpa kab/kota tersebut, tingkat lain lengkap.",
        "en": "{count} of {total} kab/kota without desa boundaries: {names}. The open dataset "
              "(cahyadsn/wilayah_boundaries) has no desa file for them; the desa layer of "
              "{province} is stored without them, the other levels are complete."},
    "bndl.error.other_province": {
        "id": "Batas Provinsi {province} ({code}) tidak dapat disimpan di dasbor Provinsi {here} "
              "({here_code}): berkasnya wilayah provinsi lain. Tidak ada yang diunduh; pilih "
              "provinsi {here_code}.",
        "en": "The boundaries of {province} ({code}) cannot be stored in the dashboard of "
              "{here} ({here_code}): their files are another province's. Nothing was downloaded; "
              "choose province {here_code}."},
    "bndl.error.not_pinned": {
        "id": "Berkas {name} tidak ada dalam daftar SHA-256 yang dipatok "
              "(geodata/wilayah_boundaries/sha256.csv); tidak ada yang diunduh.",
        "en": "File {name} is not in the pinned SHA-256 list "
              "(geodata/wilayah_boundaries/sha256.csv); nothing was downloaded."},
    "bndl.error.unknown_province": {
        "id": "Kode provinsi {code} tidak dikenal. Kode yang berlaku: {known}.",
        "en": "Unknown province code {code}. The valid codes: {known}."},
    "bndl.cli.province_help": {
        "id": "kode provinsi yang batasnya diunduh (bawaan dan satu-satunya yang diterima: provinsi "
              "dasbor, DASHBOARD_PROVINCE)",
        "en": "code of the province whose boundaries are downloaded (default, and the only one "
              "accepted: the dashboard's, DASHBOARD_PROVINCE)"},
    "bndl.cli.import_province_help": {
        "id": "kode provinsi yang wilayahnya harus dimuat berkas (bawaan dan satu-satunya yang "
              "diterima: provinsi dasbor, DASHBOARD_PROVINCE)",
        "en": "code of the province whose units the file must hold (default, and the only one "
              "accepted: the dashboard's, DASHBOARD_PROVINCE)"},
    "bndl.cli.levels_help": {
        "id": "tingkat yang diunduh, dipisah koma (bawaan: kabupaten,kecamatan,desa)",
        "en": "levels to download, comma-separated (default: kabupaten,kecamatan,desa)"},
    "bndl.page.include_desa": {
        "id": "Sertakan batas desa/kelurahan (tanpa centang: kab/kota dan kecamatan saja)",
        "en": "Include desa/kelurahan boundaries (unticked: kab/kota and kecamatan only)"},
}
