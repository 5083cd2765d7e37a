"""Labels of the outreach target groups (``schema.TARGET_GROUPS``)."""

MESSAGES: dict[str, dict[str, str]] = {
    "group.perempuan": {"id": "Perempuan", "en": "Women"},
    "group.pemilih_pemula": {"id": "Pemilih pemula", "en": "First-time voters"},
    "group.umum": {"id": "Umum", "en": "General public"},
    "group.disabilitas": {"id": "Penyandang disabilitas", "en": "Persons with disabilities"},
    "group.masyarakat_adat": {"id": "Masyarakat adat", "en": "Indigenous communities"},
    "group.tokoh_agama_masyarakat": {"id": "Tokoh agama dan masyarakat",
                                     "en": "Religious and community leaders"},
}
