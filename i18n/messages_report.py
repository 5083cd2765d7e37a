"""Messages of the validation report: its columns, severities, summary and verdict."""

MESSAGES: dict[str, dict[str, str]] = {
    "report.row": {"id": "baris {row}", "en": "row {row}"},
    "report.rows": {"id": "baris {rows}", "en": "rows {rows}"},
    "report.column": {"id": "kolom “{column}”", "en": "column “{column}”"},
    "report.value": {"id": "nilai “{value}”", "en": "value “{value}”"},
    "report.head.severity": {"id": "Jenis", "en": "Severity"},
    "report.head.row": {"id": "Baris", "en": "Row"},
    "report.head.column": {"id": "Kolom", "en": "Column"},
    "report.head.value": {"id": "Nilai", "en": "Value"},
    "report.head.message": {"id": "Masalah dan cara memperbaiki",
                            "en": "Problem and how to fix it"},
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
}
