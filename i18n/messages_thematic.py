"""Messages of the thematic pages: conflict risk, participation, outreach, profile, priorities."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- navigation and shared ---------------------------------------------------------------------
    "nav.conflict_risk": {"id": "Peta Rawan Konflik", "en": "Conflict Risk Map"},
    "nav.participation": {"id": "Partisipasi Pemilih", "en": "Voter Participation"},
    "nav.outreach": {"id": "Kegiatan Sosialisasi", "en": "Outreach Activities"},
    "nav.priorities": {"id": "Prioritas", "en": "Priorities"},
    "nav.profile": {"id": "Profil Kab/Kota", "en": "Regency/City Profile"},
    "thematic.play": {"id": "▶ Putar", "en": "▶ Play"},
    "thematic.stop": {"id": "■ Berhenti", "en": "■ Stop"},
    "thematic.group.total": {"id": "Seluruh pemilih", "en": "All voters"},
    "thematic.change.memburuk": {"id": "Memburuk", "en": "Worse"},
    "thematic.change.tetap": {"id": "Tetap", "en": "Same"},
    "thematic.change.membaik": {"id": "Membaik", "en": "Better"},
    "thematic.verification.belum_diverifikasi": {"id": "Belum diverifikasi",
                                                 "en": "Not yet verified"},
    "thematic.verification.terverifikasi": {"id": "Terverifikasi", "en": "Verified"},
    "thematic.verification.dibantah": {"id": "Dibantah", "en": "Refuted"},
    "thematic.ikp.rendah": {"id": "Rawan rendah", "en": "Low vulnerability"},
    "thematic.ikp.sedang": {"id": "Rawan sedang", "en": "Medium vulnerability"},
    "thematic.ikp.tinggi": {"id": "Rawan tinggi", "en": "High vulnerability"},
    # --- conflict risk -----------------------------------------------------------------------------
    "risk_page.title": {"id": "Peta Rawan Konflik", "en": "Conflict Risk Map"},
    "risk_page.intro": {
        "id": "Tingkat rawan konflik sosial yang dilaporkan Kesbangpol kabupaten/kota per periode, "
              "perubahannya, kategori, kejadian, dan tren. Klik wilayah untuk membuka profilnya.",
        "en": "Social-conflict vulnerability levels reported by each regency/city Kesbangpol per "
              "period, their change, categories, incidents and trend. Click an area to open its "
              "profile."},
    "risk_page.no_data": {
        "id": "Belum ada laporan rawan konflik, jadi belum ada peta. Laporan yang diunggah akan "
              "tampil di sini.",
        "en": "No conflict-risk reports yet, so there is no map. Uploaded reports will appear "
              "here."},
    "risk_page.level_title": {"id": "Tingkat rawan", "en": "Risk level"},
    "risk_page.change_title": {"id": "Perubahan dari periode sebelumnya",
                               "en": "Change from the previous period"},
    "risk_page.change": {"id": "Perubahan", "en": "Change"},
    "risk_page.change_legend": {"id": "Perubahan tingkat sejak {previous}",
                                "en": "Change of level since {previous}"},
    "risk_page.no_comparison": {"id": "Tidak dapat dibandingkan", "en": "No comparison"},
    "risk_page.no_previous": {
        "id": "Belum ada periode sebelumnya untuk dibandingkan: peta perubahan tampil setelah "
              "ada laporan dua periode.",
        "en": "There is no earlier period to compare with: the change map appears once two "
              "periods have been reported."},
    "risk_page.categories_title": {"id": "Kategori kerawanan per kabupaten/kota",
                                   "en": "Vulnerability categories per regency/city"},
    "risk_page.no_categories": {"id": "Tidak ada kategori yang dilaporkan pada periode ini.",
                                "en": "No categories were reported for this period."},
    "risk_page.category": {"id": "Kategori", "en": "Category"},
    "risk_page.districts_count": {"id": "Jumlah kab/kota", "en": "Regencies/cities"},
    "risk_page.incidents_title": {"id": "Kejadian", "en": "Incidents"},
    "risk_page.incident.date": {"id": "Tanggal", "en": "Date"},
    "risk_page.incident.category": {"id": "Kategori", "en": "Category"},
    "risk_page.incident.status": {"id": "Status verifikasi", "en": "Verification status"},
    "risk_page.incident.kecamatan": {"id": "Kecamatan", "en": "District (kecamatan)"},
    "risk_page.incident.victims": {"id": "Korban", "en": "Victims"},
    "risk_page.counts_note": {
        "id": "Peta petak skematis: angka pada tiap petak adalah jumlah kejadian, bukan lokasinya.",
        "en": "Schematic tile map: the number on each tile is the count of incidents, not their "
              "location."},
    "risk_page.points_note": {"id": "Titik kejadian dikelompokkan; klik kelompok untuk memperbesar.",
                              "en": "Incident points are clustered; click a cluster to zoom in."},
    "risk_page.incidents_shown": {"id": "{count} kejadian sesuai saringan.",
                                  "en": "{count} incidents match the filters."},
    "risk_page.trend_title": {"id": "Tren skor per kabupaten/kota",
                              "en": "Score trend per regency/city"},
    "risk_page.ikp_title": {"id": "Pembanding: Indeks Kerawanan Pemilu (IKP) Bawaslu",
                            "en": "For reference: Bawaslu's Election Vulnerability Index (IKP)"},
    "risk_page.ikp_intro": {
        "id": "IKP adalah instrumen Bawaslu dengan skala dan ambang sendiri. Ditampilkan terpisah "
              "dan tidak dicampur dengan tingkat rawan konflik sosial Kesbangpol di atas.",
        "en": "The IKP is Bawaslu's instrument with its own scale and thresholds. It is shown "
              "separately and never mixed with Kesbangpol's social-conflict levels above."},
    "risk_page.ikp.area": {"id": "Wilayah", "en": "Area"},
    "risk_page.ikp.category": {"id": "Kategori IKP", "en": "IKP category"},
    "risk_page.ikp.score": {"id": "Skor IKP (0–100)", "en": "IKP score (0–100)"},
    "risk_page.ikp.scale": {
        "id": "Skala IKP — kabupaten/kota: {kab}. Provinsi: {prov}.",
        "en": "IKP scale — regencies/cities: {kab}. Province: {prov}."},
    "risk_page.ikp_note": {
        "id": "* Disebut sedang karena rilis Bawaslu Kaltim menyatakan 8 kab/kota lainnya rawan "
              "sedang. Angka IKP berasal dari pemberitaan pers atas rilis Bawaslu; periksa "
              "publikasi Bawaslu sebelum dipakai resmi.",
        "en": "* Shown as medium because Bawaslu Kaltim's launch said the other 8 regencies/cities "
              "were medium. IKP figures come from press reports of Bawaslu's releases; check "
              "Bawaslu's publication before official use."},
    # --- participation -----------------------------------------------------------------------------
    "participation_page.title": {"id": "Partisipasi Pemilih", "en": "Voter Participation"},
    "participation_page.intro": {
        "id": "Target dan capaian partisipasi per kabupaten/kota, untuk seluruh pemilih, perempuan "
              "dan pemilih pemula. Klik wilayah untuk membuka profilnya.",
        "en": "Turnout targets and results per regency/city, for all voters, women and "
              "first-time voters. Click an area to open its profile."},
    "participation_page.no_data": {
        "id": "Belum ada data partisipasi pemilih. Data yang diunggah akan tampil di sini.",
        "en": "No voter participation data yet. Uploaded data will appear here."},
    "participation_page.election": {"id": "Pemilihan", "en": "Election"},
    "participation_page.group": {"id": "Kelompok pemilih", "en": "Voter group"},
    "participation_page.map_title": {"id": "Selisih capaian dari target",
                                     "en": "Turnout gap to target"},
    "participation_page.gap_legend": {"id": "Capaian − target, {group}, {election}",
                                      "en": "Achieved − target, {group}, {election}"},
    "participation_page.gap.below": {"id": "Lebih dari {points} poin di bawah",
                                     "en": "More than {points} pts below"},
    "participation_page.gap.between": {"id": "{low} s.d. {high} poin",
                                       "en": "{low} to {high} pts"},
    "participation_page.gap.above": {"id": "{points} poin atau lebih di atas",
                                     "en": "{points} pts or more above"},
    "participation_page.achieved": {"id": "Capaian", "en": "Achieved"},
    "participation_page.target": {"id": "Target", "en": "Target"},
    "participation_page.gap": {"id": "Selisih", "en": "Gap"},
    "participation_page.no_figures": {
        "id": "Belum ada angka capaian dan target untuk {group} pada {election}, jadi peta "
              "selisih belum dapat dibuat.",
        "en": "There are no turnout and target figures for {group} in {election} yet, so the "
              "gap map cannot be drawn."},
    "participation_page.table_title": {"id": "Target dan capaian", "en": "Targets and results"},
    "participation_page.no_turnout": {
        "id": "Angka partisipasi {election} belum tersedia.",
        "en": "Turnout figures for {election} are not available yet."},
    "participation_page.dpt_title": {"id": "Komposisi DPT", "en": "Voter roll (DPT) composition"},
    "participation_page.no_dpt": {"id": "Jumlah DPT belum tersedia.",
                                  "en": "Voter roll (DPT) figures are not available yet."},
    "participation_page.men": {"id": "Laki-laki", "en": "Men"},
    "participation_page.voters": {"id": "Pemilih", "en": "Voters"},
    "participation_page.part": {"id": "Bagian", "en": "Part"},
    "participation_page.dpt_total": {"id": "Jumlah DPT sepuluh kab/kota: {total} pemilih.",
                                     "en": "Voter roll of the ten regencies/cities: {total}."},
    "participation_page.compare_title": {"id": "Perbandingan antar-pemilihan",
                                         "en": "Comparison between elections"},
    "participation_page.no_compare": {
        "id": "Perbandingan membutuhkan angka partisipasi dari sedikitnya dua pemilihan.",
        "en": "A comparison needs turnout figures from at least two elections."},
    "participation_page.reference_title": {"id": "Angka resmi yang dipublikasikan (pembanding)",
                                           "en": "Published figures (for reference)"},
    "participation_page.reference.turnout": {
        "id": "Partisipasi Provinsi Kalimantan Timur, {election}: {value} (sumber: {source})",
        "en": "East Kalimantan province turnout, {election}: {value} (source: {source})"},
    "participation_page.reference.target": {
        "id": "Target partisipasi provinsi, {period}: {value} (sumber: {source})",
        "en": "Province turnout target, {period}: {value} (source: {source})"},
    "participation_page.reference.dpt": {
        "id": "DPT Provinsi Kalimantan Timur, {election}: {value} pemilih (sumber: {source})",
        "en": "East Kalimantan voter roll, {election}: {value} voters (source: {source})"},
    "participation_page.reference_note": {
        "id": "Angka pembanding ini dikutip dari sumber yang disebutkan, bukan dihitung dasbor.",
        "en": "These reference figures are quoted from the named sources, not computed by the "
              "dashboard."},
    # --- outreach ----------------------------------------------------------------------------------
    "outreach_page.title": {"id": "Kegiatan Sosialisasi", "en": "Outreach Activities"},
    "outreach_page.intro": {
        "id": "Kegiatan sosialisasi pendidikan politik: di mana, untuk siapa, berapa orang "
              "terjangkau. Klik wilayah untuk membuka profilnya.",
        "en": "Political-education outreach: where, for whom, how many people were reached. "
              "Click an area to open its profile."},
    "outreach_page.no_data": {
        "id": "Belum ada kegiatan sosialisasi yang dilaporkan. Data yang diunggah akan tampil di "
              "sini.",
        "en": "No outreach activities have been reported yet. Uploaded data will appear here."},
    "outreach_page.date_range": {"id": "Rentang tanggal", "en": "Date range"},
    "outreach_page.all_districts": {"id": "Semua kab/kota", "en": "All regencies/cities"},
    "outreach_page.group": {"id": "Sasaran", "en": "Target group"},
    "outreach_page.type": {"id": "Jenis kegiatan", "en": "Activity type"},
    "outreach_page.date": {"id": "Tanggal", "en": "Date"},
    "outreach_page.organiser": {"id": "Penyelenggara", "en": "Organiser"},
    "outreach_page.map_title": {"id": "Kegiatan per kabupaten/kota",
                                "en": "Activities per regency/city"},
    "outreach_page.count_legend": {"id": "Jumlah kegiatan", "en": "Number of activities"},
    "outreach_page.activities": {"id": "Kegiatan", "en": "Activities"},
    "outreach_page.reached": {"id": "Peserta", "en": "People reached"},
    "outreach_page.reached_women": {"id": "Peserta perempuan", "en": "Women reached"},
    "outreach_page.reached_first": {"id": "Peserta pemilih pemula",
                                    "en": "First-time voters reached"},
    "outreach_page.coverage_total": {"id": "Cakupan DPT", "en": "DPT coverage"},
    "outreach_page.coverage_women": {"id": "Cakupan perempuan DPT", "en": "Coverage of women"},
    "outreach_page.coverage_first": {"id": "Cakupan pemilih pemula DPT",
                                     "en": "Coverage of first-time voters"},
    "outreach_page.counts_note": {
        "id": "Peta petak skematis: angka pada tiap petak adalah jumlah kegiatan, bukan lokasinya.",
        "en": "Schematic tile map: the number on each tile is the count of activities, not their "
              "location."},
    "outreach_page.points_note": {
        "id": "Titik kegiatan dikelompokkan; warna menurut sasaran.",
        "en": "Activity points are clustered; colours by target group."},
    "outreach_page.shown": {"id": "{count} kegiatan sesuai saringan.",
                            "en": "{count} activities match the filters."},
    "outreach_page.coverage_title": {"id": "Jangkauan terhadap DPT ({election})",
                                     "en": "Reach against the voter roll ({election})"},
    "outreach_page.no_match": {"id": "Tidak ada kegiatan yang sesuai saringan.",
                               "en": "No activities match the filters."},
    "outreach_page.no_dpt": {
        "id": "Jumlah DPT belum tersedia, jadi cakupan belum dapat dihitung.",
        "en": "Voter roll figures are not available, so coverage cannot be computed."},
    "outreach_page.coverage_note": {
        "id": "Cakupan = peserta ÷ pemilih dalam DPT × 100. Satu orang dapat mengikuti lebih dari "
              "satu kegiatan, jadi cakupan adalah batas atas.",
        "en": "Coverage = people reached ÷ voters on the DPT × 100. One person may attend more "
              "than one activity, so coverage is an upper bound."},
    "outreach_page.needs_title": {"id": "Kegiatan dibandingkan rawan dan selisih partisipasi",
                                  "en": "Activities against risk and turnout gap"},
    "outreach_page.no_needs": {
        "id": "Grafik membutuhkan skor rawan dan selisih partisipasi; salah satunya belum ada.",
        "en": "The chart needs risk scores and turnout gaps; one of them is missing."},
    "outreach_page.gap_axis": {"id": "Selisih partisipasi dari target, {election} (poin)",
                               "en": "Turnout gap to target, {election} (pts)"},
    "outreach_page.needs_period": {
        "id": "kegiatan {period}; rawan: laporan terakhir; partisipasi: {election}",
        "en": "activities {period}; risk: latest report; turnout: {election}"},
    # --- profile -----------------------------------------------------------------------------------
    "profile_page.choose": {"id": "Kabupaten/kota", "en": "Regency/city"},
    "profile_page.title": {"id": "Profil {name}", "en": "Profile of {name}"},
    "profile_page.turnout": {"id": "Partisipasi {election}", "en": "Turnout {election}"},
    "profile_page.history_title": {"id": "Riwayat skor rawan", "en": "Risk score history"},
    "profile_page.no_risk": {"id": "Kabupaten/kota ini belum pernah mengirim laporan rawan.",
                             "en": "This regency/city has not sent a risk report yet."},
    "profile_page.reporting_title": {"id": "Status pelaporan", "en": "Reporting status"},
    "profile_page.reported": {"id": "Melapor", "en": "Reported"},
    "profile_page.missing": {"id": "Belum melapor", "en": "Not reported"},
    "profile_page.report_date": {"id": "Tanggal laporan", "en": "Report date"},
    "profile_page.reporter": {"id": "Unit pelapor", "en": "Reporting unit"},
    "profile_page.reported_count": {"id": "Melapor {done} dari {total} periode.",
                                    "en": "Reported {done} of {total} periods."},
    "profile_page.participation_title": {"id": "Partisipasi pemilih", "en": "Voter participation"},
    "profile_page.no_participation": {
        "id": "Belum ada data partisipasi untuk kabupaten/kota ini.",
        "en": "No participation data for this regency/city yet."},
    "profile_page.election": {"id": "Pemilihan", "en": "Election"},
    "profile_page.dpt": {"id": "DPT", "en": "Voter roll (DPT)"},
    "profile_page.participation_note": {
        "id": "Setiap sel: capaian / target (selisih).",
        "en": "Each cell: achieved / target (gap)."},
    "profile_page.activities_title": {"id": "Kegiatan sosialisasi", "en": "Outreach activities"},
    "profile_page.no_activities": {"id": "Belum ada kegiatan sosialisasi yang dilaporkan.",
                                   "en": "No outreach activities reported yet."},
    "profile_page.coverage": {
        "id": "Cakupan DPT {election}: seluruh {total}, perempuan {women}, pemilih pemula {first}.",
        "en": "DPT coverage {election}: all {total}, women {women}, first-time voters {first}."},
    "profile_page.incidents": {"id": "Kejadian tercatat: {count}.",
                               "en": "Recorded incidents: {count}."},
    # --- priorities --------------------------------------------------------------------------------
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
