"""A store that cannot be used: unreachable (a closed port, PostgreSQL lost mid-run), read-only,
full, damaged (garbage over the SQLite file). The faults are classified in one place
(``storage.faults.classify``); every page shows a translated notice saying which and what to do,
and never a traceback; writes are refused with the reason and leave the store unchanged; a damaged
file is never replaced or seeded over.

Full and read-only disks are real where the test runs as root and may mount: a 2 MB tmpfs filled
up, and the same tmpfs remounted read-only (``chmod`` does not stop root). Where mounting is not
possible the tests say so and simulate the fault instead: ``sqlite3.connect`` gives a connection
that raises the exact ``sqlite3.OperationalError`` SQLite raises ("database or disk is full",
"attempt to write a readonly database")."""

from __future__ import annotations

import errno
import hashlib
import os
import socket
import sqlite3
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

import config
from i18n import t
from storage import backends, base, datasets, defaults, faults
from tests.conftest import postgres_schema

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted(p.name for p in (ROOT / "pages").glob("*.py"))
CLOSED_PORT_URL = "postgresql://dasbor:rahasia@127.0.0.1:1/x"
DEMO_CSV = ROOT / "geodata" / "demo" / "conflict_risk.csv"
PASSWORD = "kata-sandi-yang-panjang"


@pytest.fixture(autouse=True)
def _fresh_store_state():
    """Each test finds the store as a new process would: no health answer or initialisation
    kept from another test."""
    backends._health_cache.clear()
    backends._initialised.clear()
    yield
    backends._health_cache.clear()
    backends._initialised.clear()


# -- ways to produce the faults -------------------------------------------------------------------

def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _write_garbage(data_dir: Path) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / backends.DB_FILE
    path.write_bytes(os.urandom(64 * 1024))
    return path


def _can_mount() -> bool:
    if os.geteuid() != 0:
        return False
    probe = Path(f"/tmp/store-faults-probe-{os.getpid()}")
    probe.mkdir(exist_ok=True)
    try:
        ok = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)],
                            capture_output=True).returncode == 0
        if ok:
            subprocess.run(["umount", str(probe)], check=True)
        return ok
    except OSError:
        return False
    finally:
        probe.rmdir()


# DASHBOARD_TEST_NO_MOUNT=1 runs the simulated faults even where mounting works (to test them).
MOUNT = not os.environ.get("DASHBOARD_TEST_NO_MOUNT") and _can_mount()


class _RefusingConnection(sqlite3.Connection):
    """Raises what SQLite raises on a full disk (or a read-only one) on the first write, as a
    stand-in where no tmpfs can be mounted."""

    refusal = "database or disk is full"

    def execute(self, sql, *args):
        if sql.split()[0].upper() in ("INSERT", "UPDATE", "DELETE", "CREATE", "COMMIT"):
            raise sqlite3.OperationalError(self.refusal)
        return super().execute(sql, *args)

    def executescript(self, script):
        raise sqlite3.OperationalError(self.refusal)


class _CommitRefusingConnection(sqlite3.Connection):
    """Refuses only a version's rows, as a disk that fills up during a commit does (the session
    renewal before it still fitting)."""

    def execute(self, sql, *args):
        if "INTO contents" in sql or "INTO versions" in sql:
            raise sqlite3.OperationalError("database or disk is full")
        return super().execute(sql, *args)


class _ReadOnlyConnection(_RefusingConnection):
    refusal = "attempt to write a readonly database"


@contextmanager
def _tmpfs(path: Path, size: str = "2m"):
    path.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], check=True)
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


