"""The overview's map (and the conflict-risk page's level map) updates in place (issue 15): with
the official kab/kota boundaries imported,
a period change from the keyboard recolours the map in the frame already on screen (the frame is
neither replaced nor navigated, a mark set on its window survives), the zoom the user chose stays,
and the colours drawn are those of the chosen period's data. The conflict-risk page's period
player runs in that frame: play steps through every period from values sent once, with no server
run while it plays; pause stops at a period and the page follows; a hidden tab pauses it."""

from __future__ import annotations

import os

import pytest

from tests.e2e.conftest import (
    WAIT_MS,
    _script_state,
    click_district_opens_profile,
    import_boundaries_into,
    start_server,
    stop_server,
    wait_for_run_end,
)

pytestmark = pytest.mark.e2e

FILLS_JS = """() => {
  const fills = {};
  window.__inplace.map.eachLayer(l => {
    if (l.feature && l._path) fills[l.feature.id] = l._path.getAttribute('fill');
  });
  return fills;
}"""


@pytest.fixture(scope="module")
def kab_server(tmp_path_factory, shared_dir):
    data_dir = tmp_path_factory.mktemp("e2e-inplace")
    import_boundaries_into(data_dir, shared_dir, levels=("kabupaten",))
    process, url = start_server(data_dir)
    yield url, data_dir
    stop_server(process)


def expected_fills(data_dir, period: str) -> dict[str, str]:
    """The fill of every district for ``period``, computed by the map builders from the data the
    server reads (the demo data seeded in its store), as a rebuilt map would draw it."""
    from indicators import figures
    from loaders import areas
    from maps.thematic import expand_update, layer_update
    from storage import datasets
    from views import overview

    previous = os.environ.get("DASHBOARD_DATA_DIR")
    os.environ["DASHBOARD_DATA_DIR"] = str(data_dir)
    try:
        loaded = {n: datasets.load(n) for n in ("conflict_risk", "participation", "outreach")}
        layer = areas.imported_areas("kabupaten")
        summary = figures.district_summary(loaded["conflict_risk"].frame,
                                           loaded["participation"].frame,
                                           loaded["outreach"].frame, period)
        update = layer_update(layer.frame, overview.risk_layer(summary, "id"))
    finally:
        if previous is None:
            os.environ.pop("DASHBOARD_DATA_DIR")
        else:
            os.environ["DASHBOARD_DATA_DIR"] = previous
    shown = expand_update(update, layer.frame["kode"].tolist())
    return {code: style["fillColor"] for code, (style, _) in shown.items()}


def periods_of(data_dir) -> tuple[list[str], str]:
    from indicators import figures
    from storage import datasets

    previous = os.environ.get("DASHBOARD_DATA_DIR")
    os.environ["DASHBOARD_DATA_DIR"] = str(data_dir)
    try:
        conflict = datasets.load("conflict_risk").frame
        return figures.periods(conflict), figures.default_period(conflict)
    finally:
        if previous is None:
            os.environ.pop("DASHBOARD_DATA_DIR")
        else:
            os.environ["DASHBOARD_DATA_DIR"] = previous


def inplace_frame(page, with_player: bool | None = None):
    """The first in-place map frame that has drawn its districts (``with_player``: True, the one
    with a period player; False, one without; Playwright's frame order is not the page's, and a
    frame lower on the page may not be there yet)."""
    page.wait_for_selector("iframe", timeout=WAIT_MS)
    ready = ("!!(window.__inplace && window.__inplace.map && "
             "document.querySelector('path.leaflet-interactive'))")
    if with_player is not None:
        ready = f"{ready} && {'!!' if with_player else '!'}window.__inplace.player"
    for _ in range(int(WAIT_MS / 100)):
        for frame in page.frames:
            if "inplace_map" in frame.url:
                try:
                    if frame.evaluate(ready):
                        return frame
                except Exception:  # noqa: BLE001 - a frame being attached
                    pass
        page.wait_for_timeout(100)
    raise AssertionError("the overview's map frame never drew its districts")


def wait_for_fills(page, frame, expected: dict[str, str]) -> dict[str, str]:
    fills = {}
    for _ in range(int(WAIT_MS / 100)):
        fills = frame.evaluate(FILLS_JS)
        if fills == expected:
            return fills
        page.wait_for_timeout(100)
    raise AssertionError(f"colours drawn {fills} are not the period's {expected}")


