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


def _worded(kaltim_key: str, other_key: str, lang: str) -> str:
    """Kaltim's own message, another province's with its name, the refusal's title for an
    unknown code."""
    name = _name()
    if name == "":
        return t("prov.unknown_title", lang)
    return t(kaltim_key, lang) if name is None else t(other_key, lang, province=name)


def short_title(lang: str) -> str:
    """'Dasbor Kesbangpol Kaltim'; 'Dasbor Kesbangpol Jawa Tengah' for 33 (the tables name no
    province abbreviation, so the full name)."""
    return _worded("app.short_title", "prov.short_title", lang)


def agency(lang: str) -> str:
    """'Badan Kesatuan Bangsa dan Politik Provinsi Kalimantan Timur' (or the configured one's)."""
    return _worded("app.agency", "prov.agency", lang)


def presentation_heading(lang: str) -> str:
    """The deck's title slide: 'Kesiapan Pemilu dan Pilkada di Kalimantan Timur'."""
    return _worded("pres.title.heading", "prov.pres_heading", lang)


def governor_title(lang: str) -> str:
    """The governor's PDF: 'Laporan kepada Gubernur Kalimantan Timur'."""
    return _worded("gov.title", "prov.gov_title", lang)
