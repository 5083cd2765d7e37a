"""One user-facing error type: every exception class whose instances reach users (it carries a
message id, or says itself with ``message``) is an ``i18n.errors.LocalizedError``, and each says
itself in both languages with its parameters written the way that language writes them."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import string
from pathlib import Path

import pytest

from i18n import LANGUAGES
from i18n.catalog import MESSAGES
from i18n.errors import LocalizedError, Message

ROOT = Path(__file__).resolve().parents[2]
# Every layer below the pages; pages/ and dashboard.py are Streamlit scripts that run on import.
PACKAGES = ("i18n", "domain", "storage", "loaders", "indicators", "accounts", "exports", "cli",
            "maps", "views", "reports", "ui", "server")
WHERE = "/srv/kesbangpol/rahasia/dashboard.sqlite3"
DETAIL = "disk I/O error at page 7"


def _modules():
    for package in PACKAGES:
        yield importlib.import_module(package)
        for info in pkgutil.walk_packages([str(ROOT / package)], prefix=f"{package}."):
            if info.name.rsplit(".", 1)[-1] != "__main__":  # runs the command line
                yield importlib.import_module(info.name)


def _reaches_users(cls: type) -> bool:
    if hasattr(cls, "message_id") or callable(getattr(cls, "message", None)):
        return True
    try:
        source = inspect.getsource(cls)
    except (OSError, TypeError):
        return False
    return "message_id" in source or "Message(" in source  # kept in __init__ only


def _user_facing_exceptions() -> dict[str, type]:
    found = {}
    for module in _modules():
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, BaseException) \
                    and _reaches_users(cls):
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return found


def _samples() -> dict[str, tuple[LocalizedError, dict[str, str]]]:
    """One instance of each user-facing class, and a piece of its text in each language."""
    from accounts.errors import AccountError
    from loaders.boundaries import BoundaryError
    from loaders.headers import HeaderError
    from loaders.readers import ReadError
    from storage import faults
    from storage.base import ConcurrentCommitError, NoChangeError, StoreError, UnknownVersionError

    def fault(cls: type, id_text: str, en_text: str):
        return cls(WHERE, DETAIL), {"id": id_text, "en": en_text}

    from domain.field_reports import FieldReportError, StaleReportError
    from loaders.photos import PhotoError
    from storage.province_guard import StoreProvinceError

    return {
        "storage.province_guard.StoreProvinceError": (
            StoreProvinceError(WHERE, "64", "33"),
            {"id": "berisi data provinsi 64 Kalimantan Timur", "en": "set up for province 33 "
             "Jawa Tengah"}),
        "domain.field_reports.FieldReportError": (
            FieldReportError("field.error.stale", revision=4),
            {"id": "(kini revisi 4)", "en": "revision 4"}),
        "domain.field_reports.StaleReportError": (
            StaleReportError({"revisi": 5}), {"id": "(kini revisi 5)", "en": "revision 5"}),
        "loaders.photos.PhotoError": (
            PhotoError("field.photo.too_large", limit=8),
            {"id": "paling besar 8 MB", "en": "at most 8 MB"}),
        "i18n.errors.LocalizedError": (
            LocalizedError("boundaries.error.too_large", name="b.zip", size_mb=251.3,
                           limit_mb=200.0),
            {"id": "251,3 MB, melebihi batas 200 MB", "en": "251.3 MB, over the 200 MB limit"}),
        "loaders.readers.ReadError": (
            ReadError("read.error.too_large", size_mb=12.0, limit_mb=10),
            {"id": "(12,0 MB; batas 10 MB)", "en": "(12.0 MB; limit 10 MB)"}),
        "loaders.headers.HeaderError": (
            HeaderError("headers.error.merged_too_large", limit_cells=1_500_000),
            {"id": "lebih dari 1.500.000 sel", "en": "more than 1,500,000 cells"}),
        "accounts.errors.AccountError": (
            AccountError("auth.error.bad_role", role="raja", roles="admin, editor"),
            {"id": "Peran “raja” tidak dikenal", "en": "Unknown role “raja”"}),
        "loaders.boundaries.BoundaryError": (
            BoundaryError("boundaries.error.wrong_level", level=Message("boundaries.level.kabupaten"),
                          other=Message("boundaries.level.desa"), column="kode",
                          example="64.02.04.2005"),
            {"id": "batas desa/kelurahan, bukan kab/kota",
             "en": "village (desa/kelurahan) boundaries, not regency/city (kab/kota)"}),
        "storage.base.StoreError": (
            StoreError(), {"id": "Penyimpanan data gagal.", "en": "Saving the data failed."}),
        "storage.base.ConcurrentCommitError": (
            ConcurrentCommitError(dataset="conflict_risk", expected="v2", current="v3"),
            {"id": "diharapkan v2, kini v3", "en": "expected version v2, now v3"}),
        "storage.base.UnknownVersionError": (
            UnknownVersionError(dataset="conflict_risk", version=9),
            {"id": "Versi 9 dari conflict_risk", "en": "Version 9 of conflict_risk"}),
        "storage.base.NoChangeError": (
            NoChangeError(dataset="conflict_risk", version="v2"),
            {"id": "versi terkini (v2)", "en": "the current version (v2)"}),
        "storage.faults.StoreFaultError": fault(faults.StoreFaultError, "tidak dapat dihubungi",
                                                "cannot be reached"),
        "storage.faults.StoreUnreachableError": fault(faults.StoreUnreachableError,
                                                      "tidak dapat dihubungi", "cannot be reached"),
        "storage.faults.StoreReadOnlyError": fault(faults.StoreReadOnlyError, "hanya-baca",
                                                   "read-only"),
        "storage.faults.StoreFullError": fault(faults.StoreFullError, "penuh", "disk is full"),
        "storage.faults.StoreDamagedError": fault(faults.StoreDamagedError, "rusak", "damaged"),
        "storage.faults.StoreBusyError": fault(faults.StoreBusyError, "dikunci", "locked"),
    }


@pytest.fixture(scope="module")
def user_facing() -> dict[str, type]:
    return _user_facing_exceptions()


def test_every_user_facing_exception_is_the_one_error_type(user_facing):
    assert set(_samples()) <= set(user_facing), "the walk must find the known refusals"
    others = sorted(name for name, cls in user_facing.items() if not issubclass(cls, LocalizedError))
    assert not others, f"say these with i18n.errors.LocalizedError: {others}"


def test_every_user_facing_exception_has_a_sample_here(user_facing):
    # a new refusal class gets a sample below, so that it is said in both languages too
    assert sorted(set(user_facing) - set(_samples())) == []


@pytest.mark.parametrize("name", sorted(_samples()))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_refusal_says_itself_in_both_languages(name, lang):
    error, expected = _samples()[name]
    assert error.message_id in MESSAGES and MESSAGES[error.message_id][lang].strip()
    text = error.message(lang)
    assert expected[lang] in text
    placeholders = {field for _, field, _, _ in string.Formatter().parse(MESSAGES[error.message_id][lang])
                    if field}
    assert not any("{" + field + "}" in text for field in placeholders), text
    other = "en" if lang == "id" else "id"
    assert text != error.message(other)


def test_a_store_fault_tells_visitors_what_to_do_but_not_where_or_what_exactly():
    from storage.faults import FAULTS

    for cls in FAULTS.values():
        fault = cls(WHERE, DETAIL)
        for lang in LANGUAGES:
            assert WHERE not in fault.message(lang) and DETAIL not in fault.message(lang)
            assert WHERE in fault.details(lang) and DETAIL in fault.details(lang)


def test_a_message_parameter_is_said_in_the_texts_language_and_a_name_stays_as_it_is():
    note = Message("boundaries.note.units", {"count": 3, "level": Message("boundaries.level.desa"),
                                             "features": 4})
    assert "desa/kelurahan" in note.text("id") and "village (desa/kelurahan)" in note.text("en")
    named = Message("boundaries.error.empty_file", {"name": "@boundaries.level.desa"})
    assert "@boundaries.level.desa" in named.text("en")


def test_a_refusal_kept_in_a_report_says_the_same_as_the_refusal():
    from loaders.boundaries import BoundaryError

    error = BoundaryError("boundaries.error.too_large", name="b.zip", size_mb=251.3, limit_mb=200.0)
    kept = error.as_message()
    assert kept.key == kept.message_id == error.message_id
    for lang in LANGUAGES:
        assert kept.text(lang) == error.message(lang)


def test_a_refusal_whose_class_names_its_id_takes_parameters_only():
    from storage.base import ConcurrentCommitError, StoreError

    assert StoreError().message_id == "store.error.generic"
    assert StoreError("store.error.unknown_dataset", dataset="x").message_id == \
        "store.error.unknown_dataset"
    error = ConcurrentCommitError(dataset="d", expected="v1", current="v2")
    assert error.message_id == "store.error.concurrent" and error.params["current"] == "v2"
    assert str(error).startswith("store.error.concurrent {")  # the raw shape logs and the CLI see
