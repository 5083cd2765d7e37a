"""Hostile form fields (issue 12's suite, third part beside test_hostile_data.py and
test_hostile_boundaries.py): what Lapor Kejadian's form (every field and the photo), the
Verifikasi desk (decision, note, report id, revision), the follow-up step and the admin's new-user
form can be sent, forged or not. Each case is refused with its own message in both languages (no
raw id, no traceback, a typed value quoted short and with control characters visible), in bounded
CPU time and memory (the photo bombs decode in a child process limited to 1 GiB of address space),
and the store (datasets, photos, accounts) is exactly as it was.

Accepted-but-hostile text (HTML, Jinja, ESC in a description) is stored as text and shown
escaped: the tests after the suite."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import resource
import struct
import subprocess
import sys
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest
from PIL import Image

from accounts import field_desk
from accounts.access import User
from accounts.users import Accounts
from domain import field_reports as rules
from i18n.catalog import MESSAGES
from i18n.errors import LocalizedError
from loaders import photos
from storage.backends import open_store, store_path

ROOT = Path(__file__).resolve().parents[2]
NOW = dt.datetime(2026, 9, 20, 4, 0, tzinfo=dt.timezone.utc)  # 12.00 WITA
CPU_BOUND_S = 10
GROWTH_BOUND_MB = 300  # this process's peak may grow by at most this much in a case
CHILD_MEMORY = 1 << 30
PELAPOR = User("pela", "pelapor", ("64.72",))
EDITOR = User("edi", "editor", ())
EDITOR_KUTIM = User("eka", "editor", ("64.08",))
VIEWER = User("vina", "viewer")
ESC = "\x1b[2J\x1b]0;DIRETAS\x07"
GOOD = "kata-sandi-yang-panjang"


def report(**changes) -> rules.ReportInput:
    values = dict(token="hostile-form", tanggal=dt.date(2026, 9, 20), waktu=dt.time(10, 30),
                  kab_kota="64.72", kecamatan="Sungai Kunjang", desa="", lat=-0.50, lon=117.12,
                  kategori="sara", deskripsi="Bentrok warga", korban=2, sumber="Polsek")
    values.update(changes)
    return rules.ReportInput(**values)


# --- photos --------------------------------------------------------------------------------------

def _chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def png_declaring(width: int, height: int, idat: bytes = b"") -> bytes:
    """A PNG whose header declares width x height (grey, 8 bit); a few bytes of pixel data."""
    return (b"\x89PNG\r\n\x1a\n"
            + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + _chunk(b"IDAT", idat or zlib.compress(b"\0" * (width + 1) * 4)) + _chunk(b"IEND", b""))


def jpeg(size=(64, 48), exif: bytes | None = None) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, "JPEG", **({"exif": exif} if exif else {}))
    return out.getvalue()


def jpeg_declaring(width: int, height: int) -> bytes:
    data = bytearray(jpeg((8, 8)))
    at = data.find(b"\xff\xc0")
    data[at + 5:at + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def png_text_bomb() -> bytes:
    """A 10x10 PNG with a zTXt chunk that inflates to 200 MB."""
    out = io.BytesIO()
    Image.new("RGB", (10, 10)).save(out, "PNG")
    base = out.getvalue()
    bomb = _chunk(b"zTXt", b"Comment\0\0" + zlib.compress(b"A" * (200 << 20), 9))
    return base[:33] + bomb + base[33:]


def other_format(kind: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (20, 10)).save(out, kind)
    return out.getvalue()


# --- the store a case may not change -------------------------------------------------------------

@pytest.fixture()
def seeded(data_dir):
    """A store with the admin, one pending report (pelapor, Samarinda) with a photo, and one
    verified report, as the desk's cases find them."""
    accounts = Accounts()
    accounts.add_user("ani", GOOD, "admin")
    store = open_store()
    field_desk.submit(store, PELAPOR, report(token="pending"), jpeg(), now=NOW)
    field_desk.submit(store, PELAPOR, report(token="verified", kategori="lainnya"), None, now=NOW)
    field_desk.decide(store, EDITOR, "verified", 1, "diverifikasi", "cocok", now=NOW)
    return store


def snapshot(store) -> tuple:
    def counts(conn) -> dict:
        found = {}
        for table in ("versions", "contents", "users", "audit"):
            try:
                found[table] = conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            except Exception:  # noqa: BLE001 - a table this store does not have
                found[table] = None
        return found

    conn_rows = store._read(counts)  # a test's look at the tables
    frame = store.read("incidents").frame
    return (hashlib.sha256(store_path().read_bytes()).hexdigest(), tuple(sorted(conn_rows.items())),
            tuple(map(tuple, frame.astype(str).values.tolist())))


