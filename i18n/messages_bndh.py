"""Messages of the boundaries page about who may change layers and incomplete layers."""

MESSAGES: dict[str, dict[str, str]] = {
    "bndh.admin_only": {
        "id": "Lapisan batas wilayah berlaku untuk seluruh provinsi: hanya admin yang dapat "
              "mengimpor, mengunduh atau mengaktifkannya. Anda dapat melihat versi tersimpan.",
        "en": "Boundary layers cover the whole province: only an admin can import, download or "
              "activate them. You can see the stored versions."},
    "bndh.allow_incomplete": {"id": "Aktifkan walau tidak lengkap (unit hilang)",
                              "en": "Activate although incomplete (units missing)"},
    "bndh.complete": {"id": "Lengkap", "en": "Complete"},
    "bndh.complete.yes": {"id": "ya", "en": "yes"},
    "bndh.complete.no": {"id": "tidak: {count} hilang", "en": "no: {count} missing"},
}
