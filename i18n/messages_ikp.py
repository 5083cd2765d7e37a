"""Sources of reference figures (IKP, Bawaslu's election vulnerability index) in both languages."""

MESSAGES: dict[str, dict[str, str]] = {
    "ikp.source.launch": {
        "id": "Peluncuran IKP oleh Bawaslu Kaltim (pemberitaan: kliksamarinda.com)",
        "en": "Bawaslu Kaltim launch (press: kliksamarinda.com)"},
    "ikp.source.tribun": {"id": "Tribun Kaltim, 4 Agustus 2024",
                          "en": "Tribun Kaltim, 4 August 2024"},
    "ikp.source.ri": {"id": "Bawaslu RI (pemberitaan: suara.com)",
                      "en": "Bawaslu RI (press: suara.com)"},
}
