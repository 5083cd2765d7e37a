"""Map size and speed: the naive way (the full-resolution layer into ``folium.GeoJson``) against our
display geometry (coverage-cleaned, coverage-simplified, rounded, cached), on the real Kaltim
layers in ../shared. Not a test: run it and read the Markdown table.

    .venv/bin/python benchmarks/bench_maps.py [--browser] [--write benchmarks/RESULTS.md]

Works in a temporary data directory, so the dashboard's own data are untouched. ``--browser``
also measures draw time in Debian's Chromium (Playwright): each saved map loaded as a file://
page with Leaflet inlined from the packaged copy (the browser's share alone), and each map served
by a Streamlit page through ``st_folium`` (``draw_page_app.py``), timed from the page request to
the last polygon drawn, as a user waits for it, beside a page with a one-polygon map (the floor).
No network either way.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))
sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))

import folium  # noqa: E402
import geopandas as gpd  # noqa: E402
import pandas as pd  # noqa: E402
import shapely  # noqa: E402
from harness import CHROMIUM, launch_chromium, start_page_app  # noqa: E402
from results_file import write_between_markers  # noqa: E402

SHARED = Path(os.environ.get("DASHBOARD_SHARED_DIR", PROJECT_ROOT.parent / "shared")) / "geodata"
LAYERS = {"kabupaten": "kaltim_kabupaten_kota.geojson", "desa": "kaltim_desa_kelurahan.geojson"}
TARGETS = {"kabupaten": 150_000, "desa": 1_000_000}
PAGE_TARGET_MS = {"desa": 1800}
KAB_COLOURS = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
               "#999999", "#882255", "#44AA99")


def html_size(m: folium.Map) -> tuple[int, str]:
    html = m.get_root().render()
    return len(html.encode("utf-8")), html


def naive_map(frame: gpd.GeoDataFrame) -> folium.Map:
    """What one writes first: every column and every vertex into folium.GeoJson."""
    from maps.assets import offline_map

    minx, miny, maxx, maxy = frame.total_bounds
    m = offline_map(location=((miny + maxy) / 2, (minx + maxx) / 2), zoom_start=7)
    folium.GeoJson(frame, tooltip=folium.GeoJsonTooltip(fields=["kode", "nama"])).add_to(m)
    return m


def our_map(areas: gpd.GeoDataFrame, level: str, attribution: str) -> folium.Map:
    from domain import regions
    from maps.thematic import MapFrame, ThematicLayer, thematic_map

    codes = areas["kode"].astype(str)
    kab = areas["kode_kab"] if "kode_kab" in areas else codes
    colours = {c: KAB_COLOURS[i] for i, c in enumerate(regions.codes())}
    values = pd.DataFrame({"nama": areas["nama_pendek"].to_numpy(),
                           "kab": [regions.get(k).short_name for k in kab]}, index=codes)
    layer = ThematicLayer(name=level, values=values, colour=pd.Series(
        [colours[k] for k in kab], index=codes), tooltip=[("nama", "Nama"), ("kab", "Kab/Kota")],
        legend_title="Kab/Kota", legend_items=[(colours[c], regions.get(c).short_name)
                                               for c in regions.codes()])
    frame = MapFrame(attribution=attribution,
                     label_column="nama_pendek" if level == "kabupaten" else None)
    return thematic_map(areas, layer, frame)


def timed(function, *args, **kwargs):
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return result, time.perf_counter() - start


def inline_leaflet(html: str) -> str:
    """Make a saved map self-contained: the /app/static URLs only exist inside the dashboard."""
    from maps.assets import LOCAL_CSS, LOCAL_JS, STATIC_URL, vendor_file

    for _, url in LOCAL_JS:
        relative = url.removeprefix(STATIC_URL + "/")
        code = vendor_file(relative).read_text(encoding="utf-8")
        html = html.replace(f'<script src="{url}"></script>', f"<script>{code}</script>")
    for _, url in LOCAL_CSS:
        relative = url.removeprefix(STATIC_URL + "/")
        css = vendor_file(relative).read_text(encoding="utf-8")
        html = html.replace(f'<link rel="stylesheet" href="{url}"/>', f"<style>{css}</style>")
    return html


def draw_times(pages: dict[str, Path], runs: int = 3) -> dict[str, float]:
    """Median milliseconds from navigation start until every feature's path is in the DOM."""
    from playwright.sync_api import sync_playwright

    results = {}
    with sync_playwright() as p:
        browser = launch_chromium(p)
        for name, (path, expected) in pages.items():
            times = []
            for _ in range(runs):
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                page.route("http*://**", lambda route: route.abort())  # nothing leaves the box
                start = time.perf_counter()
                page.goto(path.as_uri())
                page.wait_for_function(
                    "n => document.querySelectorAll('path.leaflet-interactive').length >= n",
                    arg=expected, timeout=120_000)
                times.append((time.perf_counter() - start) * 1000)
                page.close()
            results[name] = sorted(times)[len(times) // 2]
        browser.close()
    return results


def page_draw_times(url: str, cases: dict[str, tuple[str, int]], runs: int = 3) -> dict:
    """Median ms from requesting a Streamlit page until its map has drawn ``n`` polygons; each
    case is loaded once untimed first (the server's own first-use caches)."""
    from playwright.sync_api import sync_playwright

    def drawn(page) -> int:
        best = 0
        for frame in page.frames[1:]:
            try:
                best = max(best, frame.locator("path.leaflet-interactive").count())
            except Exception:  # the component frame is being replaced
                continue
        return best

    results = {}
    with sync_playwright() as p:
        browser = launch_chromium(p)
        for name, (query, expected) in cases.items():
            times = []
            for run in range(runs + 1):
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                page.route(lambda u: not u.startswith("http://127.0.0.1"),
                           lambda route: route.abort())  # nothing leaves the box
                start = time.perf_counter()
                page.goto(f"{url}/?{query}", wait_until="commit")
                deadline = start + 120
                while drawn(page) < expected:
                    if time.perf_counter() > deadline:
                        raise RuntimeError(f"{name}: map not drawn within 120 s")
                    page.wait_for_timeout(25)
                if run:  # run 0 warms the server's caches for this case
                    times.append((time.perf_counter() - start) * 1000)
                page.close()
            results[name] = sorted(times)[len(times) // 2]
        browser.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--browser", action="store_true", help="also measure draw time (Chromium)")
    parser.add_argument("--write", type=Path, default=None, help="write the report to this file")
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"reference data not found at {SHARED}", file=sys.stderr)
        return 1

    workdir = Path(tempfile.mkdtemp(prefix="bench-maps-"))
    os.environ["DASHBOARD_DATA_DIR"] = str(workdir / "data")
    from loaders import boundaries_import
    from storage import boundary_display, boundary_store
    from storage.boundary_display import display_layer, tolerance_for

    rows, timing, pages, counts = [], [], {}, {}
    for level, filename in LAYERS.items():
        full = gpd.read_file(SHARED / filename)
        report = boundaries_import.import_boundaries(SHARED / filename, level)
        assert report.ok, report.lines("en")
        version = boundary_store.current_version(level)

        shutil.rmtree(version.path.parent / "display", ignore_errors=True)  # warmed by import
        boundary_display.clear_cache()
        shown, first = timed(display_layer, level)  # nothing cached, not even on disk
        _, cached = timed(display_layer, level)
        boundary_display.clear_cache()
        _, from_disk = timed(display_layer, level)  # a restarted app: disk cache only
        timing.append((level, first, cached, from_disk))

        naive, t_naive = timed(naive_map, full)
        naive_bytes, naive_html = html_size(naive)
        ours, t_ours = timed(our_map, shown, level, version.attribution)
        ours_bytes, ours_html = html_size(ours)
        vertices_full = int(shapely.get_num_coordinates(full.geometry.values).sum())
        vertices_ours = int(shapely.get_num_coordinates(shown.geometry.values).sum())
        rows.append((level, "naive folium.GeoJson, full resolution", naive_bytes, vertices_full,
                     t_naive, naive_bytes))
        rows.append((level, f"display geometry ({tolerance_for('province'):g} m) + thematic_map",
                     ours_bytes, vertices_ours, t_ours, naive_bytes))
        for kind, html in (("naive", naive_html), ("ours", ours_html)):
            path = workdir / f"{level}-{kind}.html"
            path.write_text(inline_leaflet(html), encoding="utf-8")
            pages[f"{level} {kind}"] = (path, len(full))
        counts[level] = len(full)

    lines = [
        "## Map size and display-geometry time",
        "",
        f"Real layers from ../shared/geodata; {platform.python_implementation()} "
        f"{platform.python_version()}, shapely {shapely.__version__} (GEOS "
        f"{shapely.geos_version_string}), folium {folium.__version__}. Map HTML = bytes of "
        "`m.get_root().render()`.",
        "",
        "| level | map | HTML bytes | ratio to naive | vertices | build+render s | target |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    for level, label, size, vertices, seconds, naive_bytes in rows:
        target = TARGETS[level]
        verdict = "" if label.startswith("naive") else (
            f"≤ {target:,} {'✓' if size <= target else '✗'}")
        lines.append(f"| {level} | {label} | {size:,} | {size / naive_bytes:.3f} | {vertices:,} | "
                     f"{seconds:.2f} | {verdict} |")
    lines += ["", "| level | display geometry, first time s | cached (memory) ms | "
                  "after restart (disk cache) ms | first / cached |", "|---|---:|---:|---:|---:|"]
    for level, first, cached, from_disk in timing:
        lines.append(f"| {level} | {first:.2f} | {cached * 1000:.1f} | {from_disk * 1000:.1f} | "
                     f"{first / max(cached, 1e-9):,.0f}× |")
    if args.browser:
        if not Path(CHROMIUM).exists():
            lines += ["", f"(browser draw time skipped: no Chromium at {CHROMIUM})"]
        else:
            results = draw_times(pages)
            lines += ["", "| level | naive draw ms | ours draw ms | ratio |",
                      "|---|---:|---:|---:|"]
            for level in LAYERS:
                naive_ms, ours_ms = results[f"{level} naive"], results[f"{level} ours"]
                lines.append(f"| {level} | {naive_ms:,.0f} | {ours_ms:,.0f} | "
                             f"{ours_ms / naive_ms:.2f} |")
            lines += ["", "Draw time: headless Chromium (Debian), median of 3 page loads from "
                          "file:// with Leaflet inlined, until every `path.leaflet-interactive` "
                          "of the layer is in the DOM; includes HTML parse."]
            process, url = start_page_app("draw_page_app.py", workdir)
            try:
                cases = {"floor": ("map=tiny&level=kabupaten", 1)}
                for level in LAYERS:
                    for kind in ("naive", "ours"):
                        cases[f"{level} {kind}"] = (f"map={kind}&level={level}", counts[level])
                served = page_draw_times(url, cases)
            finally:
                process.terminate()
                process.wait(timeout=20)
            lines += ["", "### Through a Streamlit page (what a user waits for)", "",
                      f"Page with a one-polygon map (the floor): {served['floor']:,.0f} ms.", "",
                      "| level | naive page ms | ours page ms | ratio to naive | ours above the "
                      "floor ms | target |", "|---|---:|---:|---:|---:|---|"]
            for level in LAYERS:
                naive_ms, ours_ms = served[f"{level} naive"], served[f"{level} ours"]
                target = PAGE_TARGET_MS.get(level)
                verdict = f"≤ {target:,} ms {'✓' if ours_ms <= target else '✗'}" if target else ""
                lines.append(f"| {level} | {naive_ms:,.0f} | {ours_ms:,.0f} | "
                             f"{ours_ms / naive_ms:.2f} | {ours_ms - served['floor']:,.0f} | "
                             f"{verdict} |")
            lines += ["", "Page time: headless Chromium, median of 3 fresh browser pages after "
                          "one untimed load, from the request of the page (`draw_page_app.py`, "
                          "map through `st_folium`) until every polygon of the layer is drawn; "
                          "server, transfer and draw together, browser and server on the same "
                          "2 cores."]
    text = "\n".join(lines) + "\n"
    shutil.rmtree(workdir, ignore_errors=True)
    print(text)
    if args.write:
        write_between_markers(args.write, text, "bench_maps")
    return 0


if __name__ == "__main__":
    sys.exit(main())
