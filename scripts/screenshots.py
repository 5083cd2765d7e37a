"""Screenshots of every page at 1366x768 in both languages, on the path a real office takes:
official boundaries imported (../shared/geodata), accounts in place, the newest period reported by
one district only, an admin logged in. Written to docs/screenshots/<lang>-<page>.png, and for a
page with a map also <lang>-<page>-peta.png with its first map in view.

    .venv/bin/python scripts/screenshots.py [--shared ../shared] [--out docs/screenshots]

Loopback only: the dashboard is started on 127.0.0.1 with a data dir of its own and stopped after.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("DASHBOARD_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-quic"]
PASSWORD = "Tangkapan-Layar-Panjang-2026"
# Every page of dashboard.py's menu, in its order; Masuk (the login page) is taken before logging
# in, as a visitor sees it, the others with the admin logged in (an admin may open every page).
PAGES = ["", "peta-rawan-konflik", "partisipasi-pemilih", "kegiatan-sosialisasi",
         "prioritas", "profil-kab-kota", "presentasi", "status-pelaporan", "peringatan-dini",
         "pemantauan-orang-asing", "kecamatan-desa", "data", "batas-wilayah", "lapor-kejadian",
         "verifikasi", "admin"]
LOGGED_OUT_PAGES = ["masuk"]


def report_file(target: Path) -> Path:
    """The demo's report history as the office's own upload (a first real upload replaces the
    demo data), plus Samarinda's report for a newer period: the others still on the older one."""
    import csv

    with open(ROOT / "geodata" / "demo" / "conflict_risk.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    rows.append({**rows[-1], "kab_kota": "64.72", "periode": "2026-Q4", "tingkat_rawan": "tinggi",
                 "skor": "78", "tanggal_laporan": "2026-11-28",
                 "unit_pelapor": "Kesbangpol Kota Samarinda"})
    with open(target, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return target


def cli(data_dir: Path, *args: str, stdin: str = "") -> None:
    env = {**os.environ, "DASHBOARD_DATA_DIR": str(data_dir)}
    env.pop("DASHBOARD_DB_URL", None)
    subprocess.run([sys.executable, "-m", "loaders", *args], cwd=ROOT, env=env, input=stdin,
                   text=True, check=True, capture_output=True, timeout=600)


def prepare(data_dir: Path, shared: Path) -> None:
    for level, name in (("kabupaten", "kaltim_kabupaten_kota.geojson"),
                        ("kecamatan", "kaltim_kecamatan.geojson"),
                        ("desa", "kaltim_desa_kelurahan.geojson")):
        cli(data_dir, "import-boundaries", str(shared / "geodata" / name), "--level", level)
    report = report_file(data_dir.parent / "laporan.csv")
    cli(data_dir, "import", "conflict_risk", str(report), "--user", "screenshots")
    cli(data_dir, "add-user", "adi", "--role", "admin", "--password-stdin", stdin=PASSWORD + "\n")


def start(data_dir: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "DASHBOARD_DATA_DIR": str(data_dir)}
    process = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "dashboard.py",
                                "--server.port", str(port), "--server.address", "127.0.0.1",
                                "--server.headless", "true"], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2):
                return process, url
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise SystemExit("the dashboard did not start")


def settle(page) -> None:
    """Until the script run has finished, no element is still a loading placeholder, and every
    map frame on the page has drawn its layer (a frame still loading is blank in the picture)."""
    # Something drawn in the main area (a page's title; a slide's text), not a blank page.
    page.locator("[data-testid='stMain'] [data-testid='stMarkdownContainer']").first.wait_for(
        timeout=90_000)
    quiet = 0
    for _ in range(400):
        busy = page.locator("[data-testid='stStatusWidget'], [data-testid='stSkeleton']").count()
        quiet = quiet + 1 if busy == 0 else 0
        if quiet >= 6:
            break
        time.sleep(0.3)
    for _ in range(150):
        if all(maps_drawn(element) for element in page.locator("iframe").all()):
            break
        time.sleep(0.3)
    time.sleep(1.5)


def is_map(element) -> bool:
    """Whether an iframe of the page holds a map (streamlit-folium's, or the in-place level map)."""
    title = element.get_attribute("title") or ""
    return "folium" in title or "inplace_map" in title


def maps_drawn(element) -> bool:
    """Whether an iframe of the page is no map frame, or a map frame that has drawn its layer."""
    try:
        if not is_map(element):
            return True
        frame = element.element_handle().content_frame()
        return frame is not None and frame.locator(
            "path.leaflet-interactive, .leaflet-marker-icon").count() > 0
    except Exception:  # noqa: BLE001 - a frame replaced while looked at: look again
        return False


# Scroll the first map of the page to the top of the window, its heading still in view.
SCROLL_TO_MAP = """(el) => {
    el.scrollIntoView({block: 'start'});
    let box = el.parentElement;
    while (box && !(box.scrollHeight > box.clientHeight
                    && getComputedStyle(box).overflowY.match(/auto|scroll/))) box = box.parentElement;
    if (box) box.scrollTop = Math.max(0, box.scrollTop - 90);
}"""


def save(page, target: Path) -> None:
    """The window as a 256-colour PNG (a third of the size, the text as sharp)."""
    from PIL import Image

    page.screenshot(path=str(target))
    with Image.open(target) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT,
                                              dither=Image.Dither.NONE)
    small.save(target, optimize=True)
    print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)


def shoot(page, url: str, lang: str, name: str, out: Path) -> None:
    """The page as it opens; then, for a page with a map, its first map in view (the
    presentation: its second slide, the first map slide), as <lang>-<page>-peta.png."""
    page.goto(f"{url}/{name}?lang={lang}")
    settle(page)
    stem = f"{lang}-{name or 'ringkasan'}"
    save(page, out / f"{stem}.png")
    if name == "presentasi":
        page.keyboard.press("ArrowRight")
        time.sleep(1.0)
        settle(page)
    else:
        maps = [el for el in page.locator("iframe").all() if is_map(el)]
        if not maps:
            return
        maps[0].evaluate(SCROLL_TO_MAP)
        time.sleep(1.0)
    save(page, out / f"{stem}-peta.png")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--pages", nargs="*", metavar="URL_PATH",
                        help="only these pages (their URL path; '' or ringkasan for the root)")
    args = parser.parse_args()
    wanted = None if args.pages is None else {"" if p == "ringkasan" else p for p in args.pages}
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    data_dir = Path(tempfile.mkdtemp(prefix="screenshots-")) / "data"
    data_dir.mkdir()
    prepare(data_dir, args.shared)
    process, url = start(data_dir)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
            context = browser.new_context(viewport={"width": 1366, "height": 768})
            page = context.new_page()
            for lang in ("id", "en"):
                for name in LOGGED_OUT_PAGES:
                    if wanted is None or name in wanted:
                        shoot(page, url, lang, name, args.out)
            page.goto(f"{url}/masuk?lang=id")
            page.get_by_label("Nama pengguna").fill("adi")
            page.get_by_label("Kata sandi").fill(PASSWORD)
            page.get_by_role("button", name="Masuk").click()
            page.get_by_text("Masuk sebagai").first.wait_for(timeout=90_000)
            for lang in ("id", "en"):
                for name in PAGES:
                    if wanted is None or name in wanted:
                        shoot(page, url, lang, name, args.out)
            browser.close()
    finally:
        process.terminate()
        process.wait(timeout=20)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
