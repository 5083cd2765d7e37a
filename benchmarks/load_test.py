"""Load test (issue #8): N concurrent browser sessions against two dashboard instances that share
one PostgreSQL schema; reports p50/p95/max page time overall and per page. Not a test: run it and
read the Markdown table.

    .venv/bin/python benchmarks/load_test.py --sessions 10 [--rounds 2] [--timeout 600]
        [--browsers 1] [--think 0] [--db-url postgresql://...@127.0.0.1/...]
        [--write benchmarks/RESULTS_load.md]

What it does, loopback only and bounded in time and count:

* PostgreSQL: ``--db-url``, else $DASHBOARD_TEST_PG_URL, else ``bash scripts/postgres.sh start``
  (idempotent; a cluster it finds or starts is left running, stop it with ``bash
  scripts/postgres.sh stop``). A fresh schema is created for the run, seeded with the demo data
  once, and dropped at the end.
* Two Streamlit servers of ``dashboard.py`` on free 127.0.0.1 ports, same ``DASHBOARD_DB_URL``,
  separate ``DASHBOARD_DATA_DIR`` (temporary), the repository's ``.streamlit/config.toml``. Both
  are opened once (untimed) before the measurement.
* ``--sessions`` browser contexts (Playwright, headless Debian Chromium, split over ``--browsers``
  browser processes), session i on instance i mod 2. Each session opens the pages of ``PAGES``
  in order by their URL, ``--rounds`` times, waiting ``--think`` seconds between pages. A page
  counts as shown when every Leaflet map on it has drawn its district polygons, or, for the
  profile (no map), when its last section heading is rendered: what a user waits for. Opening a
  URL starts a new Streamlit session, as a bookmark or a typed address does.
* Bounds: at most 50 sessions, 20 rounds, 1,800 s. ``--timeout`` stops the run and reports what
  was measured; ``--page-timeout`` counts a page as timed out. Chromium resolves no host but
  127.0.0.1 (``--host-resolver-rules``), and non-loopback URLs are refused.
* Reports page times, timeouts and errors, peak RSS and CPU seconds of both servers, Chromium's
  memory (sum of PSS) and CPU, and the machine's busy share, as Markdown on stdout; ``--write
  FILE`` appends the section to FILE.

Browser, both servers and PostgreSQL run on this machine and share its CPUs (2 cores here, also
used by others): the figures are pessimistic for a deployment where browsers run elsewhere.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import platform
import shlex
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlparse

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("DASHBOARD_CHROMIUM", "/usr/bin/chromium")
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    # Nothing but loopback can be reached, whatever a page asks for.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
]
MAX_SESSIONS, MAX_ROUNDS, MAX_TIMEOUT_S = 50, 20, 1800
MIN_POLYGONS = 10  # the ten kab/kota of the schematic tile map on a fresh data dir

# (label, URL path from dashboard.PAGES, Leaflet maps on the page, headings when it has no map)
PAGES = [
    ("Ringkasan", "ringkasan", 1, ()),
    ("Peta Rawan Konflik", "peta-rawan-konflik", 3, ()),
    ("Partisipasi Pemilih", "partisipasi-pemilih", 1, ()),
    ("Kegiatan Sosialisasi", "kegiatan-sosialisasi", 1, ()),
    ("Profil Kab/Kota", "profil-kab-kota", 0, ("Profil", "Kegiatan sosialisasi")),
]

# Runs in the page (polled by Chromium itself): the st_folium iframes are same-origin, so their
# documents can be read from the main frame without a round trip per frame.
READY_JS = """(spec) => {
    const main = document.querySelector("[data-testid='stMain']");
    if (!main) return false;
    if (spec.maps > 0) {
        let drawn = 0;
        for (const frame of document.querySelectorAll('iframe')) {
            let doc = null;
            try { doc = frame.contentDocument; } catch (e) { continue; }
            if (doc && doc.querySelectorAll('path.leaflet-interactive').length >= spec.polygons)
                drawn += 1;
        }
        return drawn >= spec.maps;
    }
    const texts = [...main.querySelectorAll('h1, h2, h3')].map(h => h.textContent);
    return spec.headings.every(h => texts.some(t => t.includes(h)));
}"""


# -- set-up: PostgreSQL schema and two servers ----------------------------------------------------

def require_loopback(url: str, what: str) -> None:
    host = urlparse(url).hostname
    if host and host not in LOOPBACK:
        sys.exit(f"refused: {what} {url!r} is not on loopback (this load test stays on 127.0.0.1)")


def base_db_url(arg: str | None) -> str:
    url = arg or os.environ.get("DASHBOARD_TEST_PG_URL", "").strip()
    if not url:
        out = subprocess.run(["bash", str(PROJECT_ROOT / "scripts" / "postgres.sh"), "start"],
                             check=True, capture_output=True, text=True).stdout
        url = out.strip().splitlines()[-1].partition("=")[2]
    # A URL with no host uses the local Unix socket, which is loopback too.
    require_loopback(url, "database URL")
    return url


def with_schema(base: str, schema: str) -> str:
    options = quote(f"-csearch_path={schema},public", safe="")
    return f"{base}{'&' if '?' in base else '?'}options={options}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    name: str
    process: subprocess.Popen
    url: str
    log: Path


def start_server(name: str, data_dir: Path, db_url: str, log_dir: Path) -> Server:
    port = free_port()
    env = {**os.environ, "DASHBOARD_DATA_DIR": str(data_dir), "DASHBOARD_DB_URL": db_url}
    log = log_dir / f"server-{name}.log"
    with open(log, "wb") as out:  # a file, not a pipe nobody reads: the server never blocks on it
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true",
             "--browser.gatherUsageStats", "false"],
            cwd=PROJECT_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    return Server(name, process, f"http://127.0.0.1:{port}", log)


def wait_healthy(server: Server, timeout_s: float = 90) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"instance {server.name} exited:\n{server.log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(server.url + "/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"instance {server.name} did not answer within {timeout_s:.0f} s")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# -- /proc sampling: memory and CPU of the servers and of Chromium --------------------------------

TICK = os.sysconf("SC_CLK_TCK")


def _read(path: str) -> str | None:
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return None


def status_kib(pid: int, key: str) -> int:
    text = _read(f"/proc/{pid}/status") or ""
    for line in text.splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def cpu_seconds(pid: int) -> float | None:
    text = _read(f"/proc/{pid}/stat")
    if not text:
        return None
    fields = text.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK  # utime + stime, all threads


def children_map() -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        text = _read(f"/proc/{entry}/stat")
        if text:
            ppid = int(text.rsplit(")", 1)[1].split()[1])
            out.setdefault(ppid, []).append(int(entry))
    return out


def descendants(root: int, exclude: set[int]) -> list[int]:
    tree, out, todo = children_map(), [], [root]
    while todo:
        for child in tree.get(todo.pop(), []):
            if child not in exclude:
                out.append(child)
                todo.append(child)
    return out


def machine_busy() -> tuple[float, float]:
    """(busy, total) jiffies of all CPUs since boot."""
    values = [int(v) for v in (_read("/proc/stat") or "cpu 0").splitlines()[0].split()[1:]]
    idle = values[3] + (values[4] if len(values) > 4 else 0)
    return sum(values) - idle, sum(values)


@dataclass
class Usage:
    server_rss_peak: dict[str, int] = field(default_factory=dict)  # KiB, sampled
    browser_pss_peak: int = 0  # KiB, sum over Chromium's processes
    browser_processes_peak: int = 0
    browser_cpu: dict[int, float] = field(default_factory=dict)  # pid -> last seen CPU s
    browser_cpu_before: dict[int, float] = field(default_factory=dict)  # pid -> CPU s at start

    driver_pids: set[int] = field(default_factory=set)  # Playwright's node driver, not Chromium

    def browser_cpu_seconds(self, driver: bool = False) -> float:
        return sum(cpu - self.browser_cpu_before.get(pid, 0.0)
                   for pid, cpu in self.browser_cpu.items()
                   if (pid in self.driver_pids) == driver)


async def sample(servers: list[Server], usage: Usage, stop_event: asyncio.Event) -> None:
    server_pids = {s.process.pid for s in servers}
    for pid in descendants(os.getpid(), server_pids):  # CPU used before the run is not counted
        usage.browser_cpu_before[pid] = cpu_seconds(pid) or 0.0
    while not stop_event.is_set():
        for s in servers:
            rss = status_kib(s.process.pid, "VmRSS")
            usage.server_rss_peak[s.name] = max(usage.server_rss_peak.get(s.name, 0), rss)
        pss, count = 0, 0
        for pid in descendants(os.getpid(), server_pids):
            rollup = _read(f"/proc/{pid}/smaps_rollup") or ""
            for line in rollup.splitlines():
                if line.startswith("Pss:"):
                    pss += int(line.split()[1])
                    count += 1
            cpu = cpu_seconds(pid)
            if cpu is not None:
                usage.browser_cpu[pid] = cpu
                if (_read(f"/proc/{pid}/comm") or "").startswith("node"):
                    usage.driver_pids.add(pid)
        usage.browser_pss_peak = max(usage.browser_pss_peak, pss)
        usage.browser_processes_peak = max(usage.browser_processes_peak, count)
        try:
            await asyncio.wait_for(stop_event.wait(), timeout=1.0)
        except asyncio.TimeoutError:
            pass


# -- the sessions ------------------------------------------------------------------------------

@dataclass
class Sample:
    page: str
    instance: str
    ms: float | None  # None: not shown (timeout or error)
    outcome: str  # ok | timeout | error | cut (the run's --timeout came first)
    detail: str = ""


async def open_page(page, url: str, spec: dict, page_timeout_s: float, deadline: float):
    """(ms, outcome, detail) of one navigation until the page is shown."""
    budget = min(page_timeout_s, deadline - time.monotonic())
    if budget <= 0:
        return None, "cut", ""
    start = time.perf_counter()
    try:
        await page.goto(url, wait_until="commit", timeout=budget * 1000)
        left = budget - (time.perf_counter() - start)
        await page.wait_for_function(READY_JS, arg=spec, polling=100,
                                     timeout=max(left, 0.001) * 1000)
        return (time.perf_counter() - start) * 1000, "ok", ""
    except Exception as error:  # noqa: BLE001 - counted and reported, the run goes on
        name = type(error).__name__
        if "Timeout" in name:
            cut = time.monotonic() >= deadline - 0.05 and budget < page_timeout_s
            return None, "cut" if cut else "timeout", ""
        return None, "error", f"{name}: {str(error).splitlines()[0][:160]}"


async def session(index: int, browser, server: Server, args, deadline: float, start_at: float,
                  samples: list[Sample]) -> None:
    await asyncio.sleep(max(0.0, start_at - time.monotonic()))
    if time.monotonic() >= deadline:
        return
    context = await browser.new_context(viewport={"width": 1400, "height": 1000},
                                        locale="id-ID")
    try:
        page = await context.new_page()
        for _ in range(args.rounds):
            for label, path, maps, headings in PAGES:
                spec = {"maps": maps, "polygons": MIN_POLYGONS, "headings": list(headings)}
                url = f"{server.url}/{path}?lang=id"
                require_loopback(url, "page URL")
                ms, outcome, detail = await open_page(page, url, spec, args.page_timeout,
                                                      deadline)
                samples.append(Sample(label, server.name, ms, outcome, detail))
                if outcome == "cut":
                    return
                if args.think:
                    await asyncio.sleep(args.think)
    finally:
        await context.close()


async def warm_up(browser, servers: list[Server], timeout_s: float) -> dict[str, float]:
    """Open each instance once (root URL, then every page): first requests after a start pay for
    imports and caches, and a deep link as the very first request meets Streamlit's "page not
    found" notice (README, known limits). Untimed for the figures; returned for the record."""
    out = {}
    for server in servers:
        context = await browser.new_context(locale="id-ID")
        page = await context.new_page()
        start = time.perf_counter()
        await page.goto(f"{server.url}/?lang=id", wait_until="commit")
        await page.wait_for_function(READY_JS, arg={"maps": 1, "polygons": MIN_POLYGONS,
                                                    "headings": []}, timeout=timeout_s * 1000)
        for _, path, maps, headings in PAGES:
            await page.goto(f"{server.url}/{path}?lang=id", wait_until="commit")
            await page.wait_for_function(READY_JS, arg={"maps": maps, "polygons": MIN_POLYGONS,
                                                        "headings": list(headings)},
                                         timeout=timeout_s * 1000)
        out[server.name] = time.perf_counter() - start
        await context.close()
    return out


