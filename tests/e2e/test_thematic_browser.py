"""The thematic pages in a real browser with no internet: each map draws, a filter changes it,
and a click on a district polygon opens that district's profile."""

from __future__ import annotations

import time

import pytest

from tests.e2e.conftest import WAIT_MS, click_district_opens_profile, map_frame, wait_until_idle

pytestmark = pytest.mark.e2e


def open_page(page, server, path, lang="id", index=0):
    page.page.goto(f"{server}/{path}?lang={lang}", wait_until="domcontentloaded")
    frame = map_frame(page.page, index=index)
    # The first session on a fresh server can get Streamlit's "Page not found" dialog for a deep
    # link while the page itself runs; it is modal, so close it before touching widgets.
    dialog = page.page.locator("[data-testid='stDialog']")
    if dialog.count():
        page.page.keyboard.press("Escape")
        dialog.wait_for(state="detached", timeout=5000)
    return frame


def fills(frame) -> list[str]:
    paths = frame.locator("path.leaflet-interactive")
    return [paths.nth(i).get_attribute("fill") for i in range(paths.count())]


def tile_counts(frame) -> int:
    return sum(int(text) for text in frame.locator(".tile-count").all_inner_texts())


def counted_frame(page, timeout=WAIT_MS / 1000):
    """The map frame that shows incident counts per tile, once its counts are drawn (frames
    appear in any order under load, so look for the counts rather than the position)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for frame in page.page.frames:
            try:
                if frame != page.page.main_frame and tile_counts(frame) > 0:
                    return frame
            except Exception:  # a frame being replaced while we look
                continue
        page.page.wait_for_timeout(250)
    raise AssertionError("no map with incident counts appeared")


def wait_for_change(page, read, before, index=0, timeout=WAIT_MS / 1000):
    """Re-read the index-th map until ``read(frame)`` differs from ``before`` (a changed map is
    a new iframe, so the frame is looked up again each time)."""
    deadline = time.monotonic() + timeout
    last = before
    while time.monotonic() < deadline:
        try:
            last = read(map_frame(page.page, index=index, timeout_ms=5000))
            if last != before:
                return last
        except Exception:  # the frame being replaced while we read it
            pass
        page.page.wait_for_timeout(400)
    raise AssertionError(f"map did not change: still {last}")


def slider_to_start(page, index=0, attempts=10):
    """Move the index-th slider on the page to its first stop with the keyboard."""
    wait_until_idle(page)
    slider = page.page.locator("[data-testid='stMain'] [data-testid='stSlider'] "
                               "input[type='range']").nth(index)
    before = slider.get_attribute("aria-valuetext")
    for _ in range(attempts):
        slider.focus()
        page.page.keyboard.press("Home")
        page.page.wait_for_timeout(500)
        if slider.get_attribute("aria-valuetext") != before:
            return
    raise AssertionError(f"slider {index} did not move from {before}")


def test_conflict_map_period_slider_changes_the_map(page, server):
    frame = open_page(page, server, "peta-rawan-konflik")
    before = fills(frame)
    assert len(before) >= 10
    assert "DATA CONTOH" in " ".join(frame.locator(".map-notice").all_inner_texts())
    slider_to_start(page)  # first period: at least one district had another level then
    wait_for_change(page, fills, before)
    assert page.external_requests() == []


def test_conflict_incident_filter_changes_the_counts(page, server):
    open_page(page, server, "peta-rawan-konflik")
    before = tile_counts(counted_frame(page))
    assert before > 0
    wait_until_idle(page)
    # Only verified incidents are shown (issue 16): the category filter is what is left to change.
    page.page.get_by_role("button", name="Remove Ormas").click()
    deadline = time.monotonic() + WAIT_MS / 1000
    after = before
    while after == before and time.monotonic() < deadline:
        page.page.wait_for_timeout(500)
        try:
            after = tile_counts(counted_frame(page, timeout=5))
        except AssertionError:
            continue
    assert after < before
    assert page.external_requests() == []


def test_conflict_map_click_opens_profile(page, server):
    frame = open_page(page, server, "peta-rawan-konflik")
    click_district_opens_profile(page, frame)
    assert page.external_requests() == []


def test_participation_group_changes_the_gap_map_and_click_opens_profile(page, server):
    frame = open_page(page, server, "partisipasi-pemilih")
    before = fills(frame)
    assert len(set(before) - {None}) >= 2
    wait_until_idle(page)
    page.page.locator("[data-testid='stRadio'] label").filter(has_text="Pemilih pemula").click()
    wait_for_change(page, fills, before)
    click_district_opens_profile(page, map_frame(page.page))
    assert page.external_requests() == []


def test_outreach_district_filter_changes_the_counts_and_click_opens_profile(page, server):
    frame = open_page(page, server, "kegiatan-sosialisasi")
    before = tile_counts(frame)
    assert before > 0
    wait_until_idle(page)
    box = page.page.locator("[data-testid='stMultiSelect']").filter(has_text="Kabupaten/kota")
    box.get_by_role("combobox").first.click()
    page.page.keyboard.type("Bontang")
    page.page.keyboard.press("Enter")
    after = wait_for_change(page, tile_counts, before)
    assert 0 < after < before or after == 0
    click_district_opens_profile(page, map_frame(page.page))
    assert page.external_requests() == []


def test_priority_weights_change_the_map_and_click_opens_profile(page, server):
    frame = open_page(page, server, "prioritas")
    before = fills(frame)
    for i in (1, 2):  # participation and outreach weights to 0: the risk score alone
        slider_to_start(page, i)
    wait_for_change(page, fills, before)
    click_district_opens_profile(page, map_frame(page.page))
    assert page.external_requests() == []


def test_overview_click_opens_profile(page, server):
    frame = open_page(page, server, "")
    name = click_district_opens_profile(page, frame)
    # The profile's heading comes first; its sections follow in the same run.
    page.page.get_by_text("Riwayat skor rawan").first.wait_for(timeout=WAIT_MS)
    assert "Riwayat skor rawan" in page.page.locator("[data-testid='stMain']").first.inner_text()
    assert name
    assert page.external_requests() == []


def test_conflict_play_button_steps_through_the_periods(page, server):
    """On the schematic tiles too: the player above the level map, in its frame."""
    open_page(page, server, "peta-rawan-konflik")
    frame = next(f for f in page.page.frames if "inplace_map" in f.url)
    frame.get_by_role("button", name="▶ Putar").wait_for(timeout=WAIT_MS)
    before = fills(frame)
    wait_until_idle(page)
    frame.locator("select").select_option("400")
    frame.get_by_role("button", name="▶ Putar").click()
    # At the last period, play starts again from the first one, which differs on the map.
    first = wait_for_frame_change(page, frame, before)
    # The next step comes from the timer alone (2025-Q4 -> 2026-Q1 changes Kutai Barat).
    wait_for_frame_change(page, frame, first)
    frame.get_by_role("button", name="❚❚ Jeda").click(timeout=10000)
    assert page.external_requests() == []


def wait_for_frame_change(page, frame, before, timeout=WAIT_MS / 1000):
    """Re-read the same frame (an in-place map keeps it) until its fills differ from ``before``."""
    for _ in range(int(timeout * 10)):
        now = fills(frame)
        if now != before:
            return now
        page.page.wait_for_timeout(100)
    raise AssertionError(f"map did not change: still {before}")
