"""Messages of the data store: refused commits, and a store that cannot be used (unreachable,
read-only, full, damaged, busy) with the notice every page shows then."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- refused commits --------------------------------------------------------------------------
    "store.error.generic": {"id": "Penyimpanan data gagal.", "en": "Saving the data failed."},
    "store.error.concurrent": {
        "id": "Data {dataset} telah diubah orang lain sejak berkas ini diperiksa (versi yang "
              "diharapkan {expected}, kini {current}). Periksa ulang berkas terhadap versi terbaru "
              "lalu coba lagi.",
        "en": "Dataset {dataset} was changed by someone else since this file was checked "
              "(expected version {expected}, now {current}). Re-check the file against the "
              "latest version and try again."},
    "store.error.unknown_version": {
        "id": "Versi {version} dari {dataset} tidak ada. Lihat riwayat untuk nomor versi.",
        "en": "Version {version} of {dataset} does not exist. See the history for version "
              "numbers."},
    "store.error.unknown_dataset": {
        "id": "Dataset “{dataset}” tidak dikenal.", "en": "Unknown dataset “{dataset}”."},
    "store.error.no_change": {
        "id": "Tidak ada perubahan: isi berkas sama dengan versi terkini ({version}) dataset "
              "{dataset}. Tidak ada versi baru yang disimpan.",
        "en": "No changes: the file's content is the same as the current version ({version}) of "
              "dataset {dataset}. No new version was stored."},
    # --- a store that cannot be used --------------------------------------------------------------
    "store.fault.unavailable": {
        "id": "Penyimpanan data tidak dapat dihubungi: server basis data tidak menjawab atau "
              "berkas penyimpanan tidak dapat dibuka. Minta administrator memeriksa bahwa server "
              "PostgreSQL berjalan dan alamat DASHBOARD_DB_URL benar (atau bahwa folder "
              "DASHBOARD_DATA_DIR ada), lalu muat ulang halaman.",
        "en": "The data store cannot be reached: the database server does not answer or the "
              "store file cannot be opened. Ask the administrator to check that the PostgreSQL "
              "server is running and DASHBOARD_DB_URL is right (or that the DASHBOARD_DATA_DIR "
              "folder exists), then reload the page."},
    "store.fault.read_only": {
        "id": "Penyimpanan data hanya-baca: folder data atau basis data tidak mengizinkan "
              "penulisan, jadi unggahan, rollback, dan login ditolak. Minta administrator memberi "
              "izin tulis pada folder DASHBOARD_DATA_DIR (atau membuka basis data untuk "
              "penulisan), lalu muat ulang halaman.",
        "en": "The data store is read-only: the data folder or the database does not allow "
              "writing, so uploads, rollbacks and logins are refused. Ask the administrator to "
              "make the DASHBOARD_DATA_DIR folder writable (or open the database for writing), "
              "then reload the page."},
    "store.fault.full": {
        "id": "Disk penyimpanan data penuh: perubahan tidak dapat disimpan dan data yang tersimpan "
              "tidak diubah. Minta administrator mengosongkan ruang disk pada folder "
              "DASHBOARD_DATA_DIR (atau pada server basis data), lalu coba lagi.",
        "en": "The data store's disk is full: changes cannot be saved and the stored data was not "
              "changed. Ask the administrator to free disk space where DASHBOARD_DATA_DIR is (or "
              "on the database server), then try again."},
    "store.fault.damaged": {
        "id": "Berkas penyimpanan data rusak atau bukan basis data dasbor, sehingga tidak dapat "
              "dibaca. Berkas itu tidak diubah dan tidak ditimpa data contoh. Minta administrator "
              "memulihkan dashboard.sqlite3 dari cadangan (atau memindahkannya agar dasbor membuat "
              "penyimpanan baru), lalu muat ulang halaman.",
        "en": "The data store file is damaged or is not a dashboard database, so it cannot be "
              "read. The file was not changed and was not overwritten with demo data. Ask the "
              "administrator to restore dashboard.sqlite3 from a backup (or move it aside so that "
              "the dashboard creates a new store), then reload the page."},
    "store.fault.busy": {
        "id": "Penyimpanan data sedang dikunci oleh proses lain (mis. impor besar). Tunggu "
              "sebentar, lalu coba lagi.",
        "en": "The data store is locked by another process (e.g. a large import). Wait a moment, "
              "then try again."},
    "store.fault.shown_demo": {
        "id": "Data asli tidak dapat dibaca: yang tampil di halaman ini adalah DATA CONTOH dan "
              "peta skematis, bukan data Kesbangpol.",
        "en": "The real data cannot be read: this page shows DEMO DATA (DATA CONTOH) and the "
              "schematic map, not Kesbangpol's data."},
    "store.fault.shown_real": {
        "id": "Data yang tampil adalah data terakhir yang tersimpan; menyimpan perubahan ditolak "
              "sampai masalah ini selesai.",
        "en": "The data shown is the last stored data; saving changes is refused until this is "
              "fixed."},
    "store.fault.details": {
        "id": "Lokasi: {where}. Rincian: {detail}",
        "en": "Location: {where}. Detail: {detail}"},
    "store.fault.writes_refused": {
        "id": "Unggah, simpan, dan rollback tidak tersedia saat ini: {reason}",
        "en": "Upload, saving and rollback are not available now: {reason}"},
    "store.fault.accounts": {
        "id": "Akun tidak dapat diperiksa karena penyimpanan data bermasalah: Anda dianggap belum "
              "masuk, dan login tidak tersedia sampai masalah ini selesai.",
        "en": "Accounts cannot be checked because the data store has a problem: you are treated "
              "as not logged in, and logging in is not available until this is fixed."},
    "store.fault.page_stopped": {
        "id": "Halaman ini tidak dapat ditampilkan karena penyimpanan data bermasalah.",
        "en": "This page cannot be shown because the data store has a problem."},
}
