"""Messages of the ``python -m loaders`` data commands."""

MESSAGES: dict[str, dict[str, str]] = {
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
    "cli.help.version": {"id": "nomor versi (mis. 3 atau v3)",
                         "en": "version number (e.g. 3 or v3)"},
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
    "cli.preview.more": {"id": "… dan {count} perubahan lain.",
                         "en": "… and {count} more changes."},
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
    "cli.written": {"id": "Ditulis: {path} ({size} bita).",
                    "en": "Written: {path} ({size} bytes)."},
}
