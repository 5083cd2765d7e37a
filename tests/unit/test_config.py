"""The settings (config.py): every DASHBOARD_* variable the application reads is declared there and
documented in the README's settings table with its default; the README lists nothing config does
not declare; no other module reads one; a value that cannot be used falls back to the default with
a warning that names it; and each setting takes effect (here, or in the test named in EFFECT)."""

from __future__ import annotations

import ast
import datetime as dt
import logging
import re
from pathlib import Path

import pytest

import config
from accounts.errors import AccountError
from accounts.users import Accounts

ROOT = Path(__file__).resolve().parents[2]
NAME = re.compile(r"DASHBOARD_[A-Z0-9_]+")
# Not application code: read by the tests, scripts, benchmarks and CI only.
NOT_APP = {"tests", "benchmarks", "scripts", "docs", "data", "static", "geodata", "wheelhouse"}
# Set and read by the tests themselves, not a knob anyone sets: the reader that never returns
# (tests/helpers/boundary_readers.py) writes its pid to the file named here.
TEST_INTERNAL = {"DASHBOARD_TEST_BOUNDARY_SPIN_PIDFILE"}
SETTINGS = {s.name: s for s in config.SETTINGS}
GOOD = "Kaltim-Damai-2026!"
NOW = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.timezone.utc)

# Where each setting is shown to take effect: a test of this file, or an older one elsewhere.
EFFECT = {
    "DASHBOARD_WARMUP": "tests/unit/test_warmup.py::test_warmup_setting_turns_the_thread_on_and_off",
    "DASHBOARD_DATA_DIR": "tests/unit/test_config.py::test_data_dir_holds_the_store_boundaries_and_decks",
    "DASHBOARD_DB_URL": "tests/unit/test_config.py::test_db_url_chooses_postgresql_for_every_store",
    "DASHBOARD_PROVINCE":
        "tests/unit/test_province.py::test_the_registry_and_the_module_names_follow_the_setting",
    "DASHBOARD_MAX_UPLOAD_MB": "tests/unit/test_readers.py::test_size_limit_from_env",
    "DASHBOARD_MAX_BOUNDARY_MB":
        "tests/unit/test_boundaries_import.py::test_too_large_is_refused_before_reading",
    "DASHBOARD_BOUNDARY_READ_SECONDS":
        "tests/unit/test_hostile_boundaries.py::test_a_reader_that_never_returns_is_killed_at_the_deadline",
    # the case one-huge-feature sets it to 800 and expects "800 MB" in the refusal
    "DASHBOARD_BOUNDARY_READ_MB":
        "tests/unit/test_hostile_boundaries.py::test_hostile_boundary_file_is_refused_clearly",
    "DASHBOARD_REPORT_DUE_DAYS":
        "tests/unit/test_reporting_due.py::test_due_days_come_from_the_environment",
    "DASHBOARD_ALERT_MIN_INCIDENTS": "tests/unit/test_alerts.py::test_thresholds_come_from_the_settings",
    "DASHBOARD_ALERT_RATIO": "tests/unit/test_alerts.py::test_thresholds_come_from_the_settings",
    "DASHBOARD_SESSION_MINUTES": "tests/unit/test_config.py::test_session_minutes_end_an_idle_session",
    "DASHBOARD_SESSION_MAX_HOURS":
        "tests/unit/test_config.py::test_session_max_hours_end_a_busy_session_and_its_cookie",
    "DASHBOARD_MAX_FAILED_LOGINS":
        "tests/unit/test_config.py::test_max_failed_logins_and_lockout_minutes",
    "DASHBOARD_MAX_FAILED_LOGINS_ACCOUNT":
        "tests/unit/test_accounts_hardening.py::test_many_clients_together_still_lock_the_account",
    "DASHBOARD_MAX_FAILED_LOGINS_CLIENT":
        "tests/unit/test_accounts_hardening.py::test_one_client_guessing_many_names_is_stopped",
    "DASHBOARD_LOCKOUT_MINUTES": "tests/unit/test_config.py::test_max_failed_logins_and_lockout_minutes",
}


def app_files() -> list[Path]:
    files = [ROOT / ".streamlit" / "config.toml"]
    for entry in sorted(ROOT.iterdir()):
        if entry.name.startswith(".") or entry.name in NOT_APP or entry.is_symlink():
            continue
        if entry.is_dir():
            files += sorted(p for p in entry.rglob("*.py") if "__pycache__" not in p.parts)
        elif entry.suffix == ".py":
            files.append(entry)
    return files


