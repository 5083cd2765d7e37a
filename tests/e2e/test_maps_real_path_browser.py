"""The maps on the path a real office takes: official boundaries imported at three levels (from
../shared). Point maps keep their height and draw their clusters; labels, notices, legends and
controls do not cover each other; tooltips are opaque and stay in the map; profile and drill-down
URLs open the district they name."""

from __future__ import annotations

import time

import pytest

from tests.e2e.conftest import WAIT_MS

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
        page.wait_for_timeout(500)
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
        page, server_with_boundaries, path, maps, points_index):
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
        p.wait_for_timeout(500)
    assert point_marks(points_frame) > 0
    assert not [line for line in log if "maxZoom" in line], log
    assert page.external_requests() == []


def wait_for_url(page, fragment: str, timeout=WAIT_MS / 1000) -> str:
    deadline = time.monotonic() + timeout
    while fragment not in page.url and time.monotonic() < deadline:
        page.wait_for_timeout(250)
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
        page, server_with_boundaries):
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


def test_drilldown_link_opens_the_kecamatan_and_its_villages(page, server_with_boundaries):  # noqa: E501
    p = page.page
    p.goto(f"{server_with_boundaries}/kecamatan-desa?kab=64.72&kec=64.72.04&lang=en",
           wait_until="domcontentloaded")
    p.get_by_text("Villages in Kecamatan Samarinda Ilir").wait_for(timeout=WAIT_MS)
    p.get_by_text("Kecamatan in Kota Samarinda").wait_for(timeout=WAIT_MS)
    frames = drawn_map_frames(p, 2)  # the kecamatan and the villages
    for i, (element, frame) in enumerate(frames):
        element.scroll_into_view_if_needed()
        check_cartography(laid_out(frame), f"drill-down#{i}", cities=False)
    url = wait_for_url(p, "kec=64.72.04")
    assert "kab=64.72" in url
    assert page.external_requests() == []


def test_link_with_an_unknown_code_says_so(page, server_with_boundaries):
    p = page.page
    p.goto(f"{server_with_boundaries}/profil-kab-kota?kab=99.99&lang=id",
           wait_until="domcontentloaded")
    p.get_by_text("kode kabupaten/kota «99.99», yang tidak dikenal").wait_for(timeout=WAIT_MS)
    assert "kab=99.99" in p.url  # the link stays as given until a district is chosen


# -- cartography (issue 11 #8) ----------------------------------------------------------------

MEASURE = """() => {
  const box = el => { const r = el.getBoundingClientRect();
                      return {left: r.left, top: r.top, right: r.right, bottom: r.bottom,
                              w: r.width, h: r.height}; };
  const c = document.querySelector('.leaflet-container');
  const shown = el => getComputedStyle(el.closest('.area-label') || el).visibility !== 'hidden';
  const polygons = [...document.querySelectorAll('.leaflet-overlay-pane path.leaflet-interactive')]
    .filter(p => !/a/i.test(p.getAttribute('d') || '')).map(box).filter(r => r.w && r.h);
  const extent = polygons.length ? {left: Math.min(...polygons.map(r => r.left)),
    top: Math.min(...polygons.map(r => r.top)), right: Math.max(...polygons.map(r => r.right)),
    bottom: Math.max(...polygons.map(r => r.bottom))} : null;
  return {
    laidOut: c.hasAttribute('data-layout-padding'),
    map: box(c),
    extent: extent,
    labels: [...document.querySelectorAll('.area-label-text')].filter(shown)
      .map(el => ({text: el.textContent, full: el.closest('.area-label').dataset.full,
                   ...box(el)})),
    hidden: [...document.querySelectorAll('.area-label')].filter(el => !shown(el))
      .map(el => el.dataset.full),
    boxes: [...document.querySelectorAll('.map-notice-control, .map-legend-control')]
      .map(el => ({text: el.innerText.slice(0, 40), ...box(el)})),
    zoom: [...document.querySelectorAll('.leaflet-control-zoom')].map(box),
    points: [...document.querySelectorAll('.marker-cluster, .tile-count')].map(box)
      .concat([...document.querySelectorAll('.leaflet-overlay-pane path.leaflet-interactive')]
        .filter(p => /a/i.test(p.getAttribute('d') || '')).map(box)).filter(r => r.w && r.h),
  };
}"""


def overlaps(a, b) -> bool:
    return a["left"] < b["right"] - 0.5 and b["left"] < a["right"] - 0.5 and \
        a["top"] < b["bottom"] - 0.5 and b["top"] < a["bottom"] - 0.5


