"""A period change on the overview's map in headless Chromium: main's rebuild (``st_folium``
draws a new map, its frame reloads) against the in-place update (``ui.inplace_map``: the frame
stays, only colours and tooltip strings travel), side by side in one run, at kab/kota level (10
polygons) and desa level (1,038).

    .venv/bin/python benchmarks/bench_inplace.py [--sessions 2] [--write benchmarks/RESULTS.md]

Each step: the slider gets the keyboard focus, ``ArrowLeft`` is pressed, and a
script in the page polls every map frame (same origin) until every polygon is drawn in the colour
the map builders give that period (``maps.thematic.layer_update``, computed here from the same
data): key press -> new colours, in ms. Bytes: everything the browser received over the
websocket from the key press until 0.8 s after the colours (the rerun's deltas, and for the
in-place map the frame's report of the base it holds). Frame loads: navigations of map frames
during the steps. The page is ``inplace_page_app.py``, with the official layers of ../shared
imported into a temporary data dir (the demo reports seeded there).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from functools import lru_cache
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))
sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))

from harness import DATASETS, launch_chromium, seed, start_page_app  # noqa: E402

LEVELS = ("kabupaten", "desa")
TARGET_MS = {"kabupaten": 250.0, "desa": 600.0}

POLL_JS = """async (expected) => {
  const t0 = window.__t0;
  const want = JSON.stringify(expected);
  function fills() {
    for (const f of document.querySelectorAll('iframe')) {
      let w; try { w = f.contentWindow; } catch (e) { continue; }
      const m = w && (w.__inplace ? w.__inplace.map : w.map);
      if (!m || !m.eachLayer) continue;
      const out = {};
      m.eachLayer(l => { if (l.feature && l._path) out[l.feature.id] = l._path.getAttribute('fill'); });
      if (Object.keys(out).length) return out;
    }
    return null;
  }
  const deadline = performance.now() + 60000;
  while (performance.now() < deadline) {
    const got = fills();
    if (got) {
      const sorted = {};
      Object.keys(got).sort().forEach(k => { sorted[k] = got[k]; });
      if (JSON.stringify(sorted) === want) return performance.now() - t0;
    }
    await new Promise(r => setTimeout(r, 4));
  }
  return -1;
}"""


@lru_cache(maxsize=1)
def _loaded():
    from storage import datasets

    return {name: datasets.load(name) for name in DATASETS}


def periods() -> list[str]:
    from indicators import figures

    return figures.periods(_loaded()["conflict_risk"].frame)


def start_period() -> str:
    from indicators import figures

    return figures.default_period(_loaded()["conflict_risk"].frame)


def layer_for(level: str, period: str):
    """(areas frame, layer, map frame) of the overview's risk map at ``level`` for ``period``."""
    import pandas as pd

    from indicators import figures
    from loaders import areas
    from views import overview, thematic_common

    loaded = _loaded()
    summary = figures.district_summary(loaded["conflict_risk"].frame,
                                       loaded["participation"].frame,
                                       loaded["outreach"].frame, period)
    layer = overview.risk_layer(summary, "id")
    shown = areas.imported_areas(level)
    frame = thematic_common.map_frame("id", False, True, shown.attribution)
    if level != "kabupaten":
        frame.label_column = None  # 1,038 names would be the benchmark
        by_kab = shown.frame.set_index("kode")["kode_kab"]
        layer.colour = pd.Series(by_kab.map(layer.colour).dropna())
        values = layer.values.reindex(by_kab.values)
        values.index = by_kab.index
        values["nama"] = shown.frame.set_index("kode")["nama"]
        layer.values = values
        layer.stale = [code for code, kab in by_kab.items() if kab in set(layer.stale)]
    return shown.frame, layer, frame


def expected_fills(level: str, period: str) -> dict[str, str]:
    from maps.thematic import expand_update, layer_update

    areas, layer, _ = layer_for(level, period)
    shown = expand_update(layer_update(areas, layer), areas["kode"].tolist())
    return {code: shown[code][0]["fillColor"] for code in sorted(shown)}


