"""Widget texts Streamlit has no parameter for."""

MESSAGES: dict[str, dict[str, str]] = {
    "widget.choose_options": {"id": "Pilih satu atau lebih", "en": "Choose one or more"},
    "widget.upload": {"id": "Unggah", "en": "Upload"},
    "widget.upload.limit": {"id": "Seret berkas ke sini · maks. {limit_mb} MB per berkas · {types}",
                            "en": "Drop a file here · max. {limit_mb} MB per file · {types}"},
}
