"""Messages of the conflict risk page (Peta Rawan Konflik)."""

MESSAGES: dict[str, dict[str, str]] = {
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
    "risk_page.change.before": {"id": "Periode sebelumnya", "en": "Previous period"},
    "risk_page.change.now": {"id": "Periode ini", "en": "This period"},
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
    "risk_page.points_note": {
        "id": "Titik kejadian dikelompokkan; klik kelompok untuk memperbesar.",
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
}