def laid_out(frame, timeout=10):
    """The map's boxes once its layout script has fitted it (or after ``timeout``: the checks
    judge the map as it is)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not frame.evaluate(MEASURE)["laidOut"]:
        frame.page.wait_for_timeout(250)
    frame.page.wait_for_timeout(500)  # labels settle after the fit (fonts, moveend)
    return frame.evaluate(MEASURE)


def check_cartography(m: dict, where: str, cities: bool = True) -> None:
    labels, boxes, zoom = m["labels"], m["boxes"], m["zoom"]
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            assert not overlaps(a, b), f"{where}: labels {a['text']!r} and {b['text']!r} overlap"
        for other in boxes + zoom:
            assert not overlaps(a, other), f"{where}: label {a['text']!r} under {other}"
        for point in m["points"]:
            assert not overlaps(a, point), f"{where}: label {a['text']!r} on a marker {point}"
        assert m["map"]["left"] <= a["left"] and a["right"] <= m["map"]["right"] and \
            m["map"]["top"] <= a["top"] and a["bottom"] <= m["map"]["bottom"], \
            f"{where}: label {a['text']!r} leaves the map"
    for i, a in enumerate(boxes):
        for z in zoom:
            assert not overlaps(a, z), f"{where}: {a['text']!r} covers the zoom buttons"
        for b in boxes[i + 1:]:
            assert not overlaps(a, b), f"{where}: {a['text']!r} and {b['text']!r} overlap"
        assert m["extent"] and not overlaps(a, m["extent"]), \
            f"{where}: {a['text']!r} covers the areas {m['extent']}"
    if cities and (labels or m["hidden"]):
        shown = {label["full"] for label in labels}
        for city in ("Samarinda", "Balikpapan", "Bontang"):
            assert city in shown, f"{where}: the label of {city} is hidden ({m['hidden']})"


def check_tooltip_inside(frame, where: str) -> None:
    """Hover the lowest and the rightmost area near its far edge: the tooltip is opaque and
    inside the map."""
    paths = frame.locator(".leaflet-overlay-pane path.leaflet-interactive")
    points = frame.evaluate("""() => {
      const paths = [...document.querySelectorAll('.leaflet-overlay-pane path.leaflet-interactive')]
        .filter(p => !/a/i.test(p.getAttribute('d') || ''));
      const out = [];
      for (const edge of ['bottom', 'right']) {
        const p = paths.slice().sort((a, b) => b.getBoundingClientRect()[edge]
                                             - a.getBoundingClientRect()[edge])[0];
        const r = p.getBoundingClientRect();
        search: for (let k = 2; k < 60; k += 2) {
          for (let s = 0.1; s < 1; s += 0.1) {
            const x = edge === 'right' ? r.right - k : r.left + s * r.width;
            const y = edge === 'bottom' ? r.bottom - k : r.top + s * r.height;
            if (document.elementFromPoint(x, y) === p) { out.push([x, y]); break search; }
          }
        }
      }
      return out;
    }""")
    assert points, f"{where}: no point to hover"
    element = frame.frame_element()
    element.scroll_into_view_if_needed()
    origin = element.bounding_box()
    for x, y in points:
        frame.page.mouse.move(origin["x"] + x, origin["y"] + y)
        tip = frame.locator(".leaflet-tooltip")
        tip.first.wait_for(state="visible", timeout=5000)
        frame.page.wait_for_timeout(200)
        style = tip.first.evaluate("""el => { const s = getComputedStyle(el);
            const r = el.getBoundingClientRect();
            const c = document.querySelector('.leaflet-container').getBoundingClientRect();
            return {opacity: s.opacity, background: s.backgroundColor,
                    inside: r.left >= c.left && r.right <= c.right && r.top >= c.top
                            && r.bottom <= c.bottom, box: [r.left, r.top, r.right, r.bottom],
                    map: [c.left, c.top, c.right, c.bottom]}; }""")
        assert style["opacity"] == "1", f"{where}: tooltip opacity {style}"
        assert style["background"] in ("rgb(255, 255, 255)", "rgba(255, 255, 255, 1)"), style
        assert style["inside"], f"{where}: tooltip cut at the map edge {style}"
    assert paths.count()


# (path, maps on the page): every page with a kab/kota map.
CARTO_PAGES = [("", 1), ("peta-rawan-konflik", 3), ("kegiatan-sosialisasi", 1),
               ("partisipasi-pemilih", 1), ("prioritas", 1), ("status-pelaporan", 1)]


def carto_page(browser):
    from tests.e2e.conftest import RecordedPage

    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="id-ID")
    context.set_default_timeout(WAIT_MS)
    return context, RecordedPage(context.new_page())


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("geography", ["tiles", "boundaries"])
def test_labels_notices_legends_and_tooltips_keep_apart_at_1366(browser, request, geography,
                                                                lang):
    base = request.getfixturevalue("server" if geography == "tiles" else "server_with_boundaries")
    context, page = carto_page(browser)
    try:
        p = page.page
        for path, maps in CARTO_PAGES:
            p.goto(f"{base}/{path}?lang={lang}", wait_until="domcontentloaded")
            frames = drawn_map_frames(p, maps)
            for i, (element, frame) in enumerate(frames):
                where = f"{geography}/{lang}/{path or 'ringkasan'}#{i}"
                element.scroll_into_view_if_needed()
                check_cartography(laid_out(frame), where)
                notices = " ".join(frame.locator(".map-notice").all_inner_texts())
                assert ("bukan batas wilayah resmi" in notices) == (geography == "tiles"), where
            check_tooltip_inside(frames[0][1], f"{geography}/{lang}/{path or 'ringkasan'}")
        assert page.external_requests() == []
    finally:
        context.close()
