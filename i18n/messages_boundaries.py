"""Messages of boundary import, download and display (``loaders.boundaries*``, the CLI), the
boundary-file hardening (bounded reading, no network) and who may change the province's layers."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- vocabulary -------------------------------------------------------------------------------
    "boundaries.level.kabupaten": {"id": "kab/kota", "en": "regency/city (kab/kota)"},
    "boundaries.level.kecamatan": {"id": "kecamatan", "en": "district (kecamatan)"},
    "boundaries.level.desa": {"id": "desa/kelurahan", "en": "village (desa/kelurahan)"},
    "boundaries.scheme.kemendagri": {"id": "kode Kemendagri", "en": "Kemendagri codes"},
    "boundaries.scheme.bps": {"id": "kode BPS", "en": "BPS codes"},
    "boundaries.scheme.auto": {"id": "kode Kemendagri/BPS (sama di kedua skema)",
                               "en": "Kemendagri/BPS codes (same in both schemes)"},
    # --- refusals: the file -----------------------------------------------------------------------
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
    "boundaries.error.zip_symlink": {
        "id": "Berkas ZIP {name} ditolak: anggota \"{member}\" adalah tautan simbolik (symlink), "
              "bukan berkas. Buat ulang ZIP dari berkas aslinya. Tidak ada yang diekstrak.",
        "en": "ZIP file {name} refused: member \"{member}\" is a symbolic link, not a file. "
              "Re-create the ZIP from the real files. Nothing was extracted."},
    "boundaries.error.virtual_path": {
        "id": "Jalur \"{name}\" ditolak: alamat jaringan atau sistem berkas virtual GDAL (/vsi…, "
              "http://, GPKG:…) tidak diterima. Unduh berkasnya dulu, lalu impor berkas lokal.",
        "en": "Path \"{name}\" refused: network addresses and GDAL virtual file systems (/vsi…, "
              "http://, GPKG:…) are not accepted. Download the file first, then import the "
              "local file."},
    "boundaries.error.linked_crs": {
        "id": "Berkas {name} ditolak: anggota \"crs\" menautkan ke {href}. Impor tidak pernah "
              "mengambil apa pun dari jaringan. Hapus anggota \"crs\" (GeoJSON RFC 7946 selalu "
              "WGS 84) atau pakai CRS bernama, mis. urn:ogc:def:crs:EPSG::4326.",
        "en": "File {name} refused: its \"crs\" member links to {href}. An import never fetches "
              "anything from the network. Remove the \"crs\" member (RFC 7946 GeoJSON is always "
              "WGS 84) or use a named CRS such as urn:ogc:def:crs:EPSG::4326."},
    "boundaries.error.crs_unsupported": {
        "id": "Berkas {name} ditolak: anggota \"crs\" tidak dikenali ({detail}). Hanya CRS "
              "bernama (type \"name\", mis. urn:ogc:def:crs:EPSG::4326) yang didukung, atau "
              "tanpa \"crs\" sama sekali (GeoJSON RFC 7946 selalu WGS 84).",
        "en": "File {name} refused: its \"crs\" member is not understood ({detail}). Only a "
              "named CRS (type \"name\", e.g. urn:ogc:def:crs:EPSG::4326) is supported, or no "
              "\"crs\" at all (RFC 7946 GeoJSON is always WGS 84)."},
    "boundaries.error.kml_link": {
        "id": "Berkas KML {name} ditolak: berisi tautan ke sumber lain ({found}). Impor tidak "
              "mengikuti NetworkLink atau alamat jaringan; simpan KML dengan semua fitur di "
              "dalamnya.",
        "en": "KML file {name} refused: it links to another source ({found}). An import never "
              "follows a NetworkLink or a network address; save the KML with every feature in "
              "it."},
    "boundaries.error.kml_entities": {
        "id": "Berkas KML {name} ditolak: berisi deklarasi DOCTYPE/ENTITY XML, yang tidak "
              "dipakai KML biasa dan bisa memuat berkas lain. Ekspor ulang KML tanpa DOCTYPE.",
        "en": "KML file {name} refused: it declares an XML DOCTYPE/ENTITY, which plain KML does "
              "not use and which can pull in other files. Export the KML again without a "
              "DOCTYPE."},
    "boundaries.error.prj_link": {
        "id": "Shapefile {name} ditolak: berkas .prj tidak berisi definisi proyeksi biasa "
              "({found}). Ganti .prj dengan definisi WKT dari perangkat GIS Anda.",
        "en": "Shapefile {name} refused: its .prj is not a plain projection definition "
              "({found}). Replace the .prj with the WKT definition from your GIS software."},
    "boundaries.error.gpkg_view": {
        "id": "GeoPackage {name} ditolak: berisi view ({table}). Hanya tabel fitur biasa yang "
              "diterima, karena query sebuah view dijalankan saat dibaca dan bisa tidak pernah "
              "selesai. Ekspor lapisannya sebagai tabel (mis. QGIS: Ekspor > Simpan Fitur "
              "Sebagai).",
        "en": "GeoPackage {name} refused: it holds a view ({table}). Only plain feature tables "
              "are accepted, because a view's query runs when it is read and may never end. "
              "Export the layer as a table (e.g. QGIS: Export > Save Features As)."},
    "boundaries.error.gpkg_virtual": {
        "id": "GeoPackage {name} ditolak: tabel {table} adalah tabel virtual. Hanya tabel fitur "
              "biasa (dan indeks spasial R-tree) yang diterima.",
        "en": "GeoPackage {name} refused: table {table} is a virtual table. Only plain feature "
              "tables (and R-tree spatial indexes) are accepted."},
    "boundaries.error.gpkg_not_features": {
        "id": "GeoPackage {name} ditolak: tabel {table} berjenis \"{data_type}\", bukan tabel "
              "fitur. Simpan hanya lapisan batas wilayahnya dalam GeoPackage.",
        "en": "GeoPackage {name} refused: table {table} is of type \"{data_type}\", not a "
              "feature table. Save only the boundary layer in the GeoPackage."},
    "boundaries.error.gpkg_structure": {
        "id": "GeoPackage {name} ditolak: strukturnya bukan GeoPackage biasa ({detail}). Ekspor "
              "ulang lapisannya dari perangkat GIS Anda.",
        "en": "GeoPackage {name} refused: its structure is not a plain GeoPackage ({detail}). "
              "Export the layer again from your GIS software."},
    "boundaries.error.too_deep": {
        "id": "Berkas {name} ditolak: geometrinya bersarang terlalu dalam (GeometryCollection di "
              "dalam GeometryCollection …). Simpan sebagai Polygon atau MultiPolygon.",
        "en": "File {name} refused: its geometry is nested too deeply (GeometryCollection "
              "inside GeometryCollection …). Save it as Polygon or MultiPolygon."},
    "boundaries.error.read_timeout": {
        "id": "Berkas {name} ditolak: membaca dan memeriksanya melewati batas waktu {seconds} "
              "detik, lalu dihentikan. Sederhanakan geometrinya atau bagi berkasnya "
              "(batas: DASHBOARD_BOUNDARY_READ_SECONDS).",
        "en": "File {name} refused: reading and checking it took longer than {seconds} seconds "
              "and was stopped. Simplify the geometry or split the file (limit: "
              "DASHBOARD_BOUNDARY_READ_SECONDS)."},
    "boundaries.error.read_memory": {
        "id": "Berkas {name} ditolak: membacanya butuh lebih dari {limit_mb} MB memori ({detail}) "
              "dan dihentikan. Sederhanakan geometrinya atau bagi berkasnya (batas: "
              "DASHBOARD_BOUNDARY_READ_MB).",
        "en": "File {name} refused: reading it needed more than {limit_mb} MB of memory "
              "({detail}) and was stopped. Simplify the geometry or split the file (limit: "
              "DASHBOARD_BOUNDARY_READ_MB)."},
    "boundaries.error.read_crashed": {
        "id": "Berkas {name} ditolak: pembacanya berhenti tanpa hasil ({detail}). Berkas "
              "kemungkinan rusak; ekspor ulang dari perangkat GIS Anda.",
        "en": "File {name} refused: its reader stopped without a result ({detail}). The file is "
              "probably damaged; export it again from your GIS software."},
    "boundaries.error.read_cancelled": {
        "id": "Impor {name} dibatalkan karena server sedang berhenti. Tidak ada yang disimpan; "
              "ulangi setelah server berjalan lagi.",
        "en": "The import of {name} was cancelled because the server is shutting down. Nothing "
              "was stored; try again once the server runs again."},
    # --- refusals: the content --------------------------------------------------------------------
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
        "id": "Berkas ini bukan wilayah {here}: {count} unit berkode provinsi "
              "{provinces} (mis. {examples}).",
        "en": "This file is not {here}: {count} units have province code {provinces} "
              "(e.g. {examples})."},
    "boundaries.error.unmatched": {
        "id": "{count} dari {total} unit tidak dapat dicocokkan dengan wilayah {here}: "
              "{examples}.",
        "en": "{count} of {total} units cannot be matched to a {here} area: {examples}."},
    "boundaries.error.duplicates": {
        "id": "{count} kode muncul lebih dari sekali: {examples}. Setiap wilayah harus tepat satu "
              "fitur (gabungkan bagian-bagiannya menjadi satu MultiPolygon).",
        "en": "{count} codes appear more than once: {examples}. Each area must be exactly one "
              "feature (merge its parts into one MultiPolygon)."},
    "boundaries.error.outside_kaltim": {
        "id": "{count} dari {total} unit terletak di luar {here} (mis. {examples}; "
              "batas koordinat {bounds}). Periksa CRS, urutan bujur/lintang, dan provinsinya.",
        "en": "{count} of {total} units lie outside {here} (e.g. {examples}; bounds "
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
    # --- notes ------------------------------------------------------------------------------------
    "boundaries.note.units": {"id": "{count} unit {level} dipetakan dari {features} fitur.",
                              "en": "{count} {level} units mapped from {features} features."},
    "boundaries.note.kab_present": {
        "id": "{present} dari {total} kab/kota ada; tidak ada: {missing}.",
        "en": "{present} of {total} kab/kota present; missing: {missing}."},
    "boundaries.note.columns": {"id": "Kolom kode: {code} ({scheme}); kolom nama: {name}.",
                                "en": "Code column: {code} ({scheme}); name column: {name}."},
    "boundaries.note.crs_assumed": {
        "id": "Berkas {name} tidak menyebut CRS; koordinatnya jelas bujur/lintang wilayah "
              "provinsi, jadi dibaca sebagai EPSG:4326.",
        "en": "File {name} names no CRS; its coordinates are plainly the province's "
              "longitude/latitude, so they were read as EPSG:4326."},
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
    # --- report -----------------------------------------------------------------------------------
    "boundaries.report.refused": {"id": "Impor ditolak; tidak ada yang disimpan.",
                                  "en": "Import refused; nothing was stored."},
    "boundaries.report.stored": {"id": "Batas {level} disimpan sebagai versi {version}.",
                                 "en": "{level} boundaries stored as version {version}."},
    "boundaries.report.unchanged": {
        "id": "Tidak ada perubahan: berkas ini sama dengan batas {level} versi {version} yang "
              "sedang dipakai. Tidak ada yang disimpan.",
        "en": "No change: this file is the same as the {level} boundaries of version {version} "
              "now in use. Nothing was stored."},
    "boundaries.report.provenance": {"id": "Sumber: {name} (SHA-256 {sha256}).",
                                     "en": "Source: {name} (SHA-256 {sha256})."},
    # --- download ---------------------------------------------------------------------------------
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
        "id": "Server menjawab HTTP {status} untuk {url}{hint}; data yang tersimpan tidak "
              "berubah.",
        "en": "The server answered HTTP {status} for {url}{hint}; the stored data are "
              "unchanged."},
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
    # --- who may change the province's layers -----------------------------------------------------
    "boundaries.error.not_admin": {
        "id": "Akun {user} tidak boleh mengimpor atau mengaktifkan batas wilayah: lapisan batas "
              "berlaku untuk seluruh provinsi, jadi hanya admin yang boleh mengubahnya.",
        "en": "Account {user} may not import or activate boundaries: a boundary layer covers "
              "the whole province, so only an admin may change it."},
    "boundaries.error.activate_incomplete": {
        "id": "Versi {version} tidak diaktifkan: lapisan ini tidak lengkap, {count} unit belum "
              "ada ({missing}). Peta akan kehilangan wilayah itu. Aktifkan hanya dengan "
              "konfirmasi (\"aktifkan walau tidak lengkap\", CLI: --allow-incomplete).",
        "en": "Version {version} was not activated: this layer is incomplete, {count} units are "
              "missing ({missing}). Maps would lose those areas. Activate it only with "
              "confirmation (\"activate although incomplete\", CLI: --allow-incomplete)."},
    "boundaries.note.incomplete_inactive": {
        "id": "Lapisan TIDAK LENGKAP, disimpan tetapi TIDAK diaktifkan: {count} unit belum ada "
              "({missing}). Peta tetap memakai versi sebelumnya.",
        "en": "Layer INCOMPLETE, stored but NOT activated: {count} units are missing "
              "({missing}). Maps keep the previous version."},
    "boundaries.note.incomplete_active": {
        "id": "Lapisan tidak lengkap tetapi diaktifkan atas permintaan: {count} unit belum ada "
              "({missing}).",
        "en": "Layer incomplete but activated on request: {count} units are missing "
              "({missing})."},
    # --- command line -----------------------------------------------------------------------------
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
    "boundaries.cli.admin_only": {
        "id": "Ditolak: impor dan aktivasi batas wilayah hanya untuk admin. Sebutkan akun admin "
              "dengan --user NAMA ({reason}).",
        "en": "Refused: importing and activating boundaries is for admins only. Name an admin "
              "account with --user NAME ({reason})."},
    "boundaries.cli.admin_only.missing": {"id": "tanpa --user", "en": "no --user given"},
    "boundaries.cli.admin_only.unknown": {"id": "akun {name} tidak ada atau nonaktif",
                                          "en": "account {name} does not exist or is inactive"},
    "boundaries.cli.admin_only.role": {"id": "akun {name} berperan {role}",
                                       "en": "account {name} has the role {role}"},
    "boundaries.cli.allow_incomplete_help": {
        "id": "aktifkan juga bila lapisan tidak lengkap (unit hilang)",
        "en": "activate even when the layer is incomplete (units missing)"},
}
