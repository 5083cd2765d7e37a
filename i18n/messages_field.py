"""Field reports (Lapor Kejadian), their verification and follow-up (issue 16)."""

MESSAGES: dict[str, dict[str, str]] = {
    "field.nav.report": {"id": "Lapor Kejadian", "en": "Report an incident"},
    "field.nav.verification": {"id": "Verifikasi", "en": "Verification"},
    "field.pelapor_only": {
        "id": "Halaman ini tidak tersedia untuk pelapor lapangan. Akun pelapor hanya dapat "
              "mengirim laporan kejadian dan melihat laporannya sendiri.",
        "en": "This page is not available to field officers. A field officer's account can only "
              "send incident reports and see its own reports."},
    "field.report.title": {"id": "Lapor Kejadian", "en": "Report an incident"},
    "field.report.intro": {
        "id": "Laporan dari lapangan disimpan dengan status *dilaporkan* dan baru tampil di peta "
              "setelah diverifikasi oleh editor.",
        "en": "A field report is stored as *reported* and appears on the maps only once an editor "
              "has verified it."},
    "field.form.date": {"id": "Tanggal kejadian", "en": "Date of the incident"},
    "field.form.time": {"id": "Jam kejadian (WITA)", "en": "Time of the incident (WITA)"},
    "field.form.district": {"id": "Kabupaten/kota", "en": "Regency/city"},
    "field.form.kecamatan": {"id": "Kecamatan", "en": "District (kecamatan)"},
    "field.form.desa": {"id": "Desa/kelurahan", "en": "Village (desa/kelurahan)"},
    "field.form.unknown": {"id": "— belum diketahui —", "en": "— not known —"},
    "field.form.location": {"id": "Lokasi", "en": "Location"},
    "field.form.location_help": {
        "id": "Gunakan lokasi ponsel (browser meminta izin Anda) atau ketuk peta di tempat "
              "kejadian. Lokasi boleh dikosongkan.",
        "en": "Use the phone's location (the browser asks for your permission) or tap the map "
              "where it happened. The location may be left empty."},
    "field.form.use_my_location": {"id": "Gunakan lokasi saya", "en": "Use my location"},
    "field.form.geolocation_failed": {
        "id": "Lokasi ponsel tidak dapat dibaca (izin ditolak atau sinyal GPS lemah). Ketuk peta "
              "di tempat kejadian.",
        "en": "The phone's location could not be read (permission refused or a weak GPS "
              "signal). Tap the map where it happened."},
    "field.form.box_note": {
        "id": "Kotak biru: perkiraan wilayah {district}, bukan batas wilayah resmi.",
        "en": "Blue box: the approximate extent of {district}, not an official boundary."},
    "field.form.location_point": {"id": "Lokasi kejadian", "en": "Incident location"},
    "field.form.location_set": {"id": "Lokasi: {lat}, {lon}", "en": "Location: {lat}, {lon}"},
    "field.form.no_location": {"id": "Belum ada lokasi.", "en": "No location yet."},
    "field.form.location_clear": {"id": "Hapus lokasi", "en": "Clear the location"},
    "field.form.outside": {
        "id": "Lokasi yang dipilih berada di luar {district}. Ketuk ulang peta untuk "
              "memperbaiki, atau konfirmasi bahwa lokasinya benar.",
        "en": "The chosen location lies outside {district}. Tap the map again to correct it, or "
              "confirm that it is right."},
    "field.form.outside_confirm": {"id": "Lokasi ini benar", "en": "This location is right"},
    "field.form.category": {"id": "Kategori", "en": "Category"},
    "field.form.description": {"id": "Uraian kejadian", "en": "What happened"},
    "field.form.victims": {"id": "Korban (orang)", "en": "Victims (people)"},
    "field.form.source": {"id": "Sumber informasi", "en": "Source of the information"},
    "field.form.photo": {"id": "Foto (opsional, JPEG/PNG/WebP, paling besar {limit} MB)",
                         "en": "Photo (optional, JPEG/PNG/WebP, at most {limit} MB)"},
    "field.form.submit": {"id": "Kirim laporan", "en": "Send the report"},
    "field.form.sent": {"id": "Laporan {id} tersimpan dengan status dilaporkan.",
                        "en": "Report {id} stored as reported."},
    "field.form.already_sent": {
        "id": "Laporan {id} sudah tersimpan sebelumnya; tidak disimpan dua kali.",
        "en": "Report {id} was stored already; it is not stored twice."},
    "field.form.new": {"id": "Buat laporan baru", "en": "Start a new report"},
    "field.own.title": {"id": "Laporan saya", "en": "My reports"},
    "field.own.none": {"id": "Belum ada laporan.", "en": "No reports yet."},
    "field.col.reported_at": {"id": "Dilaporkan", "en": "Reported"},
    "field.col.date": {"id": "Tanggal", "en": "Date"},
    "field.col.district": {"id": "Kab/kota", "en": "Regency/city"},
    "field.col.kecamatan": {"id": "Kecamatan", "en": "District"},
    "field.col.desa": {"id": "Desa/kelurahan", "en": "Village"},
    "field.col.category": {"id": "Kategori", "en": "Category"},
    "field.col.description": {"id": "Uraian", "en": "Description"},
    "field.col.victims": {"id": "Korban", "en": "Victims"},
    "field.col.source": {"id": "Sumber", "en": "Source"},
    "field.col.reporter": {"id": "Pelapor", "en": "Reported by"},
    "field.col.status": {"id": "Status", "en": "Status"},
    "field.step.ditangani": {"id": "Ditangani", "en": "Being handled"},
    "field.step.selesai": {"id": "Selesai", "en": "Done"},
    "field.error.form_expired": {
        "id": "Formulir kedaluwarsa. Muat ulang halaman lalu isi kembali.",
        "en": "The form has expired. Reload the page and fill it in again."},
    "field.error.district": {"id": "Pilih kabupaten/kota.", "en": "Choose a regency/city."},
    "field.error.future": {
        "id": "Tanggal dan jam kejadian tidak boleh di masa depan: periksa tanggal dan jam.",
        "en": "The incident's date and time cannot lie in the future: check the date and time."},
    "field.error.category": {"id": "Pilih kategori dari daftar.",
                             "en": "Choose a category from the list."},
    "field.error.description": {"id": "Isi uraian kejadian.", "en": "Describe what happened."},
    "field.error.description_long": {
        "id": "Uraian terlalu panjang: paling banyak {limit} karakter.",
        "en": "The description is too long: at most {limit} characters."},
    "field.error.source": {"id": "Isi sumber informasi (mis. warga, Polsek, media).",
                           "en": "Name the source (e.g. residents, police, media)."},
    "field.error.victims": {"id": "Jumlah korban harus antara 0 dan {limit}.",
                            "en": "The number of victims must be between 0 and {limit}."},
    "field.error.location_half": {
        "id": "Lokasi tidak lengkap: ketuk peta lagi atau hapus lokasi.",
        "en": "The location is incomplete: tap the map again or clear the location."},
    "field.error.kecamatan": {
        "id": "Pilih kecamatan dari daftar kabupaten/kota ini (atau biarkan “tidak diketahui”).",
        "en": "Choose the kecamatan from this regency/city's list (or leave it "
              "“unknown”)."},
    "field.error.desa": {
        "id": "Pilih desa/kelurahan dari daftar kecamatan yang dipilih (atau biarkan “tidak "
              "diketahui”).",
        "en": "Choose the village from the chosen kecamatan's list (or leave it “unknown”)."},
    "field.error.location_province": {
        "id": "Lokasi berada di luar Kalimantan Timur: ketuk peta lagi di tempat kejadian.",
        "en": "The location lies outside East Kalimantan: tap the map again where it happened."},
    "field.error.outside": {
        "id": "Lokasi berada di luar kabupaten/kota yang dipilih. Perbaiki lokasi atau "
              "centang \"Lokasi ini benar\", lalu kirim lagi.",
        "en": "The location lies outside the chosen regency/city. Correct it or tick \"This "
              "location is right\", then send again."},
    "field.error.not_allowed": {
        "id": "Akun Anda tidak berhak melakukan tindakan ini.",
        "en": "Your account may not do this."},
    "field.error.other_district": {
        "id": "Akun Anda hanya dapat melapor atau memverifikasi untuk kabupaten/kota sendiri.",
        "en": "Your account may report or verify only for its own regencies/cities."},
    "field.error.not_found": {"id": "Laporan tidak ditemukan (mungkin sudah diganti).",
                              "en": "Report not found (it may have been replaced)."},
    "field.error.decision": {"id": "Pilih diverifikasi atau dibantah.",
                             "en": "Choose verified or refuted."},
    "field.error.stale": {
        "id": "Laporan ini diubah oleh editor lain sementara Anda membacanya (kini revisi "
              "{revision}); keputusan Anda tidak disimpan. Periksa keadaannya sekarang di bawah, "
              "lalu putuskan lagi.",
        "en": "Another editor changed this report while you were reading it (now revision "
              "{revision}); your decision was not stored. Check how it stands now, below, then "
              "decide again."},
    "field.error.follow_up_unverified": {
        "id": "Tindak lanjut hanya untuk kejadian yang sudah diverifikasi.",
        "en": "Follow-up is only for verified incidents."},
    "field.error.follow_up_order": {
        "id": "Catat \"ditangani\" dulu, baru \"selesai\".",
        "en": "Record \"being handled\" first, then \"done\"."},
    "field.photo.not_image": {
        "id": "Berkas foto bukan gambar JPEG, PNG atau WebP yang dapat dibaca. Pilih foto lain.",
        "en": "The photo is not a readable JPEG, PNG or WebP image. Choose another photo."},
    "field.photo.too_large": {
        "id": "Foto terlalu besar: paling besar {limit} MB. Kirim foto yang lebih kecil.",
        "en": "The photo is too large: at most {limit} MB. Send a smaller photo."},
    "field.photo.too_many_pixels": {
        "id": "Resolusi foto terlalu besar (paling banyak {limit} juta piksel). Kirim foto "
              "dengan resolusi lebih kecil.",
        "en": "The photo's resolution is too high (at most {limit} million pixels). Send a "
              "smaller photo."},
    "field.verify.title": {"id": "Verifikasi Laporan Lapangan", "en": "Verification of field "
                                                                      "reports"},
    "field.verify.intro": {
        "id": "Laporan yang menunggu verifikasi, yang paling lama di atas. Hanya laporan yang "
              "diverifikasi yang tampil di peta, slide dan laporan PDF.",
        "en": "Reports awaiting verification, the oldest first. Only verified reports appear on "
              "the maps, slides and the PDF report."},
    "field.verify.queue": {"id": "Menunggu verifikasi: {count}",
                           "en": "Awaiting verification: {count}"},
    "field.verify.queue_map": {"id": "Laporan menunggu verifikasi",
                               "en": "Reports awaiting verification"},
    "field.verify.empty": {"id": "Tidak ada laporan yang menunggu.",
                           "en": "No report is waiting."},
    "field.verify.report": {"id": "Laporan {id}", "en": "Report {id}"},
    "field.verify.duplicates": {
        "id": "Kemungkinan duplikat (kecamatan dan kategori sama, selisih ≤ 3 hari): {count}",
        "en": "Likely duplicates (same kecamatan and category, within 3 days): {count}"},
    "field.verify.no_duplicates": {"id": "Tidak ada kemungkinan duplikat.",
                                   "en": "No likely duplicates."},
    "field.verify.note": {"id": "Catatan verifikasi", "en": "Verification note"},
    "field.verify.do.diverifikasi": {"id": "Verifikasi", "en": "Verify"},
    "field.verify.do.dibantah": {"id": "Bantah", "en": "Refute"},
    "field.verify.saved": {"id": "Keputusan tersimpan.", "en": "Decision stored."},
    "field.follow.title": {"id": "Tindak lanjut penanganan", "en": "Handling follow-up"},
    "field.follow.none": {"id": "Tidak ada kejadian terverifikasi yang belum selesai.",
                          "en": "No verified incident is still open."},
    "field.follow.report": {"id": "Kejadian", "en": "Incident"},
    "field.follow.note": {"id": "Catatan tim penanganan", "en": "Handling team's note"},
    "field.follow.do.ditangani": {"id": "Catat: ditangani", "en": "Record: being handled"},
    "field.follow.do.selesai": {"id": "Catat: selesai", "en": "Record: done"},
    "field.times.title": {"id": "Waktu tanggap per kabupaten/kota",
                          "en": "Response times per regency/city"},
    "field.times.none": {"id": "Belum ada laporan lapangan.", "en": "No field reports yet."},
    "field.times.reports": {"id": "Laporan", "en": "Reports"},
    "field.times.waiting": {"id": "Menunggu", "en": "Waiting"},
    "field.times.to_verify": {"id": "Jam sampai verifikasi (median)",
                              "en": "Hours to verification (median)"},
    "field.times.to_handle": {"id": "Jam sampai ditangani (median)",
                              "en": "Hours to handling (median)"},
    "field.times.done": {"id": "Selesai", "en": "Done"},
    "field.times.note": {
        "id": "Dihitung dari saat laporan dikirim; verifikasi termasuk laporan yang dibantah.",
        "en": "Counted from the moment the report was sent; verification includes refuted "
              "reports."},
}
