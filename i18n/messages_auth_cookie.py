"""Messages of the cookie login, the login-needed notice, password strength, throttling and an
unavailable account store."""

MESSAGES: dict[str, dict[str, str]] = {
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
    "auth.error.store_unavailable": {
        "id": "Penyimpanan akun tidak dapat dibuka ({detail}). Masuk dan pengelolaan akun tidak "
              "tersedia sementara; data publik tetap tampil. Hubungi pengelola server (periksa "
              "DASHBOARD_DATA_DIR atau DASHBOARD_DB_URL).",
        "en": "The account store cannot be opened ({detail}). Logging in and managing accounts "
              "are unavailable for now; public data is still shown. Contact the server's "
              "administrator (check DASHBOARD_DATA_DIR or DASHBOARD_DB_URL)."},
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
