"""Issue 12 through the web: an editor of one district gets no import on the Batas Wilayah page;
an admin's hostile uploads (a GeoPackage whose layer is an endless recursive view, a GeoJSON with
a linked CRS) are refused with a message while the server stays responsive and asks nothing of
the network; and a server stopped with SIGTERM during a read that never ends exits, taking the
reader with it."""

from __future__ import annotations

import signal
import time
import urllib.request

import pytest

import config
from accounts.users import Accounts
from tests.e2e.conftest import PASSWORD, WAIT_MS, login, start_server, stop_server
from tests.helpers import boundary_readers
from tests.helpers.hostile_boundaries import (
    CountingServer,
    _alive,
    feature_collection,
    geojson_linked_crs,
    gpkg_recursive_view,
    write_json,
)

pytestmark = pytest.mark.e2e
# The server's boundary reader never returns (tests/helpers/boundary_readers.py).
NEVER_RETURNS = ("from loaders import boundaries_sandbox\n"
                 "from tests.helpers import boundary_readers\n"
                 "boundaries_sandbox.reader = boundary_readers.never_returns")


def accounts_in(data_dir):
    accounts = Accounts(data_dir / "dashboard.sqlite3")
    accounts.add_user("adi", PASSWORD, "admin")
    accounts.add_user("dina", PASSWORD, "editor", ["64.72"])


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("e2e-hostile-boundaries")
    accounts_in(data_dir)
    process, url = start_server(data_dir, {config.BOUNDARY_READ_SECONDS.name: "30",
                                           config.BOUNDARY_READ_MB.name: "1024"})
    yield url
    stop_server(process)


def open_boundaries_as(page, url, name):
    login(page, url, name)
    page.get_by_role("link", name="Batas Wilayah").click()
    page.get_by_text("Versi tersimpan", exact=True).wait_for(timeout=WAIT_MS)


def upload(page, path):
    page.locator("input[type=file]").set_input_files(str(path))
    page.get_by_role("button", name="Impor", exact=True).click()


def healthy(url) -> bool:
    with urllib.request.urlopen(url + "/_stcore/health", timeout=5) as response:
        return response.status == 200


def test_editor_of_one_district_gets_no_import(page, server):
    p = page.page
    open_boundaries_as(p, server, "dina")
    p.get_by_text("hanya admin yang dapat").wait_for(timeout=WAIT_MS)
    assert p.locator("input[type=file]").count() == 0
    assert p.get_by_role("button", name="Impor", exact=True).count() == 0


def test_hostile_uploads_are_refused_and_the_server_stays_responsive(page, server, tmp_path,
                                                                     shared_dir):
    p = page.page
    open_boundaries_as(p, server, "adi")
    started = time.monotonic()
    upload(p, gpkg_recursive_view(tmp_path, shared_dir, None))
    p.get_by_text("berisi view").wait_for(timeout=60_000)
    assert time.monotonic() - started < 60
    assert healthy(server)

    counting = CountingServer()
    try:
        upload(p, geojson_linked_crs(tmp_path, shared_dir, counting))
        p.get_by_text("menautkan ke").wait_for(timeout=60_000)
        assert counting.count == 0, counting.paths
    finally:
        counting.close()
    body = p.locator("[data-testid='stMain']").inner_text()
    assert "Traceback" not in body and "Belum ada." in body  # nothing stored, at any level
    assert page.external_requests() == []


def test_sigterm_during_a_read_that_never_ends_stops_the_server(browser, tmp_path_factory,
                                                                tmp_path):
    data_dir = tmp_path_factory.mktemp("e2e-sigterm")
    accounts_in(data_dir)
    pidfile = tmp_path / "reader.pid"
    process, url = start_server(data_dir, {boundary_readers.PIDFILE_ENV: str(pidfile),
                                           config.BOUNDARY_READ_SECONDS.name: "600"},
                                setup=NEVER_RETURNS)
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="id-ID")
    context.set_default_timeout(WAIT_MS)
    try:
        p = context.new_page()
        open_boundaries_as(p, url, "adi")
        upload(p, write_json(tmp_path / "samarinda.geojson", feature_collection()))
        deadline = time.monotonic() + 60
        while not pidfile.exists():
            assert time.monotonic() < deadline, "the reader never started"
            p.wait_for_timeout(100)
        reader = int(pidfile.read_text())
        assert healthy(url)  # the page waits; the server does not
        context.close()  # the browser leaves
        context = None
        process.send_signal(signal.SIGTERM)
        started = time.monotonic()
        process.wait(timeout=30)
        assert time.monotonic() - started < 30
        deadline = time.monotonic() + 10
        while _alive(reader) and time.monotonic() < deadline:
            time.sleep(0.1)  # noqa: TID251 - the browser is closed: polling a process
        assert not _alive(reader), "the reader outlived the server"
    finally:
        if context is not None:
            context.close()
        if process.poll() is None:
            process.kill()
            process.wait()
