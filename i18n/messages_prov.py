"""Messages of the configured province (DASHBOARD_PROVINCE, domain/province.py): the titles and
agency name of a province other than Kalimantan Timur (Kaltim keeps app.short_title and
app.agency), and the refusal of an unknown province code."""

MESSAGES: dict[str, dict[str, str]] = {
    "prov.short_title": {"id": "Dasbor Kesbangpol {province}",
                         "en": "Kesbangpol {province} Dashboard"},
    "prov.agency": {"id": "Badan Kesatuan Bangsa dan Politik Provinsi {province}",
                    "en": "Agency for National Unity and Politics, {province} Province"},
    "prov.pres_heading": {"id": "Kesiapan Pemilu dan Pilkada di {province}",
                          "en": "Election readiness in {province}"},
    "prov.gov_title": {"id": "Laporan kepada Gubernur {province}",
                       "en": "Report to the Governor of {province}"},
    "prov.unknown": {
        "id": "Pengaturan DASHBOARD_PROVINCE={code} tidak dapat dipakai: tidak ada provinsi "
              "berkode {code}. Kode provinsi yang berlaku: {codes}. Ubah DASHBOARD_PROVINCE ke "
              "salah satu kode itu (atau hapus untuk 64 Kalimantan Timur), lalu mulai ulang "
              "dasbor.",
        "en": "The setting DASHBOARD_PROVINCE={code} cannot be used: no province has the code "
              "{code}. The valid province codes are: {codes}. Set DASHBOARD_PROVINCE to one of "
              "them (or unset it for 64 Kalimantan Timur) and start the dashboard again."},
    "prov.unknown_title": {"id": "Provinsi tidak dikenal", "en": "Unknown province"},
    "prov.store_other": {
        "id": "Penyimpanan data dasbor ini berisi data provinsi {stored} {stored_name}, tetapi "
              "dasbor ini diatur untuk provinsi {code} {name} (DASHBOARD_PROVINCE={code}). Data "
              "dua provinsi tidak dicampur: pakai DASHBOARD_DATA_DIR (atau DASHBOARD_DB_URL) "
              "tersendiri untuk {name}, atau atur DASHBOARD_PROVINCE={stored} untuk data ini.",
        "en": "This dashboard's data store holds the data of province {stored} {stored_name}, but "
              "this dashboard is set up for province {code} {name} (DASHBOARD_PROVINCE={code}). "
              "The data of two provinces is not mixed: use a DASHBOARD_DATA_DIR (or "
              "DASHBOARD_DB_URL) of its own for {name}, or set DASHBOARD_PROVINCE={stored} for "
              "this data."},
    "prov.store_other_where": {"id": "Penyimpanan data: {location}",
                               "en": "Data store: {location}"},
    "prov.field_unavailable": {
        "id": "Lapor Kejadian belum tersedia untuk provinsi ini: batas kotak kabupaten/kota dan "
              "rentang koordinat yang dipakai untuk memeriksa lokasi laporan baru diketahui untuk "
              "Kalimantan Timur.",
        "en": "Field reports are not yet available for this province: the kab/kota bounding "
              "boxes and the coordinate range that check a report's position are known for "
              "Kalimantan Timur only."},
    "prov.store_other_title": {"id": "Data provinsi lain", "en": "Another province's data"},
}
