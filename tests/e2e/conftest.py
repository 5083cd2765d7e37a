"""End-to-end fixtures: a real dashboard server on loopback and Debian's Chromium driven by
Playwright. Every request the browser makes is recorded, so a test can prove that nothing left
the machine. Also shared here: a server with the official boundaries imported, and the login
through the Masuk form."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]
# How long a test waits for the app (a page, a map, a rerun) before it fails. Generous: the machine
# is shared, and under load a first render can take tens of seconds; a passing test waits no
# longer for it, since every wait ends as soon as its condition holds.
WAIT_MS = int(os.environ.get("DASHBOARD_E2E_WAIT_MS", "90000"))
CHROMIUM = os.environ.get("DASHBOARD_CHROMIUM", "/usr/bin/chromium")
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
PASSWORD = "kata-sandi-yang-panjang"  # the accounts the e2e tests make (the matrix has its own)
BOUNDARY_FILES = {"kabupaten": "kaltim_kabupaten_kota.geojson",  # in ../shared/geodata
                  "kecamatan": "kaltim_kecamatan.geojson",
                  "desa": "kaltim_desa_kelurahan.geojson"}
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(data_dir: Path, extra_env: dict[str, str] | None = None, setup: str = ""):
    """Start ``streamlit run dashboard.py`` on a free loopback port; return (process, base URL).
    ``setup``: Python code the server process runs before Streamlit starts (to install a hook)."""
    port = free_port()
    env = {**os.environ, "DASHBOARD_DATA_DIR": str(data_dir), **(extra_env or {})}
    # What `python -m streamlit` runs, after the setup, in the same process.
    launch = ["-c", f"{setup}\nfrom streamlit.web.cli import main\nmain(prog_name='streamlit')"] \
        if setup else ["-m", "streamlit"]
    process = subprocess.Popen(
        [sys.executable, *launch, "run", "dashboard.py",
         "--server.port", str(port), "--server.address", "127.0.0.1",
         "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("dashboard exited:\n" + process.stdout.read().decode(errors="replace"))
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return process, url
        except OSError:
            time.sleep(0.3)  # noqa: TID251 - no browser yet: polling the server's health
    process.kill()
    raise RuntimeError("dashboard did not start within 60 s")


def stop_server(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def run_cli(data_dir: Path, *args: str, stdin: str | None = None) -> str:
    """``python -m loaders ARGS`` on ``data_dir``, in the environment a server started there
    gets; the test fails on a non-zero exit. Returns what the command printed."""
    result = subprocess.run([sys.executable, "-m", "loaders", *args], input=stdin, text=True,
                            capture_output=True, cwd=PROJECT_ROOT, timeout=180,
                            env={**os.environ, "DASHBOARD_DATA_DIR": str(data_dir)})
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def add_user(data_dir: Path, name: str, role: str) -> None:
    """An account with the e2e tests' PASSWORD, made by the command line as an owner makes one."""
    run_cli(data_dir, "add-user", name, "--role", role, "--password-stdin", stdin=PASSWORD + "\n")


def import_boundaries_into(data_dir: Path, shared_dir: Path, levels=tuple(BOUNDARY_FILES)) -> None:
    """Import the official layers of ../shared at ``levels`` (all three by default) into
    ``data_dir``, in this process, for a server then started on that data dir."""
    from loaders import boundaries_import

    previous = os.environ.get("DASHBOARD_DATA_DIR")
    os.environ["DASHBOARD_DATA_DIR"] = str(data_dir)
    try:
        for level in levels:
            report = boundaries_import.import_boundaries(shared_dir / "geodata" / BOUNDARY_FILES[level],
                                                         level, user="test")
            assert report.ok, report.lines("en")
    finally:
        if previous is None:
            os.environ.pop("DASHBOARD_DATA_DIR")
        else:
            os.environ["DASHBOARD_DATA_DIR"] = previous


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        message = f"Debian's Chromium not found at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("DASHBOARD_REQUIRE_BROWSER"):
            pytest.fail(message)  # CI must not pass by skipping the browser tests
        pytest.skip(message)
    playwright_sync = pytest.importorskip("playwright.sync_api")
    with playwright_sync.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """A dashboard on its embedded default data, in a data dir of its own."""
    process, url = start_server(tmp_path_factory.mktemp("e2e-data"))
    yield url
    stop_server(process)


@pytest.fixture(scope="module")
def server_with_boundaries(tmp_path_factory, shared_dir):
    """A dashboard with the official boundaries of ../shared imported at all three levels."""
    data_dir = tmp_path_factory.mktemp("e2e-boundaries")
    import_boundaries_into(data_dir, shared_dir)
    process, url = start_server(data_dir)
    yield url
    stop_server(process)


class RecordedPage:
    """A browser page that records the host of every request it (and its frames) makes."""

    def __init__(self, page):
        self.page = page
        self.requests: list[str] = []
        page.on("request", lambda request: self.requests.append(request.url))

    def external_requests(self) -> list[str]:
        out = []
        for url in self.requests:
            parsed = urlparse(url)
            if parsed.scheme in ("data", "blob", "about", "chrome", "chrome-extension"):
                continue
            if parsed.hostname not in LOOPBACK_HOSTS:
                out.append(url)
        return out


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="id-ID")
    context.set_default_timeout(WAIT_MS)
    recorded = RecordedPage(context.new_page())
    yield recorded
    context.close()


