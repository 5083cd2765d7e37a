"""Messages of the PDF report to the Governor."""

MESSAGES: dict[str, dict[str, str]] = {
    "gov.title": {"id": "Laporan kepada Gubernur Kalimantan Timur",
                  "en": "Report to the Governor of East Kalimantan"},
    "gov.subject": {"id": "Kerawanan konflik sosial, partisipasi pemilih, sosialisasi pendidikan "
                          "politik dan tindak lanjut kesepakatan rakor",
                    "en": "Social-conflict risk, voter participation, political-education "
                          "outreach and follow-up of coordination meeting agreements"},
    "gov.period": {"id": "Periode laporan: {period}", "en": "Reporting period: {period}"},
    "gov.summary": {"id": "Ringkasan", "en": "Summary"},
    "gov.contents": {"id": "Isi: ringkasan, {themes} halaman tema, {districts} halaman "
                           "kab/kota.",
                     "en": "Contents: summary, {themes} theme pages, {districts} district "
                           "pages."},
    "gov.page": {"id": "Halaman {page}", "en": "Page {page}"},
    "gov.demo_note": {"id": "DATA CONTOH — bukan laporan resmi, kecuali yang disebut sumbernya.",
                      "en": "DATA CONTOH (demo data) — not official reports, except where a "
                            "source is named."},
}
