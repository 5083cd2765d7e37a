"""Messages of the kecamatan and desa grain: validating kecamatan/desa columns, the kab/kota level
derived from kecamatan reports, the drill-down's risk colours and the profile's kecamatan table."""

MESSAGES: dict[str, dict[str, str]] = {
    # validation of kecamatan / desa columns (domain/validate.py)
    "grain.unit": {"id": "{detail} {fix}", "en": "{detail} {fix}"},
    "grain.fix.kecamatan": {
        "id": "Tulis kode Kemendagri kecamatan (mis. 64.72.06) atau namanya sebagaimana di "
              "kabupaten/kota baris ini.",
        "en": "Write the kecamatan's Kemendagri code (e.g. 64.72.06) or its name as in this row's "
              "regency/city."},
    "grain.fix.desa": {
        "id": "Tulis kode Kemendagri desa/kelurahan (mis. 64.72.06.1001) atau namanya, di "
              "kecamatan baris ini.",
        "en": "Write the village's Kemendagri code (e.g. 64.72.06.1001) or its name, within this "
              "row's kecamatan."},
    "grain.fix.elsewhere": {
        "id": "Periksa kolom kab_kota dan kecamatan baris ini: salah satunya keliru.",
        "en": "Check this row's kab_kota and kecamatan columns: one of them is wrong."},
    "grain.fix.elsewhere_desa": {
        "id": "Periksa kolom kecamatan dan desa baris ini: salah satunya keliru.",
        "en": "Check this row's kecamatan and desa columns: one of them is wrong."},
    "grain.in_district": {"id": " Kecamatan di {district}: {names}.",
                          "en": " Kecamatan in {district}: {names}."},
    "grain.note": {"id": "{value} → {label}", "en": "{value} → {label}"},
    "grain.fuzzy": {
        "id": "“{value}” dibaca sebagai {label} (salah ketik?). Periksa, lalu sebaiknya tulis "
              "kode Kemendagri.",
        "en": "“{value}” was read as {label} (typo?). Check it, and preferably write the "
              "Kemendagri code."},
    "grain.bps": {
        "id": "“{value}” adalah kode BPS; disimpan sebagai kode Kemendagri {label}.",
        "en": "“{value}” is a BPS code; stored as the Kemendagri code of {label}."},
    "grain.kecamatan_from_desa": {
        "id": "Kecamatan kosong; diisi dari desa/kelurahan: {label}.",
        "en": "Kecamatan empty; filled in from the village: {label}."},
    "grain.no_district": {
        "id": "Kab/kota baris ini tidak terbaca, jadi {level} tidak dapat diperiksa.",
        "en": "This row's regency/city could not be read, so the {level} cannot be checked."},
    # the kab/kota level derived from kecamatan reports (indicators/grain.py)
    "grain.derived": {"id": "{count} dari {total} kecamatan rawan {level}",
                      "en": "{count} of {total} kecamatan {level} risk"},
    "grain.derived_reported": {"id": "{count} dari {total} kecamatan rawan {level} ({reported} "
                                     "dilaporkan)",
                               "en": "{count} of {total} kecamatan {level} risk ({reported} "
                                     "reported)"},
    "grain.own_row": {"id": "laporan tingkat kab/kota", "en": "regency/city-level report"},
    "grain.tooltip.basis": {"id": "Dasar tingkat", "en": "Basis of the level"},
    "grain.approximate": {"id": "perkiraan dari koordinat", "en": "estimated from coordinates"},
    "grain.tooltip.kecamatan": {"id": "Kecamatan", "en": "Kecamatan"},
    # drill-down colours and the profile's kecamatan table
    "grain.drill.legend": {"id": "Tingkat rawan · {period}", "en": "Risk level · {period}"},
    "grain.drill.not_reported": {"id": "belum dilaporkan", "en": "not reported"},
    "grain.drill.period": {"id": "Periode laporan kecamatan", "en": "Kecamatan report period"},
    "grain.drill.public_only": {
        "id": "Tingkat rawan per kecamatan dan kejadian hanya terlihat setelah masuk; yang tampil "
              "di sini kegiatan sosialisasi (data publik).",
        "en": "Risk levels per kecamatan and incidents are shown only after login; shown here are "
              "the outreach activities (public data)."},
    "grain.drill.no_report": {
        "id": "Belum ada laporan rawan konflik per kecamatan untuk {name}; peta menunjukkan "
              "kegiatan sosialisasi.",
        "en": "No conflict-risk report per kecamatan for {name} yet; the map shows outreach "
              "activities."},
    "grain.drill.date": {"id": "Tanggal", "en": "Date"},
    "grain.drill.incidents": {"id": "Kejadian", "en": "Incidents"},
    "grain.drill.activities": {"id": "Kegiatan", "en": "Activities"},
    "grain.profile.title": {"id": "Kecamatan · {period}", "en": "Kecamatan · {period}"},
    "grain.profile.col.kecamatan": {"id": "Kecamatan", "en": "Kecamatan"},
    "grain.profile.col.code": {"id": "Kode", "en": "Code"},
    "grain.profile.col.incidents": {"id": "Kejadian dilaporkan", "en": "Incidents reported"},
}
