"""Two dashboard servers share one PostgreSQL schema (issue #8): a conflict-risk version committed
through instance A's configuration shows on instance B's overview map after a reload, without a
restart of B.

The commit goes through the command line with A's environment (``DASHBOARD_DB_URL`` and A's own
``DASHBOARD_DATA_DIR``), not through A's Data page, which needs an editor login; what B must see
is the same either way, a new version in the shared store. Committed conflict reports are
internal, so the fixture makes that dataset public (``python -m loaders public``) instead of
logging in.

Needs ``DASHBOARD_TEST_PG_URL`` (``eval "$(bash scripts/postgres.sh start)"``); skips without it,
fails without it when ``DASHBOARD_REQUIRE_POSTGRES=1``."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from datetime import date

import pytest

from maps.palette import RISK_COLOURS
from tests.conftest import postgres_schema
from tests.e2e.conftest import PROJECT_ROOT, WAIT_MS, map_frame, start_server, stop_server

pytestmark = pytest.mark.e2e

NEW_PERIOD = "2026-Q4"  # after the demo data's last period (2026-Q3), so the overview shows it
NEW_PERIOD_LABEL = "Triwulan IV 2026"
SCORES = {"rendah": 20, "sedang": 50, "tinggi": 80}
NEXT_LEVEL = {"rendah": "sedang", "sedang": "tinggi", "tinggi": "rendah"}
LEVEL_OF_COLOUR = {colour.lower(): level for level, colour in RISK_COLOURS.items()}

# Every district's polygon as Leaflet drew it: the feature id is the Kemendagri code, the fill is
# the attribute of the SVG path the user sees.
READ_FILLS = """() => {
    const out = {};
    for (const key of Object.keys(window).filter(k => /^geo_json_[^_]+_\\d+$/.test(k))) {
        const layer = window[key];
        if (!layer || !layer.eachLayer) continue;
        layer.eachLayer(l => {
            const el = l.getElement && l.getElement();
            if (l.feature && el) out[l.feature.id] = (el.getAttribute('fill') || '').toLowerCase();
        });
    }
    return out;
}"""


@pytest.fixture(scope="module")
def two_instances(tmp_path_factory):
    """(url A, url B, env of A) for two servers on one fresh schema, seeded once beforehand."""
    processes = []
    with postgres_schema("e2e") as (db_url, _):
        try:
            dirs = {name: tmp_path_factory.mktemp(f"instance-{name}") for name in ("a", "b")}
            envs = {name: {**os.environ, "DASHBOARD_DB_URL": db_url,
                           "DASHBOARD_DATA_DIR": str(folder)} for name, folder in dirs.items()}
            env_a = envs["a"]
            # Create the tables and seed the demo data once, as docs/deployment.md says an owner
            # does.
            subprocess.run([sys.executable, "-c",
                            "from storage.backends import open_store; open_store()"],
                           cwd=PROJECT_ROOT, env=env_a, check=True, timeout=120)
            urls = {}
            for name in ("a", "b"):
                # Committed (not demo) conflict reports are internal: shown to logged-in users
                # only, or to everyone once an admin makes the dataset public. The setting is
                # shared through PostgreSQL; set with each instance's environment, it also holds
                # for a SQLite one.
                subprocess.run([sys.executable, "-m", "loaders", "public", "--datasets",
                                "conflict_risk"], cwd=PROJECT_ROOT, env=envs[name], check=True,
                               timeout=120, capture_output=True)
                process, urls[name] = start_server(dirs[name], {"DASHBOARD_DB_URL": db_url})
                processes.append(process)
            yield urls["a"], urls["b"], env_a
        finally:
            for process in processes:  # also those started before a later one failed
                stop_server(process)


def overview_fills(page, url: str, expect_heading: str | None = None) -> dict[str, str]:
    """Open the overview, wait for its map (and heading, when given), return code -> fill."""
    page.goto(f"{url}/?lang=id", wait_until="domcontentloaded")
    if expect_heading:
        page.locator("[data-testid='stMain']").get_by_text(expect_heading).first.wait_for(
            timeout=WAIT_MS)
    frame = map_frame(page)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # all ten districts drawn, not the first few
        fills = {code: _level_fill(fill) for code, fill in frame.evaluate(READ_FILLS).items()}
        if len(fills) == 10 and all(fills.values()):
            return fills
        page.wait_for_timeout(250)
    raise AssertionError(f"overview map did not draw ten districts: {fills}")


def _level_fill(fill: str | None) -> str | None:
    """The level's colour of an area: a district shown with an older report is striped over it
    (``url(#stale-<colour>)``)."""
    match = re.fullmatch(r"url\(#stale-([0-9a-fA-F]{6})\)", fill or "")
    return f"#{match.group(1).lower()}" if match else fill


def report_file(tmp_path, levels: dict[str, str]):
    lines = ["kab_kota,periode,tingkat_rawan,skor,kategori,jumlah_kejadian,catatan,unit_pelapor,"
             "tanggal_laporan,sumber"]
    for code, level in sorted(levels.items()):
        lines.append(f"{code},{NEW_PERIOD},{level},{SCORES[level]},politik_pemilu,2,,"
                     f"Kesbangpol,{date.today().isoformat()},Uji dua instans")
    path = tmp_path / "laporan_q4.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_commit_through_instance_a_shows_on_instance_b(page, two_instances, tmp_path):
    url_a, url_b, env_a = two_instances
    p = page.page
    before = overview_fills(p, url_b)
    assert set(before.values()) <= set(LEVEL_OF_COLOUR), before  # every district has a level
    assert len(set(before.values())) > 1, before  # the demo map mixes levels
    assert "Triwulan III 2026" in p.locator("[data-testid='stMain']").inner_text()

    # Every district moves to the next level, so each one of the ten polygons must change colour.
    levels = {code: NEXT_LEVEL[LEVEL_OF_COLOUR[fill]] for code, fill in before.items()}
    result = subprocess.run(
        [sys.executable, "-m", "loaders", "import", "conflict_risk",
         str(report_file(tmp_path, levels)), "--user", "e2e-a", "--note", "instance A"],
        cwd=PROJECT_ROOT, env=env_a, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr

    # Instance B, still running, reloaded: the new period's heading, then the new colours.
    after = overview_fills(p, url_b, expect_heading=NEW_PERIOD_LABEL)
    expected = {code: RISK_COLOURS[level].lower() for code, level in levels.items()}
    assert after == expected
    assert all(after[code] != before[code] for code in before)

    # Instance A shows the same, and nothing left the machine.
    assert overview_fills(p, url_a, expect_heading=NEW_PERIOD_LABEL) == expected
    assert page.external_requests() == []