def readme_section() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"^## Settings\n(.*?)(?=^## )", text, re.M | re.S)
    assert match, "README.md has no '## Settings' section"
    return match.group(1).splitlines()


def readme_rows(header: str) -> dict[str, list[str]]:
    """The rows of the settings section's table whose header starts with ``header``: name -> the
    other cells."""
    lines = readme_section()
    start = next((i for i, line in enumerate(lines) if line.startswith(f"| {header} ")), None)
    assert start is not None, f"no table with the header '| {header} |' under '## Settings'"
    rows = {}
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        rows[cells[0].strip("`")] = cells[1:]
    return rows


def readme_row(setting: config.Setting) -> str:
    return (f"| `{setting.name}` | {setting.shown_default()} | {setting.accepts} | "
            f"{setting.meaning} |")


# --- declared, documented, read in one place ------------------------------------------------------

def test_app_files_are_found():
    names = {p.relative_to(ROOT).as_posix() for p in app_files()}
    assert {"config.py", "dashboard.py", "loaders/readers.py", "accounts/users.py",
            "i18n/messages_data.py"} <= names
    assert not any(n.startswith(("tests/", "benchmarks/", "scripts/", ".venv/")) for n in names)


def test_every_name_in_the_application_is_declared_in_config():
    """Also in messages and docstrings: a name users are told to check must exist. A test-only
    variable in application code means a test branch in the product (install a hook from the
    test instead: storage.hooks, loaders.boundaries_sandbox.reader)."""
    undeclared = {}
    for path in app_files():
        for name in NAME.findall(path.read_text(encoding="utf-8")):
            if name not in SETTINGS:
                undeclared.setdefault(name, set()).add(path.relative_to(ROOT).as_posix())
    assert not undeclared, f"declare these in config.py (or drop them): {undeclared}"


def test_no_module_but_config_holds_a_settings_name_as_a_value():
    """Names in messages and docstrings are fine; a name as a string of its own is a second place
    that reads the variable (os.environ.get("DASHBOARD_...")) or an alias of config's name."""
    offenders = []
    for path in app_files():
        if path.suffix != ".py" or path == ROOT / "config.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and NAME.fullmatch(node.value):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.value}")
    assert not offenders, offenders


def test_every_setting_is_in_the_readme_table_with_its_default():
    rows = readme_rows("setting")
    for setting in config.SETTINGS:
        assert setting.name in rows, f"README settings table lacks {setting.name}"
        assert rows[setting.name][0] == setting.shown_default(), setting.name
    lines = set(readme_section())
    wrong = [readme_row(s) for s in config.SETTINGS if readme_row(s) not in lines]
    assert not wrong, "README rows differ from config.py; they should read:\n" + "\n".join(wrong)


def test_every_readme_setting_exists_in_config():
    rows = readme_rows("setting")
    assert set(rows) - set(SETTINGS) == set()
    assert list(rows) == list(SETTINGS)  # in config's order, so the two read alike


