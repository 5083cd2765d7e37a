"""Messages of the priorities page (Prioritas)."""

MESSAGES: dict[str, dict[str, str]] = {
    "priority_page.title": {"id": "Prioritas", "en": "Priorities"},
    "priority_page.intro": {
        "id": "Urutan kabupaten/kota menurut gabungan skor rawan, kekurangan partisipasi dari "
              "target, dan kebutuhan sosialisasi. Bobot dapat diubah; rumusnya ditulis di bawah.",
        "en": "Regencies/cities ranked by a combination of risk score, turnout shortfall and "
              "outreach need. The weights can be changed; the formula is written out below."},
    "priority_page.w_risk": {"id": "Bobot skor rawan", "en": "Weight of risk score"},
    "priority_page.w_gap": {"id": "Bobot kekurangan partisipasi",
                            "en": "Weight of turnout shortfall"},
    "priority_page.w_coverage": {"id": "Bobot kebutuhan sosialisasi",
                                 "en": "Weight of outreach need"},
    "priority_page.formula_title": {"id": "Cara menghitung", "en": "How it is computed"},
    "priority_page.formula": {
        "id": "**Skor gabungan** = (B₁·R + B₂·P + B₃·S) ÷ (B₁ + B₂ + B₃), skala 0–100, makin "
              "tinggi makin prioritas. Bobot sekarang: B₁ = {w_risk} ({s_risk}), B₂ = {w_gap} "
              "({s_gap}), B₃ = {w_cov} ({s_cov}).\n\n"
              "- **R, skor rawan**: skor laporan Kesbangpol terakhir (0–100) sampai {period}.\n"
              "- **P, kekurangan partisipasi**: rata-rata kekurangan dari target ({election}) "
              "untuk seluruh pemilih, perempuan dan pemilih pemula; di atas target dihitung 0; "
              "kekurangan {cap} poin atau lebih = 100.\n"
              "- **S, kebutuhan sosialisasi**: 100 × (1 − cakupan DPT ÷ cakupan tertinggi di "
              "antara kab/kota), dari semua kegiatan sampai akhir {period}.\n\n"
              "Komponen yang datanya tidak ada dilewati dan bobotnya tidak dihitung; baris itu "
              "ditandai tidak lengkap. IKP Bawaslu tidak dipakai di sini (skalanya berbeda).",
        "en": "**Composite score** = (W₁·R + W₂·P + W₃·S) ÷ (W₁ + W₂ + W₃), on 0–100, higher "
              "means higher priority. Current weights: W₁ = {w_risk} ({s_risk}), W₂ = {w_gap} "
              "({s_gap}), W₃ = {w_cov} ({s_cov}).\n\n"
              "- **R, risk score**: the latest Kesbangpol report's score (0–100) up to {period}.\n"
              "- **P, turnout shortfall**: mean shortfall below target ({election}) for all "
              "voters, women and first-time voters; above target counts as 0; a shortfall of "
              "{cap} pts or more = 100.\n"
              "- **S, outreach need**: 100 × (1 − DPT coverage ÷ the highest coverage among the "
              "regencies/cities), from all activities up to the end of {period}.\n\n"
              "A component without data is skipped and its weight left out; such rows are "
              "marked incomplete. Bawaslu's IKP is not used here (its scale differs)."},
    "priority_page.no_data": {
        "id": "Belum ada data untuk menghitung prioritas (skor rawan, partisipasi atau kegiatan), "
              "atau semua bobot bernilai 0.",
        "en": "There is no data to compute priorities (risk scores, turnout or activities), or "
              "all weights are 0."},
    "priority_page.map_title": {"id": "Skor prioritas gabungan", "en": "Composite priority score"},
    "priority_page.rank": {"id": "Peringkat", "en": "Rank"},
    "priority_page.composite": {"id": "Skor gabungan (0–100)", "en": "Composite (0–100)"},
    "priority_page.c_risk": {"id": "R: skor rawan", "en": "R: risk score"},
    "priority_page.c_gap": {"id": "P: kekurangan partisipasi", "en": "P: turnout shortfall"},
    "priority_page.c_coverage": {"id": "S: kebutuhan sosialisasi", "en": "S: outreach need"},
    "priority_page.raw_coverage": {"id": "Cakupan DPT", "en": "DPT coverage"},
    "priority_page.complete": {"id": "Data lengkap", "en": "Complete data"},
    "priority_page.yes": {"id": "ya", "en": "yes"},
    "priority_page.no": {"id": "tidak", "en": "no"},
    "priority_page.incomplete_note": {
        "id": "Baris tidak lengkap dihitung dari komponen yang tersedia saja.",
        "en": "Incomplete rows are computed from the available components only."},
    "priority_page.sources_period": {
        "id": "rawan sampai {period}; partisipasi {election}; kegiatan sampai akhir {period}",
        "en": "risk up to {period}; turnout {election}; activities up to the end of {period}"},
}
