"""Messages of boundary import, download and display (``loaders.boundaries*``, the CLI)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- vocabulary ------------------------------------------------------------------------------
    "boundaries.level.kabupaten": {"id": "kab/kota", "en": "regency/city (kab/kota)"},
    "boundaries.level.kecamatan": {"id": "kecamatan", "en": "district (kecamatan)"},
    "boundaries.level.desa": {"id": "desa/kelurahan", "en": "village (desa/kelurahan)"},
    "boundaries.scheme.kemendagri": {"id": "kode Kemendagri", "en": "Kemendagri codes"},
    "boundaries.scheme.bps": {"id": "kode BPS", "en": "BPS codes"},
    "boundaries.scheme.auto": {"id": "kode Kemendagri/BPS (sama di kedua skema)",
                               "en": "Kemendagri/BPS codes (same in both schemes)"},
    # --- refusals: the file --------------------------------------------------------------------
    "boundaries.error.file_missing": {"id": "Berkas {name} tidak ditemukan.",
                                      "en": "File {name} not found."},
    "boundaries.error.empty_file": {"id": "Berkas {name} kosong (0 byte).",
                                    "en": "File {name} is empty (0 bytes)."},
    "boundaries.error.too_large": {
        "id": "Berkas {name} berukuran {size_mb} MB, melebihi batas {limit_mb} MB. Kecilkan "
              "berkasnya (mis. hanya Kaltim) atau ubah DASHBOARD_MAX_BOUNDARY_MB.",
        "en": "File {name} is {size_mb} MB, over the {limit_mb} MB limit. Make it smaller (e.g. "
              "Kaltim only) or change DASHBOARD_MAX_BOUNDARY_MB."},
    "boundaries.error.unsupported": {
        "id": "Format berkas {name} tidak didukung. Format yang diterima: {formats}.",
        "en": "The format of {name} is not supported. Accepted formats: {formats}."},
    "boundaries.error.not_geojson": {
        "id": "Berkas {name} bukan GeoJSON: isinya tidak diawali '{{' melainkan \"{start}\".",
        "en": "File {name} is not GeoJSON: it does not start with '{{' but with \"{start}\"."},
    "boundaries.error.not_format": {"id": "Berkas {name} bukan berkas {format} yang sah.",
                                    "en": "File {name} is not a valid {format} file."},
    "boundaries.error.unreadable": {"id": "Berkas {name} tidak dapat dibaca: {detail}",
                                    "en": "File {name} cannot be read: {detail}"},
    "boundaries.error.many_layers": {
        "id": "Berkas {name} berisi beberapa layer poligon ({layers}); simpan satu layer saja.",
        "en": "File {name} holds several polygon layers ({layers}); keep only one layer."},
    "boundaries.error.no_features": {"id": "Berkas {name} tidak berisi satu fitur pun.",
                                     "en": "File {name} contains no features."},
    "boundaries.error.no_geometry": {"id": "Tidak ada fitur dengan geometri di berkas {name}.",
                                     "en": "No feature in {name} has a geometry."},
    "boundaries.error.not_polygons": {
        "id": "Berkas {name} tidak berisi poligon (ditemukan: {types}). Batas wilayah harus "
              "berupa poligon.",
        "en": "File {name} contains no polygons (found: {types}). Boundaries must be polygons."},
    "boundaries.error.zip_bad": {"id": "Berkas ZIP {name} rusak: {detail}",
                                 "en": "ZIP file {name} is damaged: {detail}"},
    "boundaries.error.zip_unsafe_path": {
        "id": "Berkas ZIP {name} ditolak: anggota \"{member}\" menunjuk ke luar folder "
              "(path traversal). Tidak ada yang diekstrak.",
        "en": "ZIP file {name} refused: member \"{member}\" points outside the folder (path "
              "traversal). Nothing was extracted."},
    "boundaries.error.zip_too_large": {
        "id": "Berkas ZIP {name} ditolak: isinya {size_mb} MB setelah diekstrak, melebihi batas "
              "{limit_mb} MB.",
        "en": "ZIP file {name} refused: its contents are {size_mb} MB unpacked, over the "
              "{limit_mb} MB limit."},
    "boundaries.error.zip_ratio": {
        "id": "Berkas ZIP {name} ditolak: \"{member}\" memuai {ratio}× saat diekstrak (batas "
              "{limit}×), ciri bom ZIP.",
        "en": "ZIP file {name} refused: \"{member}\" expands {ratio}× when unpacked (limit "
              "{limit}×), the mark of a zip bomb."},
    "boundaries.error.zip_members": {
        "id": "Berkas ZIP {name} berisi {count} berkas (batas {limit}).",
        "en": "ZIP file {name} holds {count} files (limit {limit})."},
    "boundaries.error.zip_no_layer": {
        "id": "Berkas ZIP {name} tidak berisi .shp (atau .gpkg/.geojson/.kml). Isinya: {found}.",
        "en": "ZIP file {name} contains no .shp (or .gpkg/.geojson/.kml). It contains: {found}."},
    "boundaries.error.zip_many_layers": {
        "id": "Berkas ZIP {name} berisi lebih dari satu layer ({layers}); kirim satu layer per "
              "berkas.",
        "en": "ZIP file {name} contains more than one layer ({layers}); send one layer per file."},
    "boundaries.error.shp_incomplete": {
        "id": "Shapefile {name} tidak lengkap: tidak ada {parts}.",
        "en": "Shapefile {name} is incomplete: {parts} missing."},
    "boundaries.error.shp_no_prj": {
        "id": "Shapefile {name} tidak punya berkas .prj, jadi sistem koordinatnya tidak diketahui, "
              "dan koordinatnya ({bounds}) bukan bujur/lintang Kaltim. Sertakan berkas .prj.",
        "en": "Shapefile {name} has no .prj file, so its coordinate system is unknown, and its "
              "coordinates ({bounds}) are not Kaltim longitude/latitude. Include the .prj file."},
    "boundaries.error.no_crs": {
        "id": "Berkas {name} tidak menyebut sistem koordinat (CRS), dan koordinatnya ({bounds}) "
              "bukan bujur/lintang Kaltim. Simpan ulang berkas dengan CRS.",
        "en": "File {name} names no coordinate reference system (CRS), and its coordinates "
              "({bounds}) are not Kaltim longitude/latitude. Save the file again with its CRS."},
    "boundaries.error.reproject": {
        "id": "Berkas {name} tidak dapat diubah dari {crs} ke EPSG:4326: {detail}",
        "en": "File {name} cannot be reprojected from {crs} to EPSG:4326: {detail}"},
    # --- refusals: the content -----------------------------------------------------------------
    "boundaries.error.level": {"id": "Tingkat wilayah \"{level}\" tidak dikenal; pilih: {levels}.",
                               "en": "Unknown level \"{level}\"; choose: {levels}."},
    "boundaries.error.scheme": {"id": "Skema kode \"{scheme}\" tidak dikenal; pilih kemendagri "
                                      "atau bps.",
                                "en": "Unknown code scheme \"{scheme}\"; choose kemendagri or "
                                      "bps."},
    "boundaries.error.no_code_column": {
        "id": "Tidak ditemukan kolom kode {level} (mis. 64.02.04 atau 6403120) di berkas. "
              "Kolom yang ada: {columns}.",
        "en": "No {level} code column (e.g. 64.02.04 or 6403120) found in the file. Columns "
              "present: {columns}."},
    "boundaries.error.no_code_or_name": {
        "id": "Tidak ditemukan kolom kode atau nama {level} di berkas. Kolom yang ada: {columns}.",
        "en": "No {level} code or name column found in the file. Columns present: {columns}."},
    "boundaries.error.mixed_scheme": {
        "id": "Kolom {column} mencampur kode Kemendagri dan kode BPS; pisahkan dulu.",
        "en": "Column {column} mixes Kemendagri and BPS codes; separate them first."},
    "boundaries.error.ambiguous_scheme": {
        "id": "Kode di kolom {column} ({codes}) berarti kab/kota yang berbeda dalam skema "
              "Kemendagri dan BPS, dan berkas tidak menunjukkan skemanya. Pilih skema (--scheme "
              "kemendagri atau --scheme bps).",
        "en": "The codes in column {column} ({codes}) mean different kab/kota in the Kemendagri "
              "and BPS schemes, and the file does not show which. Choose the scheme (--scheme "
              "kemendagri or --scheme bps)."},
    "boundaries.error.other_province": {
        "id": "Berkas ini bukan wilayah Kalimantan Timur: {count} unit berkode provinsi "
              "{provinces} (mis. {examples}).",
        "en": "This file is not Kalimantan Timur: {count} units have province code {provinces} "
              "(e.g. {examples})."},
    "boundaries.error.unmatched": {
        "id": "{count} dari {total} unit tidak dapat dicocokkan dengan wilayah Kaltim: {examples}.",
        "en": "{count} of {total} units cannot be matched to a Kaltim area: {examples}."},
    "boundaries.error.duplicates": {
        "id": "{count} kode muncul lebih dari sekali: {examples}. Setiap wilayah harus tepat satu "
              "fitur (gabungkan bagian-bagiannya menjadi satu MultiPolygon).",
        "en": "{count} codes appear more than once: {examples}. Each area must be exactly one "
              "feature (merge its parts into one MultiPolygon)."},
    "boundaries.error.outside_kaltim": {
        "id": "{count} dari {total} unit terletak di luar Kalimantan Timur (mis. {examples}; "
              "batas koordinat {bounds}). Periksa CRS, urutan bujur/lintang, dan provinsinya.",
        "en": "{count} of {total} units lie outside Kalimantan Timur (e.g. {examples}; bounds "
              "{bounds}). Check the CRS, the longitude/latitude order and the province."},
    "boundaries.error.unexpected": {
        "id": "Impor gagal karena kesalahan tak terduga: {detail}. Laporkan ke admin.",
        "en": "The import failed with an unexpected error: {detail}. Report it to the admin."},
    "boundaries.error.wrong_level": {
        "id": "Berkas ini tampaknya berisi batas {other}, bukan {level}: kolom {column} berisi "
              "kode {other} yang unik (mis. {example}). Pilih tingkat {other}.",
        "en": "This file seems to hold {other} boundaries, not {level}: column {column} holds "
              "unique {other} codes (e.g. {example}). Choose the {other} level."},
    "boundaries.error.store": {"id": "Gagal menyimpan batas wilayah: {detail}",
                               "en": "Could not store the boundaries: {detail}"},
    # --- notes ----------------------------------------------------------------------------------
    "boundaries.note.units": {"id": "{count} unit {level} dipetakan dari {features} fitur.",
                              "en": "{count} {level} units mapped from {features} features."},
    "boundaries.note.kab_present": {
        "id": "{present} dari {total} kab/kota ada; tidak ada: {missing}.",
        "en": "{present} of {total} kab/kota present; missing: {missing}."},
    "boundaries.note.columns": {"id": "Kolom kode: {code} ({scheme}); kolom nama: {name}.",
                                "en": "Code column: {code} ({scheme}); name column: {name}."},
    "boundaries.note.crs_assumed": {
        "id": "Berkas {name} tidak menyebut CRS; koordinatnya jelas bujur/lintang Kaltim, jadi "
              "dibaca sebagai EPSG:4326.",
        "en": "File {name} names no CRS; its coordinates are plainly Kaltim longitude/latitude, "
              "so they were read as EPSG:4326."},
    "boundaries.note.reprojected": {"id": "Diubah dari {crs} ke EPSG:4326.",
                                    "en": "Reprojected from {crs} to EPSG:4326."},
    "boundaries.note.repaired": {
        "id": "{count} geometri tidak sah diperbaiki (make_valid): {examples}.",
        "en": "{count} invalid geometries repaired (make_valid): {examples}."},
    "boundaries.note.empty_dropped": {
        "id": "{count} fitur tanpa geometri dilewati: {examples}.",
        "en": "{count} features without geometry skipped: {examples}."},
    "boundaries.note.other_province_dropped": {
        "id": "{count} unit provinsi lain dilewati: {examples}.",
        "en": "{count} units of other provinces skipped: {examples}."},
    "boundaries.note.name_mismatch": {
        "id": "Perhatian: kode {code} adalah {district}, tetapi namanya di berkas \"{name}\". "
              "Periksa skema kode (Kemendagri/BPS).",
        "en": "Warning: code {code} is {district}, but the file names it \"{name}\". Check the "
              "code scheme (Kemendagri/BPS)."},
    # --- report ---------------------------------------------------------------------------------
    "boundaries.report.refused": {"id": "Impor ditolak; tidak ada yang disimpan.",
                                  "en": "Import refused; nothing was stored."},
    "boundaries.report.stored": {"id": "Batas {level} disimpan sebagai versi {version}.",
                                 "en": "{level} boundaries stored as version {version}."},
    "boundaries.report.provenance": {"id": "Sumber: {name} (SHA-256 {sha256}).",
                                     "en": "Source: {name} (SHA-256 {sha256})."},
    # --- download -------------------------------------------------------------------------------
    "boundaries.download.no_network": {
        "id": "Tidak dapat menghubungi {url} ({detail}). Periksa koneksi internet; data yang "
              "tersimpan tidak berubah.",
        "en": "Cannot reach {url} ({detail}). Check the internet connection; the stored data "
              "are unchanged."},
    "boundaries.download.timeout": {
        "id": "Waktu habis ({seconds} detik) saat mengunduh {url}; data yang tersimpan tidak "
              "berubah.",
        "en": "Timed out ({seconds} s) downloading {url}; the stored data are unchanged."},
    "boundaries.download.http_error": {
        "id": "Server menjawab HTTP {status} untuk {url}; data yang tersimpan tidak berubah.",
        "en": "The server answered HTTP {status} for {url}; the stored data are unchanged."},
    "boundaries.download.checksum": {
        "id": "Berkas {name} tidak cocok dengan checksum yang dipatok (diharapkan {expected}…, "
              "diterima {actual}…); berkas ditolak, data yang tersimpan tidak berubah.",
        "en": "File {name} does not match its pinned checksum (expected {expected}…, got "
              "{actual}…); refused, the stored data are unchanged."},
    "boundaries.download.parse_error": {"id": "Berkas {name} tidak dapat diurai: {detail}",
                                        "en": "File {name} cannot be parsed: {detail}"},
    "boundaries.download.provenance": {
        "id": "Sumber: {source}; {count} berkas cocok dengan SHA-256 yang dipatok. {attribution}.",
        "en": "Source: {source}; {count} files match their pinned SHA-256. {attribution}."},
    "boundaries.download.refused": {"id": "Unduhan dibatalkan; tidak ada yang disimpan.",
                                    "en": "Download cancelled; nothing was stored."},
    "boundaries.download.progress": {"id": "Mengunduh {index}/{count} {name}: {done}",
                                     "en": "Downloading {index}/{count} {name}: {done}"},
    # --- command line ---------------------------------------------------------------------------
    "boundaries.cli.import_help": {"id": "Impor batas wilayah dari berkas (GeoJSON, Shapefile "
                                         ".zip, GeoPackage, KML)",
                                   "en": "Import boundaries from a file (GeoJSON, zipped "
                                         "Shapefile, GeoPackage, KML)"},
    "boundaries.cli.download_help": {"id": "Unduh batas wilayah resmi (cahyadsn/wilayah_boundaries"
                                           ", MIT, versi terpatok)",
                                     "en": "Download the official boundaries "
                                           "(cahyadsn/wilayah_boundaries, MIT, pinned)"},
    "boundaries.cli.versions_help": {"id": "Daftar versi batas wilayah",
                                     "en": "List boundary versions"},
    "boundaries.cli.activate_help": {"id": "Jadikan versi batas wilayah tertentu yang aktif",
                                     "en": "Make a given boundary version the current one"},
    "boundaries.cli.export_help": {"id": "Ekspor batas wilayah resolusi penuh (GeoJSON/GeoPackage)",
                                   "en": "Export full-resolution boundaries (GeoJSON/GeoPackage)"},
    "boundaries.cli.export_format": {"id": "Format ekspor tidak dikenal; gunakan akhiran "
                                           "{formats}.",
                                     "en": "Unknown export format; use the suffix {formats}."},
    "boundaries.cli.exported": {"id": "{count} unit {level} diekspor ke {path}.",
                                "en": "{count} {level} units exported to {path}."},
    "boundaries.cli.version_line": {
        "id": "{marker} v{version}  {created}  {user}  {units} unit  {source}",
        "en": "{marker} v{version}  {created}  {user}  {units} units  {source}"},
    "boundaries.cli.no_versions": {"id": "Belum ada batas {level} yang diimpor.",
                                   "en": "No {level} boundaries imported yet."},
    "boundaries.cli.activated": {"id": "Versi {version} batas {level} sekarang aktif.",
                                 "en": "Version {version} of the {level} boundaries is now "
                                       "current."},
    "boundaries.cli.no_such_version": {"id": "Versi {version} batas {level} tidak ada.",
                                       "en": "Version {version} of the {level} boundaries does "
                                             "not exist."},
}