def test_test_variables_are_documented_apart_and_exist():
    """The README's second table: variables of the tests, scripts and CI, none an application
    setting, each read somewhere; and every such variable is in it (or internal to a test)."""
    documented = set(readme_rows("test variable"))
    assert documented and not documented & set(SETTINGS)
    used = set()
    for folder in ("tests", "scripts", "benchmarks", ".ci"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and path.suffix in ("", ".py", ".sh") and "__pycache__" not in path.parts:
                used |= set(NAME.findall(path.read_text(encoding="utf-8", errors="replace")))
    assert documented <= used, f"documented but read nowhere: {documented - used}"
    missing = used - documented - set(SETTINGS) - TEST_INTERNAL
    assert not missing, f"add these to the README's test variables: {missing}"


def test_every_setting_has_a_test_that_it_takes_effect():
    assert set(EFFECT) == set(SETTINGS)
    for name, where in EFFECT.items():
        file, function = where.split("::")
        source = (ROOT / file).read_text(encoding="utf-8")
        assert f"def {function}(" in source, f"{name}: {where} not found"
        assert name in source or name.removeprefix("DASHBOARD_") in source, where


# --- values ----------------------------------------------------------------------------------------

def test_defaults_apply_when_unset_or_blank(monkeypatch):
    for setting in config.SETTINGS:
        monkeypatch.delenv(setting.name, raising=False)
        assert setting.get() == setting.default, setting.name
        monkeypatch.setenv(setting.name, "  ")
        assert setting.get() == setting.default, setting.name
    assert config.DATA_DIR.get() == ROOT / "data"
    assert config.DB_URL.get() is None
    assert config.check() == []


@pytest.mark.parametrize("name, raw, value", [
    ("DASHBOARD_MAX_UPLOAD_MB", " 0.5 ", 0.5),
    ("DASHBOARD_MAX_BOUNDARY_MB", "1000", 1000.0),
    ("DASHBOARD_BOUNDARY_READ_SECONDS", "2", 2.0),
    ("DASHBOARD_BOUNDARY_READ_MB", "800", 800),
    ("DASHBOARD_REPORT_DUE_DAYS", "0", 0),
    ("DASHBOARD_REPORT_DUE_DAYS", "365", 365),
    ("DASHBOARD_LOCKOUT_MINUTES", "1", 1),
    ("DASHBOARD_WARMUP", "0", False), ("DASHBOARD_WARMUP", "1", True),
    ("DASHBOARD_DATA_DIR", "/srv/dasbor/data", Path("/srv/dasbor/data")),
    ("DASHBOARD_DB_URL", "postgresql://app@db/dasbor", "postgresql://app@db/dasbor"),
])
def test_a_usable_value_is_read_when_used(monkeypatch, name, raw, value):
    monkeypatch.setenv(name, raw)  # after every module is imported
    assert SETTINGS[name].get() == value and type(SETTINGS[name].get()) is type(value)


@pytest.mark.parametrize("name, raw", [
    ("DASHBOARD_MAX_UPLOAD_MB", "abc"), ("DASHBOARD_MAX_UPLOAD_MB", "-5"),
    ("DASHBOARD_MAX_UPLOAD_MB", "0"), ("DASHBOARD_MAX_UPLOAD_MB", "inf"),
    ("DASHBOARD_MAX_UPLOAD_MB", "nan"), ("DASHBOARD_MAX_BOUNDARY_MB", "-1"),
    ("DASHBOARD_BOUNDARY_READ_SECONDS", "0"), ("DASHBOARD_BOUNDARY_READ_MB", "1.5"),
    ("DASHBOARD_REPORT_DUE_DAYS", "400"), ("DASHBOARD_REPORT_DUE_DAYS", "-3"),
    ("DASHBOARD_SESSION_MINUTES", "0"), ("DASHBOARD_SESSION_MAX_HOURS", "twelve"),
    ("DASHBOARD_MAX_FAILED_LOGINS", "abc"), ("DASHBOARD_MAX_FAILED_LOGINS_ACCOUNT", "0"),
    ("DASHBOARD_MAX_FAILED_LOGINS_CLIENT", "-20"), ("DASHBOARD_LOCKOUT_MINUTES", "5.5"),
    ("DASHBOARD_WARMUP", "yes"),
])
def test_a_value_that_cannot_be_used_gives_the_default_and_a_clear_warning(
        monkeypatch, caplog, name, raw):
    monkeypatch.setattr(config, "_warned", set())
    monkeypatch.setenv(name, raw)
    setting = SETTINGS[name]
    with caplog.at_level(logging.WARNING, logger="config"):
        assert setting.get() == setting.default
        assert setting.get() == setting.default
    warnings = [r.getMessage() for r in caplog.records if r.name == "config"]
    assert warnings == [f"{name}={raw!r} cannot be used: expected {setting.accepts}; using the "
                        f"default, {setting.shown_default()}"]  # once, not at every use
    assert config.check() == warnings


def test_check_names_every_unusable_setting_at_once(monkeypatch, caplog):
    monkeypatch.setattr(config, "_warned", set())
    monkeypatch.setenv("DASHBOARD_MAX_UPLOAD_MB", "abc")
    monkeypatch.setenv("DASHBOARD_LOCKOUT_MINUTES", "-5")
    monkeypatch.setenv("DASHBOARD_REPORT_DUE_DAYS", "30")
    with caplog.at_level(logging.WARNING, logger="config"):
        problems = config.check()
    assert [p.split("=")[0] for p in problems] == ["DASHBOARD_MAX_UPLOAD_MB",
                                                  "DASHBOARD_LOCKOUT_MINUTES"]
    assert "'abc'" in problems[0] and "a number of MB above 0" in problems[0]
    assert "using the default, 50" in problems[0] and "using the default, 15" in problems[1]
    assert [r.getMessage() for r in caplog.records if r.name == "config"] == problems


def test_the_limits_fall_back_where_they_are_used(monkeypatch):
    from indicators import reporting
    from loaders import boundaries, boundaries_sandbox, readers

    for setting in (config.MAX_UPLOAD_MB, config.MAX_BOUNDARY_MB, config.BOUNDARY_READ_SECONDS,
                    config.BOUNDARY_READ_MB, config.REPORT_DUE_DAYS):
        monkeypatch.setenv(setting.name, "-5")
    assert readers.max_upload_bytes() == 50 * 1024 * 1024
    assert boundaries.max_bytes() == 200 * 1024 * 1024
    assert boundaries_sandbox.limits() == (180.0, 4096)
    assert reporting.due_days() == 15


# --- each setting takes effect ---------------------------------------------------------------------

def test_data_dir_holds_the_store_boundaries_and_decks(tmp_path, monkeypatch):
    """The three places that used to compute the data dir each ask config now."""
    from reports import decks
    from storage import backends, boundary_store

    monkeypatch.delenv("DASHBOARD_DB_URL", raising=False)
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(tmp_path / "one"))
    assert backends.store_path() == tmp_path / "one" / "dashboard.sqlite3"
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(tmp_path / "two"))  # read on every call
    backends.open_store()
    assert (tmp_path / "two" / "dashboard.sqlite3").is_file()
    assert boundary_store.get_store().root == tmp_path / "two" / "boundaries"
    assert decks.save_deck("Rakor", ["title"]).parent == tmp_path / "two" / "decks"
    assert not (tmp_path / "one").exists()


