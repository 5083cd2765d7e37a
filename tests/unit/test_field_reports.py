"""Field reports (issue 16): the rules (domain.field_reports), the photo check (loaders.photos),
the desk's permission checks (accounts.field_desk) and the store round trip on both backends
(storage.field_store). The page half is tests/app/test_field_reports_pages.py."""

from __future__ import annotations

import datetime as dt
import io
import threading

import pandas as pd
import pytest
from PIL import Image

from accounts import field_desk
from accounts.access import User
from domain import field_reports as rules
from domain.schema import DATASETS, typed_frame
from loaders import photos
from storage import attachments, field_store
from storage.backends import open_store

NOW = dt.datetime(2026, 9, 20, 4, 0, tzinfo=dt.timezone.utc)  # 12.00 WITA
PELAPOR = User("pela", "pelapor", ("64.72",))
EDITOR = User("edi", "editor", ())
EDITOR_2 = User("eka", "editor", ())
VIEWER = User("vina", "viewer")


def report(token="t1", **changes) -> rules.ReportInput:
    values = dict(token=token, tanggal=dt.date(2026, 9, 20), waktu=dt.time(10, 30),
                  kab_kota="64.72", kecamatan="Sungai Kunjang", desa="", lat=-0.50, lon=117.12,
                  kategori="sara", deskripsi="Bentrok warga", korban=2, sumber="Polsek")
    values.update(changes)
    return rules.ReportInput(**values)


def jpeg(comment: bytes = b"", size=(64, 48)) -> bytes:
    out = io.BytesIO()
    image = Image.new("RGB", size, (200, 30, 30))
    exif = Image.Exif()
    exif[0x010E] = "<script>alert(1)</script>"  # ImageDescription
    image.save(out, "JPEG", exif=exif.tobytes(), comment=comment)
    return out.getvalue()


# -- rules ------------------------------------------------------------------------------------------

def test_legacy_statuses_read_as_the_new_names():
    frame = typed_frame(DATASETS["incidents"], pd.DataFrame({
        "status_verifikasi": ["belum_diverifikasi", "terverifikasi", "dibantah"]}))
    assert frame["status_verifikasi"].tolist() == ["dilaporkan", "diverifikasi", "dibantah"]


def test_a_good_report_has_no_problem_and_bad_ones_are_named():
    assert rules.check(report(), NOW) == []
    bad = rules.check(report(deskripsi=" ", sumber="", korban=-1, kategori="x", lat=5.0,
                             tanggal=dt.date(2026, 9, 21)), NOW)
    assert [p[0] for p in bad] == ["field.error.future", "field.error.category",
                                   "field.error.description", "field.error.source",
                                   "field.error.victims", "field.error.location_province"]


def test_the_same_form_twice_adds_one_row():
    row = rules.report_row(report(), "pela", NOW)
    once = rules.add_report(rules.frame_of([]), row)
    twice = rules.add_report(once, row)
    assert len(once) == len(twice) == 1
    assert once.loc[0, "status_verifikasi"] == "dilaporkan" and once.loc[0, "pelapor"] == "pela"


def test_only_verified_incidents_are_published():
    rows = [rules.report_row(report(token=f"t{i}"), "pela", NOW) for i in range(3)]
    frame = rules.frame_of(rows)
    frame = rules.decide(frame, "t1", 1, "diverifikasi", "edi", "", NOW)
    frame = rules.decide(frame, "t2", 1, "dibantah", "edi", "hoaks", NOW)
    assert rules.published(frame)["id_laporan"].tolist() == ["t1"]


def test_likely_duplicates_same_kecamatan_and_category_within_three_days():
    base = rules.report_row(report(token="a"), "pela", NOW)
    near = rules.report_row(report(token="b", tanggal=dt.date(2026, 9, 17)), "pela", NOW)
    far = rules.report_row(report(token="c", tanggal=dt.date(2026, 9, 16)), "pela", NOW)
    other = rules.report_row(report(token="d", kategori="ormas"), "pela", NOW)
    frame = rules.frame_of([base, near, far, other])
    found = rules.likely_duplicates(frame, frame.iloc[0])
    assert found["id_laporan"].tolist() == ["b"]


def test_a_decision_on_a_changed_report_is_refused_with_the_change():
    frame = rules.frame_of([rules.report_row(report(), "pela", NOW)])
    first = rules.decide(frame, "t1", 1, "dibantah", "eka", "sudah dicek", NOW)
    with pytest.raises(rules.StaleReportError) as refused:
        rules.decide(first, "t1", 1, "diverifikasi", "edi", "", NOW)
    assert refused.value.current["status_verifikasi"] == "dibantah"
    assert refused.value.current["diverifikasi_oleh"] == "eka"


