"""End-to-end fixtures: a real dashboard server on loopback and Debian's Chromium driven by
Playwright. Every request the browser makes is recorded, so a test can prove that nothing left
the machine."""

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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(data_dir: Path, extra_env: dict[str, str] | None = None, setup: str = ""):
    """Start ``streamlit run dashboard.py`` on a free loopback port; return (process, base URL).
    ``setup``: Python code the server process runs before Streamlit starts (to install a hook)."""
    port = _free_port()
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
            time.sleep(0.3)
    process.kill()
    raise RuntimeError("dashboard did not start within 60 s")


def stop_server(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


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
            return drawn[index]
        time.sleep(0.25)
    raise AssertionError("no Leaflet map with polygons appeared")
