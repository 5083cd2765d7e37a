"""Messages of the data area: reading uploads, validation reports, store, templates, exports and
the ``python -m loaders`` data commands. Every problem message says how to fix it."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- reading files ------------------------------------------------------------------------------
    "read.error.too_large": {
        "id": "Berkas terlalu besar ({size_mb} MB; batas {limit_mb} MB). Pecah berkas menjadi "
              "beberapa bagian, atau hapus kolom dan lembar yang tidak diperlukan.",
        "en": "The file is too large ({size_mb} MB; limit {limit_mb} MB). Split it into several "
              "files, or remove columns and sheets that are not needed."},
    "read.error.not_found": {"id": "Berkas tidak ditemukan: {file}.",
                             "en": "File not found: {file}."},
    "read.error.encrypted": {
        "id": "Berkas “{file}” dilindungi kata sandi (terenkripsi) sehingga tidak dapat dibaca. "
              "Buka di Excel, hapus kata sandi (File › Info › Protect Workbook › Encrypt with "
              "Password, kosongkan), simpan sebagai .xlsx, lalu unggah lagi.",
        "en": "“{file}” is password-protected (encrypted) and cannot be read. Open it in Excel, "
              "remove the password (File › Info › Protect Workbook › Encrypt with Password, clear "
              "it), save as .xlsx and upload again."},
    "read.error.legacy_xls": {
        "id": "“{file}” adalah berkas Excel lama (.xls) yang tidak didukung. Buka di Excel lalu "
              "simpan sebagai “Excel Workbook (.xlsx)” atau CSV.",
        "en": "“{file}” is an old Excel file (.xls), which is not supported. Open it in Excel and "
              "save it as “Excel Workbook (.xlsx)” or CSV."},
    "read.error.not_xlsx": {
        "id": "“{file}” bukan berkas Excel .xlsx yang sah (rusak atau format lain). Simpan ulang "
              "dari Excel sebagai .xlsx, atau gunakan templat.",
        "en": "“{file}” is not a valid Excel .xlsx file (damaged or another format). Save it "
              "again from Excel as .xlsx, or use the template."},
    "read.error.unsupported": {
        "id": "Jenis berkas “{suffix}” tidak didukung ({file}). Unggah CSV atau Excel .xlsx.",
        "en": "File type “{suffix}” is not supported ({file}). Upload CSV or Excel .xlsx."},
    "read.error.binary": {
        "id": "“{file}” bukan berkas teks CSV (isinya data biner). Periksa bahwa berkas yang "
              "dipilih benar; dari Excel gunakan Simpan Sebagai › CSV UTF-8.",
        "en": "“{file}” is not a CSV text file (it contains binary data). Check that you picked "
              "the right file; from Excel use Save As › CSV UTF-8."},
    "read.error.encoding": {
        "id": "Huruf dalam “{file}” tidak dapat dibaca. Simpan sebagai CSV UTF-8.",
        "en": "The characters in “{file}” cannot be read. Save it as CSV UTF-8."},
    "read.error.csv_syntax": {
        "id": "“{file}” bukan CSV yang sah (tanda kutip tidak tertutup?). Simpan ulang dari Excel "
              "sebagai CSV UTF-8.",
        "en": "“{file}” is not valid CSV (an unclosed quote?). Save it again from Excel as CSV "
              "UTF-8."},
    "read.error.too_many_cells": {
        "id": "Baris {row} berisi {cells} sel, sedangkan judul kolom hanya {columns}. Periksa "
              "pemisah (koma atau titik koma) dan tanda kutip di baris itu.",
        "en": "Row {row} has {cells} cells but the header has only {columns} columns. Check the "
              "delimiter (comma or semicolon) and quotes in that row."},
    "read.notice.encoding": {
        "id": "Berkas dibaca sebagai {encoding} (bukan UTF-8). Periksa huruf beraksen di pratinjau; "
              "sebaiknya simpan sebagai CSV UTF-8.",
        "en": "The file was read as {encoding} (not UTF-8). Check accented letters in the "
              "preview; preferably save as CSV UTF-8."},
    "read.notice.sheet_chosen": {
        "id": "Buku kerja berisi {count} lembar data; yang dibaca hanya lembar “{sheet}” (diabaikan: "
              "{others}). Jika data ada di lembar lain, pindahkan ke lembar pertama atau beri "
              "nama lembar sesuai dataset.",
        "en": "The workbook has {count} sheets with data; only sheet “{sheet}” was read (ignored: "
              "{others}). If the data is on another sheet, move it to the first sheet or name "
              "the sheet after the dataset."},
    "read.notice.xlsx_named_csv": {
        "id": "“{file}” bernama .csv tetapi isinya berkas Excel; dibaca sebagai Excel.",
        "en": "“{file}” is named .csv but is an Excel file; it was read as Excel."},
    # --- validation report --------------------------------------------------------------------------
    "report.row": {"id": "baris {row}", "en": "row {row}"},
    "report.rows": {"id": "baris {rows}", "en": "rows {rows}"},
    "report.column": {"id": "kolom “{column}”", "en": "column “{column}”"},
    "report.value": {"id": "nilai “{value}”", "en": "value “{value}”"},
    "report.head.severity": {"id": "Jenis", "en": "Severity"},
    "report.head.row": {"id": "Baris", "en": "Row"},
    "report.head.column": {"id": "Kolom", "en": "Column"},
    "report.head.value": {"id": "Nilai", "en": "Value"},
    "report.head.message": {"id": "Masalah dan cara memperbaiki", "en": "Problem and how to fix it"},
    "report.severity.error": {"id": "GALAT", "en": "ERROR"},
    "report.severity.warning": {"id": "PERINGATAN", "en": "WARNING"},
    "report.severity.info": {"id": "CATATAN", "en": "NOTE"},
    "report.summary": {
        "id": "Berkas {file}: {rows} baris data dibaca; {errors} galat, {warnings} peringatan, "
              "{notes} catatan.",
        "en": "File {file}: {rows} data rows read; {errors} errors, {warnings} warnings, "
              "{notes} notes."},
    "report.more": {"id": "… dan {count} masalah lain.", "en": "… and {count} more problems."},
    "report.verdict.ok": {"id": "Berkas dapat disimpan.", "en": "The file can be saved."},
    "report.verdict.rejected": {
        "id": "Berkas DITOLAK: perbaiki galat di atas lalu unggah lagi. Tidak ada yang disimpan.",
        "en": "File REJECTED: fix the errors above and upload again. Nothing was saved."},
    "validate.more_of_kind": {
        "id": "… dan {count} baris lain dengan masalah yang sama di kolom ini.",
        "en": "… and {count} more rows with the same problem in this column."},
    "validate.empty_file": {
        "id": "Berkas kosong: tidak ada judul kolom maupun data. Isi templat (baris 1 judul kolom, "
              "data mulai baris 2) lalu unggah lagi.",
        "en": "The file is empty: no header and no data. Fill in the template (row 1 the column "
              "names, data from row 2) and upload again."},
    "validate.no_rows": {
        "id": "Berkas hanya berisi judul kolom, tanpa baris data. Isi data mulai baris 2.",
        "en": "The file has only the header row and no data. Enter data from row 2."},
    "validate.duplicate_column": {
        "id": "Kolom “{column}” muncul lebih dari sekali (pertama sebagai “{first}”), sehingga "
              "tidak jelas mana yang benar. Hapus kolom yang berlebih.",
        "en": "Column “{column}” appears more than once (first as “{first}”), so it is unclear "
              "which is right. Delete the extra column."},
    "validate.missing_column": {
        "id": "Kolom wajib “{column}” tidak ada. Tambahkan kolom ini (judul di baris 1). Kolom "
              "yang diharapkan: {expected}.",
        "en": "Required column “{column}” is missing. Add it (name in row 1). Expected columns: "
              "{expected}."},
    "validate.missing_column_near": {
        "id": "Kolom wajib “{column}” tidak ada; kolom “{found}” tampaknya salah ketik. Ganti "
              "judul “{found}” menjadi “{column}”.",
        "en": "Required column “{column}” is missing; column “{found}” looks like a misspelling. "
              "Rename “{found}” to “{column}”."},
    "validate.optional_column_near": {
        "id": "Kolom “{found}” tampaknya salah ketik dari “{column}”, sehingga isinya diabaikan. "
              "Ganti judulnya menjadi “{column}”.",
        "en": "Column “{found}” looks like a misspelling of “{column}”, so its contents are "
              "ignored. Rename it to “{column}”."},
    "validate.extra_column": {
        "id": "Kolom “{column}” tidak dikenal dan diabaikan. Hapus, atau ganti namanya jika "
              "maksudnya kolom templat.",
        "en": "Column “{column}” is not known and will be ignored. Delete it, or rename it if it "
              "was meant to be a template column."},
    "validate.required_empty": {
        "id": "Sel wajib kosong. Isi nilainya{hint}.",
        "en": "A required cell is empty. Fill it in{hint}."},
    "validate.example": {"id": " (contoh: {example})", "en": " (example: {example})"},
    "validate.not_number": {
        "id": "“{value}” bukan angka. Tulis angka saja tanpa satuan, contoh: {example}.",
        "en": "“{value}” is not a number. Write only the number, without units, e.g. {example}."},
    "validate.not_integer": {
        "id": "“{value}” bukan bilangan bulat. Tulis angka saja tanpa teks, contoh: {example}.",
        "en": "“{value}” is not a whole number. Write only digits, no text, e.g. {example}."},
    "validate.not_whole": {
        "id": "“{value}” bukan bilangan bulat; kolom ini berisi jumlah. Tulis tanpa desimal, "
              "contoh: {example}.",
        "en": "“{value}” is not a whole number; this column holds a count. Write it without "
              "decimals, e.g. {example}."},
    "validate.formula_in_number": {
        "id": "“{value}” adalah rumus, bukan angka. Di Excel salin sel lalu Tempel Spesial › "
              "Nilai, atau ketik angkanya.",
        "en": "“{value}” is a formula, not a number. In Excel copy the cells and Paste Special › "
              "Values, or type the number."},
    "validate.below_minimum": {
        "id": "{value} lebih kecil dari batas bawah {minimum}. Periksa angkanya.",
        "en": "{value} is below the minimum of {minimum}. Check the number."},
    "validate.above_maximum": {
        "id": "{value} lebih besar dari batas atas {maximum}. Periksa angkanya.",
        "en": "{value} is above the maximum of {maximum}. Check the number."},
    "validate.percent_out_of_range": {
        "id": "Persentase {value} di luar rentang {minimum}–{maximum}. Tulis persen sebagai angka "
              "0–100 (mis. 78,26), bukan pecahan atau angka absolut.",
        "en": "Percentage {value} is outside {minimum}–{maximum}. Write percentages as 0–100 "
              "(e.g. 78.26), not as a fraction or an absolute count."},
    "validate.percent_fractions": {
        "id": "Semua nilai di kolom “{column}” 1 atau kurang (mis. {value}); tampaknya ditulis "
              "sebagai pecahan. Jika maksudnya persen, kalikan 100 (0,78 → 78).",
        "en": "All values in column “{column}” are 1 or less (e.g. {value}); they look like "
              "fractions. If they are meant as percent, multiply by 100 (0.78 → 78)."},
    "validate.coordinate_out_of_range": {
        "id": "Koordinat {value} di luar Kalimantan Timur ({minimum} sampai {maximum}). Periksa "
              "apakah lintang dan bujur tertukar, dan gunakan derajat desimal.",
        "en": "Coordinate {value} is outside East Kalimantan ({minimum} to {maximum}). Check "
              "whether latitude and longitude are swapped, and use decimal degrees."},
    "validate.date_unparseable": {
        "id": "“{value}” bukan tanggal yang dapat dibaca. Tulis TTTT-BB-HH (2026-01-18) atau "
              "HH/BB/TTTT (18/01/2026).",
        "en": "“{value}” is not a readable date. Write YYYY-MM-DD (2026-01-18) or DD/MM/YYYY "
              "(18/01/2026)."},
    "validate.date_month_first": {
        "id": "“{value}” tampaknya ditulis bulan dahulu (format AS). Tulis hari dahulu "
              "(HH/BB/TTTT) atau TTTT-BB-HH.",
        "en": "“{value}” looks month-first (US format). Write day first (DD/MM/YYYY) or "
              "YYYY-MM-DD."},
    "validate.date_future": {
        "id": "Tanggal {value} ada di masa depan (hari ini {today}). Periksa tahun dan bulannya.",
        "en": "Date {value} is in the future (today is {today}). Check the year and month."},
    "validate.date_excel_serial": {
        "id": "“{value}” adalah nomor seri tanggal Excel (= {date}), bukan tanggal. Format sel "
              "sebagai Tanggal di Excel, atau ketik {date}.",
        "en": "“{value}” is an Excel date serial number (= {date}), not a date. Format the cell "
              "as Date in Excel, or type {date}."},
    "validate.period_unparseable": {
        "id": "“{value}” bukan periode. Tulis triwulan sebagai 2026-Q3 (juga diterima: Q3 2026, "
              "TW III 2026) atau bulan sebagai 2026-07.",
        "en": "“{value}” is not a period. Write a quarter as 2026-Q3 (also accepted: Q3 2026, "
              "TW III 2026) or a month as 2026-07."},
    "validate.period_reformatted": {
        "id": "Periode “{value}” dibaca sebagai {period}.",
        "en": "Period “{value}” was read as {period}."},
    "validate.choice_unknown": {
        "id": "“{value}” bukan pilihan yang dikenal. Gunakan salah satu: {allowed}.",
        "en": "“{value}” is not an allowed choice. Use one of: {allowed}."},
    "validate.choice_unknown_near": {
        "id": "“{value}” bukan pilihan yang dikenal; mungkin maksudnya “{near}”. Gunakan salah "
              "satu: {allowed}.",
        "en": "“{value}” is not an allowed choice; perhaps “{near}” was meant. Use one of: "
              "{allowed}."},
    "validate.formula_text": {
        "id": "Sel diawali =, +, - atau @ disimpan sebagai teks biasa (bukan rumus); saat diekspor "
              "diberi awalan apostrof agar tidak dijalankan sebagai rumus.",
        "en": "Cells starting with =, +, - or @ are stored as plain text (not formulas); on "
              "export they get a leading apostrophe so they are not run as formulas."},
    "validate.html_text": {
        "id": "Sel berisi kode HTML/skrip; disimpan sebagai teks apa adanya dan ditampilkan "
              "sebagai teks, tidak dijalankan.",
        "en": "The cell contains HTML/script code; it is stored as text as-is and shown as "
              "text, never run."},
    "validate.district": {"id": "{detail} {fix}", "en": "{detail} {fix}"},
    "validate.district_fix": {
        "id": "Tulis kode Kemendagri (mis. 64.02) atau nama kabupaten/kota di Kalimantan Timur.",
        "en": "Write the Kemendagri code (e.g. 64.02) or the name of a regency/city in East "
              "Kalimantan."},
    "validate.district_fix_other_province": {
        "id": "Dasbor ini hanya untuk kabupaten/kota di Kalimantan Timur: hapus baris ini atau "
              "perbaiki kabupaten/kotanya.",
        "en": "This dashboard covers only East Kalimantan's regencies/cities: delete this row or "
              "correct the regency/city."},
    "validate.district_note": {"id": "{value} → {label}", "en": "{value} → {label}"},
    "validate.district_fuzzy": {
        "id": "“{value}” dibaca sebagai {label} (salah ketik?). Periksa, lalu sebaiknya tulis "
              "kode Kemendagri.",
        "en": "“{value}” was read as {label} (typo?). Check it, and preferably write the "
              "Kemendagri code."},
    "validate.scheme_bps": {
        "id": "Kolom “{column}” memakai kode BPS; kode diubah ke kode Kemendagri (berbeda untuk "
              "Kutai Kartanegara, Berau, Kutai Barat dan Kutai Timur). Periksa pratinjau.",
        "en": "Column “{column}” uses BPS codes; they were converted to Kemendagri codes "
              "(different for Kutai Kartanegara, Berau, Kutai Barat and Kutai Timur). Check the "
              "preview."},
    "validate.mixed_schemes": {
        "id": "Kolom “{column}” mencampur kode Kemendagri (mis. baris {kemendagri_row}: "
              "{kemendagri_value}) dan kode BPS (mis. baris {bps_row}: {bps_value}). Kode 6402, "
              "6403, 6404 dan 6405 berarti kabupaten berbeda di kedua skema. Gunakan satu skema "
              "saja, sebaiknya kode Kemendagri bertitik (64.02).",
        "en": "Column “{column}” mixes Kemendagri codes (e.g. row {kemendagri_row}: "
              "{kemendagri_value}) and BPS codes (e.g. row {bps_row}: {bps_value}). Codes 6402, "
              "6403, 6404 and 6405 mean different regencies in the two schemes. Use one scheme "
              "only, preferably dotted Kemendagri codes (64.02)."},
    "validate.part_over_total": {
        "id": "{column} ({value}) lebih besar dari {total_column} ({total}); bagian tidak boleh "
              "melebihi total. Periksa kedua angka.",
        "en": "{column} ({value}) is larger than {total_column} ({total}); a part cannot exceed "
              "the total. Check both numbers."},
    "validate.lat_lon_together": {
        "id": "Lintang (lat) dan bujur (lon) harus diisi keduanya atau dikosongkan keduanya.",
        "en": "Latitude (lat) and longitude (lon) must both be filled in or both left empty."},
    "validate.duplicate_key": {
        "id": "{key} sudah ada di baris {first_row}. Setiap {key_columns} hanya boleh satu baris: "
              "hapus atau gabungkan salah satunya.",
        "en": "{key} already appears in row {first_row}. Each {key_columns} may have only one "
              "row: delete or merge one of them."},
    # --- changes preview ----------------------------------------------------------------------------
    "change.changed": {"id": "{label}: {column} {old} → {new}",
                       "en": "{label}: {column} {old} → {new}"},
    "change.added": {"id": "{label}: baris baru", "en": "{label}: new row"},
    "change.removed": {"id": "{label}: baris dihapus", "en": "{label}: row removed"},
    # --- store --------------------------------------------------------------------------------------
    "store.error.generic": {"id": "Penyimpanan data gagal.", "en": "Saving the data failed."},
    "store.error.concurrent": {
        "id": "Data {dataset} telah diubah orang lain sejak berkas ini diperiksa (versi yang "
              "diharapkan {expected}, kini {current}). Periksa ulang berkas terhadap versi terbaru "
              "lalu coba lagi.",
        "en": "Dataset {dataset} was changed by someone else since this file was checked "
              "(expected version {expected}, now {current}). Re-check the file against the "
              "latest version and try again."},
    "store.error.unknown_version": {
        "id": "Versi {version} dari {dataset} tidak ada. Lihat riwayat untuk nomor versi.",
        "en": "Version {version} of {dataset} does not exist. See the history for version "
              "numbers."},
    "store.error.unknown_dataset": {
        "id": "Dataset “{dataset}” tidak dikenal.", "en": "Unknown dataset “{dataset}”."},
    # --- templates ----------------------------------------------------------------------------------
    "template.title": {"id": "Templat unggah data: {dataset}", "en": "Data upload template: {dataset}"},
    "template.howto": {
        "id": "Cara mengisi: isi lembar data mulai baris 2, satu baris per laporan. Jangan ubah "
              "judul kolom di baris 1. Kolom berwarna kuning wajib diisi.\nTanggal: TTTT-BB-HH "
              "(2026-01-18). Periode: 2026-Q3 (triwulan) atau 2026-07 (bulan). Persen: angka "
              "0–100. Kabupaten/kota: kode Kemendagri (64.02) atau nama.",
        "en": "How to fill in: enter data on the data sheet from row 2, one row per report. Do "
              "not change the column names in row 1. Yellow columns are required.\nDates: "
              "YYYY-MM-DD (2026-01-18). Period: 2026-Q3 (quarter) or 2026-07 (month). Percent: "
              "0–100. Regency/city: Kemendagri code (64.02) or name."},
    "template.head.column": {"id": "Kolom", "en": "Column"},
    "template.head.required": {"id": "Wajib", "en": "Required"},
    "template.head.type": {"id": "Jenis isian", "en": "Type"},
    "template.head.allowed": {"id": "Pilihan yang boleh", "en": "Allowed values"},
    "template.head.range": {"id": "Rentang", "en": "Range"},
    "template.head.unit": {"id": "Satuan", "en": "Unit"},
    "template.head.example": {"id": "Contoh", "en": "Example"},
    "template.head.description_id": {"id": "Keterangan", "en": "Description (Indonesian)"},
    "template.head.description_en": {"id": "Keterangan (Inggris)", "en": "Description"},
    "template.required.yes": {"id": "wajib", "en": "required"},
    "template.required.no": {"id": "boleh kosong", "en": "optional"},
    "template.range.min": {"id": "≥ {minimum}", "en": "≥ {minimum}"},
    "template.range.max": {"id": "≤ {maximum}", "en": "≤ {maximum}"},
    "template.range.between": {"id": "{minimum} sampai {maximum}", "en": "{minimum} to {maximum}"},
    "template.type.district": {"id": "kabupaten/kota (kode Kemendagri atau nama)",
                               "en": "regency/city (Kemendagri code or name)"},
    "template.type.text": {"id": "teks", "en": "text"},
    "template.type.integer": {"id": "bilangan bulat", "en": "whole number"},
    "template.type.number": {"id": "angka", "en": "number"},
    "template.type.percent": {"id": "persen (0–100)", "en": "percent (0–100)"},
    "template.type.date": {"id": "tanggal (TTTT-BB-HH), tidak di masa depan",
                           "en": "date (YYYY-MM-DD), not in the future"},
    "template.type.period": {"id": "periode (2026-Q3 atau 2026-07)",
                             "en": "period (2026-Q3 or 2026-07)"},
    "template.type.choice": {"id": "satu pilihan dari daftar", "en": "one value from the list"},
    "template.type.choices": {"id": "satu atau beberapa pilihan, dipisah ;",
                              "en": "one or more values, separated by ;"},
    "template.type.latitude": {"id": "lintang (derajat desimal)", "en": "latitude (decimal degrees)"},
    "template.type.longitude": {"id": "bujur (derajat desimal)",
                                "en": "longitude (decimal degrees)"},
    "template.dv.choice": {"id": "Pilih dari daftar: {allowed}", "en": "Choose from the list: {allowed}"},
    "template.dv.number": {"id": "Isi angka {range}", "en": "Enter a number {range}"},
    "template.dv.prompt.choice": {"id": "Pilih dari daftar", "en": "Choose from the list"},
    "template.dv.prompt.choices": {"id": "Satu atau beberapa, dipisah ; : {allowed}",
                                   "en": "One or more, separated by ; : {allowed}"},
    # --- column descriptions (templates, page help) --------------------------------------------------
    "schema.conflict_risk.kab_kota": {"id": "Kabupaten/kota yang dilaporkan.",
                                      "en": "The regency/city reported on."},
    "schema.conflict_risk.kecamatan": {"id": "Kecamatan, jika laporan per kecamatan; kosongkan "
                                             "untuk laporan tingkat kabupaten/kota.",
                                       "en": "Sub-district, if reporting per sub-district; leave "
                                             "empty for a regency/city-level report."},
    "schema.conflict_risk.periode": {"id": "Periode laporan (triwulan atau bulan).",
                                     "en": "Reporting period (quarter or month)."},
    "schema.conflict_risk.tingkat_rawan": {"id": "Tingkat kerawanan konflik sosial.",
                                           "en": "Social-conflict risk level."},
    "schema.conflict_risk.skor": {"id": "Skor kerawanan 0–100 menurut pedoman penilaian.",
                                  "en": "Risk score 0–100 according to the scoring guideline."},
    "schema.conflict_risk.kategori": {"id": "Kategori potensi konflik yang menonjol.",
                                      "en": "Prominent conflict categories."},
    "schema.conflict_risk.jumlah_kejadian": {"id": "Jumlah kejadian dalam periode.",
                                             "en": "Number of incidents in the period."},
    "schema.conflict_risk.catatan": {"id": "Catatan internal (tidak tampil untuk publik).",
                                     "en": "Internal note (not shown publicly)."},
    "schema.conflict_risk.unit_pelapor": {"id": "Unit yang melapor.", "en": "Reporting unit."},
    "schema.conflict_risk.tanggal_laporan": {"id": "Tanggal laporan dibuat.",
                                             "en": "Date the report was made."},
    "schema.conflict_risk.sumber": {"id": "Sumber data.", "en": "Data source."},
    "schema.incidents.tanggal": {"id": "Tanggal kejadian.", "en": "Date of the incident."},
    "schema.incidents.kab_kota": {"id": "Kabupaten/kota lokasi kejadian.",
                                  "en": "Regency/city where it happened."},
    "schema.incidents.kecamatan": {"id": "Kecamatan lokasi kejadian.",
                                   "en": "Sub-district where it happened."},
    "schema.incidents.lat": {"id": "Lintang lokasi (isi bersama bujur).",
                             "en": "Latitude (fill in together with longitude)."},
    "schema.incidents.lon": {"id": "Bujur lokasi (isi bersama lintang).",
                             "en": "Longitude (fill in together with latitude)."},
    "schema.incidents.kategori": {"id": "Kategori kejadian.", "en": "Incident category."},
    "schema.incidents.deskripsi": {"id": "Uraian singkat kejadian (internal).",
                                   "en": "Short description (internal)."},
    "schema.incidents.korban": {"id": "Jumlah korban.", "en": "Number of casualties."},
    "schema.incidents.sumber": {"id": "Sumber informasi.", "en": "Source of information."},
    "schema.incidents.status_verifikasi": {"id": "Status verifikasi kejadian.",
                                           "en": "Verification status."},
    "schema.participation.kab_kota": {"id": "Kabupaten/kota.", "en": "Regency/city."},
    "schema.participation.pemilihan": {"id": "Pemilihan yang dimaksud.", "en": "The election."},
    "schema.participation.dpt_total": {"id": "Jumlah pemilih dalam DPT.",
                                       "en": "Registered voters (DPT)."},
    "schema.participation.dpt_perempuan": {"id": "Pemilih perempuan dalam DPT (≤ dpt_total).",
                                           "en": "Registered women voters (≤ dpt_total)."},
    "schema.participation.dpt_pemilih_pemula": {"id": "Pemilih pemula dalam DPT (≤ dpt_total).",
                                                "en": "Registered first-time voters (≤ dpt_total)."},
    "schema.participation.partisipasi_total": {"id": "Partisipasi pemilih (persen).",
                                               "en": "Voter turnout (percent)."},
    "schema.participation.partisipasi_perempuan": {"id": "Partisipasi pemilih perempuan (persen).",
                                                   "en": "Women's turnout (percent)."},
    "schema.participation.partisipasi_pemilih_pemula": {
        "id": "Partisipasi pemilih pemula (persen).", "en": "First-time voter turnout (percent)."},
    "schema.participation.target_total": {"id": "Target partisipasi (persen).",
                                          "en": "Turnout target (percent)."},
    "schema.participation.target_perempuan": {"id": "Target partisipasi perempuan (persen).",
                                              "en": "Women's turnout target (percent)."},
    "schema.participation.target_pemilih_pemula": {
        "id": "Target partisipasi pemilih pemula (persen).",
        "en": "First-time voter turnout target (percent)."},
    "schema.participation.sumber": {"id": "Sumber data DPT.", "en": "Source of the DPT figures."},
    "schema.participation.sumber_partisipasi": {"id": "Sumber angka partisipasi.",
                                                "en": "Source of the turnout figures."},
    "schema.outreach.tanggal": {"id": "Tanggal kegiatan.", "en": "Date of the activity."},
    "schema.outreach.kab_kota": {"id": "Kabupaten/kota lokasi kegiatan.",
                                 "en": "Regency/city of the activity."},
    "schema.outreach.kecamatan": {"id": "Kecamatan lokasi kegiatan.",
                                  "en": "Sub-district of the activity."},
    "schema.outreach.lat": {"id": "Lintang lokasi (isi bersama bujur).",
                            "en": "Latitude (fill in together with longitude)."},
    "schema.outreach.lon": {"id": "Bujur lokasi (isi bersama lintang).",
                            "en": "Longitude (fill in together with latitude)."},
    "schema.outreach.jenis_kegiatan": {"id": "Jenis kegiatan.", "en": "Type of activity."},
    "schema.outreach.sasaran": {"id": "Kelompok sasaran utama.", "en": "Main target group."},
    "schema.outreach.peserta_total": {"id": "Jumlah peserta.", "en": "Number of participants."},
    "schema.outreach.peserta_perempuan": {"id": "Peserta perempuan (≤ peserta_total).",
                                          "en": "Women participants (≤ peserta_total)."},
    "schema.outreach.peserta_pemilih_pemula": {"id": "Peserta pemilih pemula (≤ peserta_total).",
                                               "en": "First-time voter participants "
                                                     "(≤ peserta_total)."},
    "schema.outreach.penyelenggara": {"id": "Penyelenggara kegiatan.", "en": "Organiser."},
    "schema.outreach.catatan": {"id": "Catatan.", "en": "Note."},
    "schema.outreach.sumber": {"id": "Sumber data.", "en": "Data source."},
    # --- command line -------------------------------------------------------------------------------
    "cli.help.import": {"id": "Periksa dan simpan berkas CSV/XLSX sebagai versi baru",
                        "en": "Check and save a CSV/XLSX file as a new version"},
    "cli.help.dataset": {"id": "dataset: {names}", "en": "dataset: {names}"},
    "cli.help.format": {"id": "format berkas", "en": "file format"},
    "cli.help.file": {"id": "berkas CSV atau XLSX", "en": "CSV or XLSX file"},
    "cli.help.dry_run": {"id": "hanya periksa dan tampilkan perubahan, jangan simpan",
                         "en": "only check and show the changes, do not save"},
    "cli.help.user": {"id": "nama pengguna untuk riwayat", "en": "user name for the history"},
    "cli.help.note": {"id": "catatan untuk riwayat", "en": "note for the history"},
    "cli.help.history": {"id": "Tampilkan riwayat versi", "en": "Show the version history"},
    "cli.help.rollback": {"id": "Kembalikan isi versi lama sebagai versi baru",
                          "en": "Restore an earlier version's content as a new version"},
    "cli.help.version": {"id": "nomor versi (mis. 3 atau v3)", "en": "version number (e.g. 3 or v3)"},
    "cli.help.template": {"id": "Buat templat unggah", "en": "Write an upload template"},
    "cli.help.export": {"id": "Ekspor versi terkini", "en": "Export the current version"},
    "cli.help.output": {"id": "berkas keluaran", "en": "output file"},
    "cli.help.lang": {"id": "bahasa pesan: id atau en", "en": "message language: id or en"},
    "cli.progress": {"id": "Memvalidasi kolom {step}/{total} ({column})…",
                     "en": "Validating column {step}/{total} ({column})…"},
    "cli.reading": {"id": "Memeriksa {file} untuk dataset {dataset}…",
                    "en": "Checking {file} for dataset {dataset}…"},
    "cli.store_unavailable": {
        "id": "Penyimpanan data tidak dapat dibuka ({detail}). Periksa DASHBOARD_DB_URL (bila "
              "dipakai) atau DASHBOARD_DATA_DIR dan izin tulis folder itu.",
        "en": "The data store cannot be opened ({detail}). Check DASHBOARD_DB_URL (when set) or "
              "DASHBOARD_DATA_DIR and write permission on that folder."},
    "cli.preview.summary": {
        "id": "Perubahan terhadap versi terkini: {added} baris baru, {changed} baris berubah, "
              "{removed} baris dihapus.",
        "en": "Changes against the current version: {added} new rows, {changed} changed rows, "
              "{removed} removed rows."},
    "cli.preview.more": {"id": "… dan {count} perubahan lain.", "en": "… and {count} more changes."},
    "cli.help.replace": {
        "id": "ganti seluruh dataset dengan isi berkas (bawaan: baris berkas menggantikan baris "
              "dengan kunci yang sama, baris lain tetap)",
        "en": "replace the whole dataset with the file (default: the file's rows replace rows "
              "with the same key, other rows stay)"},
    "cli.preview.replaces_demo": {
        "id": "Versi terkini adalah DATA CONTOH; berkas ini menggantikan seluruh data contoh.",
        "en": "The current version is DATA CONTOH (demo data); this file replaces all of it."},
    "cli.dry_run": {"id": "Uji coba (--dry-run): tidak ada yang disimpan.",
                    "en": "Dry run (--dry-run): nothing was saved."},
    "cli.saved": {"id": "Tersimpan: {dataset} versi {version} ({rows} baris).",
                  "en": "Saved: {dataset} version {version} ({rows} rows)."},
    "cli.history.header": {"id": "Riwayat {dataset}:", "en": "History of {dataset}:"},
    "cli.history.row": {
        "id": "{version}  {at}  oleh {user}  berkas {file} (sha256 {sha}…)  {rows} baris "
              "(+{added} −{removed} ~{changed})  catatan: {note}{flags}",
        "en": "{version}  {at}  by {user}  file {file} (sha256 {sha}…)  {rows} rows "
              "(+{added} −{removed} ~{changed})  note: {note}{flags}"},
    "cli.history.rollback_of": {"id": "kembali ke {version}", "en": "rollback to {version}"},
    "cli.history.current": {"id": "terkini", "en": "current"},
    "cli.error.version": {"id": "“{version}” bukan nomor versi. Contoh: 3 atau v3.",
                          "en": "“{version}” is not a version number. Example: 3 or v3."},
    "cli.rollback.done": {"id": "{dataset}: isi {target} dipulihkan sebagai versi baru {version}.",
                          "en": "{dataset}: the content of {target} restored as new version "
                                "{version}."},
    "cli.written": {"id": "Ditulis: {path} ({size} bita).", "en": "Written: {path} ({size} bytes)."},
}
