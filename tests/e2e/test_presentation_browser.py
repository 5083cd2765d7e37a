"""The presentation in a real browser with no network: the exported HTML deck draws its maps from
a file:// URL and moves with the arrow keys; the presentation page moves with the arrow keys and
asks nothing of any non-loopback host."""

from __future__ import annotations

import re
import time
from urllib.parse import urlparse

import pytest

from tests.e2e.conftest import WAIT_MS
from tests.test_reports import demo_data
from reports.deck import build_deck
from views.presentation import default_slide_ids

pytestmark = pytest.mark.e2e


def wait_for(condition, timeout: float = 30, message: str = "condition not met"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(message)


def test_exported_deck_draws_maps_and_moves_with_arrow_keys_offline(browser, tmp_path):
    slides = default_slide_ids()
    path = tmp_path / "deck.html"
    path.write_text(build_deck(demo_data(), slides, "id"), encoding="utf-8")

    context = browser.new_context(offline=True, viewport={"width": 1366, "height": 768})
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    # Belt and braces: offline=True fails network fetches; this proves none was even attempted.
    context.route(re.compile(r"^(?!file:|data:|about:).*"), lambda route: route.abort())
    page = context.new_page()
    try:
        page.goto(path.as_uri())
        counter = page.locator("#counter")
        assert counter.inner_text() == f"1 / {len(slides)}"

        first_map = slides.index("risk") + 1
        paths = page.frame_locator(f"#slide-{first_map} iframe").locator("path.leaflet-interactive")
        wait_for(lambda: paths.count() >= 10, message="the deck's first map drew no districts")
        fills = {paths.nth(i).get_attribute("fill") for i in range(paths.count())}
        assert len(fills - {None}) >= 2, fills

        page.keyboard.press("ArrowRight")
        assert counter.inner_text() == f"2 / {len(slides)}"
        assert page.locator(".slide.current").get_attribute("data-slide") == slides[1]
        page.keyboard.press("ArrowLeft")
        assert counter.inner_text() == f"1 / {len(slides)}"
        page.locator("#next").click()
        page.locator("#next").click()
        assert counter.inner_text() == f"3 / {len(slides)}"
        external = [u for u in requests if urlparse(u).scheme not in ("file", "data", "about")]
        assert external == []
    finally:
        context.close()


def test_presentation_page_moves_with_arrow_keys(page, server):
    page.page.goto(f"{server}/presentasi?lang=id", wait_until="domcontentloaded")
    counter = page.page.locator(".slide-counter")
    counter.wait_for(timeout=WAIT_MS)
    total = len(default_slide_ids())
    assert counter.inner_text().strip() == f"1 / {total}"
    assert not page.page.locator("[data-testid='stSidebar']").is_visible()  # full screen

    # Opening a page by its URL may first show Streamlit's "Page not found" notice (an app-wide
    # start-up matter, not this page's); it makes the page inert until closed.
    dialog = page.page.locator("[role='dialog']")
    if dialog.count() and dialog.first.is_visible():
        page.page.keyboard.press("Escape")
        dialog.first.wait_for(state="hidden", timeout=5000)
    page.page.keyboard.press("ArrowRight")
    wait_for(lambda: counter.inner_text().strip() == f"2 / {total}",
             message="ArrowRight did not move to slide 2")
    title = page.page.locator(".slide-title").inner_text()
    assert "Peta rawan konflik sosial" in title
    page.page.keyboard.press("ArrowLeft")
    wait_for(lambda: counter.inner_text().strip() == f"1 / {total}",
             message="ArrowLeft did not move back to slide 1")
    assert page.external_requests() == []