def map_frame(page, timeout_ms: int = WAIT_MS, index: int = 0, containing: str | None = None):
    """The Frame of the index-th st_folium component once its Leaflet map has drawn polygons.
    With ``containing``, only a map whose text (legend, notices) includes it: after a rerun the
    old map can still be on the page while its replacement is drawn."""
    page.wait_for_selector("iframe", timeout=timeout_ms)
    deadline = time.monotonic() + timeout_ms / 1000
    while time.monotonic() < deadline:
        frames = [f for f in page.frames if f != page.main_frame]
        drawn = []
        for f in frames:
            try:
                if f.locator("path.leaflet-interactive").count() > 0 and (
                        containing is None or containing in f.locator("body").inner_text()):
                    drawn.append(f)
            except Exception:  # a frame being replaced while we look
                continue
        if len(drawn) > index:
            wait_for_run_end(page, deadline)  # a click during the page's run can be lost
            return drawn[index]
        page.wait_for_timeout(250)
    raise AssertionError("no Leaflet map with polygons appeared")


def _script_state(page) -> str | None:
    try:
        return page.locator("[data-testid='stApp']").first.get_attribute(
            "data-test-script-state", timeout=2000)
    except Exception:  # the app being redrawn
        return None


def wait_for_run_end(page, deadline: float | None = None) -> bool:
    """Until the app says its script is not running, three times 200 ms apart (a component's value can
    start the next run just after one ends). The status widget alone is drawn late, and a short
    run ends before it shows."""
    deadline = time.monotonic() + WAIT_MS / 1000 if deadline is None else deadline
    calm = 0
    while time.monotonic() < deadline and calm < 3:
        calm = calm + 1 if _script_state(page) == "notRunning" else 0
        page.wait_for_timeout(200)
    return calm >= 3


def _open_sidebar(page) -> None:
    """Open the sidebar that a narrow screen starts with closed, until its Masuk link is in view
    (the session's first rerun can close it again under the click)."""
    link = page.get_by_role("link", name="Masuk")
    for _ in range(10):
        box = link.bounding_box() if link.count() else None
        if box is not None and box["x"] >= 0:
            return
        expand = page.locator("[data-testid='stExpandSidebarButton']")
        try:
            expand.click(timeout=10000)
        except Exception:  # not drawn yet, or replaced by a rerun
            pass
        page.wait_for_timeout(1000)  # its slide-in animation


def login(page, url: str, name: str, password: str = PASSWORD) -> None:
    """Log in as ``name`` through the Masuk form, reached by the sidebar's link on the overview;
    returns once the sidebar says who is logged in."""
    page.goto(f"{url}/?lang=id", wait_until="domcontentloaded")
    page.wait_for_selector("h1")
    for _ in range(3):  # the first run of a session may rerun once under the click
        if (page.viewport_size or {}).get("width", 1366) < 768:
            _open_sidebar(page)  # a phone: the sidebar starts closed
        page.get_by_role("link", name="Masuk").click()
        try:
            page.get_by_label("Nama pengguna").wait_for(timeout=15000)
            break
        except Exception:
            continue
    page.get_by_label("Nama pengguna").fill(name)
    page.get_by_label("Kata sandi").fill(password)
    phone = (page.viewport_size or {}).get("width", 1366) < 768
    if phone:
        page.get_by_label("Kata sandi").press("Enter")  # the open sidebar covers the button
    else:
        page.get_by_role("button", name="Masuk").click()
    page.get_by_text("Masuk sebagai").first.wait_for(timeout=WAIT_MS)
    if phone:  # close the sidebar it opened, which covers the page on a phone
        sidebar = page.locator("[data-testid='stSidebar']")
        for _ in range(5):
            if sidebar.get_attribute("data-collapsed") == "true":
                break
            page.locator("[data-testid='stSidebarHeader']").hover()
            try:
                page.locator("[data-testid='stSidebarCollapseButton'] button").click(timeout=5000)
            except Exception:  # replaced by a rerun under the click
                pass
            page.wait_for_timeout(800)


def wait_for_rerun(page, start_timeout_s: float = 5.0) -> None:
    """After an action that reruns the script (a changed field left with Tab): until that run has
    started (a loaded machine can take a while to start it) and ended."""
    deadline = time.monotonic() + start_timeout_s
    while time.monotonic() < deadline and _script_state(page) == "notRunning":
        page.wait_for_timeout(50)
    wait_for_run_end(page)


def wait_until_idle(page, timeout: float = WAIT_MS / 1000):
    """Until the script run has finished: a widget touched mid-run may be drawn again."""
    wait_for_run_end(page.page, time.monotonic() + timeout)


def click_district_opens_profile(page, frame):
    """Hover a district to read its name from the tooltip, click it, expect its profile."""
    wait_until_idle(page)
    # Scrolling the page while the pointer is over the map loses the click: scroll first.
    frame.frame_element().scroll_into_view_if_needed()
    page.page.wait_for_timeout(500)
    # A district whose centre is not under a legend, notice or label, so the click reaches it.
    paths = frame.locator("path.leaflet-interactive")
    free = [i for i in range(paths.count()) if paths.nth(i).evaluate(
        "el => { const r = el.getBoundingClientRect();"
        " return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el; }")]
    assert free, "every district is covered by a control"
    path = paths.nth(free[len(free) // 2])
    path.hover()
    tooltip = frame.locator(".leaflet-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    name = tooltip.locator("td").first.inner_text().strip()
    assert name.startswith(("Kabupaten", "Kota")), name
    path.click()
    heading = page.page.locator("h1").filter(has_text=name)
    try:
        heading.first.wait_for(timeout=12000)
    except Exception:
        # Under load (a page rerun replacing the map iframe at the moment of the click) the
        # first click can land on the outgoing frame; one more click is what a user would do.
        path.click(timeout=5000)
        heading.first.wait_for(timeout=20000)
    assert page.page.locator("[data-testid='stMain']").first.inner_text().count(name) >= 1
    return name
