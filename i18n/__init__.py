"""Translation catalogue and Indonesian/English number and date formats.

Bahasa Indonesia is the default. Every user-facing string is a message id looked up here; the
catalogue lives in ``catalog.py`` and a test checks that each id has both languages and that every
id used in the code exists.
"""

from __future__ import annotations

import datetime as _dt
import decimal as _decimal_mod

from babel.dates import format_date as _babel_date
from babel.numbers import format_decimal as _babel_decimal

from i18n.catalog import MESSAGES

LANGUAGES: tuple[str, ...] = ("id", "en")
DEFAULT_LANGUAGE = "id"
LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}
_BABEL_LOCALE = {"id": "id_ID", "en": "en_GB"}


#: How a value that is not there (no report, no figure, no date) is written, in every table,
#: tooltip, slide and message and in both languages: an en dash, never a hyphen or a blank cell.
MISSING = "–"


def is_missing(value: object) -> bool:
    """The one test for "there is no value": None, NaN, pd.NA, NaT and the empty string. Zero, "0"
    and False are values."""
    if value is None or isinstance(value, str):
        return value is None or value == ""
    try:
        return bool(value != value)  # NaN and NaT are the values not equal to themselves
    except TypeError:  # pd.NA: a comparison with it is pd.NA, which has no truth value
        return True


def or_missing(value: object) -> object:
    """The value itself, or :data:`MISSING` when it is missing: a text cell (a source, a note, a
    reporter) as a table shows it."""
    return MISSING if is_missing(value) else value


def t(key: str, lang: str = DEFAULT_LANGUAGE, /, **params: object) -> str:
    """The message ``key`` in ``lang``, with ``{placeholders}`` filled from ``params``.

    A missing id is shown as the id itself rather than raising, so a gap never takes a page down;
    the catalogue test keeps such gaps out of main.
    """
    entry = MESSAGES.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    return text.format(**params) if params else text


def _locale(lang: str) -> str:
    return _BABEL_LOCALE.get(lang, _BABEL_LOCALE[DEFAULT_LANGUAGE])


#: The most decimals a number keeps when it is shown "as precise as the data" (decimals=None).
MAX_DECIMALS = 2


def _decimal(value: float | int | _decimal_mod.Decimal) -> _decimal_mod.Decimal:
    """The value as a Decimal of its shortest text: 72.5 is exactly 72.5, 2.675 is 2.675 (a float's
    binary error must not decide a rounding)."""
    if isinstance(value, _decimal_mod.Decimal):
        return value
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if isinstance(value, bool):
        value = int(value)
    return _decimal_mod.Decimal(str(value)) if isinstance(value, float) \
        else _decimal_mod.Decimal(value)


def decimals_of(value: float | int | None, limit: int = MAX_DECIMALS) -> int:
    """How many decimals ``value`` carries (75.5 -> 1, 75.0 -> 0, 1/3 -> ``limit``)."""
    if is_missing(value):
        return 0
    exponent = _decimal(value).normalize().as_tuple().exponent
    return max(0, min(limit, -exponent)) if isinstance(exponent, int) else 0


def round_half_away(value: float | int, decimals: int = 0) -> float:
    """The one rounding rule of the dashboard: half away from zero (72,5 -> 73; -72,5 -> -73),
    not Python's and babel's half to even (72,5 -> 72)."""
    quantum = _decimal_mod.Decimal(1).scaleb(-decimals)
    return float(_decimal(value).quantize(quantum, rounding=_decimal_mod.ROUND_HALF_UP))


