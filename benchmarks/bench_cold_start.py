"""A newcomer's first page in headless Chromium: from the request of the overview to its map
drawn, on a server process just started (cold) and on one that has served a page (warm), with the
schematic tiles and with the official kab/kota boundaries imported. "Before" and "after" side by
side in one run, samples alternating:

* before: ``DASHBOARD_WARMUP=0`` and the versioned-asset cache headers switched off (the server's
  setup hook makes ``server.static_cache.is_immutable`` answer False), which is main's behaviour;
* handshake: the defaults, with the in-place map frame of ``HANDSHAKE_COMMIT`` (read from git),
  which told the server what it held once drawn and so started one more run of the page;
* after: the defaults (warm-up thread at server start, ``immutable`` on the map frame's files, the
  frame that stays quiet once drawn: the server records the base it sent).

    .venv/bin/python benchmarks/bench_cold_start.py [--samples 3] [--write benchmarks/RESULTS.md]

Each sample starts a fresh server process on a prepared data dir (store seeded; for the
boundaries, ``kaltim_kabupaten_kota.geojson`` imported) and opens the overview as soon as
``/_stcore/health`` answers, which is pessimistic for the warm-up: it runs while the first browser
loads. Visits: *cold* (first page of the process, new browser profile), *warm* (second new browser
profile on the same server), *return* (the warm visitor reloads: its browser cache is warm, which
is where the cache headers count). Milestones per visit, from ``page.goto``: the websocket open
(Streamlit's own scripts loaded), the sidebar drawn, the map frame's ``index.html`` answered,
``leaflet.js`` answered, the first polygon drawn, and the page idle (its script not running, for
1 s from then on: a click is not lost to a run). Browser and server share the machine's cores
(2, shared with other work): read medians and ratios.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))
sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))

from harness import SHARED, launch_chromium, seed  # noqa: E402
from results_file import write_between_markers  # noqa: E402

from tests.e2e.conftest import start_server, stop_server  # noqa: E402

COLD_TARGET_MS, WARM_TARGET_MS = 3000.0, 1500.0
BEFORE_SETUP = "import server.static_cache as _s\n_s.is_immutable = lambda path: False\n"
# The last commit whose in-place frame reported what it held after every build (issue 15).
HANDSHAKE_COMMIT = "51406d1"
HANDSHAKE_SETUP = """import streamlit.components.lib.local_component_registry as _r
_R = _r.LocalComponentRegistry
_path = _R.get_component_path
def _old_frame(self, name):
    return {path!r} if name == "ui.inplace_map.inplace_map" else _path(self, name)
_R.get_component_path = _old_frame
"""
VARIANTS = {"before": ({"DASHBOARD_WARMUP": "0"}, BEFORE_SETUP), "handshake": ({}, None),
            "after": ({}, "")}
MILESTONES = ("ws", "sidebar", "frame", "leaflet", "map", "idle")
MILESTONE_LABELS = {"ws": "websocket open", "sidebar": "sidebar drawn",
                    "frame": "map frame index.html", "leaflet": "leaflet.js answered",
                    "map": "map drawn", "idle": "page idle after the map"}
SIDEBAR_TEXT = "Dasbor Kesbangpol Kaltim"
IDLE_MS = 1000.0


def handshake_frame(root: Path) -> Path:
    """The in-place map's frontend as it was at ``HANDSHAKE_COMMIT``, written under ``root``."""
    folder = root / "handshake_frontend"
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("index.html", "inplace_map.js"):
        text = subprocess.run(["git", "show", f"{HANDSHAKE_COMMIT}:ui/inplace_frontend/{name}"],
                              cwd=PROJECT_ROOT, check=True, capture_output=True).stdout
        (folder / name).write_bytes(text)
    return folder


def prepare(root: Path, boundaries: bool) -> Path:
    """A data dir with the store seeded (and the kab/kota boundaries imported)."""
    return seed(root / ("boundaries" if boundaries else "tiles"),
                ("kabupaten",) if boundaries else ())