def test_follow_up_needs_verification_and_order_and_times_are_per_district():
    frame = rules.frame_of([rules.report_row(report(), "pela", NOW)])
    with pytest.raises(rules.FieldReportError, match="follow_up_unverified"):
        rules.follow_up(frame, "t1", 1, "ditangani", "tim", "", NOW)
    frame = rules.decide(frame, "t1", 1, "diverifikasi", "edi", "", NOW + dt.timedelta(hours=2))
    with pytest.raises(rules.FieldReportError, match="follow_up_order"):
        rules.follow_up(frame, "t1", 2, "selesai", "tim", "", NOW)
    frame = rules.follow_up(frame, "t1", 2, "ditangani", "tim", "ke lokasi",
                            NOW + dt.timedelta(hours=5))
    frame = rules.follow_up(frame, "t1", 3, "selesai", "tim", "damai", NOW + dt.timedelta(hours=9))
    assert frame.loc[0, "catatan_tindak_lanjut"] == "ke lokasi | damai"
    times = rules.response_times(frame)
    assert times.to_dict("records") == [{"kab_kota": "64.72", "laporan": 1, "menunggu": 0,
                                         "jam_ke_verifikasi": 2.0, "jam_ke_penanganan": 5.0,
                                         "selesai": 1}]


def test_registry_bounds_say_when_a_position_is_outside_the_district():
    assert rules.inside_bounds(-0.50, 117.12, "64.72")  # Samarinda
    assert not rules.inside_bounds(-1.25, 116.85, "64.72")  # Balikpapan


# -- photos -----------------------------------------------------------------------------------------

def test_a_photo_is_reencoded_without_its_metadata():
    cleaned = photos.clean_photo(jpeg(comment=b"<script>alert(2)</script>"))
    assert b"<script" not in cleaned and b"alert" not in cleaned
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.format == "JPEG" and image.size == (64, 48)
        assert not image.getexif() and "comment" not in image.info


@pytest.mark.parametrize("data", [b"<html><script>alert(1)</script></html>", b"GIF89a\x01\x00",
                                  b"\xff\xd8\xff\xe0 broken jpeg", b""])
def test_a_photo_that_is_not_an_image_is_refused(data):
    with pytest.raises(photos.PhotoError) as refused:
        photos.clean_photo(data)
    assert refused.value.message_id == "field.photo.not_image"


def test_a_photo_too_large_is_refused(monkeypatch):
    monkeypatch.setattr(photos, "MAX_PHOTO_BYTES", 1000)
    with pytest.raises(photos.PhotoError) as refused:
        photos.clean_photo(jpeg(size=(400, 400)) + b"\0" * 1000)
    assert refused.value.message_id == "field.photo.too_large"


# -- the desk and the store, on both backends -------------------------------------------------------

def incidents(store) -> pd.DataFrame:
    return store.read("incidents").frame


def test_a_report_is_stored_once_with_its_photo_and_an_audit_entry(store_backend):
    store = open_store()
    first = field_desk.submit(store, PELAPOR, report(), jpeg(), now=NOW)
    again = field_desk.submit(store, PELAPOR, report(), jpeg(), now=NOW)  # a double tap
    assert first.stored and not again.stored
    frame = incidents(store)
    assert frame["id_laporan"].tolist() == ["t1"]  # the demo rows are replaced, not mixed
    row = frame.iloc[0]
    assert row["status_verifikasi"] == "dilaporkan" and row["pelapor"] == "pela"
    photo = attachments.get_photo(store, row["foto"])
    assert photo is not None and photo[:2] == b"\xff\xd8" and b"<script" not in photo
    assert store.history("incidents")[-1].user == "pela"
    assert store.read_audit("incidents", limit=1)[0].user == "pela"


