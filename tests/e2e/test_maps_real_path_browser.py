"""The maps on the path a real office takes: official boundaries imported at three levels (from
../shared). Point maps keep their height and draw their clusters; labels, notices, legends and
controls do not cover each other; tooltips are opaque and stay in the map; profile and drill-down
URLs open the district they name."""

from __future__ import annotations

import time

import pytest

from tests.e2e.conftest import WAIT_MS
from tests.e2e.test_boundaries_browser import server_with_boundaries  # noqa: F401 (fixture)

pytestmark = pytest.mark.e2e

MAP_IFRAMES = "[data-testid='stMain'] iframe"


def console_log(page):
    """Every console message and uncaught error of the page and its frames, as text."""
    lines: list[str] = []
    page.on("console", lambda message: lines.append(message.text))
    page.on("pageerror", lambda error: lines.append(str(error)))
    return lines


def drawn_map_frames(page, expected: int, timeout=WAIT_MS / 1000):
    """(iframe element, frame) of every map on the page once ``expected`` of them have drawn
    their polygons, in page order."""
    deadline = time.monotonic() + timeout
    found = []
    while time.monotonic() < deadline:
        found = []
        for element in page.locator(MAP_IFRAMES).element_handles():
            try:
                frame = element.content_frame()
                if frame is not None and frame.locator("path.leaflet-interactive").count() > 0:
                    found.append((element, frame))
            except Exception:  # a frame being replaced while we look
                continue
        if len(found) >= expected:
            return found
        time.sleep(0.5)
    raise AssertionError(f"{len(found)} of {expected} maps drew polygons")


def point_marks(frame) -> int:
    """Clusters plus single circle markers (SVG paths drawn with arcs) in a map."""
    circles = frame.locator("path.leaflet-interactive").evaluate_all(
        "els => els.filter(e => /a/i.test(e.getAttribute('d') || '')).length")
    return frame.locator(".marker-cluster").count() + circles


@pytest.mark.parametrize("path, maps, points_index", [
    ("peta-rawan-konflik", 3, 2),  # level, change, incidents (points)
    ("kegiatan-sosialisasi", 1, 0),  # activities (points)
])
def test_point_maps_keep_their_height_and_draw_clusters_on_real_boundaries(
        page, server_with_boundaries, path, maps, points_index):  # noqa: F811
    p = page.page
    log = console_log(p)
    p.goto(f"{server_with_boundaries}/{path}?lang=id", wait_until="domcontentloaded")
    frames = drawn_map_frames(p, maps)
    for element, _ in frames:
        element.scroll_into_view_if_needed()
        box = element.bounding_box()
        assert box and box["height"] > 200, box
    _, points_frame = frames[points_index]
    deadline = time.monotonic() + 20
    while point_marks(points_frame) == 0 and time.monotonic() < deadline:
        time.sleep(0.5)
    assert point_marks(points_frame) > 0
    assert not [line for line in log if "maxZoom" in line], log
    assert page.external_requests() == []


def wait_for_url(page, fragment: str, timeout=WAIT_MS / 1000) -> str:
    deadline = time.monotonic() + timeout
    while fragment not in page.url and time.monotonic() < deadline:
        time.sleep(0.25)
    assert fragment in page.url, page.url
    return page.url


def close_page_not_found(page) -> None:
    """The first session on a fresh server can get Streamlit's modal "Page not found" dialog for
    a deep link while the page itself runs (issue 11 #5, another branch): close it to use widgets."""
    dialog = page.locator("[data-testid='stDialog']")
    if dialog.count():
        page.keyboard.press("Escape")
        dialog.wait_for(state="detached", timeout=5000)


def test_profile_link_opens_its_district_and_the_url_follows_the_choice(
        page, server_with_boundaries):  # noqa: F811
    p = page.page
    p.goto(f"{server_with_boundaries}/profil-kab-kota?kab=64.72&lang=id",
           wait_until="domcontentloaded")
    p.locator("h1").filter(has_text="Profil Kota Samarinda").wait_for(timeout=WAIT_MS)
    assert "kab=64.72" in wait_for_url(p, "kab=64.72")
    close_page_not_found(p)
    # Pick another district: the address bar now names it, and opening that address shows it.
    box = p.locator("[data-testid='stSelectbox']").filter(has_text="Kabupaten/kota")
    box.get_by_role("combobox").click()
    p.keyboard.type("Bontang")
    p.keyboard.press("Enter")
    p.locator("h1").filter(has_text="Profil Kota Bontang").wait_for(timeout=WAIT_MS)
    shared = wait_for_url(p, "kab=64.74")
    other = p.context.new_page()
    other.goto(shared, wait_until="domcontentloaded")
    other.locator("h1").filter(has_text="Profil Kota Bontang").wait_for(timeout=WAIT_MS)
    other.close()
    assert page.external_requests() == []


def test_drilldown_link_opens_the_kecamatan_and_its_villages(page, server_with_boundaries):  # noqa: F811,E501
    p = page.page
    p.goto(f"{server_with_boundaries}/kecamatan-desa?kab=64.72&kec=64.72.04&lang=en",
           wait_until="domcontentloaded")
    p.get_by_text("Villages in Kecamatan Samarinda Ilir").wait_for(timeout=WAIT_MS)
    p.get_by_text("Kecamatan in Kota Samarinda").wait_for(timeout=WAIT_MS)
    assert len(drawn_map_frames(p, 2)) >= 2  # the kecamatan and the villages
    url = wait_for_url(p, "kec=64.72.04")
    assert "kab=64.72" in url
    assert page.external_requests() == []


def test_link_with_an_unknown_code_says_so(page, server_with_boundaries):  # noqa: F811
    p = page.page
    p.goto(f"{server_with_boundaries}/profil-kab-kota?kab=99.99&lang=id",
           wait_until="domcontentloaded")
    p.get_by_text("kode kabupaten/kota «99.99», yang tidak dikenal").wait_for(timeout=WAIT_MS)
    assert "kab=99.99" in p.url  # the link stays as given until a district is chosen
