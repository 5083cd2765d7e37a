"""Messages of the app shell, the overview and shared vocabulary (levels, categories, groups)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- shell -----------------------------------------------------------------------------------
    "app.title": {"id": "Peta Rawan Konflik & Partisipasi Pemilih Kaltim",
                  "en": "East Kalimantan Conflict Risk & Voter Participation Map"},
    "app.short_title": {"id": "Dasbor Kesbangpol Kaltim", "en": "Kesbangpol Kaltim Dashboard"},
    "app.agency": {"id": "Badan Kesatuan Bangsa dan Politik Provinsi Kalimantan Timur",
                   "en": "Agency for National Unity and Politics, East Kalimantan Province"},
    "app.language": {"id": "Bahasa", "en": "Language"},
    "app.offline_note": {"id": "Berjalan tanpa internet: peta dan data dimuat dari perangkat ini.",
                         "en": "Runs without internet: maps and data load from this machine."},
    "nav.overview": {"id": "Ringkasan", "en": "Overview"},
    "nav.section.main": {"id": "Dasbor", "en": "Dashboard"},
    # --- honesty labels ---------------------------------------------------------------------------
    "demo.banner": {
        "id": "DATA CONTOH — angka di halaman ini adalah data contoh untuk uji coba, bukan laporan "
              "resmi, kecuali yang disebut sumbernya.",
        "en": "DATA CONTOH (demo data) — figures on this page are sample data for trying the "
              "dashboard, not official reports, except where a source is named.",
    },
    "demo.map_label": {"id": "DATA CONTOH", "en": "DATA CONTOH (demo data)"},
    "map.schematic_notice": {"id": "Peta petak skematis, bukan batas wilayah resmi",
                             "en": "Schematic tile map, not official boundaries "
                                   "(skematis, bukan batas wilayah resmi)"},
    "map.view": {"id": "Tampilan peta", "en": "Map view"},
    "map.view.boundaries": {"id": "Batas resmi", "en": "Official boundaries"},
    "map.view.tiles": {"id": "Petak skematis", "en": "Schematic tiles"},
    "map.basemap": {"id": "Peta dasar OpenStreetMap (perlu internet)",
                    "en": "OpenStreetMap basemap (needs internet)"},
    "map.basemap.help": {"id": "Mati secara bawaan: dasbor tetap berjalan tanpa internet.",
                         "en": "Off by default: the dashboard works without internet."},
    "map.basemap.offline": {"id": "Tidak ada internet: peta dasar tidak dapat dimuat. Peta "
                                  "tematik tetap benar.",
                            "en": "No internet: the basemap cannot be loaded. The thematic map "
                                  "is still correct."},
    "map.no_data": {"id": "Tidak ada data", "en": "No data"},
    "source.label": {"id": "Sumber", "en": "Source"},
    "source.period": {"id": "Periode", "en": "Period"},
    "source.line": {"id": "Sumber: {source}. Periode: {period}.",
                    "en": "Source: {source}. Period: {period}."},
    # --- units and periods ---------------------------------------------------------------------------
    "unit.points": {"id": "poin", "en": "pts"},
    "unit.people": {"id": "orang", "en": "people"},
    "period.quarter": {"id": "Triwulan {roman} {year}", "en": "Q{quarter} {year}"},
    # --- risk levels and categories ------------------------------------------------------------------
    "risk.level": {"id": "Tingkat rawan", "en": "Risk level"},
    "risk.score": {"id": "Skor (0–100)", "en": "Score (0–100)"},
    "risk.rendah": {"id": "Rendah", "en": "Low"},
    "risk.sedang": {"id": "Sedang", "en": "Medium"},
    "risk.tinggi": {"id": "Tinggi", "en": "High"},
    "category.sara": {"id": "SARA", "en": "Ethnic/religious (SARA)"},
    "category.politik_pemilu": {"id": "Politik/pemilu", "en": "Politics/elections"},
    "category.sumber_daya_alam_lahan": {"id": "Sumber daya alam/lahan",
                                        "en": "Natural resources/land"},
    "category.batas_wilayah": {"id": "Batas wilayah", "en": "Administrative borders"},
    "category.ketenagakerjaan": {"id": "Ketenagakerjaan", "en": "Labour"},
    "category.ormas": {"id": "Ormas", "en": "Mass organisations (ormas)"},
    "category.lainnya": {"id": "Lainnya", "en": "Other"},
    "group.perempuan": {"id": "Perempuan", "en": "Women"},
    "group.pemilih_pemula": {"id": "Pemilih pemula", "en": "First-time voters"},
    "group.umum": {"id": "Umum", "en": "General public"},
    "group.disabilitas": {"id": "Penyandang disabilitas", "en": "Persons with disabilities"},
    "group.masyarakat_adat": {"id": "Masyarakat adat", "en": "Indigenous communities"},
    "group.tokoh_agama_masyarakat": {"id": "Tokoh agama dan masyarakat",
                                     "en": "Religious and community leaders"},
    "activity.sosialisasi_tatap_muka": {"id": "Sosialisasi tatap muka",
                                        "en": "Face-to-face outreach"},
    "activity.diskusi_kelompok": {"id": "Diskusi kelompok", "en": "Group discussion"},
    "activity.kunjungan_sekolah_kampus": {"id": "Kunjungan sekolah/kampus",
                                          "en": "School/campus visit"},
    "activity.media_sosial_radio": {"id": "Media sosial/radio", "en": "Social media/radio"},
    "activity.pelatihan_kader": {"id": "Pelatihan kader", "en": "Volunteer training"},
    # --- datasets -----------------------------------------------------------------------------------
    "dataset.conflict_risk": {"id": "laporan rawan konflik", "en": "conflict-risk reports"},
    "dataset.incidents": {"id": "kejadian", "en": "incidents"},
    "dataset.participation": {"id": "partisipasi pemilih", "en": "voter participation"},
    "dataset.outreach": {"id": "kegiatan sosialisasi", "en": "outreach activities"},
    "dataset.agreements": {"id": "tindak lanjut kesepakatan rakor",
                           "en": "follow-up of rakor agreements"},
    # --- districts ----------------------------------------------------------------------------------
    "district": {"id": "Kabupaten/kota", "en": "Regency/city"},
    "district.code": {"id": "Kode Kemendagri", "en": "Kemendagri code"},
    "region.error.empty": {"id": "Nama atau kode kabupaten/kota kosong.",
                           "en": "The regency/city name or code is empty."},
    "region.error.unknown": {
        "id": "“{value}” tidak dikenal sebagai kabupaten/kota di Kalimantan Timur.{hint}",
        "en": "“{value}” is not a known regency/city of East Kalimantan.{hint}"},
    "region.error.ambiguous": {
        "id": "“{value}” bisa berarti beberapa kabupaten/kota: {candidates}. Tulis nama lengkap.",
        "en": "“{value}” could mean several regencies/cities: {candidates}. Write the full name."},
    "region.error.ambiguous_code": {
        "id": "Kode “{value}” berbeda arti menurut skema: {candidates}. Tulis kode Kemendagri "
              "bertitik (mis. 64.02) atau sebutkan skemanya.",
        "en": "Code “{value}” means different districts in the two schemes: {candidates}. Use the "
              "dotted Kemendagri code (e.g. 64.02) or state the scheme."},
    "region.error.other_province": {
        "id": "“{value}” bukan wilayah Kalimantan Timur (provinsi {province}).",
        "en": "“{value}” is not in East Kalimantan (province {province})."},
    "region.error.hint": {"id": " Mungkin maksud Anda: {candidates}?",
                          "en": " Did you mean: {candidates}?"},
    "region.candidate.kemendagri": {"id": "{name} menurut Kemendagri",
                                    "en": "{name} in the Kemendagri scheme"},
    "region.candidate.bps": {"id": "{name} menurut BPS", "en": "{name} in the BPS scheme"},
    # --- overview page --------------------------------------------------------------------------------
    "overview.title": {"id": "Ringkasan", "en": "Overview"},
    "overview.intro": {
        "id": "Tingkat rawan konflik sosial terkini per kabupaten/kota, partisipasi pemilih, dan "
              "kegiatan sosialisasi pendidikan politik.",
        "en": "Latest social-conflict risk per regency/city, voter participation, and "
              "political-education outreach activities."},
    "overview.period": {"id": "Periode laporan", "en": "Reporting period"},
    "overview.map_title": {"id": "Tingkat rawan konflik sosial terkini",
                           "en": "Latest social-conflict risk level"},
    "overview.kpi.high_risk": {"id": "Kab/kota rawan tinggi", "en": "Districts at high risk"},
    "overview.kpi.high_risk_none": {"id": "tidak ada", "en": "none"},
    "overview.kpi.reported": {"id": "Sudah melapor periode ini",
                              "en": "Reported this period"},
    "overview.kpi.turnout": {"id": "Partisipasi provinsi ({election})",
                             "en": "Province turnout ({election})"},
    "overview.kpi.turnout_delta": {"id": "{delta} terhadap target {target}",
                                   "en": "{delta} against the {target} target"},
    "overview.kpi.activities": {"id": "Kegiatan sosialisasi dalam periode",
                                "en": "Outreach activities in the period"},
    "overview.kpi.participants": {"id": "{count} peserta ({women} perempuan, {first} pemilih pemula)",
                                  "en": "{count} participants ({women} women, {first} first-time "
                                        "voters)"},
    "overview.table_title": {"id": "Angka per kabupaten/kota", "en": "Figures per regency/city"},
    "overview.col.report_period": {"id": "Periode laporan", "en": "Report period"},
    "overview.col.turnout": {"id": "Partisipasi (%)", "en": "Turnout (%)"},
    "overview.col.target": {"id": "Target (%)", "en": "Target (%)"},
    "overview.col.gap": {"id": "Selisih dari target", "en": "Gap to target"},
    "overview.col.activities": {"id": "Kegiatan", "en": "Activities"},
    "overview.col.participants": {"id": "Peserta", "en": "Participants"},
    "overview.col.source_risk": {"id": "Sumber data rawan", "en": "Risk data source"},
    "overview.col.source_turnout": {"id": "Sumber partisipasi", "en": "Turnout source"},
    "overview.not_current": {"id": "{period} (belum ada laporan periode ini)",
                             "en": "{period} (no report for this period yet)"},
    "overview.sources": {
        "id": "Sumber: laporan peta rawan konflik sosial kab/kota ({risk_source}); partisipasi "
              "provinsi: {turnout_source}; target: {target_source}; kegiatan: laporan kegiatan "
              "sosialisasi ({outreach_source}).",
        "en": "Sources: district social-conflict risk reports ({risk_source}); province turnout: "
              "{turnout_source}; target: {target_source}; activities: outreach reports "
              "({outreach_source})."},
    "overview.no_data": {"id": "Belum ada laporan rawan konflik. Unggah data di halaman Data.",
                         "en": "No conflict-risk reports yet. Upload data on the Data page."},
    "overview.tooltip.period": {"id": "Periode laporan", "en": "Report period"},
    "overview.tooltip.source": {"id": "Sumber", "en": "Source"},
}
