"""Messages of the boundary-file hardening: bounded reading, no network, admin-only layers."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- refusals of a file ------------------------------------------------------------------------
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
    # --- who may change the province's layers --------------------------------------------------
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
    # --- command line ----------------------------------------------------------------------------
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
    "boundaries.cli.store_down": {
        "id": "Penyimpanan data tidak dapat dipakai: {detail}. Periksa DASHBOARD_DB_URL (server "
              "PostgreSQL berjalan dan dapat dijangkau?) atau DASHBOARD_DATA_DIR, lalu ulangi.",
        "en": "The data store cannot be used: {detail}. Check DASHBOARD_DB_URL (is the "
              "PostgreSQL server running and reachable?) or DASHBOARD_DATA_DIR, then try again."},
    "boundaries.cli.allow_incomplete_help": {
        "id": "aktifkan juga bila lapisan tidak lengkap (unit hilang)",
        "en": "activate even when the layer is incomplete (units missing)"},
    # --- the page ---------------------------------------------------------------------------------
    "bndh.admin_only": {
        "id": "Lapisan batas wilayah berlaku untuk seluruh provinsi: hanya admin yang dapat "
              "mengimpor, mengunduh atau mengaktifkannya. Anda dapat melihat versi tersimpan.",
        "en": "Boundary layers cover the whole province: only an admin can import, download or "
              "activate them. You can see the stored versions."},
    "bndh.allow_incomplete": {"id": "Aktifkan walau tidak lengkap (unit hilang)",
                              "en": "Activate although incomplete (units missing)"},
    "bndh.complete": {"id": "Lengkap", "en": "Complete"},
    "bndh.complete.yes": {"id": "ya", "en": "yes"},
    "bndh.complete.no": {"id": "tidak: {count} hilang", "en": "no: {count} missing"},
}
