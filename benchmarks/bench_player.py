"""The period player in the browser (issue 15): how many steps a second it can draw, at kab/kota
and desa level, beside a rebuild per step (a new map document per period, what the page did
before: the frame reloads with every polygon), in the same run.

    .venv/bin/python benchmarks/bench_player.py [--rounds 3] [--write benchmarks/RESULTS.md]

Both run from file:// pages in headless Chromium, so no server time is counted on either side:
*player* is ``reports.deck.player_map_html`` (the same ``maps/recolour.js`` and frames as the
conflict-risk page's in-place map), stepping through every period with ``Player.go`` and waiting
for two animation frames (the step painted); *rebuild* loads each period's full map
(``reports.deck.inline_map_html``) and waits until every polygon has the period's colour. The
desa layer is the official one from ../shared (1,038 polygons), each desa coloured by its
kab/kota's level, as ``bench_inplace.py`` does.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))
sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))

LEVELS = ("kabupaten", "desa")
TARGET_STEPS_PER_S = 5.0

STEP_JS = """async (rounds) => {
  const p = window.__player, n = p.frames.length, times = [];
  const painted = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  for (let k = 0; k < rounds; k++) {
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      p.go(i);
      await painted();
      times.push(performance.now() - t0);
    }
  }
  return times;
}"""

FILLS_JS = """(expected) => {
  const m = Object.values(window).find(v => v && v instanceof L.Map);
  if (!m) return false;
  let n = 0, ok = true;
  m.eachLayer(l => { if (l.feature && l._path) { n++;
    if (l._path.getAttribute('fill') !== expected[l.feature.id]) ok = false; } });
  return n > 0 && ok;
}"""


def build_pages(level: str, root: Path) -> tuple[Path, list[Path], list[dict], int]:
    """The player page and one rebuilt page per period, written under ``root``."""
    import bench_inplace

    from maps.thematic import expand_update, layer_update, player_frames, thematic_map
    from reports.deck import inline_map_html, player_map_html

    periods = bench_inplace.periods()
    layers = []
    rebuilt, expected = [], []
    for period in periods:
        areas, layer, frame = bench_inplace.layer_for(level, period)
        layers.append((period, period, layer))
        page = root / f"{level}-{period}.html"
        page.write_text(inline_map_html(thematic_map(areas, layer, frame)), encoding="utf-8")
        rebuilt.append(page)
        shown = expand_update(layer_update(areas, layer), areas["kode"].tolist())
        expected.append({code: style["fillColor"] for code, (style, _) in shown.items()})
    areas, layer, frame = bench_inplace.layer_for(level, periods[-1])
    m = thematic_map(areas, layer, frame)
    player = root / f"{level}-player.html"
    player.write_text(player_map_html(m, areas["kode"].astype(str).tolist(),
                                      player_frames(areas, layers), len(periods) - 1, "id"),
                      encoding="utf-8")
    return player, rebuilt, expected, len(areas)


def run_level(browser, level: str, root: Path, rounds: int) -> dict:
    player, rebuilt, expected, polygons = build_pages(level, root)
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    page.goto(player.as_uri())
    page.wait_for_function("window.__player && window.__player.frames.length > 1",
                           timeout=120000)
    step_ms = page.evaluate(STEP_JS, rounds)
    rebuild_ms = []
    for _ in range(rounds):
        for path, fills in zip(rebuilt, expected):
            start = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_function(FILLS_JS, arg=fills, timeout=120000, polling=10)
            rebuild_ms.append((time.perf_counter() - start) * 1000)
    context.close()
    return {"polygons": polygons, "player_ms": step_ms, "rebuild_ms": rebuild_ms,
            "player_bytes": player.stat().st_size,
            "rebuild_bytes": statistics.median(p.stat().st_size for p in rebuilt)}


def report(results: dict, rounds: int, total_s: float) -> str:
    lines = ["## Period player in the browser: steps per second (browser)", "",
             f"CPython {platform.python_version()}, {os.cpu_count()} cores shared with other "
             f"work; headless Chromium, file:// pages (no server on either side). {rounds} rounds "
             f"through every period; median step; whole run {total_s:.0f} s. Rerun: "
             "`.venv/bin/python benchmarks/bench_player.py --write benchmarks/RESULTS.md`. "
             "*player* = `maps/recolour.js` stepping from every period's colours sent once "
             "(as on Peta Rawan Konflik and in the offline deck); *rebuild* = a new map document "
             "per period until every polygon has its colour (what each step cost when the page "
             "reran and st_folium reloaded its frame, server time not counted).", "",
             "| level | polygons | way | step median ms | min–max ms | steps per second | "
             "player / rebuild time | target |",
             "|---|---:|---|---:|---:|---:|---:|---|"]
    for level, r in results.items():
        player, rebuild = statistics.median(r["player_ms"]), statistics.median(r["rebuild_ms"])
        rate = 1000 / player if player else float("inf")
        verdict = f"≥ {TARGET_STEPS_PER_S:.0f} steps/s {'✓' if rate >= TARGET_STEPS_PER_S else '✗'}"
        lines.append(f"| {level} | {r['polygons']:,} | rebuild | {rebuild:,.0f} | "
                     f"{min(r['rebuild_ms']):,.0f}–{max(r['rebuild_ms']):,.0f} | "
                     f"{1000 / rebuild:,.1f} | | |")
        lines.append(f"| {level} | {r['polygons']:,} | player | {player:,.1f} | "
                     f"{min(r['player_ms']):,.1f}–{max(r['player_ms']):,.1f} | {rate:,.1f} | "
                     f"{player / rebuild:.3f} | {verdict} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--levels", default=",".join(LEVELS))
    parser.add_argument("--write", type=Path, default=None)
    args = parser.parse_args(argv)
    import bench_inplace
    from harness import launch_chromium
    from playwright.sync_api import sync_playwright
    from results_file import write_between_markers

    started = time.perf_counter()
    root = Path(tempfile.mkdtemp(prefix="bench-player-"))
    bench_inplace.prepare(root)
    results = {}
    with sync_playwright() as p:
        browser = launch_chromium(p)
        for level in args.levels.split(","):
            results[level] = run_level(browser, level, root, args.rounds)
        browser.close()
    text = report(results, args.rounds, time.perf_counter() - started)
    print(text)
    if args.write:
        write_between_markers(args.write, text, "player")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
