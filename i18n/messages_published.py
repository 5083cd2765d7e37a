"""Published figures: each figure's source, period and confidence, disagreeing sources, which
figures are DATA CONTOH, and importing the forms the figures come in."""

MESSAGES: dict[str, dict[str, str]] = {
    "published.other_sources": {"id": "sumber lain: {values}", "en": "other sources: {values}"},
    "published.confidence": {"id": "keyakinan: {level}", "en": "confidence: {level}"},
    "published.confidence.rendah": {"id": "rendah", "en": "low"},
    "published.confidence.rendah-sedang": {"id": "rendah-sedang", "en": "low to medium"},
    "published.confidence.sedang": {"id": "sedang", "en": "medium"},
    "published.confidence.sedang-tinggi": {"id": "sedang-tinggi", "en": "medium to high"},
    "published.confidence.tinggi": {"id": "tinggi", "en": "high"},
    "published.banner": {
        "id": "DATA CONTOH — angka berikut di halaman ini adalah data contoh untuk uji coba, bukan "
              "laporan resmi: {figures}. Angka lain di halaman ini dikutip dari sumber yang "
              "tertera pada tiap angka.",
        "en": "DATA CONTOH (demo data) — these figures on this page are sample data for trying "
              "the dashboard, not official reports: {figures}. The other figures on this page are "
              "quoted from the source given with each of them.",
    },
    "published.banner.all": {"id": "semua angka {dataset}", "en": "all {dataset} figures"},
    "published.banner.some": {"id": "{figure} ({count} dari {total})",
                              "en": "{figure} ({count} of {total})"},
    "published.col.dpt_total": {"id": "DPT", "en": "voter roll (DPT)"},
    "published.col.dpt_perempuan": {"id": "DPT perempuan", "en": "women in the DPT"},
    "published.col.dpt_pemilih_pemula": {"id": "DPT pemilih pemula",
                                         "en": "first-time voters in the DPT"},
    "published.col.partisipasi_total": {"id": "partisipasi", "en": "turnout"},
    "published.col.partisipasi_perempuan": {"id": "partisipasi perempuan",
                                            "en": "women's turnout"},
    "published.col.partisipasi_pemilih_pemula": {"id": "partisipasi pemilih pemula",
                                                 "en": "first-time voters' turnout"},
    "published.col.target_total": {"id": "target partisipasi", "en": "turnout target"},
    "published.col.target_perempuan": {"id": "target partisipasi perempuan",
                                       "en": "women's turnout target"},
    "published.col.target_pemilih_pemula": {"id": "target partisipasi pemilih pemula",
                                            "en": "first-time voters' turnout target"},
    "published.source.dpt": {"id": "Sumber DPT", "en": "Source of the DPT"},
    "published.source.achieved": {"id": "Sumber capaian", "en": "Source of the turnout"},
    "published.source.target": {"id": "Sumber target", "en": "Source of the target"},
    "published.ikp.confidence": {"id": "Keyakinan", "en": "Confidence"},
    "published.ikp.dimensions": {
        "id": "Dimensi IKP Provinsi Kalimantan Timur: {values}.",
        "en": "IKP dimensions of Kalimantan Timur province: {values}."},
    "published.ikp.dimension.konteks_sosial_politik": {"id": "konteks sosial politik",
                                                       "en": "socio-political context"},
    "published.ikp.dimension.penyelenggaraan_pemilu": {"id": "penyelenggaraan pemilu",
                                                       "en": "election administration"},
    "published.ikp.dimension.partisipasi": {"id": "partisipasi", "en": "participation"},
    "published.set.applied": {
        "id": "Kolom {column} tidak ada di berkas: diisi \"{value}\" untuk semua baris, sesuai "
              "masukan.",
        "en": "The file has no {column} column: \"{value}\" is used for every row, as given."},
    "published.set.ignored": {
        "id": "Kolom {column} ada di berkas: nilai dari berkas yang dipakai; \"{value}\" "
              "diabaikan.",
        "en": "The file has a {column} column: its values are used; \"{value}\" is ignored."},
    "published.set.unknown_column": {
        "id": "{column} bukan kolom dataset {dataset}. Kolom yang dapat diisi satu nilai untuk "
              "seluruh berkas: {columns}.",
        "en": "{column} is not a column of the {dataset} dataset. Columns that can be given one "
              "value for the whole file: {columns}."},
    "published.set.not_constant": {
        "id": "Kolom {column} berbeda per baris dan tidak dapat diisi satu nilai untuk seluruh "
              "berkas; tambahkan kolom itu di berkas. Yang dapat diisi: {columns}.",
        "en": "The {column} column differs per row and cannot be given one value for the whole "
              "file; add it to the file. Columns that can: {columns}."},
    "published.set.syntax": {
        "id": "--set memerlukan KOLOM=NILAI, misalnya --set pemilihan=\"Pilkada 2024\"; "
              "tertulis: {value}",
        "en": "--set needs COLUMN=VALUE, for example --set pemilihan=\"Pilkada 2024\"; given: "
              "{value}"},
    "published.set.help": {
        "id": "isi kolom yang tidak ada di berkas dengan satu nilai untuk semua baris, KOLOM=NILAI "
              "(boleh berulang), mis. rekap DPT KPU: --set pemilihan=\"Pilkada 2024\" --set "
              "sumber=\"KPU Kab. Paser\"",
        "en": "fill a column the file does not have with one value for every row, COLUMN=VALUE "
              "(may repeat), e.g. a KPU DPT recap: --set pemilihan=\"Pilkada 2024\" --set "
              "sumber=\"KPU Kab. Paser\""},
    "published.constants.title": {"id": "Kolom yang tidak ada di berkas",
                                  "en": "Columns the file does not have"},
    "published.constants.intro": {
        "id": "Berkas ini tidak memuat kolom berikut. Isi satu nilai yang berlaku untuk semua "
              "barisnya (rekap DPT KPU, misalnya, tidak memuat kolom pemilihan dan sumber).",
        "en": "The file has no column for the following. Give one value that holds for all its "
              "rows (a KPU DPT recap, for example, has no election and source columns)."},
    "published.constants.input": {"id": "{column} (untuk semua baris)",
                                  "en": "{column} (for every row)"},
    "published.constants.allowed": {"id": "Nilai yang diterima: {values}.",
                                    "en": "Accepted values: {values}."},
    "published.form.kpu_dpt": {"id": "Rekap DPT KPU (Kab/Kota, L, P, L+P)",
                               "en": "KPU voter-roll recap (regency/city, L, P, L+P)"},
    "published.form.bawaslu_ikp": {"id": "Tabel IKP Bawaslu (Kab/Kota, skor, kategori, dimensi)",
                                   "en": "Bawaslu IKP table (regency/city, score, category, "
                                         "dimensions)"},
    "published.form.title": {"id": "Templat sesuai bentuk terbitan",
                             "en": "Templates in the published forms"},
    "published.form.download": {"id": "{form} (.{fmt})", "en": "{form} (.{fmt})"},
    "published.form.unused": {
        "id": "Tidak dipakai (laki-laki = L+P dikurangi P); boleh tetap ada di berkas.",
        "en": "Not used (men = L+P minus P); may stay in the file."},
    "published.form.given_once": {
        "id": "Kolom {columns} tidak ada di templat ini: diisi sekali untuk seluruh berkas saat "
              "impor (halaman Data, atau --set di baris perintah).",
        "en": "The columns {columns} are not in this template: they are given once for the whole "
              "file on import (the Data page, or --set on the command line)."},
    "published.form.head.header": {"id": "Judul kolom di berkas", "en": "Header in the file"},
    "published.form.head.meaning": {"id": "Arti", "en": "Meaning"},
    "published.form.help": {
        "id": "templat dalam bentuk terbitan kantor (kpu_dpt, bawaslu_ikp) alih-alih kolom "
              "dataset",
        "en": "a template in the form an office publishes (kpu_dpt, bawaslu_ikp) instead of the "
              "dataset's columns"},
    "published.form.wrong_dataset": {
        "id": "Templat {form} untuk dataset {expected}, bukan {dataset}.",
        "en": "The {form} template is for the {expected} dataset, not {dataset}."},
    "published.report_note": {
        "id": "DATA CONTOH — angka berikut dalam laporan ini adalah data contoh, bukan laporan "
              "resmi: {figures}. Angka lain dikutip dari sumber yang tertera bersamanya.",
        "en": "DATA CONTOH (demo data) — these figures in this report are sample data, not "
              "official reports: {figures}. The other figures are quoted from the source given "
              "with them."},
}
