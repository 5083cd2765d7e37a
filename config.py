"""Every ``DASHBOARD_*`` environment variable the application reads, declared once: its name, the
values it accepts, its default and what it means. The README's settings table is checked against
``SETTINGS`` (tests/unit/test_config.py), and no other module reads these variables.

A setting is read when it is used (``config.MAX_UPLOAD_MB.get()``), never at import: a test sets
the environment after the modules are imported, and every test gets a data directory of its own.

A value that cannot be used (``DASHBOARD_MAX_UPLOAD_MB=abc`` or ``-5``) does not stop the
dashboard, as before this module: the default applies, and a warning in the server log (stderr)
names the variable, the value and what it accepts, once per value and process. ``check()``, called
when the server starts, reports them all at once instead of at first use (the lockout limits are
first used at the first failed login). ``DASHBOARD_DB_URL`` is the exception: the store refuses a
URL that is not ``postgresql://`` rather than quietly writing to another place.

Nothing here imports the rest of the product, so every layer may ask it.
"""

from __future__ import annotations

import logging
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Generic, TypeVar

PROJECT_ROOT = Path(__file__).resolve().parent

T = TypeVar("T")

_log = logging.getLogger(__name__)
_warned: set[tuple[str, str]] = set()


@dataclass(frozen=True)
class Setting(Generic[T]):
    name: str
    default: T
    accepts: str  # what a usable value looks like, in the README and in the warning
    meaning: str  # one line, in the README
    parse: Callable[[str], T]  # raises ValueError for a value that cannot be used
    default_text: str = ""  # the default as the README writes it, when str(default) will not do

    def shown_default(self) -> str:
        if self.default_text:
            return self.default_text
        if isinstance(self.default, float) and self.default.is_integer():
            return str(int(self.default))
        return str(self.default)

    def complaint(self, raw: str) -> str:
        return (f"{self.name}={raw!r} cannot be used: expected {self.accepts}; "
                f"using the default, {self.shown_default()}")

    def problem(self) -> str | None:
        """What is wrong with the value in the environment, or None when it is usable or unset."""
        raw = os.environ.get(self.name, "").strip()
        if not raw:
            return None
        try:
            self.parse(raw)
        except ValueError:
            return self.complaint(raw)
        return None

    def get(self) -> T:
        raw = os.environ.get(self.name, "").strip()
        if not raw:
            return self.default
        try:
            return self.parse(raw)
        except ValueError:
            _warn(self, raw)
            return self.default


def _warn(setting: Setting, raw: str) -> None:
    # Once per value: an upload limit is read on every rerun of the Data page.
    if (setting.name, raw) not in _warned:
        _warned.add((setting.name, raw))
        _log.warning("%s", setting.complaint(raw))


def _number(kind: Callable[[str], T], low: float, high: float = math.inf,
            low_included: bool = True) -> Callable[[str], T]:
    def parse(raw: str) -> T:
        value = kind(raw)
        if not math.isfinite(value) or value > high or value < low \
                or (value == low and not low_included):
            raise ValueError(raw)
        return value
    return parse


def _text(raw: str) -> str:
    return raw


def _switch(raw: str) -> bool:
    value = raw.lower()
    if value not in ("0", "1"):
        raise ValueError(raw)
    return value == "1"


# --- where the data lives ---------------------------------------------------------------------------
DATA_DIR: Setting[Path] = Setting(
    "DASHBOARD_DATA_DIR", PROJECT_ROOT / "data", "a folder path",
    "the writable folder: the SQLite store (dashboard.sqlite3), imported boundaries, the display "
    "cache, saved decks", Path, default_text="`data/` in the project folder")

DB_URL: Setting[str | None] = Setting(
    "DASHBOARD_DB_URL", None, "a `postgresql://` URL; another scheme is refused, not ignored",
    "the PostgreSQL + PostGIS database that holds versions, audit, accounts and boundary layers, "
    "shared by every instance (docs/deployment.md)", _text,
    default_text="unset: the SQLite file in DASHBOARD_DATA_DIR")

# --- which province --------------------------------------------------------------------------------
def _province(raw: str) -> str:
    # Only the form is checked here (config imports nothing of the product): whether a province of
    # this code exists is domain.regions' question, and an unknown code is refused there, like
    # DASHBOARD_DB_URL, rather than quietly serving Kaltim (domain/province.py says it).
    return raw.zfill(2) if raw.isdigit() and len(raw) == 1 else raw


PROVINCE: Setting[str] = Setting(
    "DASHBOARD_PROVINCE", "64", "a Kemendagri province code (`33`, `64`, `65`); an unknown code "
    "is refused with the valid ones listed, not ignored",
    "the province served: its kab/kota registry, titles and agency name, schematic tile map and "
    "demo data (64 Kalimantan Timur)", _province)