@pytest.mark.parametrize("path", ["", "peta-rawan-konflik"])  # the overview, the conflict-risk page
def test_a_period_change_recolours_the_map_in_its_frame_and_keeps_the_zoom(page, kab_server, path):
    url, data_dir = kab_server
    p = page.page
    p.goto(f"{url}/{path}?lang=id", wait_until="domcontentloaded")
    frame = inplace_frame(p)
    periods, default = periods_of(data_dir)
    assert len(periods) >= 2 and default in periods
    earlier = periods[periods.index(default) - 1]
    assert expected_fills(data_dir, earlier) != expected_fills(data_dir, default)  # a real change
    wait_for_fills(p, frame, expected_fills(data_dir, default))
    assert frame.locator("path.leaflet-interactive").count() == 10

    # The user zooms in (the map's own + button), and the frame is marked.
    zoom = frame.evaluate("window.__inplace.map.getZoom()")
    frame.locator(".leaflet-control-zoom-in").click()
    p.wait_for_timeout(600)  # the zoom animation
    zoomed = frame.evaluate("window.__inplace.map.getZoom()")
    assert zoomed > zoom
    frame.evaluate("window.__kept = 'same window'")
    held = [f for f in p.frames if "inplace_map" in f.url]  # (the change map is one too)
    navigations = []
    p.on("framenavigated", lambda f: navigations.append(f.url) if "inplace_map" in f.url else None)

    slider = p.get_by_role("slider").first
    slider.focus()
    p.keyboard.press("ArrowLeft")
    p.get_by_text("Triwulan").first.wait_for()
    wait_for_fills(p, frame, expected_fills(data_dir, earlier))

    assert frame.evaluate("window.__kept") == "same window"  # the frame was not reloaded
    assert navigations == []
    assert frame.evaluate("window.__inplace.map.getZoom()") == zoomed
    assert [f for f in p.frames if "inplace_map" in f.url] == held and frame in held
    legend = frame.locator(".map-legend").inner_text()
    assert "Tingkat rawan" in legend and "Tinggi" in legend

    # and back again: the newest period's colours, still the same window
    p.keyboard.press("ArrowRight")
    wait_for_fills(p, frame, expected_fills(data_dir, default))
    assert frame.evaluate("window.__kept") == "same window"
    assert page.external_requests() == []


COUNTS_JS = "() => ({renders: window.__inplace.renders, asks: window.__inplace.asks})"


def _quiet_for(page, frame, seconds: float) -> list[dict]:
    """The frame's render counts and the app's script state, every 100 ms for ``seconds``."""
    seen = []
    for _ in range(int(seconds * 10)):
        seen.append({**frame.evaluate(COUNTS_JS), "script": _script_state(page)})
        page.wait_for_timeout(100)
    return seen


def _overview_frame(page, url: str | None = None):
    """The overview's map frame (the page's only in-place map) once it has drawn its districts
    and the page's run has ended."""
    if url is not None:
        page.goto(url, wait_until="domcontentloaded")
    frame = inplace_frame(page)
    assert wait_for_run_end(page)
    return frame


def test_no_server_run_after_the_first_draw_and_none_lost_after_another_page(page, kab_server):
    """Issue 15: the frame does not tell the server what it holds once drawn (that started one
    more run of the page after every first draw, and a click during it was lost): drawn on its
    first render, it stays quiet. Back from another page, the new frame gets its base with the
    first render too (no question, no round trip), and a period change still recolours it in
    place."""
    url, data_dir = kab_server
    p = page.page
    frame = _overview_frame(p, f"{url}/?lang=id")
    seen = _quiet_for(p, frame, 3)
    assert all(s["renders"] == 1 and s["script"] == "notRunning" for s in seen), seen
    assert all(s["asks"] == 0 for s in seen), seen

    p.get_by_role("link", name="Peringatan Dini").click()  # a page with no in-place map
    p.get_by_role("heading", name="Peringatan Dini").first.wait_for()
    wait_for_run_end(p)
    p.get_by_role("link", name="Ringkasan").click()
    p.get_by_role("heading", name="Ringkasan").first.wait_for()
    for _ in range(int(WAIT_MS / 100)):
        frames = [f for f in p.frames if "inplace_map" in f.url]
        if len(frames) == 1 and frames[0] != frame:
            break
        p.wait_for_timeout(100)
    back = _overview_frame(p)
    assert back != frame  # a new frame: the old one went with the page
    seen = _quiet_for(p, back, 2)
    assert all(s == {"renders": 1, "asks": 0, "script": "notRunning"} for s in seen), seen

    periods, default = periods_of(data_dir)
    earlier = periods[periods.index(default) - 1]
    wait_for_fills(p, back, expected_fills(data_dir, default))
    back.evaluate("window.__kept = 'same window'")
    p.get_by_role("slider").first.focus()
    p.keyboard.press("ArrowLeft")
    wait_for_fills(p, back, expected_fills(data_dir, earlier))
    assert back.evaluate("window.__kept") == "same window"
    assert back.evaluate(COUNTS_JS) == {"renders": 2, "asks": 0}  # one run, one update


