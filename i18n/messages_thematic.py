"""Messages shared by the thematic pages: playback, changes, verification, IKP levels."""

MESSAGES: dict[str, dict[str, str]] = {
    "thematic.group.total": {"id": "Seluruh pemilih", "en": "All voters"},
    "thematic.change.memburuk": {"id": "Memburuk", "en": "Worse"},
    "thematic.change.tetap": {"id": "Tetap", "en": "Same"},
    "thematic.change.membaik": {"id": "Membaik", "en": "Better"},
    "thematic.verification.dilaporkan": {"id": "Dilaporkan (belum diverifikasi)",
                                         "en": "Reported (not yet verified)"},
    "thematic.verification.diverifikasi": {"id": "Diverifikasi", "en": "Verified"},
    "thematic.verification.dibantah": {"id": "Dibantah", "en": "Refuted"},
    "thematic.ikp.rendah": {"id": "Rawan rendah", "en": "Low vulnerability"},
    "thematic.ikp.sedang": {"id": "Rawan sedang", "en": "Medium vulnerability"},
    "thematic.ikp.tinggi": {"id": "Rawan tinggi", "en": "High vulnerability"},
}
