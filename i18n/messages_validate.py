"""Messages of the validation of an upload (``domain/validate.py``), the bounds on numbers
included. Every problem says how to fix it."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- problems of an upload --------------------------------------------------------------------
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
        "id": "Kolom wajib “{column}” tidak ada. Tambahkan kolom ini (judul di baris "
              "{header_row}, baris judul kolom). Kolom yang diharapkan: {expected}.",
        "en": "Required column “{column}” is missing. Add it (name in row {header_row}, the row "
              "of column names). Expected columns: {expected}."},
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
    "validate.column_alias": {
        "id": "Kolom “{found}” dibaca sebagai “{column}”.",
        "en": "Column “{found}” is read as “{column}”."},
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
    # --- bounds on numbers ------------------------------------------------------------------------
    "validate.unexpected": {
        "id": "Berkas tidak dapat diperiksa karena kesalahan tak terduga di aplikasi (tercatat di "
              "log server). Tidak ada yang disimpan. Kirim berkas ini ke admin agar dapat "
              "diperbaiki.",
        "en": "The file could not be checked because of an unexpected error in the application "
              "(recorded in the server log). Nothing was saved. Send this file to the admin so it "
              "can be fixed."},
    "validate.number_too_long": {
        "id": "Angka terlalu panjang ({n_digits} digit; batas {limit_digits} digit). Periksa "
              "apakah sel berisi angka yang benar, misalnya bukan beberapa angka yang tergabung.",
        "en": "The number is too long ({n_digits} digits; limit {limit_digits} digits). Check "
              "that the cell holds the right number, not several numbers run together."},
    "validate.number_too_large": {
        "id": "Angka di luar jangkauan yang dapat disimpan (batas ±{limit}). Periksa angka itu.",
        "en": "The number is outside the range that can be stored (limit ±{limit}). Check it."},
}
