"""Shareable page links: ``/profil-kab-kota?kab=64.72`` and
``/kecamatan-desa?kab=64.72&kec=64.72.04`` open what they name, and the address bar follows the
district a user picks, so it can be copied.

Pure (state and query parameters are plain mappings), so plain pytest checks the rules; the pages
pass ``st.session_state`` and ``st.query_params``.
"""

from __future__ import annotations

from typing import Iterable, MutableMapping

from domain import regions
from i18n import t

KAB = "kab"
KEC = "kec"


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def district_param(value: object, lang: str) -> tuple[str | None, str | None]:
    """(Kemendagri code, None) for a known kab/kota code in a URL, (None, message) for an unknown
    one, (None, None) when the URL names none."""
    text = _text(value)
    if text is None:
        return None, None
    if text in regions.codes():
        return text, None
    return None, t("links.bad_kab", lang, value=text[:40])


def kecamatan_param(value: object, kab: str, kecamatan_codes: Iterable[str],
                    lang: str) -> tuple[str | None, str | None]:
    """The same for a kecamatan code, which must belong to ``kab``'s kecamatan."""
    text = _text(value)
    if text is None:
        return None, None
    if text in {str(code) for code in kecamatan_codes}:
        return text, None
    return None, t("links.bad_kec", lang, value=text[:40], name=regions.get(kab).official_name)


def _marker(widget_key: str) -> str:
    return f"_url_{widget_key}"


def take_requested(state: MutableMapping, widget_key: str, requested: object,
                   value: object) -> bool:
    """Put what the URL asks for (``value``, None for "nothing chosen") into a widget's state,
    once per distinct URL value, before the widget is drawn. Later runs with the same URL leave the
    widget alone, so a user's own choice is not undone. Returns whether it was applied."""
    requested = _text(requested)
    marker = _marker(widget_key)
    if requested is None or state.get(marker) == requested:
        return False
    state[marker] = requested
    state[widget_key] = value
    return True


def keep_in_url(query_params: MutableMapping, state: MutableMapping, widget_key: str, name: str,
                value: object) -> None:
    """Write the widget's current value into the URL (removed when empty), and remember it as
    applied so that the next run does not take it back from the URL as a new request."""
    value = _text(value)
    if value is None:
        if name in query_params:
            del query_params[name]
    elif query_params.get(name) != value:
        query_params[name] = value
    state[_marker(widget_key)] = value
