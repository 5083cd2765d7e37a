"""Messages of the Data page: templates, upload, validation, preview, commit, history, rollback and
export."""

MESSAGES: dict[str, dict[str, str]] = {
    "data.title": {"id": "Data", "en": "Data"},
    "data.intro": {
        "id": "Unduh templat, unggah laporan kab/kota (CSV atau Excel), periksa laporan validasi "
              "dan pratinjau perubahan, lalu simpan sebagai versi baru. Tidak ada data yang "
              "ditimpa: setiap versi lama dapat dipulihkan.",
        "en": "Download a template, upload a district report (CSV or Excel), read the validation "
              "report and the preview of changes, then save it as a new version. Nothing is "
              "overwritten: every earlier version can be restored."},
    "data.dataset": {"id": "Dataset", "en": "Dataset"},
    "data.templates": {"id": "Templat", "en": "Templates"},
    "data.template.xlsx": {"id": "Templat Excel (.xlsx)", "en": "Excel template (.xlsx)"},
    "data.template.csv": {"id": "Templat CSV", "en": "CSV template"},
    "data.upload": {"id": "Unggah berkas", "en": "Upload a file"},
    "data.upload.help": {"id": "Berkas CSV (UTF-8 atau Windows-1252; koma atau titik koma) "
                               "atau Excel (.xlsx)",
                         "en": "CSV file (UTF-8 or Windows-1252; comma or semicolon) or Excel "
                               "(.xlsx)"},
    "data.upload.limit": {
        "id": "Batas ukuran berkas: {limit_mb} MB. Berkas yang lebih besar ditolak; pecah "
              "menjadi beberapa bagian.",
        "en": "File size limit: {limit_mb} MB. Larger files are refused; split them into "
              "several parts."},
    "data.validating": {"id": "Memeriksa berkas…", "en": "Checking the file…"},
    "data.col.severity": {"id": "Jenis", "en": "Kind"},
    "data.col.row": {"id": "Baris", "en": "Row"},
    "data.col.column": {"id": "Kolom", "en": "Column"},
    "data.col.value": {"id": "Nilai", "en": "Value"},
    "data.col.message": {"id": "Masalah dan cara memperbaiki", "en": "Problem and how to fix it"},
    "data.col.change": {"id": "Perubahan", "en": "Change"},
    "data.col.version": {"id": "Versi", "en": "Version"},
    "data.col.when": {"id": "Waktu", "en": "Time"},
    "data.col.who": {"id": "Oleh", "en": "By"},
    "data.col.action": {"id": "Tindakan", "en": "Action"},
    "data.col.file": {"id": "Berkas", "en": "File"},
    "data.col.rows": {"id": "Baris", "en": "Rows"},
    "data.col.changes": {"id": "Tambah / hapus / ubah", "en": "Added / removed / changed"},
    "data.col.note": {"id": "Catatan", "en": "Note"},
    "data.action.seed": {"id": "data awal", "en": "initial data"},
    "data.action.commit": {"id": "unggah", "en": "upload"},
    "data.action.rollback": {"id": "pemulihan", "en": "rollback"},
    "data.replace": {"id": "Ganti seluruh dataset dengan berkas ini (bukan gabung per baris)",
                     "en": "Replace the whole dataset with this file (instead of merging rows)"},
    "data.preview": {"id": "Pratinjau perubahan terhadap versi terkini",
                     "en": "Preview of changes against the current version"},
    "data.commit": {"id": "Simpan sebagai versi baru", "en": "Save as a new version"},
    "data.committed": {"id": "Tersimpan sebagai versi {version} ({rows} baris). Peta sudah "
                             "memakai data ini.",
                       "en": "Saved as version {version} ({rows} rows). The maps now use it."},
    "data.history": {"id": "Riwayat versi", "en": "Version history"},
    "data.rollback.version": {"id": "Pulihkan isi versi", "en": "Restore the content of version"},
    "data.rollback": {"id": "Pulihkan sebagai versi baru", "en": "Restore as a new version"},
    "data.rolled_back": {"id": "Isi {target} dipulihkan sebagai versi {version}.",
                         "en": "The content of {target} is restored as version {version}."},
    "data.export": {"id": "Ekspor versi terkini", "en": "Export the current version"},
    "data.export.prepare": {"id": "Siapkan {format}", "en": "Prepare {format}"},
    "data.export.download": {"id": "Unduh {format}", "en": "Download {format}"},
    "data.error.out_of_scope": {
        "id": "Akun Anda hanya boleh mengunggah data {allowed}, bukan {district}. Hapus baris ini "
              "atau minta admin provinsi mengunggahnya.",
        "en": "Your account may upload data for {allowed} only, not {district}. Remove this row "
              "or ask a province admin to upload it."},
}
