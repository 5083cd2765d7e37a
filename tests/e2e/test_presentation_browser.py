"""The presentation in a real browser with no network: the exported HTML deck draws its maps from
a file:// URL and moves with the arrow keys; the presentation page moves with the arrow keys and
asks nothing of any non-loopback host."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

from i18n import fmt_period
from reports.deck import build_deck
from tests.e2e.conftest import WAIT_MS, map_frame, wait_until_idle
from tests.helpers.demo import demo_data
from views.presentation import default_slide_ids

pytestmark = pytest.mark.e2e


def wait_for(condition, timeout: float = 30, message: str = "condition not met"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)  # noqa: TID251 - each condition calls Playwright, which handles its events
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


def test_the_offline_deck_plays_the_risk_map_through_its_periods(browser, tmp_path):
    """The deck's risk map has the dashboard's period player: every period's colours are in the
    file, played offline from a file:// URL, paused where the presenter stops."""
    path = tmp_path / "deck.html"
    data = demo_data()
    path.write_text(build_deck(data, ["risk"], "id"), encoding="utf-8")
    context = browser.new_context(offline=True, viewport={"width": 1366, "height": 768})
    context.route(re.compile(r"^(?!file:|data:|about:).*"), lambda route: route.abort())
    page = context.new_page()
    try:
        page.goto(path.as_uri())
        frame = page.frame_locator("#slide-1 iframe")
        paths = frame.locator("path.leaflet-interactive")
        wait_for(lambda: paths.count() >= 10, message="the deck's map drew no districts")
        frame.get_by_role("button", name="▶ Putar").wait_for(timeout=WAIT_MS)
        inner = next(f for f in page.frames if f != page.main_frame)
        periods = inner.evaluate("window.__player.frames.map(f => f.period)")
        assert len(periods) >= 2 and inner.evaluate("window.__player.index") == \
            periods.index(data.period)

        def fills():
            return [paths.nth(i).get_attribute("fill") for i in range(paths.count())]

        shown = {}
        frame.locator("select").select_option("400")
        frame.get_by_role("button", name="▶ Putar").click()  # at the newest: from the first
        for _ in range(len(periods) * 20):
            shown[inner.evaluate("window.__player.index")] = fills()
            if not inner.evaluate("window.__player.playing()"):
                break
            page.wait_for_timeout(100)
        assert inner.evaluate("window.__player.index") == len(periods) - 1
        assert len(shown) >= 3 and len({tuple(v) for v in shown.values()}) >= 2, shown
        assert frame.locator(".kb-period").inner_text() == fmt_period(periods[-1], "id")
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
    # The counter and the slide are separate elements of one rerun: under load the counter can
    # show 2 while the old slide is still drawn, so wait for the title too.
    title = page.page.locator(".slide-title")
    wait_for(lambda: "Peta rawan konflik sosial" in title.inner_text(),
             message="slide 2 is not the conflict-risk map")
    page.page.keyboard.press("ArrowLeft")
    wait_for(lambda: counter.inner_text().strip() == f"1 / {total}",
             message="ArrowLeft did not move back to slide 1")
    assert page.external_requests() == []


def _close_not_found_dialog(page) -> None:
    dialog = page.locator("[role='dialog']")
    if dialog.count() and dialog.first.is_visible():
        page.keyboard.press("Escape")
        dialog.first.wait_for(state="hidden", timeout=5000)


_LAYOUT = """() => {
  const main = document.querySelector('[data-testid="stMain"]');
  const box = el => { if (!el) return null; const r = el.getBoundingClientRect();
    return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height}; };
  const columns = Array.from(
    document.querySelectorAll('.st-key-pres_slide [data-testid="stColumn"]'))
    .map(c => [c.scrollHeight, c.clientHeight]);
  return {innerHeight: innerHeight, innerWidth: innerWidth,
          docScroll: document.scrollingElement.scrollHeight,
          mainScroll: main.scrollHeight, mainClient: main.clientHeight,
          title: box(document.querySelector('.slide-title')),
          source: box(document.querySelector('.slide-source')),
          sourceText: (document.querySelector('.slide-source') || {}).innerText,
          map: box(document.querySelector('.st-key-pres_map iframe')),
          columns: columns};
}"""


# A frame's legend sits below its map until Leaflet has sized the container and placed its
# controls; measuring it earlier reads a layout that is never shown.
_LEGEND_PLACED = """() => {
    const legend = document.querySelector('.map-legend');
    const map = document.querySelector('.leaflet-container');
    if (!legend || !map) return false;
    const l = legend.getBoundingClientRect(), m = map.getBoundingClientRect();
    return m.height > 0 && l.top >= m.top - 1 && l.bottom <= m.bottom + 1;
}"""


