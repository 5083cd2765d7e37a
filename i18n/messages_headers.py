"""Messages of reading files as offices write them (``loaders/headers.py``): the header row found
below title rows, two-row headers, merged and hidden cells, the signature block below the data;
total rows (``domain/totals.py``) and cells holding a code and a name (``domain/regions.py``)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- the header row ----------------------------------------------------------------------------
    "headers.notice.header_row": {
        "id": "Judul kolom dibaca dari baris {row}.",
        "en": "Column headers are read from row {row}."},
    "headers.notice.two_rows": {
        "id": "Judul kolom dua baris (baris {first} dan {second}) digabung: judul kelompok di atas "
              "ditambahkan ke judul di bawahnya (mis. “DPT” + “P” = “DPT P”).",
        "en": "Two header rows (rows {first} and {second}) are joined: the group heading above is "
              "added to the heading below it (e.g. “DPT” + “P” = “DPT P”)."},
    "headers.notice.skipped_above": {
        "id": "Baris {rows} di atas judul kolom (baris {header}) dilewati (judul laporan, "
              "catatan): {text}.",
        "en": "Rows {rows} above the column headers (row {header}) are skipped (report title, "
              "notes): {text}."},
    "headers.notice.footer": {
        "id": "Baris {rows} di bawah data dilewati (tempat dan tanggal, tanda tangan, catatan): "
              "{text}.",
        "en": "Rows {rows} below the data are skipped (place and date, signature, notes): "
              "{text}."},
    "headers.notice.hidden_rows": {
        "id": "Baris {rows} disembunyikan di Excel, tetapi tetap dibaca seperti baris lain. Hapus "
              "baris itu bila tidak boleh ikut diimpor.",
        "en": "Rows {rows} are hidden in Excel but are read like the others. Delete them if they "
              "must not be imported."},
    "headers.notice.hidden_columns": {
        "id": "Kolom {columns} disembunyikan di Excel, tetapi tetap dibaca seperti kolom lain.",
        "en": "Columns {columns} are hidden in Excel but are read like the others."},
    "headers.error.none": {
        "id": "Tidak ada baris yang tampak seperti judul kolom. Kolom yang diharapkan: "
              "{expected}. Baris yang paling mendekati adalah baris {row}: {cells}. Tulis judul "
              "kolom di satu baris di atas data (lihat templat).",
        "en": "No row looks like a header row. Expected columns: {expected}. The closest is row "
              "{row}: {cells}. Write the column headers in one row above the data (see the "
              "template)."},
    "headers.error.tie": {
        "id": "Dua baris sama-sama tampak seperti judul kolom: baris {first} ({first_cells}) dan "
              "baris {second} ({second_cells}). Mana yang judul kolom? Hapus yang lain, atau "
              "pisahkan kedua tabel ke lembar atau berkas sendiri.",
        "en": "Two rows both look like the header row: row {first} ({first_cells}) and row "
              "{second} ({second_cells}). Which one is the header? Delete the other, or put the "
              "two tables in separate sheets or files."},
    "headers.error.too_many_merges": {
        "id": "Lembar ini berisi lebih dari {limit_count} rentang sel gabungan (merge). Lepaskan "
              "gabungan sel (Beranda › Gabung & Tengahkan › Pisahkan Sel) lalu unggah lagi.",
        "en": "The sheet holds more than {limit_count} merged ranges. Unmerge the cells (Home › "
              "Merge & Center › Unmerge Cells) and upload again."},
    "headers.error.merged_too_large": {
        "id": "Sel gabungan (merge) di lembar ini meliputi lebih dari {limit_cells} sel. Lepaskan "
              "gabungan sel lalu unggah lagi.",
        "en": "Merged ranges in this sheet cover more than {limit_cells} cells. Unmerge the "
              "cells and upload again."},
    # --- templates and docs -----------------------------------------------------------------------
    "headers.template.aliases": {
        "id": "Judul lain yang juga dikenali",
        "en": "Other headers also recognised"},
    "headers.doc.generated": {
        "id": "Dibuat dari domain/schema.py oleh scripts/make_columns_doc.py; jangan diubah manual.",
        "en": "Generated from domain/schema.py by scripts/make_columns_doc.py; do not edit."},
    "headers.doc.title": {"id": "Kolom setiap dataset", "en": "The columns of each dataset"},
    "headers.doc.intro": {
        "id": "Judul kolom dicocokkan tanpa membedakan huruf besar/kecil, spasi, dan tanda baca. "
              "Selain nama kolom, judul yang biasa ditulis kantor (kolom kedua) juga dikenali. "
              "Baris judul laporan di atas judul kolom, judul kolom dua baris (sel gabungan), baris "
              "JUMLAH/TOTAL, dan tanda tangan di bawah data dikenali dan dilewati, dengan catatan.",
        "en": "Headers are matched ignoring case, blanks and punctuation. Besides the column name, "
              "the headers offices usually write (second column) are recognised. Report title "
              "rows above the header, two-row headers (merged cells), JUMLAH/TOTAL rows and the "
              "signature below the data are recognised and skipped, with a note."},
    "headers.row_number_column": {
        "id": "Kolom “{column}” (nomor urut) tidak diimpor.",
        "en": "Column “{column}” (running number) is not imported."},
    # --- total rows --------------------------------------------------------------------------------
    "headers.totals.left_out": {
        "id": "Baris jumlah/total {row_list} tidak diimpor sebagai data ({labels}).",
        "en": "Total rows {row_list} are not imported as data ({labels})."},
    "headers.totals.mismatch": {
        "id": "Baris jumlah {total_row} ({label}), kolom “{column}”: di berkas {figure}, jumlah baris "
              "{span} adalah {total} (selisih {difference}). Periksa rumus atau angka barisnya.",
        "en": "Total row {total_row} ({label}), column “{column}”: the file says {figure}, rows {span} "
              "sum to {total} (difference {difference}). Check the formula or the rows' figures."},
    # --- a code and a name in one cell -------------------------------------------------------------
    "headers.region.code_name_scheme": {
        "id": "“{value}”: kode {district_code} adalah {bps} menurut BPS, tetapi {kemendagri} menurut "
              "Kemendagri; nama “{name}” yang menentukan: {label}.",
        "en": "“{value}”: code {district_code} is {bps} in the BPS scheme but {kemendagri} in the "
              "Kemendagri scheme; the name “{name}” decides: {label}."},
    "headers.region.code_name_mismatch": {
        "id": "“{value}”: kode {code} ({code_reading}) dan nama “{name}” ({name_reading}) tidak "
              "cocok. Kemungkinan: {candidates}.",
        "en": "“{value}”: the code {code} ({code_reading}) and the name “{name}” ({name_reading}) "
              "do not agree. Candidates: {candidates}."},
    "headers.region.unknown": {
        "en": "not found",
        "id": "tidak dikenal"},
}
