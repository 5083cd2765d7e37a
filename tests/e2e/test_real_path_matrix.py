"""The path a real deployment takes, page by page, in a real browser.

Every page is opened by its URL under a matrix of deployments:

- geography: the schematic tiles, or the official boundaries imported at all three levels
  (kab/kota, kecamatan, desa, from ../shared/geodata);
- reports: every district reported the newest period, or the newest period reported by only one
  district (the others shown with an older report);
- who: before any account exists; a visitor once accounts exist; a viewer; an editor of one
  district (Samarinda); an admin, in Indonesian and in English.

Each page must show no exception, no "Page not found", no request off loopback, no text of the
other language's catalogue (nor Streamlit's English defaults in the Indonesian UI); every map frame
has a visible height and draws its layers (markers where the data has points), and no map label
overlaps another label, a notice or a legend.

One server per deployment (module-scoped, parametrised), one browser context per person, so the
suite stays within CI's time. Pairwise rather than the full product for the people: the two
"diagonal" deployments run every person, the other two the admin and the visitor only.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from i18n.catalog import MESSAGES
from tests.e2e.conftest import (
    PROJECT_ROOT,
    WAIT_MS,
    RecordedPage,
    login,
    start_server,
    stop_server,
    wait_for_run_end,
)

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

PASSWORD = "Matriks-Uji-Panjang-2026"
# (URL path, whether a role is needed to use it: None = anyone, else the action)
PAGES = [
    ("", None),  # Ringkasan, the default page, lives at the root
    ("peta-rawan-konflik", None),
    ("partisipasi-pemilih", None),
    ("kegiatan-sosialisasi", None),
    ("prioritas", None),
    ("profil-kab-kota", None),
    ("presentasi", None),
    ("status-pelaporan", None),
    ("peringatan-dini", None),
    ("pemantauan-orang-asing", "view_foreigners"),
    ("lapor-kejadian", "submit_reports"),
    ("verifikasi", "publish_incidents"),
    ("kecamatan-desa", None),
    ("data", "upload"),
    ("batas-wilayah", "upload"),
    ("admin", "manage_users"),
    ("masuk", None),
]
# Pages that draw at least one map for someone who may read their data.
MAP_PAGES = {"", "peta-rawan-konflik", "partisipasi-pemilih", "kegiatan-sosialisasi",
             "prioritas", "status-pelaporan", "peringatan-dini"}
# Pages whose data is internal (conflict-risk reports, incidents): a visitor sees a login note.
INTERNAL_PAGES = {"peta-rawan-konflik", "prioritas", "status-pelaporan", "peringatan-dini"}
# Pages on which the data has points (incidents, activities), drawn as markers on real geography.
POINT_PAGES = {"peta-rawan-konflik", "kegiatan-sosialisasi"}
ROLE_ACTIONS = {
    "viewer": set(),
    "editor": {"upload", "view_foreigners", "submit_reports", "publish_incidents"},
    "admin": {"upload", "manage_users", "view_foreigners", "submit_reports", "publish_incidents"},
}
STREAMLIT_ENGLISH = ["Browse files", "Drag and drop", "Choose options", "Select all",
                     "Page not found", "No results", "per file"]


@dataclass(frozen=True)
class Deployment:
    geography: str  # "tiles" | "real"
    reports: str  # "complete" | "partial"

    @property
    def id(self) -> str:
        return f"{self.geography}-{self.reports}"


DEPLOYMENTS = [Deployment("tiles", "complete"), Deployment("real", "partial"),
               Deployment("tiles", "partial"), Deployment("real", "complete")]
FULL_PEOPLE = [("none", "id"), ("visitor", "en"), ("viewer", "id"), ("editor", "en"),
               ("admin", "id"), ("admin", "en")]
SHORT_PEOPLE = [("none", "en"), ("visitor", "id"), ("admin", "id")]


def _cli(data_dir: Path, *args: str, stdin: str = "") -> None:
    env = {**os.environ, "DASHBOARD_DATA_DIR": str(data_dir)}
    env.pop("DASHBOARD_DB_URL", None)
    done = subprocess.run([sys.executable, "-m", "loaders", *args], cwd=PROJECT_ROOT, env=env,
                          input=stdin, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{args}: {done.stdout}\n{done.stderr}"


def _report_rows(data_dir: Path, reports: str) -> Path:
    """The demo's report history as an office's own upload (the first real upload replaces the
    demo data, it is not merged with it), with the newest period made complete (the two
    districts the demo leaves out report it), or with a newer period reported by Samarinda
    alone."""
    import csv

    with open(PROJECT_ROOT / "geodata" / "demo" / "conflict_risk.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        row["sumber"] = "Uji matriks"
    template = dict(rows[-1])
    if reports == "complete":
        extra = [{**template, "kab_kota": code, "periode": "2026-Q3", "tingkat_rawan": "sedang",
                  "skor": "45", "tanggal_laporan": "2026-10-20",
                  "unit_pelapor": f"Kesbangpol {code}"} for code in ("64.09", "64.11")]
    else:
        extra = [{**template, "kab_kota": "64.72", "periode": "2026-Q4", "tingkat_rawan": "tinggi",
                  "skor": "78", "tanggal_laporan": "2026-11-28",
                  "unit_pelapor": "Kesbangpol Kota Samarinda"}]
    path = data_dir.parent / f"laporan-{reports}.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows + extra)
    return path


def _warm_up(browser, url: str) -> None:
    """One visit before the suite's: the server's first page builds the display geometry of every
    imported layer, which a cold start pays once (measured by the benchmarks, not here)."""
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    try:
        page = context.new_page()
        page.goto(f"{url}/?lang=id", wait_until="domcontentloaded")
        _settle(page)
        _map_frames(page, 1)
    finally:
        context.close()


@pytest.fixture(scope="module", params=DEPLOYMENTS, ids=lambda d: d.id)
def deployment(request, tmp_path_factory, shared_dir, browser):
    spec: Deployment = request.param
    data_dir = tmp_path_factory.mktemp(f"matrix-{spec.id}") / "data"
    data_dir.mkdir()
    if spec.geography == "real":
        for level, name in (("kabupaten", "kaltim_kabupaten_kota.geojson"),
                            ("kecamatan", "kaltim_kecamatan.geojson"),
                            ("desa", "kaltim_desa_kelurahan.geojson")):
            _cli(data_dir, "import-boundaries", str(shared_dir / "geodata" / name),
                 "--level", level)
    _cli(data_dir, "import", "conflict_risk", str(_report_rows(data_dir, spec.reports)),
         "--user", "matriks")
    process, url = start_server(data_dir)
    _warm_up(browser, url)
    state = {"spec": spec, "url": url, "data_dir": data_dir, "accounts": False}
    yield state
    stop_server(process)


def _ensure_accounts(state) -> None:
    if state["accounts"]:
        return
    for name, role, districts in (("adi", "admin", ""), ("vina", "viewer", ""),
                                  ("dina", "editor", "64.72")):
        args = ["add-user", name, "--role", role, "--password-stdin"]
        if districts:
            args += ["--districts", districts]
        _cli(state["data_dir"], *args, stdin=PASSWORD + "\n")
    state["accounts"] = True


# -- what a page must not show -------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{[^}]*\}")


def _fragments(language: str) -> list[str]:
    """Literal pieces of the catalogue's ``language`` texts that the other language's texts never
    contain: if one shows on a page in the other language, that page is not translated."""
    other = "en" if language == "id" else "id"
    other_texts = " \n ".join(entry.get(other, "") for entry in MESSAGES.values()).lower()
    found = set()
    for entry in MESSAGES.values():
        text, counterpart = entry.get(language, ""), entry.get(other, "")
        if not text or text == counterpart:
            continue
        for piece in _PLACEHOLDER.split(re.sub(r"<[^>]+>|[*_`#]", " ", text)):
            piece = " ".join(piece.split()).strip(" .,:;()-–—/")
            if len(piece) >= 18 and len(piece.split()) >= 3 and piece.lower() not in other_texts:
                found.add(piece)
    return sorted(found)


FOREIGN = {"id": _fragments("en"), "en": _fragments("id")}


def _foreign_text(text: str, language: str) -> list[str]:
    hits = [piece for piece in FOREIGN[language] if piece in text]
    if language == "id":
        hits += [word for word in STREAMLIT_ENGLISH if word in text]
    return hits[:5]


# -- reading a page ------------------------------------------------------------------------------

def _settle(page, timeout_s: float = WAIT_MS / 1000) -> None:
    """Until the script run has finished and stayed finished for a moment."""
    page.locator("[data-testid='stMain']").wait_for(timeout=WAIT_MS)
    assert wait_for_run_end(page, time.monotonic() + timeout_s), "the page kept running"


def _map_frames(page, expected: int, timeout_s: float = WAIT_MS / 1000) -> list:
    """The Leaflet frames on the page, once ``expected`` of them have drawn something."""
    deadline = time.monotonic() + timeout_s
    frames = []
    while time.monotonic() < deadline:
        frames = []
        for frame in page.frames:
            if frame == page.main_frame:
                continue
            try:
                if frame.locator(".leaflet-container").count() and frame.locator(
                        "path.leaflet-interactive, .leaflet-marker-icon").count():
                    frames.append(frame)
            except Exception:  # a frame being replaced while we look
                continue
        if len(frames) >= expected:
            return frames
        page.wait_for_timeout(400)
    return frames


# The iframes that hold a map: streamlit-folium's, and the level map that updates in place
# (ui.inplace_map, Peta Rawan Konflik's first map), titled by their component's name.
MAP_FRAME_TITLES = ("streamlit_folium", "inplace_map")


def _is_map_frame(element) -> bool:
    title = element.get_attribute("title") or ""
    return any(name in title for name in MAP_FRAME_TITLES)


def _shown_map_frames(page) -> int:
    """How many map frames the page shows."""
    return sum(1 for element in page.locator("iframe").all()
               if _is_map_frame(element) and element.is_visible())


def _boxes(frame, selector: str) -> list[dict]:
    return frame.evaluate(
        """(selector) => Array.from(document.querySelectorAll(selector)).flatMap(el => {
            if (!el.checkVisibility({opacityProperty: true, visibilityProperty: true}))
                return [];  // hidden itself or through an ancestor (the label pass hides those)
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) return [];
            return [{x: r.left, y: r.top, w: r.width, h: r.height,
                     text: (el.innerText || '').trim().slice(0, 40)}];
        })""", selector)


def _intersect(a: dict, b: dict, slack: float = 1.0) -> bool:
    return (a["x"] + slack < b["x"] + b["w"] and b["x"] + slack < a["x"] + a["w"]
            and a["y"] + slack < b["y"] + b["h"] and b["y"] + slack < a["y"] + a["h"])


def _label_overlaps(frame) -> list[str]:
    labels = _boxes(frame, ".area-label-text")
    furniture = _boxes(frame, ".map-notice, .map-legend, .leaflet-control-zoom")
    out = []
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            if _intersect(a, b):
                out.append(f"label {a['text']!r} over label {b['text']!r}")
        for b in furniture:
            if _intersect(a, b):
                out.append(f"label {a['text']!r} under {b['text'][:20]!r}")
    return out


def _check_page(recorded: RecordedPage, state, who: str, language: str, path: str,
                action: str | None) -> list[str]:
    page = recorded.page
    spec: Deployment = state["spec"]
    page.goto(f"{state['url']}/{path}?lang={language}", wait_until="domcontentloaded")
    _settle(page)
    where = f"{spec.id} {who}/{language} /{path}"

    problems, body = _page_problems(page, where, path)
    problems += _access_problems(page, where, who, language, action)
    # The conflict-risk reports of every deployment here are real (imported), and real internal
    # data is never shown before the first account exists: only logged-in people see them.
    shows_data = who in ROLE_ACTIONS or path not in INTERNAL_PAGES
    # At least the maps the page must have, and every map frame it shows: a second map (the
    # change map beside the level map) left blank is as much a failure as a missing first one.
    expected_maps = max(_expected_maps(spec, path, shows_data), _shown_map_frames(page))
    frames = _map_frames(page, expected_maps) if expected_maps else _map_frames(page, 0, 3)
    if len(frames) < expected_maps:
        problems.append(f"{where}: {len(frames)} map(s) drawn, expected at least {expected_maps}")
    frame_problems, texts, points = _map_problems(page, where, frames)
    problems += frame_problems
    if path in POINT_PAGES and frames and shows_data and points == 0:
        # Clustered markers on real geography; a count per tile on the schematic tiles.
        problems.append(f"{where}: no points (or counts per tile) drawn on {spec.geography}")
    foreign = _foreign_text("\n".join([body, *texts]), language)
    if foreign:
        problems.append(f"{where}: other-language text {foreign}")
    return problems


# A button whose label does not fit ends it with "…" (text-overflow: ellipsis): a cut text.
CUT_BUTTON_LABELS_JS = """() => [...document.querySelectorAll(
        '[data-testid="stMain"] button, [data-testid="stMain"] button *')].filter(el => {
    const s = getComputedStyle(el);
    return s.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1
        && el.checkVisibility();
}).map(el => el.innerText.trim().slice(0, 40))"""


def _page_problems(page, where: str, path: str) -> tuple[list[str], str]:
    """An exception, a traceback, a button label cut, "Page not found", or another page than the
    URL's; and the page's text."""
    problems = []
    if page.locator("[data-testid='stException']").count():
        problems.append(f"{where}: exception: "
                        f"{page.locator('[data-testid=stException]').first.inner_text()[:200]}")
    body = page.locator("body").inner_text()
    if "Traceback" in body:
        problems.append(f"{where}: a traceback is shown")
    cut = page.evaluate(CUT_BUTTON_LABELS_JS)
    if cut:
        problems.append(f"{where}: button labels cut {cut[:3]}")
    if "Page not found" in body or "Halaman tidak ditemukan" in body:
        problems.append(f"{where}: 'Page not found'")
    shown_path = page.url.split("?")[0].rstrip("/").rsplit("/", 1)[-1]
    if ":" in shown_path:  # the root: host:port
        shown_path = ""
    if shown_path != path:
        problems.append(f"{where}: dropped to {page.url}")
    return problems, body


def _shown_within(page, seconds: float, check) -> bool:
    """Whether ``check(page)`` comes true within ``seconds``: a run that has just settled may
    still be drawing its last elements on a loaded machine (CI's, or one shared by several)."""
    deadline = time.monotonic() + seconds
    while True:
        if check(page):
            return True
        if time.monotonic() >= deadline:
            return False
        page.wait_for_timeout(300)


def _access_problems(page, where: str, who: str, language: str, action: str | None) -> list[str]:
    """A logged-in person still logged in; a page this person may not use showing a login form
    or a notice."""
    problems = []
    logged_in = who in ROLE_ACTIONS
    marker = "Masuk sebagai" if language == "id" else "Logged in as"
    if logged_in and not _shown_within(page, 10, lambda p: marker in p.locator(
            "[data-testid='stSidebar']").inner_text()):
        problems.append(f"{where}: not logged in any more after opening the URL")
    may_use = action is None or (logged_in and action in ROLE_ACTIONS[who])
    if not may_use:
        def password_box(p) -> bool:
            return p.locator("input[type='password']").count() > 0

        def notice(p) -> bool:
            return password_box(p) or p.locator(
                "[data-testid='stAlert'], [data-testid='stAlertContainer']").count() > 0

        if not _shown_within(page, 10, notice):
            problems.append(f"{where}: neither a login form nor a notice for a restricted page")
        # Accounts exist: what the page needs, and the form.
        if who == "visitor" and not _shown_within(page, 5, password_box):
            problems.append(f"{where}: a restricted page without the login form for a visitor")
    return problems


def _expected_maps(spec: Deployment, path: str, shows_data: bool) -> int:
    """How many map frames the page must draw at least."""
    if path == "":
        return 1  # the landing page shows the public data to a visitor too
    if path in MAP_PAGES and shows_data:
        return 1
    if path == "kecamatan-desa" and spec.geography == "real":
        return 1
    return 0


def _map_problems(page, where: str, frames: list) -> tuple[list[str], list[str], int]:
    """Map frames too low to see and labels over labels or map furniture; with the frames' texts
    and the points (markers, clusters) drawn in them."""
    problems = []

    def too_low(element) -> float | None:
        box = element.bounding_box()
        if box is not None and box["height"] < 150 and element.is_visible() \
                and _is_map_frame(element):
            return box["height"]
        return None

    low = [element for element in page.locator("iframe").all() if too_low(element) is not None]
    if low:  # a frame being laid out is measured once more; a collapsed map stays collapsed
        page.wait_for_timeout(2000)
    for element in low:
        height = too_low(element)
        if height is not None:
            problems.append(f"{where}: a map frame {height:.0f} px high")
    texts = []
    points = 0
    for frame in frames:
        try:
            texts.append(frame.locator("body").inner_text())
            points += frame.locator(".leaflet-marker-icon, .marker-cluster, .tile-count").count()
            problems += [f"{where}: {o}" for o in _label_overlaps(frame)]
        except Exception as error:  # noqa: BLE001 - a frame replaced while read is a finding too
            problems.append(f"{where}: map frame unreadable ({error.__class__.__name__})")
    return problems, texts, points


def _people(spec: Deployment):
    return FULL_PEOPLE if spec in DEPLOYMENTS[:2] else SHORT_PEOPLE


# Before any account exists first: the accounts are created when the first person needs them.
PEOPLE_ORDER = [("none", "id"), ("none", "en"), ("visitor", "en"), ("visitor", "id"),
                ("viewer", "id"), ("editor", "en"), ("admin", "id"), ("admin", "en")]


@pytest.mark.parametrize("who, language", PEOPLE_ORDER)
def test_every_page_on_the_real_path(browser, deployment, who, language):
    spec: Deployment = deployment["spec"]
    if (who, language) not in _people(spec):
        pytest.skip("pairwise: this person is tried on the other deployments")
    if who == "none":
        assert not deployment["accounts"], "the no-account run must come first"
    else:
        _ensure_accounts(deployment)
    context = browser.new_context(viewport={"width": 1366, "height": 768},
                                  locale="id-ID" if language == "id" else "en-GB")
    context.set_default_timeout(WAIT_MS)
    recorded = RecordedPage(context.new_page())
    errors: list[str] = []
    recorded.page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        if who in ROLE_ACTIONS:
            login(recorded.page, deployment["url"],
                  {"viewer": "vina", "editor": "dina", "admin": "adi"}[who], PASSWORD)
        problems: list[str] = []
        for path, action in PAGES:
            problems += _check_page(recorded, deployment, who, language, path, action)
        problems += [f"{spec.id} {who}/{language}: script error {e[:160]}" for e in errors]
        external = recorded.external_requests()
        if external:
            problems.append(f"{spec.id} {who}/{language}: requests off loopback {external[:3]}")
        assert not problems, "\n".join(problems)
    finally:
        context.close()