def test_db_url_chooses_postgresql_for_every_store(data_dir, monkeypatch):
    """Without a server: which store each part would use (the PostgreSQL tests, which need one,
    are in test_store_backends.py and the other *_backends suites)."""
    pytest.importorskip("psycopg")
    from storage import backends, boundary_store

    url = "postgresql://app:rahasia@db.internal/dasbor"
    monkeypatch.setenv("DASHBOARD_DB_URL", url)
    assert backends.store_location() == "postgresql://app:***@db.internal/dasbor"
    assert type(boundary_store.get_store()).__name__ == "PostgisBoundaryStore"
    assert boundary_store.get_store().url == url
    monkeypatch.setenv("DASHBOARD_DB_URL", "mysql://app@db/dasbor")
    with pytest.raises(ValueError, match="DASHBOARD_DB_URL must start with postgresql://"):
        boundary_store.get_store()


@pytest.fixture()
def accounts(data_dir, monkeypatch) -> Accounts:
    monkeypatch.delenv("DASHBOARD_DB_URL", raising=False)
    store = Accounts()
    store.add_user("ani", GOOD, "admin")
    return store


def test_max_failed_logins_and_lockout_minutes(accounts, monkeypatch):
    monkeypatch.setenv("DASHBOARD_MAX_FAILED_LOGINS", "2")
    monkeypatch.setenv("DASHBOARD_LOCKOUT_MINUTES", "1")
    for _ in range(2):
        with pytest.raises(AccountError) as info:
            accounts.login("ani", "salah-salah-salah", now=NOW, client="10.9.9.9")
        assert info.value.message_id == "auth.error.invalid"
    with pytest.raises(AccountError) as info:
        accounts.login("ani", GOOD, now=NOW, client="10.9.9.9")
    assert (info.value.message_id, info.value.params) == ("auth.error.locked", {"minutes": 1})
    assert accounts.login("ani", GOOD, now=NOW + dt.timedelta(minutes=2), client="10.9.9.9")


def test_session_minutes_end_an_idle_session(accounts, monkeypatch):
    monkeypatch.setenv("DASHBOARD_SESSION_MINUTES", "5")
    token = accounts.login("ani", GOOD, now=NOW)
    assert accounts.session_user(token, now=NOW + dt.timedelta(minutes=4)) is not None
    assert accounts.session_user(token, now=NOW + dt.timedelta(minutes=10)) is None


def test_session_max_hours_end_a_busy_session_and_its_cookie(accounts, monkeypatch):
    from server import auth_routes

    monkeypatch.setenv("DASHBOARD_SESSION_MAX_HOURS", "1")
    token = accounts.login("ani", GOOD, now=NOW)
    for minutes in (20, 40, 59):
        assert accounts.session_user(token, now=NOW + dt.timedelta(minutes=minutes)) is not None
    assert accounts.session_user(token, now=NOW + dt.timedelta(minutes=61)) is None

    class Response:
        def set_cookie(self, *args, **kwargs):
            self.max_age = kwargs["max_age"]

    response = Response()
    auth_routes.set_session_cookie(response, "token", secure=False)
    assert response.max_age == 3600