@pytest.mark.parametrize("width,height", [(1366, 768), (1920, 1080)])
def test_every_default_slide_fits_the_screen_without_scrolling(browser, server, tmp_path, width,
                                                               height):
    """Title, map with its whole legend, the side panel and the source line of every slide of the
    default deck are inside the window, and neither the document nor Streamlit's main area
    scrolls. Screenshots of each slide land in tmp_path (DASHBOARD_E2E_SHOTS keeps them)."""
    from tests.helpers.demo import demo_data as data_for_legends
    from views.presentation import build_slide

    shots = Path(os.environ.get("DASHBOARD_E2E_SHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": width, "height": height}, locale="id-ID")
    context.set_default_timeout(WAIT_MS)
    page = context.new_page()
    try:
        page.goto(f"{server}/presentasi?lang=id", wait_until="domcontentloaded")
        counter = page.locator(".slide-counter")
        counter.wait_for()
        _close_not_found_dialog(page)
        slides = default_slide_ids()
        data = data_for_legends()
        for number, slide_id in enumerate(slides, start=1):
            wait_for(lambda number=number: counter.inner_text().strip() == f"{number} / {len(slides)}",
                     timeout=WAIT_MS / 1000, message=f"slide {number} did not open")
            slide = build_slide(data, slide_id, "id")
            page.locator(".slide-title", has_text=slide.title).wait_for()
            legend = None
            if slide.layer is not None:
                frame = map_frame(page, containing=slide.layer.legend_title)
                legend_el = frame.locator(".map-legend")
                legend_el.wait_for()
                try:  # measured once Leaflet has laid the legend out in its corner
                    frame.wait_for_function(_LEGEND_PLACED, timeout=15000)
                except Exception:  # noqa: BLE001 - then the assertions below judge it as it is
                    pass
                legend = legend_el.bounding_box()  # page coordinates (Playwright adds the frame)
                map_div = frame.locator(".leaflet-container").first.bounding_box()
            page.wait_for_timeout(500)  # let the layout settle before measuring and the screenshot
            page.screenshot(path=str(shots / f"slide-{width}x{height}-{number}-{slide_id}.png"))
            box = page.evaluate(_LAYOUT)
            where = f"{width}x{height} slide {number} ({slide_id}): {box}"
            assert box["docScroll"] <= box["innerHeight"], where
            assert box["mainScroll"] <= box["mainClient"] + 1, where
            assert box["title"]["top"] >= 0, where
            assert box["source"] is not None and box["sourceText"].startswith("Sumber:"), where
            assert 0 <= box["source"]["top"] and box["source"]["bottom"] <= height, where
            if slide.layer is not None:
                assert box["map"]["bottom"] <= box["source"]["top"] + 1, where
                # the map takes the height the slide leaves (not a fixed pixel height), and the
                # Leaflet map fills its frame, so the legend is inside what is visible
                assert box["map"]["bottom"] >= box["source"]["top"] - 40, where
                assert abs(map_div["height"] - box["map"]["height"]) <= 2, (where, map_div)
                assert legend["y"] >= box["map"]["top"] - 1, (where, legend)
                assert legend["y"] + legend["height"] <= min(box["map"]["bottom"], height) + 1, \
                    (where, legend)
                assert legend["x"] + legend["width"] <= width, (where, legend)
            for scroll, client in box["columns"]:  # the side panel shows all of itself
                assert scroll <= client + 1, where
            if number < len(slides):
                page.keyboard.press("ArrowRight")
    finally:
        context.close()


def test_preparing_the_pdf_shows_a_translated_spinner_not_the_function_call(page, server):
    page.page.goto(f"{server}/presentasi?lang=id", wait_until="domcontentloaded")
    page.page.locator(".slide-counter").wait_for(timeout=WAIT_MS)
    _close_not_found_dialog(page.page)
    page.page.get_by_text("Atur presentasi dan unduhan").click()
    # The slide map's first report reruns the page: a click made during that run can be lost.
    page.page.wait_for_timeout(1500)
    wait_until_idle(page)
    page.page.get_by_role("button", name="Siapkan laporan kepada Gubernur (PDF)").click()
    seen = []
    download = page.page.get_by_role("button", name="Unduh laporan PDF")
    deadline = time.monotonic() + WAIT_MS / 1000
    while time.monotonic() < deadline and not download.count():
        seen.append(page.page.locator("[data-testid='stMain']").inner_text())
        page.page.wait_for_timeout(100)
    assert download.count(), "the PDF was not prepared"
    text = "\n".join(seen)
    assert "Running" not in text and "_pdf_file" not in text
    assert "Menyiapkan laporan PDF" in text


@pytest.mark.parametrize("width,height", [(1366, 768), (1920, 1080)])
def test_every_slide_of_the_offline_deck_fits_the_screen(browser, tmp_path, width, height):
    """The same promise for the offline HTML deck, with the reporting slide's long table and a
    district slide: source line above the button bar, the side panel needs no scrolling."""
    slides = default_slide_ids() + ["district:64.08"]
    path = tmp_path / "deck.html"
    path.write_text(build_deck(demo_data(), slides, "id"), encoding="utf-8")
    context = browser.new_context(offline=True, viewport={"width": width, "height": height})
    page = context.new_page()
    try:
        page.goto(path.as_uri())
        for number in range(1, len(slides) + 1):
            box = page.evaluate("""() => {
              const s = document.querySelector('.slide.current');
              const side = s.querySelector('.side'), src = s.querySelector('.source');
              const nav = document.querySelector('nav').getBoundingClientRect();
              return {source: src.getBoundingClientRect().bottom, nav: nav.top,
                      side: [side.scrollHeight, side.clientHeight],
                      doc: document.scrollingElement.scrollHeight, inner: innerHeight}; }""")
            where = f"{width}x{height} deck slide {number}: {box}"
            assert box["source"] <= box["nav"], where
            assert box["side"][0] <= box["side"][1] + 1, where
            assert box["doc"] <= box["inner"], where
            page.screenshot(path=str(tmp_path / f"deck-{number}.png"))
            page.keyboard.press("ArrowRight")
    finally:
        context.close()