@contextmanager
def fault(kind: str, tmp_path: Path, monkeypatch, *, with_admin: bool = False):
    """The store in ``kind`` condition for the block; yields an admin's session token made
    before the fault (or None). The data dir is DASHBOARD_DATA_DIR."""
    monkeypatch.delenv(config.DB_URL.name, raising=False)
    if kind == "unavailable":
        monkeypatch.setenv("DASHBOARD_DATA_DIR", str(tmp_path / "data"))
        monkeypatch.setenv(config.DB_URL.name, CLOSED_PORT_URL)
        yield None
        return
    if kind == "damaged":
        monkeypatch.setenv("DASHBOARD_DATA_DIR", str(tmp_path / "data"))
        _write_garbage(tmp_path / "data")
        yield None
        return
    mount_dir = tmp_path / "mnt"
    data_dir = mount_dir / "data"
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(data_dir))

    def prepare() -> str | None:
        backends.open_store()
        token = None
        if with_admin:
            from accounts.users import Accounts

            accounts = Accounts()
            accounts.add_user("ani", PASSWORD, "admin")
            token = accounts.login("ani", PASSWORD)
        backends._initialised.clear()
        return token

    if not MOUNT:  # simulated: see the module docstring
        data_dir.mkdir(parents=True)
        token = prepare()
        factory = _RefusingConnection if kind == "full" else _ReadOnlyConnection
        real_connect = sqlite3.connect
        monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: real_connect(
            *a, **{**k, "factory": factory}))
        monkeypatch.setattr(faults, "_directory_condition", lambda location: kind)
        yield token
        return
    with _tmpfs(mount_dir):
        token = prepare()
        import gc

        gc.collect()  # close the connections left to the collector: SQLite then checkpoints and
        # removes its -wal file, which would free space after the disk was filled
        if kind == "full":
            _fill(mount_dir / "filler")
        else:
            _remount_read_only(mount_dir)
        yield token


