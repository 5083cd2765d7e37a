"""Lines of the changes preview: a changed, added or removed row."""

MESSAGES: dict[str, dict[str, str]] = {
    "change.changed": {"id": "{label}: {column} {old} → {new}",
                       "en": "{label}: {column} {old} → {new}"},
    "change.added": {"id": "{label}: baris baru", "en": "{label}: new row"},
    "change.removed": {"id": "{label}: baris dihapus", "en": "{label}: row removed"},
}
