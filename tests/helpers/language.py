"""The other language's catalogue text, as the language checks look for it on a page (the pages:
tests/app/test_language.py; the check itself: tests/unit/test_language.py)."""

from __future__ import annotations

import string

from i18n.catalog import MESSAGES

OTHER = {"id": "en", "en": "id"}
MIN_LENGTH = 8  # shorter texts are mostly names, codes and units ("SARA", "Ormas", "Admin")


def _fragments(template: str) -> list[str]:
    """The literal parts of a message template, without its placeholders."""
    return [literal for literal, *_ in string.Formatter().parse(template) if literal]


def _foreign_texts(lang: str) -> set[str]:
    """Texts of the other language that cannot be this language's own text: messages whose two
    languages differ, literal parts long enough not to be names, and not contained in any text of
    ``lang`` itself (the English demo label quotes "DATA CONTOH")."""
    other = OTHER[lang]
    own = [entry[lang] for entry in MESSAGES.values()]
    found = set()
    for entry in MESSAGES.values():
        if entry[lang].strip() == entry[other].strip():
            continue
        for part in _fragments(entry[other]):
            part = part.strip(" .,:;·–-()")
            if len(part) >= MIN_LENGTH and " " in part and not any(part in text for text in own):
                found.add(part)
    return found