def _fill(path: Path) -> None:
    """Write ``path`` until the disk is full (unbuffered: nothing left to flush on close)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 4096, 512, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError as error:
                assert error.errno == errno.ENOSPC
    finally:
        os.close(fd)


def _remount_read_only(mount_dir: Path) -> None:
    import gc

    gc.collect()  # sqlite3 connections left to the garbage collector keep files open for writing
    subprocess.run(["mount", "-o", "remount,ro", str(mount_dir)], check=True)


# -- classification -------------------------------------------------------------------------------

def test_garbage_over_the_file_is_classified_damaged(tmp_path):
    path = _write_garbage(tmp_path)
    with pytest.raises(sqlite3.DatabaseError) as raised:
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    fault_ = faults.classify(raised.value, path)
    assert isinstance(fault_, faults.StoreDamagedError)
    assert fault_.condition == "damaged" and not fault_.readable
    assert "dashboard.sqlite3" in t("store.fault.damaged", "id")


@pytest.mark.parametrize("error, condition", [
    (sqlite3.OperationalError("database or disk is full"), "full"),
    (sqlite3.OperationalError("attempt to write a readonly database"), "read_only"),
    (sqlite3.OperationalError("database is locked"), "busy"),
    (sqlite3.DatabaseError("file is not a database"), "damaged"),
    (sqlite3.DatabaseError("database disk image is malformed"), "damaged"),
    (OSError(errno.EROFS, "Read-only file system"), "read_only"),
    (OSError(errno.ENOSPC, "No space left on device"), "full"),
    (OSError(errno.ENOENT, "No such file"), "unavailable"),
])
def test_backend_errors_map_to_one_condition_each(error, condition, tmp_path):
    fault_ = faults.classify(error, tmp_path / "dashboard.sqlite3")
    assert fault_ is not None and fault_.condition == condition
    assert fault_.message("id") != fault_.message("en")
    assert fault_.message("id").strip() and "store.fault" not in fault_.message("en")


@pytest.mark.parametrize("name, condition", [
    ("DiskFull", "full"), ("ReadOnlySqlTransaction", "read_only"),
    ("DataCorrupted", "damaged"), ("LockNotAvailable", "busy"),
    ("AdminShutdown", "unavailable"), ("UniqueViolation", None),
])
def test_postgres_errors_map_to_one_condition_each(name, condition):
    from psycopg import errors as pg_errors

    fault_ = faults.classify(getattr(pg_errors, name)("x"), "postgresql://h/db")
    assert (fault_.condition if fault_ else None) == condition


def test_unable_to_open_in_a_folder_that_cannot_be_written_is_read_only(tmp_path, monkeypatch):
    # "unable to open database file" says nothing by itself: the folder tells which fault it is.
    error = sqlite3.OperationalError("unable to open database file")
    assert faults.classify(error, tmp_path / "x.sqlite3").condition == "unavailable"
    monkeypatch.setattr(os, "access", lambda *a, **k: False)
    assert faults.classify(error, tmp_path / "x.sqlite3").condition == "read_only"


@pytest.mark.parametrize("error", [
    sqlite3.IntegrityError("UNIQUE constraint failed"), ValueError("bad cell"),
    KeyError("x"), base.ConcurrentCommitError(dataset="x", expected="v1", current="v2"),
])
def test_errors_that_are_not_store_faults_are_left_alone(error):
    assert faults.classify(error) is None


def test_closed_port_is_unreachable_and_the_password_is_not_shown():
    import psycopg

    with pytest.raises(psycopg.OperationalError) as raised:
        psycopg.connect(CLOSED_PORT_URL, connect_timeout=5)
    fault_ = faults.classify(raised.value, faults.redact(CLOSED_PORT_URL))
    assert isinstance(fault_, faults.StoreUnreachableError)
    assert "rahasia" not in fault_.where and "127.0.0.1:1" in fault_.where
    assert "rahasia" not in fault_.details("en")


def test_health_names_the_condition(tmp_path, monkeypatch):
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(tmp_path / "ok"))
    monkeypatch.delenv(config.DB_URL.name, raising=False)
    assert backends.store_health() is None
    monkeypatch.setenv(config.DB_URL.name, CLOSED_PORT_URL)
    assert backends.store_health().condition == "unavailable"
    monkeypatch.delenv(config.DB_URL.name)
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(tmp_path / "bad"))
    _write_garbage(tmp_path / "bad")
    assert backends.store_health().condition == "damaged"


# -- the store under each fault --------------------------------------------------------------------

def test_damaged_file_is_never_replaced_or_seeded_over(tmp_path, monkeypatch):
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(tmp_path))
    monkeypatch.delenv(config.DB_URL.name, raising=False)
    path = _write_garbage(tmp_path)
    before = _sha(path)
    with pytest.raises(faults.StoreDamagedError):
        backends.open_store()
    loaded = datasets.load("conflict_risk")
    assert loaded.is_demo  # shown as DATA CONTOH, with the page notice saying why
    assert backends.store_health(fresh=True).condition == "damaged"
    assert _sha(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [backends.DB_FILE]


def _changed_frame() -> pd.DataFrame:
    frame = defaults.load_demo("conflict_risk").frame.copy()
    frame.loc[0, "skor"] = 1 if frame.loc[0, "skor"] != 1 else 2
    return frame


@pytest.mark.parametrize("kind, error", [("full", faults.StoreFullError),
                                         ("read_only", faults.StoreReadOnlyError)])
def test_a_commit_on_a_full_or_read_only_disk_is_refused_and_changes_nothing(
        kind, error, tmp_path, monkeypatch):
    with fault(kind, tmp_path, monkeypatch):
        path = backends.store_path()
        before = _sha(path)
        store = backends.open_store()  # readable: the last stored data
        history = store.history("conflict_risk")
        assert len(history) == 1
        with pytest.raises(error) as raised:
            store.commit("conflict_risk", _changed_frame(), user="ani",
                         expected_current_version=history[-1].version)
        assert raised.value.message("id") == t(f"store.fault.{kind}", "id")
        assert store.history("conflict_risk") == history
        assert _sha(path) == before
        health = backends.store_health(fresh=True)
        assert health.condition == kind and health.readable
        assert not datasets.load("conflict_risk").is_demo or history[-1].is_demo


def test_a_commit_that_sqlite_refuses_as_full_leaves_the_store_unchanged(tmp_path, monkeypatch):
    # The exact error of the attack run ("database or disk is full"), raised inside the commit's
    # transaction (simulated: a real full tmpfs is the test above).
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(tmp_path))
    monkeypatch.delenv(config.DB_URL.name, raising=False)
    store = backends.open_store()
    current = store.current_version("conflict_risk")
    real_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: real_connect(
        *a, **{**k, "factory": _RefusingConnection}))
    with pytest.raises(faults.StoreFullError):
        store.commit("conflict_risk", _changed_frame(), user="ani",
                     expected_current_version=current)
    monkeypatch.setattr(sqlite3, "connect", real_connect)
    assert store.current_version("conflict_risk") == current


def test_an_identical_commit_stores_no_empty_version(tmp_path, monkeypatch):
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(tmp_path))
    monkeypatch.delenv(config.DB_URL.name, raising=False)
    store = backends.open_store()
    frame = _changed_frame()
    info = store.commit("conflict_risk", frame, user="ani", expected_current_version=1)
    audit_before = len(store.read_audit())
    with pytest.raises(base.NoChangeError) as raised:
        store.commit("conflict_risk", frame, user="ani", expected_current_version=info.version)
    assert "Tidak ada perubahan" in raised.value.message("id")
    assert [i.version for i in store.history("conflict_risk")] == [1, 2]
    assert len(store.read_audit()) == audit_before
    # Demo rows committed as real data are a change (the DATA CONTOH flag goes).
    demo = defaults.load_demo("conflict_risk").frame
    assert store.commit("conflict_risk", demo, user="ani",
                        expected_current_version=2).version == 3


# -- the command line ------------------------------------------------------------------------------

def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "loaders", *args], cwd=ROOT, text=True,
                          capture_output=True, env={**os.environ, **env}, timeout=120)


@pytest.mark.parametrize("command", [["history", "conflict_risk"], ["users"],
                                     ["import", "conflict_risk", str(DEMO_CSV)]])
def test_cli_with_postgres_unreachable_says_so_and_exits_non_zero(command, tmp_path):
    result = _cli(*command, "--lang", "en", env={"DASHBOARD_DATA_DIR": str(tmp_path),
                                                 config.DB_URL.name: CLOSED_PORT_URL})
    out = result.stdout + result.stderr
    assert result.returncode == 4, out
    assert t("store.fault.unavailable", "en") in out
    assert "Traceback" not in out and "store.error" not in out and "store.fault" not in out
    assert "rahasia" not in out  # the URL's password
    assert "DASHBOARD_DB_URL" in out


def test_cli_on_a_damaged_store_says_damaged(tmp_path):
    path = _write_garbage(tmp_path)
    before = _sha(path)
    for command in (["history", "conflict_risk"], ["users"]):
        result = _cli(*command, env={"DASHBOARD_DATA_DIR": str(tmp_path)})
        out = result.stdout + result.stderr
        assert result.returncode == 4, out
        assert t("store.fault.damaged", "id") in out and "Traceback" not in out
    assert _sha(path) == before


def test_cli_import_on_a_full_disk_is_a_clear_message_and_the_store_is_unchanged(
        tmp_path, monkeypatch):
    if not MOUNT:
        pytest.skip("needs a tmpfs mount (root); the commit itself is covered by "
                    "test_a_commit_that_sqlite_refuses_as_full_leaves_the_store_unchanged")
    changed = tmp_path / "changed.csv"
    changed.write_text(DEMO_CSV.read_text(encoding="utf-8").replace(",tinggi,", ",sedang,", 1),
                       encoding="utf-8")
    with fault("full", tmp_path, monkeypatch):
        path = backends.store_path()
        before = _sha(path)
        result = _cli("import", "conflict_risk", str(changed), "--user", "ani",
                      env={"DASHBOARD_DATA_DIR": str(path.parent)})
        out = result.stdout + result.stderr
        assert result.returncode == 4, out
        assert t("store.fault.full", "id") in out and "Traceback" not in out
        assert _sha(path) == before


def test_cli_reimporting_the_same_file_says_no_change_and_stores_nothing(tmp_path):
    changed = tmp_path / "changed.csv"
    changed.write_text(DEMO_CSV.read_text(encoding="utf-8").replace(",tinggi,", ",sedang,", 1),
                       encoding="utf-8")
    env = {"DASHBOARD_DATA_DIR": str(tmp_path / "data")}
    first = _cli("import", "conflict_risk", str(changed), "--replace", "--user", "ani", env=env)
    assert first.returncode == 0, first.stdout + first.stderr
    again = _cli("import", "conflict_risk", str(changed), "--replace", "--user", "ani", env=env)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "Tidak ada perubahan" in again.stdout
    history = _cli("history", "conflict_risk", env=env).stdout
    assert "v2" in history and "v3" not in history


# -- every page under every fault ------------------------------------------------------------------

RESTRICTED = {"data.py", "admin.py", "boundaries.py"}


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
    from tests.app.test_pages import login_token

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
