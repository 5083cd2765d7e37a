"""The translation catalogue is complete, every id the code uses is in it, and numbers and dates
follow each language. The code is read by tests/i18n_check.py (its syntax tree, not its text)."""

from __future__ import annotations

import datetime as dt
import string
import textwrap
from pathlib import Path

import pytest

from i18n import LANGUAGES, fmt_date, fmt_number, fmt_percent, fmt_period, fmt_signed_points, t
from i18n.catalog import MESSAGES
from tests import i18n_check

ROOT = Path(__file__).resolve().parents[2]


# Messages whose languages legitimately use different parameters of the same call.
DIFFERENT_PLACEHOLDERS_ALLOWED = {"period.quarter"}  # "Triwulan III" against "Q3"


def test_every_message_has_both_languages_with_the_same_placeholders():
    for key, entry in MESSAGES.items():
        assert set(entry) == set(LANGUAGES), key
        assert all(isinstance(entry[lang], str) and entry[lang].strip() for lang in LANGUAGES), key
        if key in DIFFERENT_PLACEHOLDERS_ALLOWED:
            continue
        fields = [{f for _, f, _, _ in string.Formatter().parse(entry[lang]) if f is not None}
                  for lang in LANGUAGES]
        assert fields[0] == fields[1], f"{key}: placeholders differ {fields}"


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


# --- the ids the code uses -----------------------------------------------------------------------
# Read together with the application, so that the check is seen to know the application's own
# error and message types wherever they live: each line marked "# wrong" is reported, no other.
# Most wrong ids have a prefix the catalogue does not know, which only a sink's argument is
# checked for.
IDIOMS_PATH = "i18n_check_idioms.py"
IDIOMS = textwrap.dedent("""\
    def idioms(lang, level, user):
        t("nav.overview", lang)
        t("navigation.overview", lang)  # wrong
        t(f"risk_page.no_such.{level}", lang)  # wrong
        t(f"boundaries.level.{level}", lang)
        for key in ("overview.title", "overview.no_such_title"):  # wrong
            t(key, lang)  # wrong
        t("pres.turnout.far" if level else "pres.turnout.nowhere", lang)  # wrong
        raise ReadError("reader.error.too_large", file="x.csv")  # wrong
        raise AccountError(f"auth.error.weak_password.{level}")
        raise AccountError("account.error.invalid")  # wrong
        raise BoundaryError("boundaries.error.too_large", name=user)
        raise BoundaryError("boundary.error.too_large", level="@boundaries.level.desa")  # wrong
        Message("boundaries.note.units", {"level": "@boundaries.level.no_such"})  # wrong
        Message("boundary.note.units", {"level": "@boundaries.level.desa"})  # wrong
        raise StoreError(message_id="storage.error.generic")  # wrong
        raise UnknownVersionError()
        Notice("reader.notice.encoding")  # wrong


    class NoSuchFault(StoreError):
        message_id = "storage.error.no_change"  # wrong


    LEVEL_LABELS = {"kabupaten": "boundaries.level.kabupatn"}  # wrong
    FILES = ("data.csv", "report.pdf", "loaders.store", "@someone", "map.html", "nav")
    """)


@pytest.fixture(scope="module")
def uses() -> list[i18n_check.Use]:
    sources = i18n_check.read_sources()
    assert IDIOMS_PATH not in sources
    return i18n_check.scan({**sources, IDIOMS_PATH: IDIOMS}, MESSAGES)


def _application(uses: list[i18n_check.Use]) -> list[i18n_check.Use]:
    return [use for use in uses if not use.where.startswith(f"{IDIOMS_PATH}:")]


def _reported_lines(problems: list[str], path: str) -> set[int]:
    return {int(line.split(":")[1]) for line in problems if line.startswith(f"{path}:")}


def _marked_lines(source: str) -> set[int]:
    return {n for n, line in enumerate(source.splitlines(), 1) if line.endswith("# wrong")}


def test_the_whole_application_is_read():
    paths = i18n_check.read_sources()
    tops = {path.split("/")[0] for path in paths}
    assert {"dashboard.py", "pages", "loaders", "maps", "views", "ui", "i18n"} <= tops
    assert not tops & {"tests", "benchmarks", "scripts", ".venv"}
    assert "i18n/__init__.py" in paths and not any(p.startswith("i18n/messages_") for p in paths)


def test_every_id_used_in_the_code_is_in_the_catalogue(uses):
    problems = i18n_check.problems(_application(uses), MESSAGES)
    assert not problems, "message ids used but not in the catalogue:\n" + "\n".join(problems)