# --- what an upload may be ---------------------------------------------------------------------------
MAX_UPLOAD_MB: Setting[float] = Setting(
    "DASHBOARD_MAX_UPLOAD_MB", 50.0, "a number of MB above 0",
    "largest data file accepted (page and command line); the page's widget takes twice that",
    _number(float, 0, low_included=False))

MAX_BOUNDARY_MB: Setting[float] = Setting(
    "DASHBOARD_MAX_BOUNDARY_MB", 200.0, "a number of MB above 0",
    "largest boundary file accepted, also unpacked from a zip",
    _number(float, 0, low_included=False))

BOUNDARY_READ_SECONDS: Setting[float] = Setting(
    "DASHBOARD_BOUNDARY_READ_SECONDS", 180.0, "a number of seconds above 0",
    "the boundary file reader (a child process) is killed after this long",
    _number(float, 0, low_included=False))

BOUNDARY_READ_MB: Setting[int] = Setting(
    "DASHBOARD_BOUNDARY_READ_MB", 4096, "a whole number of MB above 0",
    "address space the boundary file reader may use (RLIMIT_AS)",
    _number(int, 1))

# --- reporting ----------------------------------------------------------------------------------------
REPORT_DUE_DAYS: Setting[int] = Setting(
    "DASHBOARD_REPORT_DUE_DAYS", 15, "a whole number of days, 0 to 365",
    "a period's report is due this many days after the period ends (Status Pelaporan)",
    _number(int, 0, 365))

# --- early warning (surge alerts) -------------------------------------------------------------------
ALERT_MIN_INCIDENTS: Setting[int] = Setting(
    "DASHBOARD_ALERT_MIN_INCIDENTS", 3, "a whole number above 0",
    "a surge alert needs at least this many verified incidents in an area in the last four weeks",
    _number(int, 1))

ALERT_RATIO: Setting[float] = Setting(
    "DASHBOARD_ALERT_RATIO", 2.0, "a number, 1 or more",
    "... and at least this many times the area's own four-week average over the 52 weeks before",
    _number(float, 1))

# --- logins and sessions ------------------------------------------------------------------------------
SESSION_MINUTES: Setting[int] = Setting(
    "DASHBOARD_SESSION_MINUTES", 60, "a whole number of minutes above 0",
    "a session ends after this long without activity", _number(int, 1))

SESSION_MAX_HOURS: Setting[int] = Setting(
    "DASHBOARD_SESSION_MAX_HOURS", 12, "a whole number of hours above 0",
    "a session (and its cookie) ends this long after login, however active", _number(int, 1))

MAX_FAILED_LOGINS: Setting[int] = Setting(
    "DASHBOARD_MAX_FAILED_LOGINS", 5, "a whole number above 0",
    "failed logins from one address that lock that address out of that account",
    _number(int, 1))

MAX_FAILED_LOGINS_ACCOUNT: Setting[int] = Setting(
    "DASHBOARD_MAX_FAILED_LOGINS_ACCOUNT", 50, "a whole number above 0",
    "failed logins from all addresses together that lock the account for everyone",
    _number(int, 1))

MAX_FAILED_LOGINS_CLIENT: Setting[int] = Setting(
    "DASHBOARD_MAX_FAILED_LOGINS_CLIENT", 20, "a whole number above 0",
    "failed logins from one address, for any account names, that stop that address",
    _number(int, 1))

LOCKOUT_MINUTES: Setting[int] = Setting(
    "DASHBOARD_LOCKOUT_MINUTES", 15, "a whole number of minutes above 0",
    "how long failed logins count, and so how long a lockout lasts", _number(int, 1))


# --- start-up -------------------------------------------------------------------------------------
WARMUP: Setting[bool] = Setting(
    "DASHBOARD_WARMUP", True, "`1` (on) or `0` (off)",
    "at server start, a background thread imports the pages' modules, loads the datasets and "
    "builds the first map, so the first visitor does not wait for them", _switch,
    default_text="1")


SETTINGS: tuple[Setting, ...] = (
    DATA_DIR, DB_URL, PROVINCE, MAX_UPLOAD_MB, MAX_BOUNDARY_MB, BOUNDARY_READ_SECONDS, BOUNDARY_READ_MB,
    REPORT_DUE_DAYS, ALERT_MIN_INCIDENTS, ALERT_RATIO, SESSION_MINUTES, SESSION_MAX_HOURS,
    MAX_FAILED_LOGINS, MAX_FAILED_LOGINS_ACCOUNT, MAX_FAILED_LOGINS_CLIENT, LOCKOUT_MINUTES, WARMUP,
)


def check() -> list[str]:
    """Every setting whose value cannot be used, as the warnings logged (each once per value)."""
    problems = []
    for setting in SETTINGS:
        problem = setting.problem()
        if problem is not None:
            problems.append(problem)
            _warn(setting, os.environ[setting.name].strip())
    return problems