async def run(args, servers: list[Server]) -> dict:
    from playwright.async_api import async_playwright

    usage = Usage()
    cpu_before = {s.name: cpu_seconds(s.process.pid) or 0.0 for s in servers}
    samples: list[Sample] = []
    async with async_playwright() as p:
        browsers = [await p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                            args=CHROMIUM_ARGS)
                    for _ in range(args.browsers)]
        version = browsers[0].version
        warm = await warm_up(browsers[0], servers, args.page_timeout)
        cpu_warm = {s.name: cpu_seconds(s.process.pid) or 0.0 for s in servers}
        busy0, total0 = machine_busy()
        load_before = os.getloadavg()[0]
        self_before = cpu_seconds(os.getpid()) or 0.0
        stop_event = asyncio.Event()
        sampler = asyncio.create_task(sample(servers, usage, stop_event))
        start = time.monotonic()
        deadline = start + args.timeout
        tasks = [session(i, browsers[i % args.browsers], servers[i % 2], args, deadline,
                         start + (args.ramp * i / max(args.sessions - 1, 1)), samples)
                 for i in range(args.sessions)]
        results = await asyncio.gather(*tasks, return_exceptions=True)
        wall = time.monotonic() - start
        stop_event.set()
        await sampler
        busy1, total1 = machine_busy()
        self_cpu = (cpu_seconds(os.getpid()) or 0.0) - self_before
        for browser in browsers:
            await browser.close()
    failures = [r for r in results if isinstance(r, BaseException)]
    return {
        "samples": samples, "usage": usage, "wall": wall, "chromium": version, "warm": warm,
        "server_cpu": {s.name: (cpu_seconds(s.process.pid) or 0.0) - cpu_warm[s.name]
                       for s in servers},
        "warm_cpu": {s.name: cpu_warm[s.name] - cpu_before[s.name] for s in servers},
        "server_hwm": {s.name: status_kib(s.process.pid, "VmHWM") for s in servers},
        "machine_busy": (busy1 - busy0) / max(total1 - total0, 1),
        "load_before": load_before,
        "self_cpu": self_cpu,
        "session_failures": [f"{type(f).__name__}: {f}" for f in failures],
        "stopped_by_timeout": wall >= args.timeout - 0.5,
    }


