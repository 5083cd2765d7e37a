"""Server-side page time with Streamlit's AppTest (no browser): the first render of every public
page on the embedded demo data, and a widget-only rerun of the overview (period slider) with
official kab/kota boundaries imported, counting display-geometry rebuilds. Not a test: run it and
read the Markdown table.

    .venv/bin/python benchmarks/bench_pages.py [--samples 5] [--profile] [--write benchmarks/RESULTS.md]

Works in temporary data directories (DASHBOARD_DATA_DIR), so the dashboard's own data are
untouched. The boundaries part reads ../shared/geodata (or $DASHBOARD_SHARED_DIR/geodata) and is
skipped with a message when that is absent. Times are wall-clock milliseconds of ``AppTest.run()``
(script execution in this process, the server side only: no network, no browser draw). The machine
is shared and noisy, so read medians and ratios, not single numbers.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import logging
import os
import platform
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))
sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))

from results_file import write_between_markers  # noqa: E402
from streamlit.runtime.scriptrunner.script_runner import ScriptRunner  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

SHARED = Path(os.environ.get("DASHBOARD_SHARED_DIR", PROJECT_ROOT.parent / "shared")) / "geodata"
KAB_FILE = "kaltim_kabupaten_kota.geojson"
PAGES = ["overview.py", "conflict_risk.py", "participation.py", "outreach.py", "priorities.py",
         "profile.py", "reporting.py", "presentation.py", "drilldown.py"]
FIRST_RENDER_TARGET_MS = 1500.0
RERUN_TARGET_MS = 150.0
LANG = "id"
# Time (and optionally profile) the script thread itself: AppTest runs the page in a ScriptRunner
# thread and polls for its end from this one, so at.run() = script time + a little polling.
SCRIPT = {"ms": 0.0, "profile": None}
_original_run_script = ScriptRunner._run_script


def _run_script(self, rerun_data):
    profile = SCRIPT["profile"]
    start = time.perf_counter()
    if profile is not None:
        profile.enable()
    try:
        return _original_run_script(self, rerun_data)
    finally:
        if profile is not None:
            profile.disable()
        SCRIPT["ms"] += (time.perf_counter() - start) * 1000


ScriptRunner._run_script = _run_script


def quiet_streamlit_logs() -> None:
    """AppTest in bare mode warns about a missing ScriptRunContext on every run."""
    for name in list(logging.root.manager.loggerDict):
        if name.startswith("streamlit"):
            logging.getLogger(name).setLevel(logging.ERROR)


def new_app() -> AppTest:
    at = AppTest.from_file(str(PROJECT_ROOT / "dashboard.py"), default_timeout=120)
    at.query_params["lang"] = LANG
    return at


def timed_run(at: AppTest, runner=None, with_script: bool = False):
    """Wall ms of one AppTest run (and, with ``with_script``, ms spent in the script thread)."""
    SCRIPT["ms"] = 0.0
    start = time.perf_counter()
    (runner or at.run)()
    elapsed = (time.perf_counter() - start) * 1000
    if at.exception:
        raise RuntimeError([e.message for e in at.exception])
    return (elapsed, SCRIPT["ms"]) if with_script else elapsed


def render_page(page: str) -> float:
    """Milliseconds of the page's own first run in a fresh AppTest. Other pages are reached as a
    user does: the app opens on the overview (untimed), then ``switch_page``."""
    at = new_app()
    if page == "overview.py":
        return timed_run(at)
    at.run()
    return timed_run(at, at.switch_page(f"pages/{page}").run)


# --- display-geometry rebuild counters (in-process monkeypatching) ----------------------------------
class Counters:
    def __init__(self):
        from indicators import figures
        from loaders import areas
        from storage import boundary_display

        self.calls = {"display_layer": 0, "simplify_coverage": 0}
        self.periods: list = []
        self._bd, self._geo = boundary_display, areas
        for name in self.calls:
            original = getattr(boundary_display, name)
            setattr(boundary_display, name, self._wrap(name, original))
        original_periods = figures.periods

        def periods(*args, **kwargs):
            self.periods = list(original_periods(*args, **kwargs))
            return self.periods

        figures.periods = periods

    def _wrap(self, name, original):
        def wrapper(*args, **kwargs):
            self.calls[name] += 1
            return original(*args, **kwargs)
        return wrapper

    def snapshot(self) -> dict:
        return {**self.calls,
                "imported_miss": self._geo._imported.cache_info().misses,
                "display_cached_miss": self._bd._display_cached.cache_info().misses,
                "cleaned_miss": self._bd._cleaned.cache_info().misses}

    @staticmethod
    def delta(before: dict, after: dict) -> dict:
        return {k: after[k] - before[k] for k in before}


def overview_rerun(counters: Counters, tiles: bool, profile: cProfile.Profile | None = None):
    """(first run ms, period-change rerun ms, geometry activity during the rerun)."""
    at = new_app()
    if tiles:
        at.session_state["map_view_choice"] = "tiles"
    first = timed_run(at)
    periods = counters.periods
    slider = at.select_slider(key="overview_period")
    earlier = periods[-2] if len(periods) > 1 else periods[0]
    assert slider.value == periods[-1], (slider.value, periods)
    slider.set_value(earlier)
    before = counters.snapshot()
    SCRIPT["profile"] = profile
    try:
        rerun, script = timed_run(at, with_script=True)
    finally:
        SCRIPT["profile"] = None
    activity = Counters.delta(before, counters.snapshot())
    assert at.select_slider(key="overview_period").value == earlier
    schematic = any("bukan batas wilayah resmi" in str(getattr(e, "proto", "")) for e in at.main)
    return first, rerun, activity, schematic, script


def import_kabupaten() -> float:
    from loaders import boundaries_import

    start = time.perf_counter()
    report = boundaries_import.import_boundaries(SHARED / KAB_FILE, "kabupaten", user="bench")
    if not report.ok:
        raise RuntimeError(report.lines("en"))
    return time.perf_counter() - start


# (file suffix, function, label) of the parts of the overview rerun worth naming
PARTS = [
    ("scriptrunner/script_runner.py", "_run_script", "whole rerun (script thread, under cProfile)"),
    ("streamlit_folium/__init__.py", "st_folium", "`st_folium`: folium map → HTML + component"),
    ("ui/exports.py", "export_buttons", "`export_buttons`: download bytes built on every run"),
    ("exports/frames.py", "to_geojson_bytes", "… GeoJSON (geometry joined, `to_json`)"),
    ("exports/frames.py", "to_xlsx_bytes", "… XLSX"),
    ("maps/thematic.py", "thematic_map", "`thematic_map`: build the folium map"),
    ("jinja2/environment.py", "from_string",
     "jinja2 templates compiled during the rerun (folium element classes; rendered output is "
     "no longer re-compiled, see `maps/safe_render.py`)"),
    ("views/overview.py", "summary_table", "`views.overview.summary_table` (called twice)"),
    ("loaders/areas.py", "imported_areas", "`imported_areas` (cached display geometry)"),
]


def profile_breakdown(stats: pstats.Stats) -> list[tuple[str, float, int]]:
    """(label, cumulative ms, calls) for PARTS, from one profiled run."""
    rows = []
    for suffix, function, label in PARTS:
        cumulative, calls = 0.0, 0
        for (filename, _, name), (_, ncalls, _, ct, _) in stats.stats.items():
            if name == function and filename.replace(os.sep, "/").endswith(suffix):
                cumulative += ct
                calls += ncalls
        rows.append((label, cumulative * 1000, calls))
    return rows


def fmt_ms(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:,.1f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=5, help="fresh AppTests per measurement")
    parser.add_argument("--profile", action="store_true",
                        help="print a cProfile of the boundaries rerun (to stderr)")
    parser.add_argument("--write", type=Path, default=None, help="write the report to this file")
    args = parser.parse_args(argv)
    n = args.samples
    started = time.perf_counter()
    tmp = tempfile.TemporaryDirectory(prefix="bench-pages-")
    root = Path(tmp.name)

    # 1. first render of every page, demo data, no accounts, no boundaries
    os.environ["DASHBOARD_DATA_DIR"] = str(root / "demo")
    warm = new_app()
    warm_ms = timed_run(warm)  # pays the imports and the demo store's creation; not reported per page
    quiet_streamlit_logs()
    pages = {}
    for page in PAGES:
        samples = [render_page(page) for _ in range(n)]
        pages[page] = samples
        print(f"{page}: {', '.join(fmt_ms(s) for s in samples)} ms", file=sys.stderr)

    # 2. widget-only rerun of the overview, official boundaries vs schematic tiles
    counters = Counters()
    reruns: dict[str, list] = {}
    skipped = None
    import_s = None
    breakdown = []
    if (SHARED / KAB_FILE).is_file():
        os.environ["DASHBOARD_DATA_DIR"] = str(root / "boundaries")
        import_s = import_kabupaten()
        for label, tiles in (("official kab/kota boundaries", False), ("schematic tiles", True)):
            results = [overview_rerun(counters, tiles) for _ in range(n)]
            assert all(r[3] == tiles for r in results), f"{label}: wrong map drawn"
            reruns[label] = results
            print(f"{label}: first {[fmt_ms(r[0]) for r in results]}, "
                  f"rerun {[fmt_ms(r[1]) for r in results]}, {results[-1][2]}", file=sys.stderr)
        # one more boundaries rerun under cProfile (not in the medians): where the time goes
        profile = cProfile.Profile()
        overview_rerun(counters, False, profile)
        stats = pstats.Stats(profile)
        breakdown = profile_breakdown(stats)
        if args.profile:
            out = io.StringIO()
            stats.stream = out
            stats.sort_stats("cumulative").print_stats(45)
            stats.sort_stats("tottime").print_stats(15)
            print(out.getvalue(), file=sys.stderr)
    else:
        skipped = (f"Skipped the boundaries rerun: {SHARED / KAB_FILE} not found (../shared beside "
                   "the project, or set DASHBOARD_SHARED_DIR).")
        print(skipped, file=sys.stderr)
    total_s = time.perf_counter() - started

    # --- report
    import folium
    import streamlit

    lines = ["## Page server time (AppTest)", "",
             f"CPython {platform.python_version()}, {os.cpu_count()} cores (shared, noisy machine), "
             f"Streamlit {streamlit.__version__}, folium {folium.__version__}. "
             f"Wall-clock ms of `AppTest.run()` in-process (server side only: no browser, no "
             f"network); median of {n} fresh AppTests, language `{LANG}`. Whole run "
             f"{total_s:.0f} s. Rerun: `.venv/bin/python benchmarks/bench_pages.py --write "
             f"benchmarks/RESULTS.md`.", "",
             "### First render, demo data (fresh data dir, no accounts, schematic tiles)", "",
             f"Process warm-up (imports, demo store creation; first AppTest of the process, "
             f"overview): {fmt_ms(warm_ms)} ms, not counted below. Pages other than the overview "
             "are reached as a user does: the app opens on the overview (untimed), then "
             "`switch_page`; the time is that run only. The process stays up between samples, as a "
             "server does, so in-memory caches (`st.cache_data`, `lru_cache`) persist: the 1st "
             "sample is the page's first render in the process (its own caches cold), the median "
             "the usual one.", "",
             "| page | median ms | min ms | max ms | 1st sample ms | ratio to overview | "
             f"target ≤ {FIRST_RENDER_TARGET_MS:,.0f} ms |",
             "|---|---:|---:|---:|---:|---:|---|"]
    overview_median = statistics.median(pages["overview.py"])
    for page, samples in pages.items():
        median = statistics.median(samples)
        verdict = "✓" if median <= FIRST_RENDER_TARGET_MS else (
            f"✗ (+{median - FIRST_RENDER_TARGET_MS:,.0f} ms)")
        lines.append(f"| {page} | {fmt_ms(median)} | {fmt_ms(min(samples))} | "
                     f"{fmt_ms(max(samples))} | {fmt_ms(samples[0])} | "
                     f"{median / overview_median:.2f} | {verdict} |")
    lines += ["", "### Overview: period slider change only (rerun)", ""]
    if skipped:
        lines += [skipped, ""]
    else:
        lines += [f"`{KAB_FILE}` imported at level kabupaten into a fresh data dir "
                  f"({import_s:.1f} s, which warms the display geometry). Each sample: a fresh "
                  "AppTest runs the overview once (first run), then "
                  "`select_slider(key=\"overview_period\").set_value(<previous period>).run()` "
                  "(rerun, the only timed part for the target). Geometry rebuilds during the "
                  "rerun: calls of `display_layer` / `simplify_coverage` (wrapped in-process) "
                  "and misses of the `_imported`, `_display_cached` and `_cleaned` caches, "
                  f"summed over the {n} reruns.", "",
                  "| map | first run median ms | rerun median ms | rerun min–max ms | "
                  "rerun in script thread ms | rerun / first | rerun / tiles rerun | "
                  f"geometry rebuilds in reruns | target ≤ {RERUN_TARGET_MS:,.0f} ms, 0 rebuilds |",
                  "|---|---:|---:|---:|---:|---:|---:|---|---|"]
        tiles_rerun = statistics.median(r[1] for r in reruns["schematic tiles"])
        for label, results in reruns.items():
            first = statistics.median(r[0] for r in results)
            rerun = statistics.median(r[1] for r in results)
            totals = {k: sum(r[2][k] for r in results) for k in results[0][2]}
            rebuilds = sum(totals.values())
            detail = ", ".join(f"{k} {v}" for k, v in totals.items() if v) or "none"
            if label == "schematic tiles":
                verdict = "(comparison)"
            else:
                ok = rerun <= RERUN_TARGET_MS
                verdict = ("✓" if ok else f"✗ (+{rerun - RERUN_TARGET_MS:,.0f} ms)") + (
                    ", 0 ✓" if rebuilds == 0 else f", {rebuilds} ✗")
            lines.append(f"| {label} | {fmt_ms(first)} | {fmt_ms(rerun)} | "
                         f"{fmt_ms(min(r[1] for r in results))}–"
                         f"{fmt_ms(max(r[1] for r in results))} | "
                         f"{fmt_ms(statistics.median(r[4] for r in results))} | {rerun / first:.2f} | "
                         f"{rerun / tiles_rerun:.2f} | {rebuilds} ({detail}) | {verdict} |")
    if breakdown:
        whole = breakdown[0][1] or 1.0
        lines += ["", "Where the boundaries rerun goes: one extra rerun under cProfile (not in the "
                  "medians; profiling inflates every time, read the shares). Cumulative times, so "
                  "the rows overlap (… = part of the row above).", "",
                  "| part | ms | share | calls |", "|---|---:|---:|---:|"]
        for label, ms, calls in breakdown:
            lines.append(f"| {label} | {fmt_ms(ms)} | {ms / whole:.0%} | {calls} |")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.write:
        write_between_markers(args.write, text, "bench_pages")
        print(f"written to {args.write}", file=sys.stderr)
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