# --- the cases -----------------------------------------------------------------------------------

def submit(user=PELAPOR, photo=None, confirm=False, **changes):
    return lambda store: field_desk.submit(store, user, report(**changes), photo,
                                           confirm_outside=confirm, now=NOW)


def decide(report_id="pending", revision=1, decision="diverifikasi", note="", user=EDITOR):
    return lambda store: field_desk.decide(store, user, report_id, revision, decision, note, NOW)


def follow(report_id="verified", revision=2, step="ditangani", user=EDITOR):
    return lambda store: field_desk.follow_up(store, user, report_id, revision, step, "", NOW)


def add_user(name="budi", password=GOOD, role="viewer", districts=()):
    return lambda store: Accounts().add_user(name, password, role, districts)


@dataclass
class Case:
    id: str
    action: Callable
    key: str
    says: str = ""  # a fragment of the Indonesian message (e.g. the limit, the name quoted)
    photo: Callable | None = None  # bytes built lazily, cleaned in a memory-limited child too
    extra: dict = field(default_factory=dict)


def _photo_case(case_id: str, build: Callable[[], bytes], key: str, says: str = "") -> Case:
    return Case(case_id, None, key, says, photo=build)  # type: ignore[arg-type]


CASES = [
    # Lapor Kejadian: each field
    Case("token-empty", submit(token=""), "field.error.form_expired"),
    Case("token-10000-chars", submit(token="x" * 10_000), "field.error.form_expired"),
    Case("district-unknown", submit(kab_kota="64.99"), "field.error.other_district"),
    Case("district-sql", submit(user=User("adm", "admin", ()), kab_kota="64.72'; DROP TABLE x;--"),
         "field.error.district"),
    Case("district-of-another-pelapor", submit(kab_kota="64.08"), "field.error.other_district"),
    Case("date-in-year-9999", submit(tanggal=dt.date(9999, 12, 31)), "field.error.future"),
    Case("category-script", submit(kategori="<script>alert(1)</script>"),
         "field.error.category"),
    Case("category-jinja", submit(kategori="{{ 7*7 }}"), "field.error.category"),
    Case("description-blank", submit(deskripsi="   \n\t "), "field.error.description"),
    Case("description-2001-chars", submit(deskripsi="x" * 2001), "field.error.description_long",
         says="2000"),
    Case("description-10-mb", submit(deskripsi="<b>" * (3 << 20)), "field.error.description_long",
         says="2000"),
    Case("source-blank", submit(sumber=""), "field.error.source"),
    Case("victims-negative", submit(korban=-1), "field.error.victims", says="100000"),
    Case("victims-10-to-the-30", submit(korban=10 ** 30), "field.error.victims"),
    Case("lat-without-lon", submit(lon=None), "field.error.location_half"),
    Case("lat-nan", submit(lat=float("nan")), "field.error.location_province"),
    Case("lon-infinite", submit(lon=float("inf")), "field.error.location_province"),
    Case("lat-1e308", submit(lat=1e308), "field.error.location_province"),
    Case("lat-91-lon-200", submit(lat=91.0, lon=200.0), "field.error.location_province"),
    Case("position-in-jakarta", submit(lat=-6.2, lon=106.8), "field.error.location_province"),
    Case("position-in-kutai-barat-unconfirmed", submit(lat=-0.2, lon=115.7),
         "field.error.outside"),
    Case("kecamatan-of-another-district", submit(kecamatan="Sangatta Utara"),
         "field.error.kecamatan"),
    Case("kecamatan-html", submit(kecamatan="<img src=x onerror=alert(1)>"),
         "field.error.kecamatan"),
    Case("kecamatan-escape-sequence", submit(kecamatan=ESC), "field.error.kecamatan"),
    Case("desa-of-another-kecamatan", submit(desa="Sangatta Utara"), "field.error.desa"),
    Case("desa-without-kecamatan", submit(kecamatan="", desa="Loa Bakung"), "field.error.desa"),
    Case("viewer-submits", submit(user=VIEWER), "field.error.not_allowed"),
    Case("nobody-submits", submit(user=None), "field.error.not_allowed"),
    # the photo
    _photo_case("photo-one-nul-byte", lambda: b"\0", "field.photo.not_image"),
    _photo_case("photo-html", lambda: b"<html><script>alert(1)</script></html>",
                "field.photo.not_image"),
    _photo_case("photo-svg-with-script", lambda: (b'<svg xmlns="http://www.w3.org/2000/svg">'
                                                  b'<script>alert(1)</script></svg>'),
                "field.photo.not_image"),
    _photo_case("photo-gif", lambda: other_format("GIF"), "field.photo.not_image"),
    _photo_case("photo-tiff", lambda: other_format("TIFF"), "field.photo.not_image"),
    _photo_case("photo-bmp", lambda: other_format("BMP"), "field.photo.not_image"),
    _photo_case("photo-truncated-jpeg", lambda: jpeg((200, 100))[:400], "field.photo.not_image"),
    _photo_case("photo-over-8-mb", lambda: jpeg() + b"\0" * (8 << 20), "field.photo.too_large",
                says="8 MB"),
    _photo_case("photo-png-bomb-900-megapixels", lambda: png_declaring(30_000, 30_000),
                "field.photo.too_many_pixels", says="40 juta piksel"),
    _photo_case("photo-png-bomb-120-megapixels", lambda: png_declaring(12_000, 10_000),
                "field.photo.too_many_pixels", says="40 juta piksel"),
    _photo_case("photo-png-45-megapixels", lambda: png_declaring(9_000, 5_000),
                "field.photo.too_many_pixels", says="40 juta piksel"),
    _photo_case("photo-jpeg-declaring-65500-square", lambda: jpeg_declaring(65_500, 65_500),
                "field.photo.too_many_pixels", says="40 juta piksel"),
    _photo_case("photo-png-text-chunk-bomb", png_text_bomb, "field.photo.not_image"),
    # Verifikasi: the decision form
    Case("decision-not-offered", decide(decision="diterbitkan"), "field.error.decision"),
    Case("decision-script", decide(decision="<script>"), "field.error.decision"),
    Case("decision-report-unknown", decide(report_id="tidak-ada"), "field.error.not_found"),
    Case("decision-report-id-empty", decide(report_id=""), "field.error.not_found"),
    Case("decision-report-id-escape-10000", decide(report_id=ESC * 1000),
         "field.error.not_found"),
    Case("decision-revision-stale", decide(revision=7), "field.error.stale"),
    Case("decision-revision-negative", decide(revision=-(2 ** 63)), "field.error.stale"),
    Case("decision-by-viewer", decide(user=VIEWER), "field.error.not_allowed"),
    Case("decision-by-pelapor", decide(user=PELAPOR), "field.error.not_allowed"),
    Case("decision-by-editor-of-another-district", decide(user=EDITOR_KUTIM),
         "field.error.other_district"),
    # the follow-up step
    Case("follow-up-unverified", follow(report_id="pending", revision=1),
         "field.error.follow_up_unverified"),
    Case("follow-up-done-before-handled", follow(step="selesai"), "field.error.follow_up_order"),
    Case("follow-up-step-forged", follow(step="{{ 7*7 }}"), "field.error.follow_up_order"),
    # the admin's new-user form
    Case("user-name-100000-chars", add_user(name="x" * 100_000), "auth.error.bad_name",
         says="xxx…"),
    Case("user-name-escape-sequence", add_user(name=ESC), "auth.error.bad_name", says="\\x1b"),
    Case("user-name-html", add_user(name="<img src=x>"), "auth.error.bad_name", says="<img"),
    Case("user-name-jinja", add_user(name="{{ 7*7 }}"), "auth.error.bad_name", says="{{ 7*7 }}"),
    Case("user-name-nul", add_user(name="ani\x00admin"), "auth.error.bad_name", says="\\x00"),
    Case("user-role-forged", add_user(role="superadmin"), "auth.error.bad_role",
         says="superadmin"),
    Case("user-password-10-mb", add_user(password="a" * (10 << 20)),
         "auth.error.weak_password.repeat"),
    Case("user-districts-unknown", add_user(role="editor", districts=["99.99"]),
         "auth.error.bad_district", says="99.99"),
]


