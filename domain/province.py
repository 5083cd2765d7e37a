"""The province this dashboard serves (DASHBOARD_PROVINCE, read in config.py; 64 Kalimantan Timur
by default): its titles and agency name, and the one refusal of a code with no province, in both
languages. The registry itself follows the setting in domain.regions (default_registry())."""

from __future__ import annotations

from domain import regions
from domain.regions import UnknownProvinceError
from i18n import t

KALTIM = regions.DEFAULT_PROVINCE  # keeps its own texts (app.short_title, app.agency)


def problem() -> UnknownProvinceError | None:
    """Why the configured province cannot be served (an unknown code), or None."""
    try:
        regions.default_registry()
    except UnknownProvinceError as error:
        return error
    return None


def unknown_message(error: UnknownProvinceError, lang: str) -> str:
    """'DASHBOARD_PROVINCE=99 tidak dapat dipakai ... 11 Aceh, 12 Sumatera Utara, ...'."""
    codes = ", ".join(f"{code} {name}" for code, name in error.known.items())
    return t("prov.unknown", lang, code=str(error.code), codes=codes)


def _name() -> str | None:
    """The configured province's name; None for Kaltim (its own texts); "" for an unknown code."""
    try:
        registry = regions.default_registry()
    except UnknownProvinceError:
        return ""
    return None if registry.province_code == KALTIM else registry.province_name


def short_title(lang: str) -> str:
    """'Dasbor Kesbangpol Kaltim'; 'Dasbor Kesbangpol Jawa Tengah' for 33 (the tables name no
    province abbreviation, so the full name). An unknown code: 'Provinsi tidak dikenal'."""
    name = _name()
    if name == "":
        return t("prov.unknown_title", lang)
    return t("app.short_title", lang) if name is None else \
        t("prov.short_title", lang, province=name)


def agency(lang: str) -> str:
    """'Badan Kesatuan Bangsa dan Politik Provinsi Kalimantan Timur' (or the configured one's);
    an unknown code: the refusal's title."""
    name = _name()
    if name == "":
        return t("prov.unknown_title", lang)
    return t("app.agency", lang) if name is None else t("prov.agency", lang, province=name)