def test_a_frame_that_lost_its_map_asks_once_and_gets_the_base(page, kab_server):
    """The server thinks the frame holds the base; a frame reloaded in place (as a remount
    would) does not: told only an update, it says so once, the next run sends the base, and it
    is quiet again (no loop). A period change then recolours it."""
    url, data_dir = kab_server
    p = page.page
    frame = _overview_frame(p, f"{url}/?lang=id")
    periods, default = periods_of(data_dir)
    earlier = periods[periods.index(default) - 1]
    p.get_by_role("slider").first.focus()
    p.keyboard.press("ArrowLeft")  # a run that sends only the update (the last render's args)
    wait_for_fills(p, frame, expected_fills(data_dir, earlier))
    assert wait_for_run_end(p)
    frame.evaluate("location.reload()")
    for _ in range(int(WAIT_MS / 100)):
        try:
            if frame.evaluate("!!(window.__inplace && window.__inplace.map && "
                              "document.querySelector('path.leaflet-interactive'))"):
                break
        except Exception:  # noqa: BLE001 - the frame being reloaded
            pass
        p.wait_for_timeout(100)
    assert wait_for_run_end(p)
    seen = _quiet_for(p, frame, 2)
    assert all(s == {"renders": 2, "asks": 1, "script": "notRunning"} for s in seen), seen
    wait_for_fills(p, frame, expected_fills(data_dir, earlier))
    p.get_by_role("slider").first.focus()
    p.keyboard.press("ArrowRight")
    wait_for_fills(p, frame, expected_fills(data_dir, default))
    assert frame.evaluate(COUNTS_JS) == {"renders": 3, "asks": 1}


def test_a_district_click_on_the_inplace_map_opens_its_profile(page, kab_server):
    url, _ = kab_server
    page.page.goto(f"{url}/?lang=id", wait_until="domcontentloaded")
    frame = inplace_frame(page.page)
    name = click_district_opens_profile(page, frame)  # hover for the name, click, its profile
    assert name


PLAYER_JS = """() => {
  const p = window.__inplace.player;
  return p ? {index: p.index, playing: p.playing(), steps: p.steps, frames: p.frames.length,
              renders: window.__inplace.renders, label: p.label.textContent,
              bar: document.getElementById('player_bar').getBoundingClientRect().height}
           : null;
}"""


def player_state(frame):
    return frame.evaluate(PLAYER_JS)


def wait_until(page, frame, predicate, what: str):
    state = None
    for _ in range(int(WAIT_MS / 100)):
        state = player_state(frame)
        if state is not None and predicate(state):
            return state
        page.wait_for_timeout(100)
    raise AssertionError(f"the player never {what}: {state}")


