"""Messages of the follow-up of rakor agreements: statuses, the map, the table."""

MESSAGES: dict[str, dict[str, str]] = {
    "agreement.status.belum_dimulai": {"id": "Belum dimulai", "en": "Not started"},
    "agreement.status.dalam_proses": {"id": "Dalam proses", "en": "In progress"},
    "agreement.status.selesai": {"id": "Selesai", "en": "Done"},
    "agreement.map_title": {"id": "Tindak lanjut kesepakatan rakor",
                            "en": "Follow-up of coordination meeting agreements"},
    "agreement.worst_status": {"id": "Status terendah", "en": "Least advanced status"},
    "agreement.count": {"id": "Jumlah kesepakatan", "en": "Agreements"},
    "agreement.col.agreement": {"id": "Kesepakatan", "en": "Agreement"},
    "agreement.col.status": {"id": "Status", "en": "Status"},
    "agreement.col.deadline": {"id": "Tenggat", "en": "Deadline"},
    "agreement.col.overdue": {"id": "Lewat tenggat", "en": "Overdue"},
    "agreement.col.note": {"id": "Catatan", "en": "Note"},
    "agreement.yes": {"id": "ya", "en": "yes"},
}
