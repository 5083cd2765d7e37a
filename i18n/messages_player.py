"""The period player of the in-place map and the offline deck (maps/recolour.js)."""

MESSAGES = {
    "player.play": {"id": "▶ Putar", "en": "▶ Play"},
    "player.pause": {"id": "❚❚ Jeda", "en": "❚❚ Pause"},
    "player.step": {"id": "Langkah per periode", "en": "Step per period"},
    "player.period": {"id": "Periode diputar", "en": "Period played"},
    "player.seconds": {"id": "{seconds} detik", "en": "{seconds} s"},
}
