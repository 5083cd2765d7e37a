"""The presentation page under AppTest: moving through the slides, saving a deck and loading it
back (the deck, PDF and exports themselves: tests/unit/test_reports.py)."""

from __future__ import annotations

from reports import decks
from views.presentation import default_slide_ids


def test_presentation_page_moves_saves_and_loads_a_deck(data_dir):
    from tests.helpers.pages import run_page

    at = run_page("presentation.py", "id")
    assert not at.exception
    counter = lambda: next(m.value for m in at.markdown if "slide-counter" in m.value)  # noqa: E731
    slides = len(default_slide_ids())  # title, the themes (early warning among them)
    assert slides == 8
    assert f"1 / {slides}" in counter()
    at.button(key="pres_next").click().run()
    assert f"2 / {slides}" in counter()
    at.multiselect(key="pres_slides").set_value(["agreements", "district:64.07"]).run()
    at.text_input(key="pres_deck_name").input("Rakor Agustus").run()
    at.button(key="pres_save").click().run()
    assert decks.list_decks() == ["Rakor Agustus"]
    assert decks.load_deck("Rakor Agustus") == ["agreements", "district:64.07"]
    assert (data_dir / "decks" / "rakor-agustus.json").exists()