def _drawn(page) -> bool:
    for frame in page.frames:
        if frame == page.main_frame:
            continue
        try:
            if frame.locator("path.leaflet-interactive").count() > 0:
                return True
        except Exception:  # noqa: BLE001 - a frame replaced while we look
            continue
    return False


def visit(page, url: str, reload: bool = False) -> dict[str, float]:
    """Milliseconds from the request to each milestone, and the bytes the map frame's assets
    came over the network with (0 when the browser cache served them)."""
    marks: dict[str, float] = {}
    start = time.perf_counter()

    def mark(name: str) -> None:
        marks.setdefault(name, (time.perf_counter() - start) * 1000)

    def on_response(response) -> None:
        if "/component/" in response.url and response.url.split("?")[0].endswith("index.html"):
            mark("frame")
        elif response.url.split("?")[0].endswith("/leaflet/leaflet.js"):
            mark("leaflet")

    page.on("websocket", lambda ws: mark("ws"))
    page.on("response", on_response)
    if reload:
        page.reload(wait_until="commit")
    else:
        page.goto(url + "/?lang=id", wait_until="commit")
    sidebar = page.get_by_text(SIDEBAR_TEXT).first
    while "map" not in marks:
        if "sidebar" not in marks and sidebar.is_visible():
            mark("sidebar")
        if _drawn(page):
            mark("map")
        else:
            page.wait_for_timeout(20)
    mark("sidebar")
    marks["idle"] = _idle_after(page, start)
    page.remove_listener("response", on_response)
    frame = next(f for f in page.frames if f != page.main_frame)
    marks["asset_bytes"] = float(frame.evaluate(
        "performance.getEntriesByType('resource').filter(e => /vendor|static\\/js|static\\/css/"
        ".test(e.name)).reduce((s, e) => s + e.transferSize, 0)"))
    return marks


def _idle_after(page, start: float) -> float:
    """ms from the request to the start of the first ``IDLE_MS`` with the app's script not
    running (a component value starting one more run shows as running, or rerun requested)."""
    quiet_since = None
    while True:
        try:
            state = page.locator("[data-testid='stApp']").first.get_attribute(
                "data-test-script-state", timeout=2000)
        except Exception:  # noqa: BLE001 - the app being redrawn
            state = None
        now = (time.perf_counter() - start) * 1000
        if state != "notRunning":
            quiet_since = None
        elif quiet_since is None:
            quiet_since = now
        elif now - quiet_since >= IDLE_MS:
            return quiet_since
        page.wait_for_timeout(20)


def sample(browser, data_dir: Path, variant: str,
           old_frame: Path | None = None) -> dict[str, dict[str, float]]:
    env, setup = VARIANTS[variant]
    if setup is None:
        setup = HANDSHAKE_SETUP.format(path=str(old_frame))
    process, url = start_server(data_dir, extra_env=env, setup=setup)
    try:
        out = {}
        cold = browser.new_context(viewport={"width": 1400, "height": 1000})
        out["cold"] = visit(cold.new_page(), url)
        cold.close()
        warm = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = warm.new_page()
        out["warm"] = visit(page, url)
        out["return"] = visit(page, url, reload=True)
        warm.close()
        return out
    finally:
        stop_server(process)


def fmt(value: float) -> str:
    return f"{value:,.0f}"


