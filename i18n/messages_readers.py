"""Messages of the hostile-input defences of the data readers (loaders/readers.py), the validator's
bounds on numbers (loaders/validate.py) and the upload limit on the Data page. Every refusal states
the limit and how to fix the file."""

MESSAGES: dict[str, dict[str, str]] = {
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
    "data.upload.limit": {
        "id": "Batas ukuran berkas: {limit_mb} MB. Berkas yang lebih besar ditolak; pecah "
              "menjadi beberapa bagian.",
        "en": "File size limit: {limit_mb} MB. Larger files are refused; split them into "
              "several parts."},
}
