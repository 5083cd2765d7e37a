"""Labels of the conflict categories (``schema.CONFLICT_CATEGORIES``)."""

MESSAGES: dict[str, dict[str, str]] = {
    "category.sara": {"id": "SARA", "en": "Ethnic/religious (SARA)"},
    "category.politik_pemilu": {"id": "Politik/pemilu", "en": "Politics/elections"},
    "category.sumber_daya_alam_lahan": {"id": "Sumber daya alam/lahan",
                                        "en": "Natural resources/land"},
    "category.batas_wilayah": {"id": "Batas wilayah", "en": "Administrative borders"},
    "category.ketenagakerjaan": {"id": "Ketenagakerjaan", "en": "Labour"},
    "category.ormas": {"id": "Ormas", "en": "Mass organisations (ormas)"},
    "category.lainnya": {"id": "Lainnya", "en": "Other"},
}