def _refusal(case: Case, store) -> LocalizedError:
    if case.photo is not None:
        action = submit(photo=case.photo())
    else:
        action = case.action
    with pytest.raises(LocalizedError) as refused:
        action(store)
    return refused.value


_CLEAN_IN_CHILD = ("import sys, resource; sys.path.insert(0, sys.argv[1])\n"
                   "resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[2]), int(sys.argv[2])))\n"
                   "from loaders import photos\n"
                   "try:\n"
                   "    photos.clean_photo(sys.stdin.buffer.read())\n"
                   "    print('accepted')\n"
                   "except photos.PhotoError as e:\n"
                   "    print(e.message_id)\n")


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_form_field_is_refused_clearly_and_changes_nothing(case, seeded):
    before = snapshot(seeded)
    before_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.process_time()
    error = _refusal(case, seeded)
    cpu = time.process_time() - started

    assert error.message_id == case.key, (error.message_id, error.params)
    said = {lang: error.message(lang) for lang in ("id", "en")}
    assert set(MESSAGES[case.key]) >= {"id", "en"} and said["id"] != said["en"]
    for text in said.values():
        assert text and "Traceback" not in text and case.key not in text
        assert not any(ch in text for ch in ("\x1b", "\x07", "\x00")), repr(text)
        assert len(text) < 1_000, len(text)
    assert case.says in said["id"], said["id"]
    assert cpu < CPU_BOUND_S, f"{cpu:.1f} s of CPU"
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before_rss) / 1024
    assert grown < GROWTH_BOUND_MB, f"the server process grew by {grown:.0f} MB"
    assert snapshot(seeded) == before
    if case.photo is not None:  # and with 1 GiB of address space the same refusal, no MemoryError
        child = subprocess.run([sys.executable, "-c", _CLEAN_IN_CHILD, str(ROOT),
                                str(CHILD_MEMORY)], input=case.photo(), capture_output=True,
                               timeout=60)
        assert child.stdout.decode().strip() == case.key, child.stderr.decode()[-2000:]


