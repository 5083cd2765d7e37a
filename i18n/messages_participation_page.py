"""Messages of the voter participation page (Partisipasi Pemilih)."""

MESSAGES: dict[str, dict[str, str]] = {
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
}