def run_mode(browser, url: str, mode: str, level: str, sessions: int) -> dict:
    """``sessions`` fresh browser sessions, each stepping left from the newest period through
    every period once: Streamlit sends a delta it sent to that session before as a reference
    (its message cache), so a period seen twice would cost the rebuild nothing."""
    times, sizes, navigations = [], [], []
    options = periods()
    for _ in range(sessions):
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        received: list[tuple[float, int]] = []

        def on_ws(ws, received=received):
            ws.on("framereceived", lambda payload: received.append(
                (time.perf_counter(), len(payload) if payload is not None else 0)))

        page.on("websocket", on_ws)
        page.goto(f"{url}/?mode={mode}&level={level}", wait_until="domcontentloaded")
        index = len(options) - 1
        page.evaluate("window.__t0 = performance.now()")
        assert page.evaluate(POLL_JS, expected_fills(level, options[index])) >= 0, "first map"
        page.wait_for_timeout(1500)  # the first map's report and any trailing rerun
        page.on("framenavigated",
                lambda f, page=page: navigations.append(f.url) if f != page.main_frame else None)
        page.get_by_role("slider").first.focus()
        while index > 0:
            index -= 1
            start = time.perf_counter()
            page.evaluate("window.__t0 = performance.now()")
            page.keyboard.press("ArrowLeft")
            elapsed = page.evaluate(POLL_JS, expected_fills(level, options[index]))
            assert elapsed >= 0, f"{mode} {level}: colours of {options[index]} never drawn"
            page.wait_for_timeout(800)
            times.append(elapsed)
            sizes.append(sum(n for t, n in received if t >= start))
        context.close()
    return {"ms": times, "bytes": sizes, "frame_loads": len(navigations)}


def prepare(root: Path) -> Path:
    """The data dir, seeded, with the kab/kota and desa layers; the benchmark's own reads of the
    store (periods, expected colours) use it from here on."""
    data_dir = seed(root / "data", ("kabupaten", "desa"))
    os.environ["DASHBOARD_DATA_DIR"] = str(data_dir)
    return data_dir


def start_app(data_dir: Path):
    return start_page_app("inplace_page_app.py", data_dir.parent,
                          {"DASHBOARD_DATA_DIR": str(data_dir)}, timeout_s=80)


def report(results: dict, sessions: int, total_s: float) -> str:
    import streamlit

    lines = ["## Period change on the map: rebuild vs in place (browser)", "",
             f"CPython {platform.python_version()}, {os.cpu_count()} cores shared by server, "
             f"browser and other work; Streamlit {streamlit.__version__}, headless Chromium. "
             f"{sessions} fresh browser sessions per row, each stepping (keyboard, ArrowLeft) "
             f"from the newest period through every period once; median over the steps; whole "
             f"run {total_s:.0f} s. Rerun: "
             "`.venv/bin/python benchmarks/bench_inplace.py --write benchmarks/RESULTS.md`. "
             "*rebuild* = main's `st_folium` map (new map per run), *in place* = "
             "`ui.inplace_map`. Key press -> every polygon in the period's colour; websocket "
             "bytes received per step.", "",
             "| level | polygons | map | key → colours median ms | min–max ms | websocket bytes "
             "per step (median) | bytes: in place / rebuild | map frame loads | target |",
             "|---|---:|---|---:|---:|---:|---:|---:|---|"]
    for level, by_mode in results.items():
        rebuild_bytes = statistics.median(by_mode["rebuild"]["bytes"])
        for mode in ("rebuild", "inplace"):
            r = by_mode[mode]
            ms, size = statistics.median(r["ms"]), statistics.median(r["bytes"])
            verdict = ""
            if mode == "inplace":
                ok_ms = ms <= TARGET_MS[level]
                ok_bytes = size * 20 <= rebuild_bytes
                verdict = (f"≤ {TARGET_MS[level]:,.0f} ms {'✓' if ok_ms else '✗'}, "
                           f"≤ 1/20 bytes {'✓' if ok_bytes else '✗'}, no reload "
                           f"{'✓' if r['frame_loads'] == 0 else '✗'}")
            ratio = f"{size / rebuild_bytes:.3f}" if mode == "inplace" else ""
            lines.append(f"| {level} | {r['polygons']:,} | {'in place' if mode == 'inplace' else mode}"
                         f" | {ms:,.0f} | {min(r['ms']):,.0f}–{max(r['ms']):,.0f} | {size:,.0f} | "
                         f"{ratio} | {r['frame_loads']} | {verdict} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=2,
                        help="fresh browser sessions per row, each stepping through every period")
    parser.add_argument("--levels", default=",".join(LEVELS))
    parser.add_argument("--write", type=Path, default=None)
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright
    from results_file import write_between_markers

    from tests.e2e.conftest import stop_server

    started = time.perf_counter()
    root = Path(tempfile.mkdtemp(prefix="bench-inplace-"))
    data_dir = prepare(root)
    process, url = start_app(data_dir)
    results: dict = {}
    try:
        with sync_playwright() as p:
            browser = launch_chromium(p)
            for level in args.levels.split(","):
                results[level] = {}
                for mode in ("rebuild", "inplace"):
                    r = run_mode(browser, url, mode, level, args.sessions)
                    r["polygons"] = len(expected_fills(level, start_period()))
                    results[level][mode] = r
                    print(level, mode, json.dumps(r), file=sys.stderr)
            browser.close()
    finally:
        stop_server(process)
    text = report(results, args.sessions, time.perf_counter() - started)
    print(text)
    if args.write:
        write_between_markers(args.write, text, "bench_inplace")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
