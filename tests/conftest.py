"""Shared fixtures. Reference data is read in place from ../shared (never copied into the repo);
tests that need it skip with a clear reason when it is absent."""

from __future__ import annotations

import os
import sys
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator
from urllib.parse import quote

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = Path(os.environ.get("DASHBOARD_SHARED_DIR", PROJECT_ROOT.parent / "shared"))

if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))


@contextmanager
def other_process(script: str, default_command: str) -> Iterator:
    """A second Python process (``script`` run with the project root as argv[1], same
    environment, so the same store) that answers one line per command sent on stdin: stands for
    another dashboard instance. Yields ``ask(command=default_command) -> list of words``."""
    import subprocess

    process = subprocess.Popen([sys.executable, "-c", script, str(PROJECT_ROOT)],
                               env=dict(os.environ), stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def ask(command: str = default_command) -> list[str]:
        process.stdin.write(command + "\n")
        process.stdin.flush()
        line = process.stdout.readline()
        assert line, process.stderr.read()
        return line.split()

    try:
        yield ask
    finally:
        process.stdin.close()
        process.wait(timeout=30)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED_DIR / "geodata").is_dir():
        pytest.skip(f"reference data not found at {SHARED_DIR} (../shared beside the project); "
                    "set DASHBOARD_SHARED_DIR to run this test")
    return SHARED_DIR


@pytest.fixture(scope="module")
def kab_file(shared_dir) -> Path:
    """The official kab/kota layer of ../shared (all ten)."""
    return shared_dir / "geodata" / "kaltim_kabupaten_kota.geojson"


@pytest.fixture(scope="module")
def samarinda_file(kab_file, tmp_path_factory) -> Path:
    """A kab/kota layer holding Samarinda alone: nine of the ten missing."""
    import geopandas as gpd

    frame = gpd.read_file(kab_file)
    path = tmp_path_factory.mktemp("samarinda") / "samarinda.geojson"
    frame[frame["kode"] == "64.72"].to_file(path, driver="GeoJSON")
    return path


@pytest.fixture()
def data_dir(tmp_path, monkeypatch) -> Path:
    """A fresh, empty DASHBOARD_DATA_DIR for one test."""
    path = tmp_path / "data"
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(path))
    return path


# -- both store backends ---------------------------------------------------------------------
# PostgreSQL tests need a server: ``eval "$(bash scripts/postgres.sh start)"`` exports
# DASHBOARD_TEST_PG_URL; each test gets an empty schema of its own in that database. Without it
# they skip, unless DASHBOARD_REQUIRE_POSTGRES=1 (CI), where they fail.

PG_URL_ENV = "DASHBOARD_TEST_PG_URL"
REQUIRE_ENV = "DASHBOARD_REQUIRE_POSTGRES"


@dataclass
class Backend:
    name: str
    data_dir: Path
    url: str | None = None  # DASHBOARD_DB_URL for postgres, with this test's search_path
    schema: str | None = None


def _postgres_or_skip() -> str:
    url = os.environ.get(PG_URL_ENV, "").strip()
    reason = None
    if not url:
        reason = (f"{PG_URL_ENV} not set: run eval \"$(bash scripts/postgres.sh start)\" to test "
                  "the PostgreSQL store")
    else:
        try:
            import psycopg  # noqa: F401
        except ImportError:
            reason = "psycopg is not installed (pip install -r requirements.txt)"
    if reason:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{REQUIRE_ENV}=1 but {reason}")
        pytest.skip(reason)
    return url


@contextmanager
def postgres_schema(prefix: str = "test") -> Iterator[tuple[str, str]]:
    """(DASHBOARD_DB_URL, schema name) for an empty schema of its own in the test database,
    dropped afterwards. ``public`` stays on the search path for PostGIS; tables are created in
    the first schema, this one."""
    import psycopg

    from storage import postgres

    base = _postgres_or_skip()
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    options = quote(f"-csearch_path={schema},public", safe="")
    url = f"{base}{'&' if '?' in base else '?'}options={options}"
    try:
        yield url, schema
    finally:
        postgres.close_idle_connections(url)
        with psycopg.connect(base, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgres"])
def store_backend(request, data_dir, monkeypatch):
    """The test runs twice: on a fresh SQLite data dir, and with DASHBOARD_DB_URL pointing at an
    empty PostgreSQL schema of its own."""
    import config

    if request.param == "sqlite":
        monkeypatch.delenv(config.DB_URL.name, raising=False)
        yield Backend("sqlite", data_dir)
        return
    with postgres_schema() as (url, schema):
        monkeypatch.setenv(config.DB_URL.name, url)
        yield Backend("postgres", data_dir, url, schema)