def fmt_number(value: float | int | None, lang: str = DEFAULT_LANGUAGE,
               decimals: int | None = None) -> str:
    """1234.5 -> '1.234,5' (id) or '1,234.5' (en); a missing value -> :data:`MISSING`.

    ``decimals=None`` (the default) shows the precision the data has: 75.5 stays '75,5', 76 is '76',
    up to :data:`MAX_DECIMALS`. A number of decimals fixes it. Halves round away from zero.
    """
    if is_missing(value):
        return MISSING
    number = _decimal(value)
    places = decimals_of(number) if decimals is None else max(0, decimals)
    if number.is_finite():
        number = number.quantize(_decimal_mod.Decimal(1).scaleb(-places),
                                 rounding=_decimal_mod.ROUND_HALF_UP)
        if number == 0:
            number = abs(number)  # no "-0"
    pattern = "#,##0" + ("." + "0" * places if places > 0 else "")
    with _decimal_mod.localcontext() as context:
        context.rounding = _decimal_mod.ROUND_HALF_UP  # babel quantizes in the current context
        return _babel_decimal(number, format=pattern, locale=_locale(lang))


def fmt_percent(value: float | None, lang: str = DEFAULT_LANGUAGE, decimals: int = 1) -> str:
    """A value already in percent (69.18) -> '69,2%' (id) or '69.2%' (en)."""
    if is_missing(value):
        return MISSING
    return fmt_number(value, lang, decimals) + "%"


def fmt_signed_points(value: float | None, lang: str = DEFAULT_LANGUAGE, decimals: int = 1) -> str:
    """A difference in percentage points: '+2,3 poin' / '-10.9 pts'."""
    if is_missing(value):
        return MISSING
    sign = "+" if value > 0 else ("-" if value < 0 else "±")  # ASCII: st.metric reads the sign
    return f"{sign}{fmt_number(abs(value), lang, decimals)} {t('unit.points', lang)}"


def fmt_date(value: _dt.date | _dt.datetime | str | None, lang: str = DEFAULT_LANGUAGE) -> str:
    """2022-03-23 -> '23 Maret 2022' (id) or '23 March 2022' (en)."""
    if is_missing(value):
        return MISSING
    if isinstance(value, str):
        value = _dt.date.fromisoformat(value[:10])
    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    if isinstance(value, _dt.datetime):
        value = value.date()
    return _babel_date(value, "d MMMM y", locale=_locale(lang))


#: Kalimantan Timur's time zone, Waktu Indonesia Tengah: UTC+8 all year (no daylight saving), so
#: a fixed offset is exact and needs no tz database on the presenter's laptop.
WITA = _dt.timezone(_dt.timedelta(hours=8), "WITA")


def to_wita(value: _dt.datetime | str) -> _dt.datetime:
    """A stored moment (ISO text or datetime; naive means UTC, as the store writes) in WITA."""
    if isinstance(value, str):
        value = _dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    if value.tzinfo is None:
        value = value.replace(tzinfo=_dt.timezone.utc)
    return value.astimezone(WITA)


def fmt_datetime(value: _dt.datetime | str | None, lang: str = DEFAULT_LANGUAGE,
                 seconds: bool = False) -> str:
    """A moment for people in Kaltim: '23 Maret 2022 14.05 WITA' / '23 March 2022 14:05 WITA'.
    Stored moments are UTC; they are always shown in WITA, labelled, in both languages."""
    if is_missing(value):
        return MISSING
    try:
        moment = to_wita(value)
    except (TypeError, ValueError):
        return str(value)
    clock = "HH:mm:ss" if seconds else "HH:mm"
    if lang == "id":
        clock = clock.replace(":", ".")  # Indonesian writes 14.05 (PUEBI)
    from babel.dates import format_datetime as _babel_datetime

    return _babel_datetime(moment, f"d MMMM y {clock}", tzinfo=WITA, locale=_locale(lang)) \
        + " WITA"


def fmt_period(period: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """'2026-Q3' -> 'Triwulan III 2026' / 'Q3 2026'; '2026-07' -> 'Juli 2026' / 'July 2026'."""
    if is_missing(period) or not isinstance(period, str):
        return MISSING
    if "-Q" in period:
        year, quarter = period.split("-Q")
        return t("period.quarter", lang, year=year, quarter=quarter,
                 roman=("I", "II", "III", "IV")[int(quarter) - 1])
    if len(period) == 7 and period[4] == "-":
        month = _dt.date(int(period[:4]), int(period[5:7]), 1)
        return _babel_date(month, "MMMM y", locale=_locale(lang))
    return period

