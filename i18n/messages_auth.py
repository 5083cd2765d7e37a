"""Messages of login, roles and account management, the cookie login, the login-needed notice,
password strength, throttling and an unavailable account store."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- login, roles and accounts ----------------------------------------------------------------
    "auth.login": {"id": "Masuk", "en": "Log in"},
    "auth.logout": {"id": "Keluar", "en": "Log out"},
    "auth.username": {"id": "Nama pengguna", "en": "User name"},
    "auth.password": {"id": "Kata sandi", "en": "Password"},
    "auth.password_again": {"id": "Ulangi kata sandi", "en": "Repeat password"},
    "auth.logged_in_as": {"id": "Masuk sebagai **{name}** ({role})",
                          "en": "Logged in as **{name}** ({role})"},
    "auth.not_logged_in": {"id": "Belum masuk: hanya data publik yang tampil.",
                           "en": "Not logged in: only public data is shown."},
    "auth.role.viewer": {"id": "pembaca", "en": "viewer"},
    "auth.role.editor": {"id": "editor", "en": "editor"},
    "auth.role.admin": {"id": "admin", "en": "admin"},
    "auth.role.pelapor": {"id": "pelapor lapangan", "en": "field officer"},
    "auth.all_districts": {"id": "semua kab/kota", "en": "all districts"},
    "auth.first_run.title": {"id": "Buat akun admin pertama", "en": "Create the first admin"},
    "auth.first_run.text": {
        "id": "Belum ada akun. Data yang tampil adalah DATA CONTOH. Buat akun admin untuk "
              "mengunggah data dan mengelola pengguna (tidak ada kata sandi bawaan).",
        "en": "No accounts yet. The data shown is demo data (DATA CONTOH). Create an admin "
              "account to upload data and manage users (there is no default password)."},
    "auth.first_run.created": {"id": "Akun admin {name} dibuat. Silakan masuk.",
                               "en": "Admin account {name} created. Please log in."},
    "auth.denied": {
        "id": "Anda tidak berwenang membuka halaman atau tindakan ini. Masuk dengan akun yang "
              "berwenang ({roles}).",
        "en": "You are not allowed to open this page or action. Log in with an account that is "
              "({roles})."},
    "auth.restricted_dataset": {
        "id": "Data {dataset} bersifat internal. Masuk untuk melihatnya.",
        "en": "The {dataset} data is internal. Log in to see it."},
    "auth.session_expired": {"id": "Sesi berakhir. Silakan masuk lagi.",
                             "en": "Your session has expired. Please log in again."},
    "auth.error.invalid": {"id": "Nama pengguna atau kata sandi salah.",
                           "en": "Wrong user name or password."},
    "auth.error.locked": {
        "id": "Terlalu banyak percobaan gagal. Coba lagi dalam {minutes} menit.",
        "en": "Too many failed attempts. Try again in {minutes} minutes."},
    "auth.error.bad_name": {
        "id": "Nama pengguna “{name}” tidak valid: 3–32 huruf kecil, angka, titik, garis bawah "
              "atau tanda hubung, diawali huruf atau angka.",
        "en": "User name “{name}” is not valid: 3–32 lower-case letters, digits, dots, "
              "underscores or hyphens, starting with a letter or digit."},
    "auth.error.bad_role": {"id": "Peran “{role}” tidak dikenal. Pilih: {roles}.",
                            "en": "Unknown role “{role}”. Choose one of: {roles}."},
    "auth.error.exists": {"id": "Akun “{name}” sudah ada.",
                          "en": "Account “{name}” already exists."},
    "auth.error.no_such_user": {"id": "Akun “{name}” tidak ada.",
                                "en": "There is no account “{name}”."},
    "auth.error.short_password": {"id": "Kata sandi minimal {minimum} karakter.",
                                  "en": "The password needs at least {minimum} characters."},
    "auth.error.password_has_name": {"id": "Kata sandi tidak boleh memuat nama pengguna.",
                                     "en": "The password must not contain the user name."},
    "auth.error.password_mismatch": {"id": "Kedua kata sandi tidak sama.",
                                     "en": "The two passwords differ."},
    "auth.error.bad_district": {"id": "Kab/kota tidak dikenal: {detail}",
                                "en": "Unknown district: {detail}"},
    "auth.error.districts_for_editors_only": {
        "id": "Pembatasan kab/kota hanya untuk peran editor dan pelapor.",
        "en": "District restrictions apply to the editor and field officer roles only."},
    "auth.cli.password_prompt": {"id": "Kata sandi: ", "en": "Password: "},
    "auth.cli.password_again": {"id": "Ulangi kata sandi: ", "en": "Repeat password: "},
    "auth.cli.added": {"id": "Akun {name} dibuat: peran {role}, wilayah {districts}.",
                       "en": "Account {name} created: role {role}, districts {districts}."},
    "auth.cli.changed": {"id": "Akun {name} kini berperan {role}.",
                         "en": "Account {name} now has role {role}."},
    "auth.cli.deactivated": {"id": "Akun {name} dinonaktifkan.",
                             "en": "Account {name} deactivated."},
    "auth.cli.password_set": {"id": "Kata sandi {name} diganti; sesi lamanya ditutup.",
                              "en": "Password of {name} changed; its old sessions are closed."},
    # --- cookie login, password strength, throttling, account store down --------------------------
    "auth.error.first_admin_taken": {
        "id": "Akun admin pertama baru saja dibuat oleh orang lain. Akun Anda tidak dibuat. "
              "Masuk dengan akun itu, atau minta admin membuatkan akun untuk Anda.",
        "en": "The first admin account was just created by someone else. Yours was not created. "
              "Log in with that account, or ask its admin to create one for you."},
    "auth.error.weak_password.common": {
        "id": "Kata sandi terlalu mudah ditebak: memuat kata sandi umum, kata, nama orang atau "
              "nama tempat yang dicoba penebak lebih dulu. Pakai beberapa kata yang tidak saling "
              "berhubungan (mis. empat kata acak).",
        "en": "The password is too easy to guess: it contains a common password, a word, a "
              "person's or place name that guessers try first. Use several unrelated words "
              "(e.g. four random words)."},
    "auth.error.weak_password.keyboard": {
        "id": "Kata sandi terlalu mudah ditebak: memuat deret tombol papan ketik (mis. qwerty, "
              "asdf). Pakai beberapa kata yang tidak saling berhubungan.",
        "en": "The password is too easy to guess: it contains a row of keyboard keys (e.g. "
              "qwerty, asdf). Use several unrelated words."},
    "auth.error.weak_password.repeat": {
        "id": "Kata sandi terlalu mudah ditebak: memuat karakter atau kata yang diulang (mis. "
              "aaaa, abcabc). Pakai beberapa kata yang tidak saling berhubungan.",
        "en": "The password is too easy to guess: it repeats characters or words (e.g. aaaa, "
              "abcabc). Use several unrelated words."},
    "auth.error.weak_password.sequence": {
        "id": "Kata sandi terlalu mudah ditebak: memuat urutan (mis. 12345, abcde). Pakai "
              "beberapa kata yang tidak saling berhubungan.",
        "en": "The password is too easy to guess: it contains a sequence (e.g. 12345, abcde). "
              "Use several unrelated words."},
    "auth.error.weak_password.date": {
        "id": "Kata sandi terlalu mudah ditebak: memuat tanggal atau tahun. Pakai beberapa kata "
              "yang tidak saling berhubungan.",
        "en": "The password is too easy to guess: it contains a date or a year. Use several "
              "unrelated words."},
    "auth.error.weak_password.guessable": {
        "id": "Kata sandi terlalu mudah ditebak. Buat lebih panjang dengan beberapa kata yang "
              "tidak saling berhubungan.",
        "en": "The password is too easy to guess. Make it longer with several unrelated words."},
    "auth.store_unavailable_short": {
        "id": "Masuk tidak tersedia: penyimpanan akun tidak dapat dibuka.",
        "en": "Login unavailable: the account store cannot be opened."},
    "auth.error.form_expired": {
        "id": "Formulir masuk kedaluwarsa atau tidak berasal dari halaman ini. Muat ulang "
              "halaman lalu coba lagi.",
        "en": "The login form has expired or did not come from this page. Reload the page and "
              "try again."},
    "auth.login_needed": {
        "id": "Anda tidak berwenang membuka halaman **{page}** tanpa masuk: halaman ini untuk "
              "peran {roles}. Masuk di bawah ini; setelah masuk Anda langsung dibawa ke halaman "
              "ini.",
        "en": "You are not allowed to open the **{page}** page without logging in: it is for "
              "the role {roles}. Log in below; after logging in you are taken straight to this "
              "page."},
    "auth.role_or": {"id": " atau ", "en": " or "},
    "auth.logged_out": {"id": "Anda telah keluar.", "en": "You have logged out."},
}
