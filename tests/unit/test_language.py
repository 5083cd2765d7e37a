"""Each language stays itself, the checks without Streamlit: the detector of the other
language's text finds a leak, the English sidebar names each item once, and no page or view
writes a stored moment as ISO or UTC (the pages themselves: tests/app/test_language.py)."""

from __future__ import annotations

import re

from i18n.catalog import MESSAGES
from tests.helpers.language import _foreign_texts


def test_the_check_finds_a_leak():
    """The detector itself: an English catalogue text in an Indonesian page is found."""
    foreign = _foreign_texts("id")
    assert any(part in "Runs without internet: maps and data load from this machine."
               for part in foreign)
    assert not any(part in "Berjalan tanpa internet: peta dan data dimuat dari perangkat ini."
                   for part in foreign)


def test_the_english_sidebar_names_each_item_once():
    """'Boundaries' was both a page (Batas Wilayah) and a map view (Batas wilayah)."""
    from i18n import t

    labels = [t(key, "en") for key in MESSAGES if key.startswith("nav.")] + \
        [t("map.view.boundaries", "en"), t("map.view.tiles", "en")]
    assert len(labels) == len(set(labels)), labels
    labels_id = [t(key, "id") for key in MESSAGES if key.startswith("nav.")] + \
        [t("map.view.boundaries", "id"), t("map.view.tiles", "id")]
    assert len({s.casefold() for s in labels_id}) == len(labels_id), labels_id


def test_no_page_writes_a_stored_moment_as_iso_or_utc():
    """Stored moments (UTC ISO) reach people only through i18n.fmt_datetime, in WITA: no page or
    view slices an ISO string for display."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    pattern = re.compile(r"""\.replace\(\s*["']T["']\s*,\s*["'] ["']\s*\)|\+ ["'] UTC["']""")
    offenders = [str(path.relative_to(root)) for folder in ("pages", "views", "ui")
                 for path in (root / folder).glob("*.py") if pattern.search(path.read_text())]
    assert not offenders, offenders
