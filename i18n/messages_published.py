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
}
