"""The translation catalogue is complete, and numbers and dates follow each language."""

from __future__ import annotations

import datetime as dt
import re
import string
from pathlib import Path

import pytest

from i18n import LANGUAGES, fmt_date, fmt_number, fmt_percent, fmt_period, fmt_signed_points, t
from i18n.catalog import MESSAGES

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = ("pages", "loaders", "maps", "views", "ui", "i18n")


# Messages whose languages legitimately use different parameters of the same call.
DIFFERENT_PLACEHOLDERS_ALLOWED = {"period.quarter"}  # "Triwulan III" against "Q3"


def test_every_message_has_both_languages_with_the_same_placeholders():
    for key, entry in MESSAGES.items():
        if key in DIFFERENT_PLACEHOLDERS_ALLOWED:
            continue
        assert set(entry) >= set(LANGUAGES), key
        fields = [{f for _, f, _, _ in string.Formatter().parse(entry[lang]) if f}
                  for lang in LANGUAGES]
        assert fields[0] == fields[1], f"{key}: placeholders differ {fields}"
        assert all(entry[lang].strip() for lang in LANGUAGES), key


def test_each_messages_module_holds_the_ids_of_its_prefix_and_no_other():
    """``i18n/messages_<prefix>.py`` holds every id whose prefix (the part before the first dot, or
    the whole id) is ``<prefix>``, and no other: a prefix is never spread over two modules."""
    import importlib
    import pkgutil

    modules_of: dict[str, set[str]] = {}
    for info in pkgutil.iter_modules([str(ROOT / "i18n")]):
        if not info.name.startswith("messages_"):
            continue
        module = importlib.import_module(f"i18n.{info.name}")
        assert module.MESSAGES, f"{info.name}.py is empty"
        for key in module.MESSAGES:
            modules_of.setdefault(key.split(".", 1)[0], set()).add(info.name)
    misplaced = {prefix: sorted(names) for prefix, names in modules_of.items()
                 if names != {f"messages_{prefix}"}}
    assert not misplaced, f"prefixes not in (only) their messages_<prefix>.py: {misplaced}"


def _ids_used_in_code() -> set[str]:
    pattern = re.compile(r"""\bt\(\s*["']([a-z0-9_.]+)["']""")
    used = set()
    for folder in SOURCE_DIRS + (".",):
        files = (ROOT / folder).glob("*.py") if folder == "." else (ROOT / folder).rglob("*.py")
        for path in files:
            used |= set(pattern.findall(path.read_text(encoding="utf-8")))
    return used


def test_every_id_used_in_the_code_is_in_the_catalogue():
    missing = sorted(_ids_used_in_code() - set(MESSAGES))
    assert not missing, f"message ids used but not defined: {missing}"


def test_indonesian_is_the_default():
    assert t("nav.overview") == "Ringkasan"
    assert t("nav.overview", "en") == "Overview"


def test_unknown_id_shows_the_id_rather_than_failing():
    assert t("no.such.message", "en") == "no.such.message"


def test_number_formats():
    assert fmt_number(1234.5, "id", 1) == "1.234,5"
    assert fmt_number(1234.5, "en", 1) == "1,234.5"
    assert fmt_number(2821202, "id") == "2.821.202"
    assert fmt_percent(69.18, "id") == "69,2%"
    assert fmt_percent(69.18, "en") == "69.2%"
    assert fmt_number(None, "id") == "–"
    assert fmt_number(float("nan"), "id") == "–"
    assert fmt_signed_points(-10.82, "id") == "-10,8 poin"
    assert fmt_signed_points(2.5, "en") == "+2.5 pts"


def test_date_and_period_formats():
    assert fmt_date(dt.date(2022, 3, 23), "id") == "23 Maret 2022"
    assert fmt_date("2022-03-23", "en") == "23 March 2022"
    assert fmt_period("2026-Q3", "id") == "Triwulan III 2026"
    assert fmt_period("2026-Q3", "en") == "Q3 2026"
    assert fmt_period("2026-07", "id") == "Juli 2026"
    assert fmt_period("2026-07", "en") == "July 2026"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_vocabulary_of_the_schemas_is_translated(lang):
    from loaders import schema

    for level in schema.RISK_LEVELS:
        assert f"risk.{level}" in MESSAGES
    for category in schema.CONFLICT_CATEGORIES:
        assert f"category.{category}" in MESSAGES
    for group in schema.TARGET_GROUPS:
        assert f"group.{group}" in MESSAGES
    for activity in schema.ACTIVITY_TYPES:
        assert f"activity.{activity}" in MESSAGES
