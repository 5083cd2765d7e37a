"""Messages of the presentation's layout and exports (spinners while a file is prepared)."""

MESSAGES: dict[str, dict[str, str]] = {
    "pres.export.deck_preparing": {"id": "Menyiapkan berkas presentasi HTML…",
                                   "en": "Preparing the HTML deck…"},
    "pres.export.pdf_preparing": {"id": "Menyiapkan laporan PDF kepada Gubernur…",
                                  "en": "Preparing the PDF report to the Governor…"},
}
