"""Translation catalogue and Indonesian/English number and date formats.

Bahasa Indonesia is the default. Every user-facing string is a message id looked up here; the
catalogue lives in ``catalog.py`` and a test checks that each id has both languages and that every
id used in the code exists.
"""

from __future__ import annotations

import datetime as _dt
import math

from babel.dates import format_date as _babel_date
from babel.numbers import format_decimal as _babel_decimal

from i18n.catalog import MESSAGES

LANGUAGES: tuple[str, ...] = ("id", "en")
DEFAULT_LANGUAGE = "id"
LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}
_BABEL_LOCALE = {"id": "id_ID", "en": "en_GB"}


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


def fmt_number(value: float | int | None, lang: str = DEFAULT_LANGUAGE, decimals: int = 0) -> str:
    """1234.5 -> '1.234,5' (id) or '1,234.5' (en); None or NaN -> '–'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return _babel_decimal(value, format=pattern, locale=_locale(lang))


def fmt_percent(value: float | None, lang: str = DEFAULT_LANGUAGE, decimals: int = 1) -> str:
    """A value already in percent (69.18) -> '69,2%' (id) or '69.2%' (en)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return fmt_number(value, lang, decimals) + "%"


def fmt_signed_points(value: float | None, lang: str = DEFAULT_LANGUAGE, decimals: int = 1) -> str:
    """A difference in percentage points: '+2,3 poin' / '-10.9 pts'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    sign = "+" if value > 0 else ("-" if value < 0 else "±")  # ASCII: st.metric reads the sign
    return f"{sign}{fmt_number(abs(value), lang, decimals)} {t('unit.points', lang)}"


def fmt_date(value: _dt.date | _dt.datetime | str | None, lang: str = DEFAULT_LANGUAGE) -> str:
    """2022-03-23 -> '23 Maret 2022' (id) or '23 March 2022' (en)."""
    if value is None or value == "":
        return "–"
    if isinstance(value, str):
        value = _dt.date.fromisoformat(value[:10])
    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    if isinstance(value, _dt.datetime):
        value = value.date()
    return _babel_date(value, "d MMMM y", locale=_locale(lang))


def fmt_period(period: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """'2026-Q3' -> 'Triwulan III 2026' / 'Q3 2026'; '2026-07' -> 'Juli 2026' / 'July 2026'."""
    if not isinstance(period, str):
        return "–"
    if "-Q" in period:
        year, quarter = period.split("-Q")
        return t("period.quarter", lang, year=year, quarter=quarter,
                 roman=("I", "II", "III", "IV")[int(quarter) - 1])
    if len(period) == 7 and period[4] == "-":
        month = _dt.date(int(period[:4]), int(period[5:7]), 1)
        return _babel_date(month, "MMMM y", locale=_locale(lang))
    return period


class LocalizedError(Exception):
    """A refusal users can act on: a message id and its parameters, said in their language by
    ``message(lang)``. Subclasses name the kind of refusal (a file, an account, ...)."""

    def __init__(self, message_id: str, **params: object):
        self.message_id = message_id
        self.params = params
        super().__init__(f"{message_id} {params}")

    def message(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return t(self.message_id, lang, **self.params)
