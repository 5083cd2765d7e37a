"""In a real browser, with DASHBOARD_DB_URL pointing at a port where nothing listens: the overview
says the store cannot be reached and that what it shows is demo data, draws the schematic map, and
shows no traceback or exception text anywhere."""

from __future__ import annotations

import urllib.request

import pytest

from i18n import t
from tests.e2e.conftest import WAIT_MS, map_frame, start_server, stop_server

pytestmark = pytest.mark.e2e

CLOSED_PORT_URL = "postgresql://dasbor:rahasia@127.0.0.1:1/x"
TRACEBACK_WORDS = ("Traceback", "OperationalError", "StoreUnavailableError", "store.error",
                   "store.fault", "psycopg", 'File "', "rahasia")


@pytest.fixture(scope="module")
def unreachable_server(tmp_path_factory):
    process, url = start_server(tmp_path_factory.mktemp("e2e-closed-port"),
                                {"DASHBOARD_DB_URL": CLOSED_PORT_URL})
    yield url
    stop_server(process)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_overview_with_the_database_unreachable_shows_the_notice(page, unreachable_server, lang):
    page.page.goto(f"{unreachable_server}/?lang={lang}", wait_until="domcontentloaded")
    notice = page.page.get_by_text(t("store.fault.unavailable", lang)[:60])
    notice.first.wait_for(state="visible", timeout=WAIT_MS)
    frame = map_frame(page.page)  # the page still draws what it safely can
    assert "DATA CONTOH" in " ".join(frame.locator(".map-notice").all_inner_texts())
    body = page.page.locator("[data-testid='stMain']").first.inner_text()
    assert t("store.fault.shown_demo", lang)[:40] in body
    whole = page.page.locator("body").inner_text()
    for word in TRACEBACK_WORDS:
        assert word not in whole, word
    assert page.page.locator("[data-testid='stException']").count() == 0
    assert page.external_requests() == []


def test_login_page_with_the_database_unreachable_shows_no_traceback(page, unreachable_server):
    page.page.goto(f"{unreachable_server}/masuk", wait_until="domcontentloaded")
    page.page.get_by_text(t("store.fault.page_stopped", "id")[:40]).first.wait_for(
        state="visible", timeout=WAIT_MS)
    whole = page.page.locator("body").inner_text()
    for word in TRACEBACK_WORDS:
        assert word not in whole, word
    assert page.page.locator("[data-testid='stException']").count() == 0


def test_metrics_endpoint_carries_no_data_or_user(unreachable_server):
    """/_stcore/metrics cannot be switched off in Streamlit 1.67 and answers anyone: it must hold
    only counters (no per-user labels: server.unsafeMetricsUserAttributes stays empty), and the
    README says to block it at the proxy."""
    with urllib.request.urlopen(unreachable_server + "/_stcore/metrics", timeout=10) as response:
        text = response.read().decode("utf-8", "replace")
    assert "user_session_events" not in text
    for word in ("rahasia", "postgresql://", "dashboard.sqlite3", "Samarinda"):
        assert word not in text, word