def test_the_player_plays_in_the_frame_without_server_runs_and_pauses_where_asked(page, kab_server):
    url, data_dir = kab_server
    p = page.page
    p.goto(f"{url}/peta-rawan-konflik?lang=id", wait_until="domcontentloaded")
    frame = inplace_frame(p, with_player=True)
    periods, default = periods_of(data_dir)
    state = wait_until(p, frame, lambda s: s["frames"] == len(periods), "received its frames")
    assert state["bar"] > 20 and state["index"] == periods.index(default)
    wait_for_fills(p, frame, expected_fills(data_dir, default))
    frame.evaluate("window.__kept = 'same window'")
    # Let the page settle, then count the renders.
    p.wait_for_timeout(1500)
    renders = player_state(frame)["renders"]

    frame.locator("select").select_option("400")  # the quickest step
    frame.get_by_role("button", name="▶ Putar").click()
    # From the default period the player goes on to the newest, then stops there by itself.
    state = wait_until(p, frame, lambda s: s["index"] == 0 or s["steps"] >= 1, "stepped")
    first_step = state["index"]
    if len(periods) - 1 > periods.index(default):
        assert first_step == periods.index(default) + 1
        wait_for_fills(p, frame, expected_fills(data_dir, periods[first_step]))
    state = wait_until(p, frame, lambda s: not s["playing"], "stopped at the end")
    assert state["index"] == len(periods) - 1
    # The page's period follows where it stopped: the slider and the map's title name it.
    newest_label = state["label"]
    p.get_by_text(f"Tingkat rawan · {newest_label}").first.wait_for(timeout=WAIT_MS)

    # Play again from the first period and pause at once: the page follows that period.
    p.wait_for_timeout(1500)
    renders = player_state(frame)["renders"]
    frame.get_by_role("button", name="▶ Putar").click()
    state = wait_until(p, frame, lambda s: s["playing"] and s["index"] >= 1, "played from the start")
    assert player_state(frame)["renders"] == renders  # no server run while it plays
    frame.get_by_role("button", name="❚❚ Jeda").click()
    state = wait_until(p, frame, lambda s: not s["playing"], "paused")
    paused_at = state["index"]
    wait_for_fills(p, frame, expected_fills(data_dir, periods[paused_at]))
    p.get_by_text(f"Tingkat rawan · {state['label']}").first.wait_for(timeout=WAIT_MS)
    p.wait_for_timeout(1000)
    assert player_state(frame)["index"] == paused_at  # the page's run agrees, nothing jumps
    wait_for_fills(p, frame, expected_fills(data_dir, periods[paused_at]))

    # A hidden tab pauses the player.
    frame.get_by_role("button", name="▶ Putar").click()
    wait_until(p, frame, lambda s: s["playing"], "started")
    frame.evaluate("""() => {
      Object.defineProperty(document, 'hidden', {value: true, configurable: true});
      document.dispatchEvent(new Event('visibilitychange'));
    }""")
    wait_until(p, frame, lambda s: not s["playing"], "paused when the tab was hidden")

    assert frame.evaluate("window.__kept") == "same window"  # never reloaded
    assert page.external_requests() == []


def _zoom_in_and_mark(page, frame) -> int:
    frame.locator(".leaflet-control-zoom-in").click()
    page.wait_for_timeout(600)  # the zoom animation
    frame.evaluate("window.__kept = 'same window'")
    return frame.evaluate("window.__inplace.map.getZoom()")


def _wait_for_other_fills(page, frame, before: dict) -> dict:
    for _ in range(int(WAIT_MS / 100)):
        now = frame.evaluate(FILLS_JS)
        if now and now != before:
            return now
        page.wait_for_timeout(100)
    raise AssertionError(f"the map kept its colours {before}")


def _participation_to_women(page) -> None:
    page.get_by_text("Perempuan", exact=True).first.click()


def _priority_risk_weight_to_zero(page) -> None:
    slider = page.get_by_role("slider").first
    slider.focus()
    page.keyboard.press("Home")


def _previous_period_in_the_first_list(page) -> None:
    page.get_by_role("combobox").first.click()
    page.get_by_role("option").nth(1).click()


def _period_slider_back(page) -> None:
    page.get_by_role("slider").first.focus()
    page.keyboard.press("ArrowLeft")


@pytest.mark.parametrize("path,change,with_player", [
    ("partisipasi-pemilih", _participation_to_women, None),
    ("prioritas", _priority_risk_weight_to_zero, None),
    ("peta-rawan-konflik", _period_slider_back, False),  # the change map, not the level map
    ("status-pelaporan", _previous_period_in_the_first_list, None),
])
def test_other_pages_recolour_their_map_in_place(page, kab_server, path, change, with_player):
    """A group switch (Partisipasi Pemilih), a weight (Prioritas, in a fragment) and a period
    (the change map, Status Pelaporan) recolour the map already on screen: the same frame, the
    zoom the user chose."""
    url, _ = kab_server
    p = page.page
    p.goto(f"{url}/{path}?lang=id", wait_until="domcontentloaded")
    frame = inplace_frame(p, with_player)
    p.wait_for_timeout(1500)
    frames = [f for f in p.frames if "inplace_map" in f.url]  # the first run's report from the frame
    before = frame.evaluate(FILLS_JS)
    zoomed = _zoom_in_and_mark(p, frame)
    change(p)
    _wait_for_other_fills(p, frame, before)
    assert frame.evaluate("window.__kept") == "same window"
    assert frame.evaluate("window.__inplace.map.getZoom()") == zoomed
    now = [f for f in p.frames if "inplace_map" in f.url]
    assert all(f in now and not f.is_detached() for f in frames)  # none replaced
    assert page.external_requests() == []
