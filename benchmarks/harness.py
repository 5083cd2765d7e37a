"""What the browser benchmarks share: Debian's Chromium launched as the e2e tests launch it, a data
dir seeded (and boundaries imported) the way the tests do it, and a benchmark page app
(``draw_page_app.py``, ``inplace_page_app.py``) served by Streamlit on loopback beside the
project's ``static/`` and ``.streamlit/``. The dashboard itself is started with the e2e tests'
``start_server``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from tests.e2e.conftest import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    free_port,
    import_boundaries_into,
)

__all__ = ["CHROMIUM", "PROJECT_ROOT", "SHARED", "DATASETS", "launch_chromium", "data_dir_set",
           "seed", "start_page_app"]
SHARED = Path(os.environ.get("DASHBOARD_SHARED_DIR", PROJECT_ROOT.parent / "shared"))
DATASETS = ("conflict_risk", "participation", "outreach")


def launch_chromium(playwright):
    """Headless Debian Chromium (not Playwright's download), with the e2e tests' flags."""
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)


@contextmanager
def data_dir_set(data_dir: Path) -> Iterator[None]:
    """``DASHBOARD_DATA_DIR`` is ``data_dir`` inside the block, what it was after."""
    previous = os.environ.get("DASHBOARD_DATA_DIR")
    os.environ["DASHBOARD_DATA_DIR"] = str(data_dir)
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("DASHBOARD_DATA_DIR", None)
        else:
            os.environ["DASHBOARD_DATA_DIR"] = previous


def seed(data_dir: Path, boundary_levels: Iterable[str] = ()) -> Path:
    """``data_dir`` made, its store seeded with the demo reports, and the official layers of
    ../shared imported at ``boundary_levels``."""
    data_dir.mkdir(parents=True)
    with data_dir_set(data_dir):
        from storage import datasets

        for name in DATASETS:
            datasets.load(name)
    levels = tuple(boundary_levels)
    if levels:
        import_boundaries_into(data_dir, SHARED, levels=levels)
    return data_dir


def start_page_app(app_file: str, workdir: Path, env: dict[str, str] | None = None,
                   timeout_s: float = 60) -> tuple[subprocess.Popen, str]:
    """``benchmarks/<app_file>`` under Streamlit on a free loopback port, in ``workdir/page-app``,
    a folder of its own that links the project's ``static/`` (Leaflet) and ``.streamlit/`` config,
    as the dashboard has them. Returns (process, base URL)."""
    app_dir = workdir / "page-app"
    app_dir.mkdir()
    shutil.copy(PROJECT_ROOT / "benchmarks" / app_file, app_dir / "app.py")
    (app_dir / "static").symlink_to(PROJECT_ROOT / "static")
    (app_dir / ".streamlit").symlink_to(PROJECT_ROOT / ".streamlit")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true"],
        cwd=app_dir, env={**os.environ, "BENCH_PROJECT_ROOT": str(PROJECT_ROOT), **(env or {})},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2):
                return process, url
        except OSError:
            if process.poll() is not None:
                raise RuntimeError(f"the benchmark page {app_file} exited") from None
            time.sleep(0.3)
    process.kill()
    raise RuntimeError(f"the benchmark page {app_file} did not start within {timeout_s:.0f} s")
