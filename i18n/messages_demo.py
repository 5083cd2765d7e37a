"""Honesty labels of the demo data."""

MESSAGES: dict[str, dict[str, str]] = {
    "demo.banner": {
        "id": "DATA CONTOH — angka di halaman ini adalah data contoh untuk uji coba, bukan laporan "
              "resmi, kecuali yang disebut sumbernya.",
        "en": "DATA CONTOH (demo data) — figures on this page are sample data for trying the "
              "dashboard, not official reports, except where a source is named.",
    },
    "demo.map_label": {"id": "DATA CONTOH", "en": "DATA CONTOH (demo data)"},
}
