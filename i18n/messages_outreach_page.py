"""Messages of the outreach page (Kegiatan Sosialisasi)."""

MESSAGES: dict[str, dict[str, str]] = {
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
}
