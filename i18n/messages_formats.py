"""Messages of formats, screens and language (issue 11 #9-#11): widget texts Streamlit has no
parameter for, sources of reference figures in both languages."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- widgets ------------------------------------------------------------------------------
    "widget.choose_options": {"id": "Pilih satu atau lebih", "en": "Choose one or more"},
    "widget.upload": {"id": "Unggah", "en": "Upload"},
    "widget.upload.limit": {"id": "Seret berkas ke sini · maks. {limit_mb} MB per berkas · {types}",
                            "en": "Drop a file here · max. {limit_mb} MB per file · {types}"},
    # --- reference sources -------------------------------------------------------------------
    "ikp.source.launch": {"id": "Peluncuran IKP oleh Bawaslu Kaltim (pemberitaan: kliksamarinda.com)",
                          "en": "Bawaslu Kaltim launch (press: kliksamarinda.com)"},
    "ikp.source.tribun": {"id": "Tribun Kaltim, 4 Agustus 2024", "en": "Tribun Kaltim, 4 August 2024"},
    "ikp.source.ri": {"id": "Bawaslu RI (pemberitaan: suara.com)",
                      "en": "Bawaslu RI (press: suara.com)"},
}