def test_the_suite_covers_every_field_of_the_forms():
    assert len(CASES) >= 50 and len({c.id for c in CASES}) == len(CASES)
    keys = {c.key for c in CASES}
    assert {k for k in MESSAGES if k.startswith(("field.error.", "field.photo."))} - keys <= {
        "field.error.other_district_page"}  # every refusal the desk can say is reached


# --- accepted, but hostile: stored as text, shown escaped ----------------------------------------

def test_html_jinja_and_escape_sequences_in_a_report_are_stored_as_visible_text(seeded):
    outcome = field_desk.submit(seeded, PELAPOR, report(
        token="teks", deskripsi="<script>alert(1)</script> {{ 7*7 }} {% if %}" + ESC,
        sumber="=HYPERLINK(\"http://x.invalid\")"), None, now=NOW)
    row = outcome.row
    assert row["deskripsi"].startswith("<script>alert(1)</script> {{ 7*7 }} {% if %}")
    assert "\x1b" not in row["deskripsi"] and "\\x1b[2J" in row["deskripsi"]
    assert "49" not in row["deskripsi"]
    stored = seeded.read("incidents").frame
    assert stored.loc[stored["id_laporan"] == "teks", "deskripsi"].tolist() == [row["deskripsi"]]


def test_a_verification_note_with_escape_sequences_is_stored_visibly_and_cut(seeded):
    outcome = field_desk.decide(seeded, EDITOR, "pending", 1, "dibantah",
                                ESC + "x" * 5000, NOW)
    note = outcome.row["catatan_verifikasi"]
    assert note.startswith("\\x1b[2J") and len(note) == rules.MAX_NOTE and "\x1b" not in note


def test_photo_exif_oddities_are_read_and_dropped():
    """Orientation values outside 1-8, a malformed EXIF block and an IFD pointing at itself:
    the photo is read, turned as far as the tag means anything, and stored without EXIF."""
    def exif_with(orientation: int) -> bytes:
        exif = Image.Exif()
        exif[0x0112] = orientation
        exif[0x010E] = "<script>alert(1)</script>"
        return exif.tobytes()

    samples = [jpeg((40, 20), exif_with(v)) for v in (0, 9, 65535)]
    samples.append(jpeg((40, 20), b"Exif\0\0MM\0*\0\0\0\x08\xff\xff" + b"\x01" * 100))
    samples.append(jpeg((40, 20), b"Exif\0\0II*\0\x08\0\0\0\x01\0\x69\x87\x04\0\x01\0\0\0\x08"
                                  b"\0\0\0\0\0\0\0"))
    for data in samples:
        cleaned = photos.clean_photo(data)
        assert b"<script" not in cleaned
        with Image.open(io.BytesIO(cleaned)) as image:
            assert image.size == (40, 20) and not image.getexif()
    rotated = photos.clean_photo(jpeg((40, 20), exif_with(6)))  # 90 degrees: the tag is obeyed
    with Image.open(io.BytesIO(rotated)) as image:
        assert image.size == (20, 40)


def test_a_photo_bomb_refusal_says_it_is_too_large_not_unreadable():
    """Before the fix Pillow's own DecompressionBombError was caught as 'not an image': a real
    photo of too high a resolution was called unreadable."""
    with pytest.raises(photos.PhotoError) as refused:
        photos.clean_photo(png_declaring(30_000, 30_000))
    assert refused.value.message_id == "field.photo.too_many_pixels"
    assert "40 million pixels" in refused.value.message("en")
