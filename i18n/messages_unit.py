"""Units after a number."""

MESSAGES: dict[str, dict[str, str]] = {
    "unit.points": {"id": "poin", "en": "pts"},
}
