"""Every page under each store fault, through Streamlit's AppTest: a translated notice saying which
fault and what to do, never a traceback (not even from Streamlit's own error display); the Data
page refuses uploads with the reason and says when a file changes nothing; PostgreSQL lost
mid-run. The faults are made by tests/helpers/store_faults.py; the store and the command line
under them are tests/unit/test_store_faults.py."""

from __future__ import annotations

import socket
import sqlite3
import threading
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import config
from i18n import t
from storage import backends, datasets
from tests.conftest import postgres_schema
from tests.helpers.store_faults import (  # noqa: F401 (_fresh_store_state: an autouse fixture)
    DEMO_CSV,
    MOUNT,
    _changed_frame,
    _CommitRefusingConnection,
    _fresh_store_state,
    _remount_read_only,
    _tmpfs,
    fault,
)

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted(p.name for p in (ROOT / "pages").glob("*.py"))


# -- every page under every fault ------------------------------------------------------------------

RESTRICTED = {"data.py", "admin.py", "boundaries.py", "field_report.py", "verification.py"}


def run_page(page: str, lang: str = "id", token: str | None = None) -> AppTest:
    """The page as a visitor opens it. A restricted page is offered only to a logged-in user;
    without one (no account store to log in against) the first page is what they get."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.query_params["lang"] = lang
    if token:
        at.session_state["auth_token"] = token
    at.run()
    if page != "overview.py":
        try:
            at.switch_page(f"pages/{page}")
        except ValueError:  # not in the navigation: only restricted pages may be missing
            assert page in RESTRICTED, page
            return at
        at.run()
    return at


def _texts(at: AppTest) -> str:
    return "\n".join([e.value for e in at.error] + [w.value for w in at.warning]
                     + [m.value for m in at.markdown] + [i.value for i in at.info])


@pytest.mark.parametrize("kind", ["unavailable", "damaged", "read_only", "full"])
@pytest.mark.parametrize("page", PAGES)
def test_every_page_shows_the_notice_and_no_traceback(page, kind, tmp_path, monkeypatch):
    # An admin logged in before the fault: on a read-only store the session cannot be renewed (a
    # write), so they are treated as not logged in, and the sidebar says why. (On a full disk the
    # renewal may still fit in the pages SQLite already has, so either outcome is right there.)
    with fault(kind, tmp_path, monkeypatch, with_admin=kind in ("read_only", "full")) as token:
        at = run_page(page, "id", token)
        assert not at.exception, [e.message for e in at.exception]
        errors = [e.value for e in at.error]
        if page in RESTRICTED and not at.sidebar.children:
            # Logged out (the session could not be renewed), a restricted page is a hidden page
            # of the navigation, and AppTest shows only that page's own output: the login it
            # needs and what the fault means for logging in. The notice above it is proved in a
            # browser (tests/e2e/test_store_faults_browser.py, the restricted-page test).
            assert any(t("store.fault.accounts", "id") in e for e in errors), errors
            assert "Traceback" not in _texts(at)
            return
        assert any(t(f"store.fault.{kind}", "id") in e for e in errors), errors
        shown = "store.fault.shown_real" if kind in ("read_only", "full") else \
            "store.fault.shown_demo"
        assert any(t(shown, "id") in e for e in errors), errors
        assert "Traceback" not in _texts(at)
        if kind == "read_only":
            assert t("store.fault.accounts", "id") in [w.value for w in at.sidebar.warning]


@pytest.mark.parametrize("kind", ["read_only", "full"])
def test_data_page_refuses_uploads_with_the_reason(kind, tmp_path, monkeypatch):
    from accounts.access import User
    from ui import auth

    with fault(kind, tmp_path, monkeypatch):
        # The session cannot be renewed on this store (see above); stand in an admin to reach
        # the page and see what it offers.
        monkeypatch.setattr(auth, "current_user", lambda: User("ani", "admin", (), True))
        at = run_page("data.py", "id", token="x")
        assert not at.exception, [e.message for e in at.exception]
        warnings = [w.value for w in at.warning]
        assert t("store.fault.writes_refused", "id", reason=t(f"store.fault.{kind}", "id")) \
            in warnings, warnings
        assert at.dataframe, "the history is still shown (the store is readable)"
        assert not at.button(key="commit") if "commit" in [b.key for b in at.button] else True


@pytest.mark.parametrize("page", ["overview.py", "participation.py", "login.py"])
def test_notice_in_english_too(page, tmp_path, monkeypatch):
    with fault("unavailable", tmp_path, monkeypatch):
        at = run_page(page, "en")
        assert not at.exception, [e.message for e in at.exception]
        assert any(t("store.fault.unavailable", "en") in e.value for e in at.error)


def test_overview_under_a_damaged_store_shows_labelled_demo_data(tmp_path, monkeypatch):
    with fault("damaged", tmp_path, monkeypatch):
        at = run_page("overview.py")
        assert not at.exception
        assert any("DATA CONTOH" in w.value for w in at.warning)
        assert len(at.metric) == 4  # what it safely can: the demo figures, labelled


def test_a_read_only_store_still_shows_the_real_data(tmp_path, monkeypatch):
    if not MOUNT:
        pytest.skip("needs a tmpfs mount to make the committed data read-only for real")
    data_dir = tmp_path / "mnt" / "data"
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(data_dir))
    monkeypatch.delenv(config.DB_URL.name, raising=False)
    with _tmpfs(tmp_path / "mnt"):
        store = backends.open_store()
        store.commit("conflict_risk", _changed_frame(), user="ani", expected_current_version=1)
        backends._initialised.clear()
        _remount_read_only(tmp_path / "mnt")
        loaded = datasets.load("conflict_risk")
        assert not loaded.is_demo and loaded.version == "v2"
        at = run_page("conflict_risk.py")
        assert not at.exception
        errors = [e.value for e in at.error]
        assert any(t("store.fault.read_only", "id") in e and t("store.fault.shown_real", "id") in e
                   for e in errors), errors


# -- PostgreSQL lost mid-run -----------------------------------------------------------------------

class _Proxy:
    """A TCP relay in front of the test PostgreSQL: ``lose()`` drops every connection and stops
    listening, which is what the dashboard sees when the server goes away, without stopping the
    server other tests use."""

    def __init__(self, host: str, port: int):
        self.target = (host, port)
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.port = self.listener.getsockname()[1]
        self.sockets: list[socket.socket] = []
        self.lost = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while not self.lost:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            self.sockets += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(a: socket.socket, b: socket.socket):
        try:
            while data := a.recv(65536):
                b.sendall(data)
        except OSError:
            pass
        finally:
            for s in (a, b):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def lose(self):
        self.lost = True
        try:
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept() (Linux)
        except OSError:
            pass
        self.listener.close()
        for s in self.sockets:
            try:
                s.shutdown(socket.SHUT_RDWR)
                s.close()
            except OSError:
                pass


def test_postgres_lost_mid_run_pages_show_the_notice(tmp_path, monkeypatch):
    from urllib.parse import urlsplit

    from storage import postgres

    with postgres_schema("lost") as (url, _schema):
        parts = urlsplit(url)
        proxy = _Proxy(parts.hostname or "127.0.0.1", parts.port or 5432)
        netloc = parts.netloc.rsplit("@", 1)
        host = f"127.0.0.1:{proxy.port}"
        proxied = parts._replace(netloc=f"{netloc[0]}@{host}" if len(netloc) == 2 else host)
        proxied_url = proxied.geturl()
        monkeypatch.setenv("DASHBOARD_DATA_DIR", str(tmp_path))
        monkeypatch.setenv(config.DB_URL.name, proxied_url)
        try:
            at = run_page("overview.py")
            assert not at.exception, [e.message for e in at.exception]
            assert not at.error  # the store works: no notice
            proxy.lose()
            backends._health_cache.clear()
            for page in ("overview.py", "participation.py", "login.py"):
                at = run_page(page)
                assert not at.exception, [e.message for e in at.exception]
                assert any(t("store.fault.unavailable", "id") in e.value for e in at.error)
        finally:
            proxy.lose()
            postgres.close_idle_connections(proxied_url)


# -- no traceback ever reaches a browser -----------------------------------------------------------

def test_streamlit_config_shows_no_error_details(monkeypatch):
    """The project's .streamlit/config.toml, loaded as Streamlit loads it, makes an uncaught
    exception reach the browser without its type, message or stack trace."""
    import tomllib

    from streamlit import config

    path = ROOT / ".streamlit" / "config.toml"
    assert tomllib.loads(path.read_text())["client"]["showErrorDetails"] == "none"
    config.get_config_options()
    config._update_config_with_toml(path.read_text(), str(path))
    assert config.get_option("client.showErrorDetails") == "none"
    at = AppTest.from_string("raise ValueError('rahasia /srv/data/dashboard.sqlite3')").run()
    (shown,) = at.exception
    assert list(shown.stack_trace) == []
    assert "rahasia" not in shown.message and "ValueError" not in shown.message
    assert not shown.proto.type


# -- the Data page: a full disk at commit, and the same file twice ---------------------------------

def _admin_on_data_page(tmp_path, monkeypatch) -> AppTest:
    from tests.helpers.pages import login_token

    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv(config.DB_URL.name, raising=False)
    at = run_page("data.py", "id", login_token())
    assert not at.exception, [e.message for e in at.exception]
    return at


def _upload_changed(at: AppTest, tmp_path) -> AppTest:
    changed = DEMO_CSV.read_text(encoding="utf-8").replace(",tinggi,", ",sedang,", 1)
    at.file_uploader[0].set_value(("ubah.csv", changed.encode("utf-8"), "text/csv")).run()
    at.checkbox(key="replace").check().run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def test_data_page_commit_on_a_full_disk_is_a_clear_message_and_changes_nothing(
        tmp_path, monkeypatch):
    at = _upload_changed(_admin_on_data_page(tmp_path, monkeypatch), tmp_path)
    path = backends.store_path()
    history = backends.open_store().history("conflict_risk")
    real_connect = sqlite3.connect
    # the disk fills up between the check and the commit (simulated: the commit's own INSERT
    # gets SQLite's "database or disk is full")
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: real_connect(
        *a, **{**k, "factory": _CommitRefusingConnection}))
    at.button(key="commit").click().run()
    assert not at.exception, [e.message for e in at.exception]
    assert t("store.fault.full", "id") in [e.value for e in at.error]
    monkeypatch.setattr(sqlite3, "connect", real_connect)
    assert backends.open_store(path).history("conflict_risk") == history


def test_data_page_says_no_change_for_the_same_file_again(tmp_path, monkeypatch):
    at = _upload_changed(_admin_on_data_page(tmp_path, monkeypatch), tmp_path)
    at.button(key="commit").click().run()
    assert not at.exception, [e.message for e in at.exception]
    assert any("v2" in s.value for s in at.success)
    at.run()  # the same file is still in the uploader: checked again against v2
    assert not at.exception, [e.message for e in at.exception]
    infos = [i.value for i in at.info]
    assert any("Tidak ada perubahan" in i and "v2" in i for i in infos), infos
    assert "commit" not in [b.key for b in at.button]
    assert [i.version for i in backends.open_store().history("conflict_risk")] == [1, 2]
