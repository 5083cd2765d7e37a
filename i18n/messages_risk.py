"""Labels of the conflict risk levels and of the risk score."""

MESSAGES: dict[str, dict[str, str]] = {
    "risk.level": {"id": "Tingkat rawan", "en": "Risk level"},
    "risk.score": {"id": "Skor (0–100)", "en": "Score (0–100)"},
    "risk.rendah": {"id": "Rendah", "en": "Low"},
    "risk.sedang": {"id": "Sedang", "en": "Medium"},
    "risk.tinggi": {"id": "Tinggi", "en": "High"},
}
