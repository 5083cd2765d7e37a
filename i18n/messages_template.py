"""Messages of the templates: the instructions sheet, column types, data validation."""

MESSAGES: dict[str, dict[str, str]] = {
    "template.title": {"id": "Templat unggah data: {dataset}",
                       "en": "Data upload template: {dataset}"},
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
    "template.type.latitude": {"id": "lintang (derajat desimal)",
                               "en": "latitude (decimal degrees)"},
    "template.type.longitude": {"id": "bujur (derajat desimal)",
                                "en": "longitude (decimal degrees)"},
    "template.dv.choice": {"id": "Pilih dari daftar: {allowed}",
                           "en": "Choose from the list: {allowed}"},
    "template.dv.number": {"id": "Isi angka {range}", "en": "Enter a number {range}"},
    "template.dv.prompt.choice": {"id": "Pilih dari daftar", "en": "Choose from the list"},
    "template.dv.prompt.choices": {"id": "Satu atau beberapa, dipisah ; : {allowed}",
                                   "en": "One or more, separated by ; : {allowed}"},
}