# -- report --------------------------------------------------------------------------------------

def percentile(values: list[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    position = (len(ordered) - 1) * q
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def fmt_ms(value: float | None) -> str:
    return "–" if value is None else f"{value:,.0f}"


def row(label: str, group: list[Sample]) -> str:
    times = [s.ms for s in group if s.ms is not None]
    counts = {k: sum(1 for s in group if s.outcome == k) for k in ("timeout", "error", "cut")}
    stats = (percentile(times, 0.5), percentile(times, 0.95), max(times)) if times else (None,) * 3
    return (f"| {label} | {len(times)} | {' | '.join(fmt_ms(v) for v in stats)} | "
            f"{counts['timeout']} | {counts['error']} | {counts['cut']} |")


def machine() -> str:
    mem_kib = status_like("/proc/meminfo", "MemTotal")
    model = next((line.split(":", 1)[1].strip() for line in (_read("/proc/cpuinfo") or "")
                  .splitlines() if line.startswith("model name")), platform.machine())
    return f"{os.cpu_count()} CPUs (`nproc` {len(os.sched_getaffinity(0))}), " \
           f"{mem_kib / 1024 / 1024:.1f} GiB RAM, {model}"


def status_like(path: str, key: str) -> int:
    for line in (_read(path) or "").splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def report(args, result: dict, command: str) -> str:
    import streamlit

    samples: list[Sample] = result["samples"]
    usage: Usage = result["usage"]
    ok = [s for s in samples if s.ms is not None]
    now = dt.datetime.now().astimezone()
    lines = [
        f"## {args.sessions} concurrent sessions × {args.rounds} rounds "
        f"({now:%Y-%m-%d %H:%M %Z})",
        "",
        f"Command: `{command}`",
        "",
        f"Machine: {machine()}; CPython {platform.python_version()}, Streamlit "
        f"{streamlit.__version__}, Chromium {result['chromium']} (headless, {args.browsers} "
        f"browser process{'es' if args.browsers > 1 else ''}).",
        "",
        "**Chromium, both dashboard instances and PostgreSQL share the same CPUs** (and the "
        "machine is shared with other work): the browser's own rendering competes with the "
        "servers, so these figures are pessimistic for a deployment where browsers run on the "
        "users' machines.",
        "",
        f"Two instances, one PostgreSQL schema; sessions split alternately (A: "
        f"{(args.sessions + 1) // 2}, B: {args.sessions // 2}), started "
        + (f"over {args.ramp:g} s" if args.ramp else "at once")
        + f"; think time {args.think:g} s; page timeout {args.page_timeout:g} s; run timeout "
        f"{args.timeout:g} s. Page time: from navigating to the page's URL (a new Streamlit "
        f"session) until every Leaflet map on it has drawn its {MIN_POLYGONS} district polygons "
        "(Peta Rawan Konflik has three maps), or, for Profil Kab/Kota, until its last section "
        "heading is rendered. *cut*: pages left unfinished when the run's --timeout came.",
        "",
        "| page | pages shown | p50 ms | p95 ms | max ms | timeouts | errors | cut |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
        row("**all pages**", samples),
    ]
    for label, *_ in PAGES:
        lines.append(row(label, [s for s in samples if s.page == label]))
    for name in ("A", "B"):
        lines.append(row(f"all pages, instance {name}",
                         [s for s in samples if s.instance == name]))
    browser_cpu = usage.browser_cpu_seconds()
    driver_cpu = usage.browser_cpu_seconds(driver=True)
    server_cpu = sum(result["server_cpu"].values())
    lines += [
        "",
        f"Wall time {result['wall']:.1f} s"
        + (" (stopped by --timeout)" if result["stopped_by_timeout"] else "")
        + f"; {len(ok)} pages shown, {len(ok) / max(result['wall'], 1e-9):.2f} pages/s; "
        f"machine busy {result['machine_busy'] * 100:.0f} % of {os.cpu_count()} CPUs "
        f"(everything on it, not only this run; 1-minute load average before the run "
        f"{result['load_before']:.1f}).",
        "",
        "| process | peak RSS MiB | CPU s during the run |",
        "|---|---:|---:|",
    ]
    for name in ("A", "B"):
        lines.append(f"| instance {name} (`streamlit run dashboard.py`) | "
                     f"{result['server_hwm'][name] / 1024:,.0f} | "
                     f"{result['server_cpu'][name]:,.1f} |")
    lines += [
        f"| Chromium (sum of PSS over up to {usage.browser_processes_peak} processes; CPU ≈) | "
        f"{usage.browser_pss_peak / 1024:,.0f} | {browser_cpu:,.1f} |",
        f"| Playwright's driver (node) | | {driver_cpu:,.1f} |",
        f"| this script (Python, asyncio) | | {result['self_cpu']:,.1f} |",
        "",
        f"Servers used {server_cpu:,.1f} CPU s, Chromium ≈ {browser_cpu:,.1f} CPU s "
        f"({browser_cpu / max(server_cpu + browser_cpu, 1e-9) * 100:.0f} % of the two): per "
        f"page shown, servers {server_cpu / max(len(ok), 1) * 1000:,.0f} ms of CPU, Chromium "
        f"≈ {browser_cpu / max(len(ok), 1) * 1000:,.0f} ms. Peak "
        "RSS of a server is the kernel's high-water mark (VmHWM) since its start. Warm-up before "
        "timing (root URL and every page once per instance): "
        + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in result["warm"].items()) + ".",
    ]
    errors = sorted({s.detail for s in samples if s.outcome == "error"})
    if errors or result["session_failures"]:
        lines += ["", "Errors: " + "; ".join(errors + result["session_failures"])[:1500]]
    return "\n".join(lines) + "\n"


RESULTS_INTRO = """# Load test results (`benchmarks/load_test.py`)

Each section below is one run, appended by `--write`. How to read them: see the docstring of
`benchmarks/load_test.py`; the README's table quotes the latest runs for 10 and 30 sessions.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sessions", type=int, default=10, help=f"1..{MAX_SESSIONS}")
    parser.add_argument("--rounds", type=int, default=2, help=f"page sequences per session, "
                                                                f"1..{MAX_ROUNDS}")
    parser.add_argument("--timeout", type=float, default=600,
                        help=f"stop after this many seconds and report (≤ {MAX_TIMEOUT_S})")
    parser.add_argument("--page-timeout", type=float, default=90,
                        help="a page not shown after this many seconds counts as timed out")
    parser.add_argument("--browsers", type=int, default=1,
                        help="Chromium processes to spread the sessions over (1..8)")
    parser.add_argument("--think", type=float, default=0.0, help="seconds between pages")
    parser.add_argument("--ramp", type=float, default=0.0,
                        help="spread session starts over this many seconds (0: all at once)")
    parser.add_argument("--db-url", help="PostgreSQL URL on loopback (default: "
                                         "$DASHBOARD_TEST_PG_URL or scripts/postgres.sh start)")
    parser.add_argument("--write", type=Path, help="append the Markdown section to this file")
    args = parser.parse_args(argv)
    if not 1 <= args.sessions <= MAX_SESSIONS:
        parser.error(f"--sessions must be 1..{MAX_SESSIONS}")
    if not 1 <= args.rounds <= MAX_ROUNDS:
        parser.error(f"--rounds must be 1..{MAX_ROUNDS}")
    if not 0 < args.timeout <= MAX_TIMEOUT_S:
        parser.error(f"--timeout must be in (0, {MAX_TIMEOUT_S}]")
    if not 1 <= args.browsers <= 8:
        parser.error("--browsers must be 1..8")
    if args.think < 0 or args.ramp < 0 or args.page_timeout <= 0:
        parser.error("--think, --ramp must be ≥ 0 and --page-timeout > 0")
    if not Path(CHROMIUM).exists():
        sys.exit(f"Debian's Chromium not found at {CHROMIUM} (apt-get install chromium)")
    command = " ".join([".venv/bin/python", "benchmarks/load_test.py",
                        *(shlex.quote(a) for a in (argv if argv is not None else sys.argv[1:]))])

    import psycopg

    base = base_db_url(args.db_url)
    schema = f"load_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    db_url = with_schema(base, schema)
    servers: list[Server] = []
    try:
        with tempfile.TemporaryDirectory(prefix="dashboard-load-") as tmp:
            tmp_path = Path(tmp)
            dirs = {name: tmp_path / f"data-{name}" for name in ("A", "B")}
            # Tables and demo data once, before the instances start (as docs/deployment.md says).
            subprocess.run([sys.executable, "-c",
                            "from storage.backends import open_store; open_store()"],
                           cwd=PROJECT_ROOT, check=True, timeout=300,
                           env={**os.environ, "DASHBOARD_DB_URL": db_url,
                                "DASHBOARD_DATA_DIR": str(dirs["A"])})
            for name in ("A", "B"):
                servers.append(start_server(name, dirs[name], db_url, tmp_path))
            for server in servers:
                wait_healthy(server)
                require_loopback(server.url, "server URL")
            print(f"instances: A {servers[0].url}, B {servers[1].url}; schema {schema}; "
                  f"{args.sessions} sessions × {args.rounds} rounds × {len(PAGES)} pages",
                  file=sys.stderr)
            result = asyncio.run(run(args, servers))
            for server in servers:
                if server.process.poll() is not None:
                    print(f"instance {server.name} died during the run; its log:\n"
                          f"{server.log.read_text()[-3000:]}", file=sys.stderr)
            text = report(args, result, command)
    finally:
        for server in servers:
            stop(server.process)
        with psycopg.connect(base, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")
    print(text)
    if args.write:
        existing = args.write.read_text(encoding="utf-8") if args.write.exists() else RESULTS_INTRO
        args.write.write_text(existing.rstrip("\n") + "\n\n" + text, encoding="utf-8")
        print(f"appended to {args.write}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
