"""Messages of reading uploaded files (``loaders/readers.py``) and of its hostile-input defences.
Every refusal states the limit and how to fix the file."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- reading files ----------------------------------------------------------------------------
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
        "id": "Berkas dibaca sebagai {encoding} (bukan UTF-8). Periksa huruf beraksen di "
              "pratinjau; sebaiknya simpan sebagai CSV UTF-8.",
        "en": "The file was read as {encoding} (not UTF-8). Check accented letters in the "
              "preview; preferably save as CSV UTF-8."},
    "read.notice.sheet_chosen": {
        "id": "Buku kerja berisi {count} lembar data; yang dibaca hanya lembar “{sheet}” "
              "(diabaikan: {others}). Jika data ada di lembar lain, pindahkan ke lembar pertama "
              "atau beri nama lembar sesuai dataset.",
        "en": "The workbook has {count} sheets with data; only sheet “{sheet}” was read "
              "(ignored: {others}). If the data is on another sheet, move it to the first sheet or "
              "name the sheet after the dataset."},
    "read.notice.xlsx_named_csv": {
        "id": "“{file}” bernama .csv tetapi isinya berkas Excel; dibaca sebagai Excel.",
        "en": "“{file}” is named .csv but is an Excel file; it was read as Excel."},
    # --- bounds on a file's size and structure, damaged cells -------------------------------------
    "read.error.too_many_rows": {
        "id": "Berkas berisi data di baris {row}; batasnya {limit_rows} baris data per unggahan. "
              "Pecah berkas menjadi beberapa bagian, atau hapus isi sel jauh di bawah tabel "
              "(pilih baris kosong di bawah tabel sampai akhir lembar, lalu Hapus Baris).",
        "en": "The file has data in row {row}; the limit is {limit_rows} data rows per upload. "
              "Split the file into several parts, or clear cells far below the table (select the "
              "empty rows below the table to the end of the sheet, then Delete Rows)."},
    "read.error.too_many_columns": {
        "id": "Baris {row} berisi data di kolom ke-{position}; batasnya {limit_columns} kolom. "
              "Hapus kolom dan sel yang terisi di kanan tabel, atau periksa pemisah (koma atau "
              "titik koma).",
        "en": "Row {row} has data in column {position}; the limit is {limit_columns} columns. "
              "Delete the filled columns and cells to the right of the table, or check the "
              "delimiter (comma or semicolon)."},
    "read.error.cells_limit": {
        "id": "Berkas berisi lebih dari {limit_cells} sel terisi, batas per unggahan. Pecah "
              "berkas menjadi beberapa bagian atau hapus kolom yang tidak diperlukan.",
        "en": "The file has more than {limit_cells} filled cells, the limit per upload. Split it "
              "into several parts or remove columns that are not needed."},
    "read.error.cell_too_long": {
        "id": "Baris {row}, kolom ke-{position}: sel berisi {n_chars} karakter; batasnya "
              "{limit_chars} karakter per sel. Pendekkan isi sel itu (teks panjang sebaiknya "
              "disimpan di dokumen terpisah).",
        "en": "Row {row}, column {position}: the cell holds {n_chars} characters; the limit is "
              "{limit_chars} characters per cell. Shorten that cell (long text belongs in a "
              "separate document)."},
    "read.error.csv_cell_too_long": {
        "id": "Baris {row}: sebuah sel berisi lebih dari {limit_chars} karakter, batas per sel. "
              "Pendekkan isi sel itu; jika sel itu tidak sepanjang itu, tanda kutip (\") yang "
              "tidak ditutup membuat sel berlanjut sampai akhir berkas: periksa tanda kutip di "
              "baris itu.",
        "en": "Row {row}: a cell holds more than {limit_chars} characters, the limit per cell. "
              "Shorten it; if the cell is not that long, an unclosed quote mark (\") makes it run "
              "on to the end of the file: check the quotes in that row."},
    "read.error.csv_cell_too_long_at": {
        "id": "Baris {row}, kolom ke-{position}: sel berisi {n_chars} karakter; batasnya "
              "{limit_chars} karakter per sel. Pendekkan isi sel itu; jika sel itu tidak sepanjang "
              "itu, tanda kutip (\") yang tidak ditutup membuat sel berlanjut ke baris-baris "
              "berikutnya: periksa tanda kutip di baris itu.",
        "en": "Row {row}, column {position}: the cell holds {n_chars} characters; the limit is "
              "{limit_chars} characters per cell. Shorten it; if the cell is not that long, an "
              "unclosed quote mark (\") makes it run on into the following rows: check the "
              "quotes in that row."},
    "read.error.xlsx_unpacked": {
        "id": "“{file}” membengkak menjadi {size_mb} MB saat dibuka (bagian {part}; batas "
              "{limit_mb} MB). Berkas Excel biasa tidak sebesar itu: buka di Excel, salin tabel "
              "ke buku kerja baru, simpan sebagai .xlsx, lalu unggah lagi.",
        "en": "“{file}” expands to {size_mb} MB when unpacked (part {part}; limit {limit_mb} MB). "
              "An ordinary Excel file is not that large: open it in Excel, copy the table to a "
              "new workbook, save it as .xlsx and upload again."},
    "read.error.xlsx_members": {
        "id": "“{file}” berisi lebih dari {limit_count} bagian di dalam paketnya; ini bukan buku "
              "kerja Excel biasa. Salin tabel ke buku kerja baru, simpan sebagai .xlsx, lalu "
              "unggah lagi.",
        "en": "“{file}” holds more than {limit_count} parts in its package; this is not an "
              "ordinary Excel workbook. Copy the table to a new workbook, save it as .xlsx and "
              "upload again."},
    "read.error.xlsx_dtd": {
        "id": "“{file}” berisi deklarasi DTD/entitas XML (bagian {part}). Excel tidak pernah "
              "menulisnya, dan deklarasi itu dapat dipakai untuk menyerang server, jadi berkas "
              "ditolak. Buka berkas di Excel, simpan ulang sebagai .xlsx, atau gunakan templat.",
        "en": "“{file}” contains an XML DTD/entity declaration (part {part}). Excel never writes "
              "one, and it can be used to attack the server, so the file is refused. Open the "
              "file in Excel, save it again as .xlsx, or use the template."},
    "read.error.xlsx_structure": {
        "id": "“{file}” memiliki struktur XML yang tidak wajar (bagian {part}: bersarang lebih "
              "dari {limit_depth} tingkat atau terlalu banyak unsur). Buka di Excel, salin tabel "
              "ke buku kerja baru, simpan sebagai .xlsx, lalu unggah lagi.",
        "en": "“{file}” has an abnormal XML structure (part {part}: nested more than "
              "{limit_depth} levels deep or too many elements). Open it in Excel, copy the table "
              "to a new workbook, save it as .xlsx and upload again."},
    "read.cell.formula_no_value": {
        "id": "rumus tanpa nilai tersimpan: buka dan simpan berkas di Excel (berkas ini dibuat "
              "oleh program yang tidak menghitung rumus), atau ketik nilainya.",
        "en": "formula without a saved value: open and save the file in Excel (it was made by a "
              "program that does not calculate formulas), or type the value."},
    "read.cell.damaged": {
        "id": "sel ini rusak di dalam berkas (merujuk teks yang tidak ada) dan tidak dapat "
              "dibaca. Ketik ulang isinya di Excel dan simpan lagi.",
        "en": "this cell is damaged inside the file (it refers to text that does not exist) and "
              "cannot be read. Type its content again in Excel and save."},
}
