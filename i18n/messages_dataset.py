"""Names of the datasets."""

MESSAGES: dict[str, dict[str, str]] = {
    "dataset.conflict_risk": {"id": "laporan rawan konflik", "en": "conflict-risk reports"},
    "dataset.incidents": {"id": "kejadian", "en": "incidents"},
    "dataset.participation": {"id": "partisipasi pemilih", "en": "voter participation"},
    "dataset.ikp": {"id": "Indeks Kerawanan Pemilu (IKP) Bawaslu",
                    "en": "Bawaslu's election vulnerability index (IKP)"},
    "dataset.outreach": {"id": "kegiatan sosialisasi", "en": "outreach activities"},
    "dataset.agreements": {"id": "tindak lanjut kesepakatan rakor",
                           "en": "follow-up of rakor agreements"},
    "dataset.foreigners": {"id": "pemantauan orang asing dan lembaga asing",
                           "en": "monitoring of foreigners and foreign institutions"},
}