def test_two_devices_sending_at_once_store_both_reports(store_backend):
    store = open_store()
    errors = []

    def send(token):
        try:
            field_desk.submit(open_store(), PELAPOR, report(token=token), None, now=NOW)
        except Exception as error:  # noqa: BLE001 - collected for the assertion
            errors.append(error)

    threads = [threading.Thread(target=send, args=(f"p{i}",)) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(incidents(store)["id_laporan"]) == ["p0", "p1", "p2"]


def test_a_pelapor_is_refused_another_district_and_the_verify_action(store_backend):
    store = open_store()
    before = store.current_version("incidents")
    with pytest.raises(rules.FieldReportError) as refused:
        field_desk.submit(store, PELAPOR, report(kab_kota="64.71", lat=None, lon=None), None,
                          now=NOW)
    assert refused.value.message_id == "field.error.other_district"
    field_desk.submit(store, PELAPOR, report(), None, now=NOW)
    for user in (PELAPOR, VIEWER, None):
        with pytest.raises(rules.FieldReportError) as refused:
            field_desk.decide(store, user, "t1", 1, "diverifikasi", "")
        assert refused.value.message_id == "field.error.not_allowed"
    assert store.current_version("incidents") == before + 1  # only the report itself
    assert incidents(store).loc[0, "status_verifikasi"] == "dilaporkan"


def test_an_editor_of_another_district_cannot_verify(store_backend):
    store = open_store()
    field_desk.submit(store, PELAPOR, report(), None, now=NOW)
    with pytest.raises(rules.FieldReportError, match="other_district"):
        field_desk.decide(store, User("bpn", "editor", ("64.71",)), "t1", 1, "diverifikasi", "")


def test_position_outside_the_district_needs_a_confirmation(store_backend):
    store = open_store()
    outside = report(lat=-1.25, lon=116.85)  # Balikpapan, reported for Samarinda
    with pytest.raises(rules.FieldReportError, match="field.error.outside"):
        field_desk.submit(store, PELAPOR, outside, None, now=NOW)
    assert field_desk.submit(store, PELAPOR, outside, None, confirm_outside=True, now=NOW).stored


def test_concurrent_verification_is_refused_and_shows_the_change(store_backend):
    store = open_store()
    field_desk.submit(store, PELAPOR, report(), None, now=NOW)
    seen = int(incidents(store).loc[0, "revisi"])  # both editors open the report
    field_desk.decide(store, EDITOR_2, "t1", seen, "dibantah", "hoaks")
    with pytest.raises(rules.StaleReportError) as refused:
        field_desk.decide(store, EDITOR, "t1", seen, "diverifikasi", "")
    assert refused.value.current["status_verifikasi"] == "dibantah"
    row = incidents(store).iloc[0]
    assert row["status_verifikasi"] == "dibantah" and row["diverifikasi_oleh"] == "eka"


def test_follow_up_through_the_store(store_backend):
    store = open_store()
    field_desk.submit(store, PELAPOR, report(), None, now=NOW)
    field_desk.decide(store, EDITOR, "t1", 1, "diverifikasi", "ok")
    with pytest.raises(rules.FieldReportError, match="not_allowed"):
        field_desk.follow_up(store, PELAPOR, "t1", 2, "ditangani", "")
    field_desk.follow_up(store, EDITOR, "t1", 2, "ditangani", "tim ke lokasi")
    row = incidents(store).iloc[0]
    assert row["tindak_lanjut"] == "ditangani" and row["ditangani_oleh"] == "edi"
    assert field_store.DATASET == "incidents"


# -- the pelapor role in the accounts -------------------------------------------------------------

def test_cli_adds_a_pelapor_for_their_districts(store_backend):
    import subprocess
    import sys
    from pathlib import Path

    from accounts.users import Accounts

    root = Path(__file__).resolve().parents[2]
    run = subprocess.run([sys.executable, "-m", "loaders", "add-user", "pela", "--role",
                          "pelapor", "--districts", "64.72,Balikpapan", "--password-stdin"],
                         input="kata-sandi-yang-panjang\n", text=True, capture_output=True,
                         cwd=root)
    assert run.returncode == 0, run.stderr
    user = Accounts().get("pela")
    assert user.role == "pelapor" and user.districts == ("64.71", "64.72")
    assert user.may_report_district("64.72") and not user.may_report_district("64.02")
    assert not user.can("view_internal_datasets") and not user.can("publish_incidents")


def test_a_store_file_from_before_the_pelapor_role_takes_one(data_dir):
    import sqlite3

    from accounts.users import Accounts
    from storage import backends

    data_dir.mkdir(parents=True)
    old = sqlite3.connect(backends.store_path())
    old.execute("CREATE TABLE users (name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, "
                "role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')), "
                "districts TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1, "
                "created_at TEXT NOT NULL)")
    old.execute("INSERT INTO users VALUES ('ani', 'x', 'admin', '', 1, '2026-01-01T00:00:00')")
    old.commit()
    old.close()
    accounts = Accounts(backends.store_path())
    accounts.add_user("pela", "kata-sandi-yang-panjang", "pelapor", ["64.72"], by="ani")
    assert accounts.get("pela").role == "pelapor"
    assert accounts.get("ani").role == "admin"  # the old rows kept


def test_with_official_boundaries_the_polygon_decides(kab_file, monkeypatch):
    import geopandas as gpd

    from loaders import areas, field_location

    frame = gpd.read_file(kab_file)[["kode", "nama", "geometry"]].assign(nama_pendek="")
    layer = areas.AreaLayer(frame, schematic=False, version="test")
    monkeypatch.setattr(areas, "imported_areas", lambda level, *a, **k: layer)
    # Inside Samarinda's bounding box but on the Kutai Kartanegara side of its boundary
    # (Samarinda's box reaches 117.35 E; its polygon stops well short of it at this latitude).
    assert rules.inside_bounds(-0.30, 117.34, "64.72")
    assert not field_location.inside_district(-0.30, 117.34, "64.72")
    assert field_location.inside_district(-0.50, 117.14, "64.72")
    assert field_location.outline("64.72")["type"] in ("Polygon", "MultiPolygon")