def report(results: dict, n: int, total_s: float) -> str:
    import streamlit

    lines = ["## First page, cold and warm server (browser)", "",
             f"CPython {platform.python_version()}, {os.cpu_count()} cores shared by server, "
             f"browser and other work; Streamlit {streamlit.__version__}, headless Chromium. "
             f"Median of {n} fresh server processes per row, the variants in turn, their order "
             f"rotating; whole run {total_s:.0f} s. Rerun: `.venv/bin/python "
             "benchmarks/bench_cold_start.py --write benchmarks/RESULTS.md`. *before* = "
             "`DASHBOARD_WARMUP=0` and no `immutable` headers, *handshake* = the defaults with "
             f"the in-place frame of {HANDSHAKE_COMMIT} (it told the server what it held once "
             "drawn: one more run of the page), *after* = the defaults. *page idle*: the start "
             f"of the first {IDLE_MS / 1000:.0f} s with the page's script not running after the "
             "map is drawn (a click then is not lost to a run). *cold*: the first "
             "page of a server process just started (requested as soon as `/_stcore/health` "
             "answers), new browser profile; *warm*: a second new profile on that server; "
             "*return*: the warm visitor reloads (browser cache warm). ms from the request.", "",
             "| areas | visit | variant | " + " | ".join(MILESTONE_LABELS[m] for m in MILESTONES)
             + " | idle − map drawn (median of each sample's) | map frame assets over the network "
               "| map: after / before | idle: after / handshake | target (map drawn) |",
             "|---|---|---|" + "---:|" * (len(MILESTONES) + 4) + "---|"]
    for areas, by_variant in results.items():
        for visit_name in ("cold", "warm", "return"):
            before_map = statistics.median(s[visit_name]["map"] for s in by_variant["before"])
            handshake_idle = statistics.median(s[visit_name]["idle"]
                                               for s in by_variant["handshake"])
            for variant in VARIANTS:
                samples = [s[visit_name] for s in by_variant[variant]]
                medians = {m: statistics.median(s.get(m, float("nan")) for s in samples)
                           for m in (*MILESTONES, "asset_bytes")}
                gap = statistics.median(s["idle"] - s["map"] for s in samples)
                target = COLD_TARGET_MS if visit_name == "cold" else WARM_TARGET_MS
                verdict = ""
                if variant == "after" and visit_name != "return":
                    ok = medians["map"] <= target
                    verdict = f"≤ {fmt(target)} ms " + ("✓" if ok else
                                                        f"✗ (+{fmt(medians['map'] - target)})")
                ratio = f"{medians['map'] / before_map:.2f}" if variant == "after" else ""
                idle = f"{medians['idle'] / handshake_idle:.2f}" if variant == "after" else ""
                lines.append(f"| {areas} | {visit_name} | {variant} | "
                             + " | ".join(fmt(medians[m]) for m in MILESTONES)
                             + f" | {fmt(gap)} | {fmt(medians['asset_bytes'])} B | {ratio} | {idle} "
                               f"| {verdict} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=3)
    parser.add_argument("--write", type=Path, default=None)
    parser.add_argument("--no-boundaries", action="store_true")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    started = time.perf_counter()
    root = Path(tempfile.mkdtemp(prefix="bench-cold-"))
    scenarios = {"schematic tiles": prepare(root, boundaries=False)}
    if not args.no_boundaries and (SHARED / "geodata").is_dir():
        scenarios["official kab/kota boundaries"] = prepare(root, boundaries=True)
    results: dict = {name: {variant: [] for variant in VARIANTS} for name in scenarios}
    old_frame = handshake_frame(root)
    try:
        with sync_playwright() as p:
            browser = launch_chromium(p)
            for i in range(args.samples):
                for name, data_dir in scenarios.items():
                    names = list(VARIANTS)
                    order = names[i % len(names):] + names[:i % len(names)]
                    for variant in order:
                        result = sample(browser, data_dir, variant, old_frame)
                        results[name][variant].append(result)
                        print(f"{name} {variant}: " + ", ".join(
                            f"{v} map {fmt(r['map'])} idle {fmt(r['idle'])}"
                            for v, r in result.items()),
                            file=sys.stderr)
            browser.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    text = report(results, args.samples, time.perf_counter() - started)
    print(text)
    if args.write:
        write_between_markers(args.write, text, "bench_cold_start")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
