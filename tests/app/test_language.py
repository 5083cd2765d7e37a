"""Each language stays itself (issue 11, #11): no page in one language shows the other language's
catalogue text, and the Indonesian UI shows none of Streamlit's English widget defaults that a
parameter can replace. Streamlit's AppTest, every page, both languages, logged in as admin so
every page and widget is there. (The file uploader's button and limit line, which only a browser
draws, are checked in tests/e2e/test_screens_browser.py; the checks that need no page, in
tests/unit/test_language.py.)"""

from __future__ import annotations

import json
import re

import pytest

from tests.helpers.language import MIN_LENGTH, OTHER, _foreign_texts
from tests.helpers.pages import PAGES, ROOT, login_token, run_page

STREAMLIT_DEFAULTS = ("Choose options", "Choose an option", "Select all", "Browse files",
                      "Drag and drop", "No options to select", "Add options")
# Proto fields that are not text people read (ids, serialised maps and CSS, widget plumbing).
SKIPPED_FIELDS = {"id", "form_id", "json_args", "css", "body", "url", "component_name",
                  "arrow_data", "data", "spec", "theme", "icon", "type", "key", "page_script_hash",
                  "default", "value", "format", "accept_new_options_label"}


def _proto_texts(message, out: list[str]) -> None:
    for field, value in message.ListFields():
        if field.name in SKIPPED_FIELDS:
            continue
        repeated = not isinstance(value, (str, bytes)) and not hasattr(value, "ListFields") \
            and hasattr(value, "__iter__")
        values = list(value) if repeated else [value]
        if field.type == field.TYPE_STRING:
            out.extend(v for v in values if isinstance(v, str))
        elif field.type == field.TYPE_MESSAGE:
            for v in values:
                if hasattr(v, "ListFields"):
                    _proto_texts(v, out)


def _chart_texts(spec_json: str, out: list[str]) -> None:
    """Titles and legends of a Vega-Lite chart (the data itself is checked through the tables)."""
    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "title" and isinstance(value, str):
                    out.append(value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    walk(json.loads(spec_json))


def visible_texts(at) -> list[str]:
    """Every text a page shows: element and widget protos (labels, options, placeholders, help),
    table headers and cells, chart titles."""
    out: list[str] = []

    def walk(node):
        proto = getattr(node, "proto", None)
        if proto is not None and hasattr(proto, "ListFields"):
            _proto_texts(proto, out)
            spec = getattr(proto, "spec", "")
            if isinstance(spec, str) and spec.startswith("{"):
                _chart_texts(spec, out)
        if type(node).__name__ in ("Dataframe", "Table"):
            try:
                frame = node.value
            except Exception:  # a table the test runner cannot decode: headers still come
                frame = None
            if frame is not None:
                out.extend(str(c) for c in frame.columns)
                out.extend(str(v) for v in frame.astype(str).to_numpy().ravel())
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at._tree)
    return [text for text in out if text and text.strip()]


def _data_sources() -> set[str]:
    """Source lines that come with the data (a district's "Partisipasi total: KPU Kaltim ..."):
    the data's own words, named as they were reported, not interface text."""
    from domain.schema import DATASETS
    from storage import datasets

    found = set()
    for name in DATASETS:
        frame = datasets.load(name).frame
        for column in frame.columns:
            if column.startswith("sumber"):
                found |= {str(v) for v in frame[column].dropna() if len(str(v)) >= MIN_LENGTH}
    return found


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_no_page_shows_the_other_languages_text(page, lang, data_dir):
    at = run_page(page, lang, login_token())
    assert not at.exception, [e.message for e in at.exception]
    texts = visible_texts(at)
    assert texts, "no text collected"
    foreign = _foreign_texts(lang)
    sources = _data_sources()
    leaks = sorted({f"{part!r} in {text[:90]!r}" for text in texts for part in foreign
                    if part in text and not any(source in text for source in sources)})
    assert not leaks, f"{page} ({lang}) shows {OTHER[lang]} text: {leaks}"
    for widget in at.multiselect:
        # Streamlit fills an empty placeholder with "Choose options" in the browser, and offers an
        # English "Select all" entry unless select_all is off: both must be set by the page.
        assert widget.proto.placeholder.strip(), f"{page}: {widget.label!r} has no placeholder"
        assert widget.proto.select_all == 0, f"{page}: {widget.label!r} offers 'Select all'"
        assert widget.proto.wrap, f"{page}: {widget.label!r} cuts its chips"
    if lang == "id":
        defaults = sorted({text for text in texts for default in STREAMLIT_DEFAULTS
                           if re.search(rf"\b{re.escape(default)}\b", text)})
        assert not defaults, f"{page}: Streamlit's English defaults in the Indonesian UI: {defaults}"


def test_the_language_stays_in_the_address_after_a_menu_link():
    """A menu link drops the query; the next run writes ``?lang=`` back, so a reload keeps the
    language (it came back in Indonesian before)."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params["lang"] = "en"
    at.run()
    at.query_params.clear()  # as after a click on a menu link
    at.switch_page("pages/participation.py").run()
    assert not at.exception
    assert at.query_params.get("lang") in ("en", ["en"])


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_language_switch_is_named_in_both_languages_whichever_is_shown(lang, data_dir):
    """Someone who does not read the language shown finds the switch: "Bahasa / Language" in
    both UIs (the English sidebar said "Language / Language")."""
    at = run_page("overview.py", lang)
    assert not at.exception
    assert at.sidebar.radio(key="language_switch").label == "Bahasa / Language"