#: Ids the code uses in a way its syntax tree cannot show (an id built from data, say). Each needs
#: its reason here, where it is used; an id that is simply no longer used is removed instead.
USED_OUT_OF_SIGHT: dict[str, str] = {}


def test_every_id_of_the_catalogue_is_used(uses):
    """An id no code names, by itself or through an f-string's family, is dead text: remove it
    (or, if the code does use it out of the check's sight, say where in USED_OUT_OF_SIGHT)."""
    unused = i18n_check.unused(_application(uses), MESSAGES)
    assert not unused - set(USED_OUT_OF_SIGHT), f"ids no code uses: {sorted(unused)}"
    assert not set(USED_OUT_OF_SIGHT) - unused, "USED_OUT_OF_SIGHT lists ids the check sees used"


def test_the_check_knows_the_applications_error_and_message_types(uses):
    problems = i18n_check.problems(uses, MESSAGES)
    assert _reported_lines(problems, IDIOMS_PATH) == _marked_lines(IDIOMS), problems


def test_the_check_infers_sinks_and_reads_each_form_of_an_id():
    """Without the application: a catalogue of four ids, and code that passes ids in each form
    the check reads, through types and helpers of its own."""
    keys = {"known.title", "known.error.full", "known.level.high", "other.word", "other.title"}
    source = textwrap.dedent("""\
        class LocalizedError(Exception):
            def __init__(self, message_id, **params):
                self.message_id = message_id

            def message(self, lang):
                return t(self.message_id, lang)


        class KindError(LocalizedError):
            pass


        class Fault(KindError):
            message_id = "known.error.nope"  # wrong


        class Condition(KindError):
            condition = "full"

            def __init__(self, where):
                super().__init__(f"known.error.{self.condition}", where=where)


        class Typo(KindError):
            def __init__(self):
                super().__init__(f"known.errors.{self.condition}")  # wrong


        LEVELS = ("high", "low")


        def refuse(message_id, **params):
            raise KindError(message_id, **params)


        def say(lang, level, name):
            h = lambda key: t(key, lang)
            h("known.title")
            h("known.titel")  # wrong
            refuse("known.error.full")
            refuse("known.error.empty")  # wrong
            KindError(message_id="known.nothing")  # wrong
            t(f"known.{name}", lang)
            t(f"unknown.{name}", lang)  # wrong
            t("known." + name, lang)
            t("other." + name + ".x", lang)  # wrong
            [t(f"known.level.{lv}", lang) for lv in LEVELS]  # wrong
            [t(f"known.level.{lv}", lang) for lv in ("high",)]
            t(name or "known.default", lang)  # wrong
            key = "known.title" if level else "known.subtitle"  # wrong
            t(key, lang)
            Condition("here")
            "not a message: known.title.csv, a sentence"


        def header(page, lang):
            t(f"{page}.title", lang)


        def label(word, lang):
            return t("known.title", lang) if word == "total" else t(f"known.level.{word}", lang)


        header("known", "id")
        header("knwon", "id")  # wrong
        label("total", "id")


        LABELS = {"high": "known.level.hihg"}  # wrong
        PREFIX = "known.level."
        PATTERN = f"known.level.{LEVELS[0]}"
        NOT_IDS = ("known.data.csv", "other_thing.known", "@known.title", "@known.titel")  # wrong
        """)
    uses = i18n_check.scan({"snippet.py": source}, keys)
    problems = i18n_check.problems(uses, keys)
    assert _reported_lines(problems, "snippet.py") == _marked_lines(source), problems
    # header's f"{page}.title" stands for the titles of its calls only, not for other.title
    assert i18n_check.unused(uses, keys) == {"other.word", "other.title"}


def test_the_check_leaves_modules_and_file_names_alone(tmp_path):
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "__init__.py").write_text("")
    (tmp_path / "store" / "backends.py").write_text("")
    keys = {"store.error.generic"}
    source = textwrap.dedent("""\
        MODULES = ("store.backends", "store.backends.open_store", "loaders.store")
        FILES = ("store.sqlite3", "store.json", "store.lock.json")
        IDS = ("store.error.generic", "store.error.nope")  # wrong
        """)
    problems = i18n_check.problems(i18n_check.scan({"snippet.py": source}, keys, tmp_path), keys)
    assert _reported_lines(problems, "snippet.py") == _marked_lines(source), problems


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
    from domain import schema

    for level in schema.RISK_LEVELS:
        assert f"risk.{level}" in MESSAGES
    for category in schema.CONFLICT_CATEGORIES:
        assert f"category.{category}" in MESSAGES
    for group in schema.TARGET_GROUPS:
        assert f"group.{group}" in MESSAGES
    for activity in schema.ACTIVITY_TYPES:
        assert f"activity.{activity}" in MESSAGES
