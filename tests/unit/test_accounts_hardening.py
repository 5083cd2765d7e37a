"""Accounts under attack: the first-admin race, weak passwords, a stranger locking the admin out,
sessions bounded in time, an account store that cannot be opened (issue 12 #7, #8, "also")."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import config
from accounts import passwords
from accounts.errors import AccountError
from accounts.users import Accounts
from i18n import t
from storage import backends

ROOT = Path(__file__).resolve().parents[2]
GOOD = "kata-sandi-yang-panjang"
NOW = dt.datetime(2026, 11, 1, 8, 0, tzinfo=dt.timezone.utc)


@pytest.fixture()
def acc(store_backend) -> Accounts:
    return Accounts()


# -- first admin ------------------------------------------------------------------------------------

def _race(create, n: int) -> tuple[list[str], list[str]]:
    """Start n creators at once (a barrier), return (winners, refusal message ids)."""
    barrier = threading.Barrier(n)
    won, refused, lock = [], [], threading.Lock()

    def run(i: int) -> None:
        barrier.wait()
        try:
            create(f"admin{i}")
        except AccountError as error:
            with lock:
                refused.append(error.message_id)
        else:
            with lock:
                won.append(f"admin{i}")

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return won, refused


def test_first_admin_is_created_once_when_many_submit_at_once(acc):
    # Each thread its own Accounts (its own connections), as separate browser sessions have.
    won, refused = _race(lambda name: Accounts().create_first_admin(name, GOOD), 4)
    assert len(won) == 1, (won, refused)
    assert refused == ["auth.error.first_admin_taken"] * 3
    assert [u.name for u in acc.list_users()] == won
    assert acc.get(won[0]).role == "admin"


def test_first_admin_is_created_once_across_processes(store_backend):
    """Three processes (three dashboard instances) submit the first-admin form at once."""
    script = ("import sys, time\n"
              "from accounts.errors import AccountError\n"
              "from accounts.users import Accounts\n"
              "acc = Accounts()\n"
              "start = float(sys.argv[2])\n"
              "time.sleep(max(0, start - time.time()))\n"
              "try:\n"
              "    acc.create_first_admin(sys.argv[1], 'kata-sandi-yang-panjang')\n"
              "    print('won')\n"
              "except AccountError as e:\n"
              "    print(e.message_id)\n")
    import time
    start = time.time() + 4  # all three have imported and hashed by then
    procs = [subprocess.Popen([sys.executable, "-c", script, f"admin{i}", str(start)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for i in range(3)]
    outputs = [p.communicate(timeout=120) for p in procs]
    said = sorted(out.strip() for out, _ in outputs)
    assert said == ["auth.error.first_admin_taken"] * 2 + ["won"], outputs
    assert len(Accounts().list_users()) == 1


def test_first_admin_refused_once_an_account_exists(acc):
    acc.add_user("ani", GOOD, "viewer")
    with pytest.raises(AccountError) as info:
        acc.create_first_admin("budi", GOOD)
    assert info.value.message_id == "auth.error.first_admin_taken"
    assert acc.get("budi") is None


# -- password strength ------------------------------------------------------------------------------

@pytest.mark.parametrize("password, reason", [
    ("1234567890", "common"),  # a top-100 password, also a sequence
    ("aaaaaaaaaa", "repeat"),
    ("password12", "common"),
    ("qwertyuiop", "common"),
    ("abcdefghijkl", "sequence"),
    ("samarinda123", "common"),  # a district's name and a sequence
    ("kesbangpol2024", "common"),
    ("zxcvbnm,./", "keyboard"),
])
def test_weak_passwords_are_refused_with_the_reason(acc, password, reason):
    with pytest.raises(AccountError) as info:
        acc.add_user("budi", password, "viewer")
    assert info.value.message_id == f"auth.error.weak_password.{reason}"
    assert "mudah ditebak" in info.value.message("id") and "easy to guess" in info.value.message("en")
    assert not acc.has_users()


def test_weak_password_refused_for_the_first_admin_and_password_change(acc):
    with pytest.raises(AccountError):
        acc.create_first_admin("ani", "1234567890")
    acc.add_user("ani", GOOD, "admin")
    with pytest.raises(AccountError) as info:
        acc.set_password("ani", "qwertyuiop", by="ani")
    assert info.value.message_id.startswith("auth.error.weak_password")


@pytest.mark.parametrize("password", [GOOD, "kaltim-pemilu-aman-2024", "Kopi tubruk di Tenggarong"])
def test_strong_passwords_pass(password):
    passwords.check_password_strength(password, "ani")


def test_cli_refuses_a_weak_password_with_the_reason(store_backend):
    run = subprocess.run([sys.executable, "-m", "loaders", "add-user", "dina", "--role", "editor",
                          "--password-stdin"], input="password12\n", text=True,
                         capture_output=True, cwd=ROOT)
    assert run.returncode != 0 and "mudah ditebak" in run.stderr
    assert "Traceback" not in run.stderr
    assert Accounts().get("dina") is None


# -- throttling -------------------------------------------------------------------------------------

def test_a_stranger_cannot_lock_the_admin_out(acc):
    acc.add_user("ani", GOOD, "admin")
    for _ in range(config.MAX_FAILED_LOGINS.get() + 3):
        with pytest.raises(AccountError):
            acc.login("ani", "salah-salah-salah", now=NOW, client="10.9.9.9")
    with pytest.raises(AccountError) as info:  # the stranger is stopped, even with the password
        acc.login("ani", GOOD, now=NOW, client="10.9.9.9")
    assert info.value.message_id == "auth.error.locked"
    token = acc.login("ani", GOOD, now=NOW, client="127.0.0.1")  # the admin at her desk is not
    assert acc.session_user(token, now=NOW).name == "ani"


def test_many_clients_together_still_lock_the_account(acc, monkeypatch):
    monkeypatch.setenv(config.MAX_FAILED_LOGINS_ACCOUNT.name, "8")
    acc.add_user("ani", GOOD, "admin")
    for i in range(8):
        with pytest.raises(AccountError) as info:
            acc.login("ani", "salah-salah-salah", now=NOW, client=f"10.0.0.{i}")
        assert info.value.message_id == "auth.error.invalid"
    with pytest.raises(AccountError) as info:
        acc.login("ani", GOOD, now=NOW, client="127.0.0.1")
    assert info.value.message_id == "auth.error.locked"
    later = NOW + dt.timedelta(minutes=config.LOCKOUT_MINUTES.get() + 1)
    assert acc.login("ani", GOOD, now=later, client="127.0.0.1")


def test_one_client_guessing_many_names_is_stopped(acc, monkeypatch):
    monkeypatch.setenv(config.MAX_FAILED_LOGINS_CLIENT.name, "6")
    acc.add_user("ani", GOOD, "admin")
    for i in range(6):
        with pytest.raises(AccountError):
            acc.login(f"nama{i}", "salah-salah-salah", now=NOW, client="10.9.9.9")
    with pytest.raises(AccountError) as info:
        acc.login("ani", GOOD, now=NOW, client="10.9.9.9")
    assert info.value.message_id == "auth.error.locked"
    assert acc.login("ani", GOOD, now=NOW, client="10.1.1.1")


def test_failed_logins_are_audited_with_the_client(acc):
    acc.add_user("ani", GOOD, "admin")
    with pytest.raises(AccountError):
        acc.login("ani", "salah-salah-salah", client="10.9.9.9")
    entry = backends.open_store().read_audit()[0]
    assert (entry.user, entry.action) == ("ani", "login_failed")
    assert "10.9.9.9" in str(entry.detail)


# -- sessions ---------------------------------------------------------------------------------------

def test_an_active_session_still_ends_after_the_maximum_lifetime(acc):
    acc.add_user("ani", GOOD, "viewer")
    token = acc.login("ani", GOOD, now=NOW)
    moment = NOW
    while moment < NOW + dt.timedelta(hours=config.SESSION_MAX_HOURS.get() - 1):
        moment += dt.timedelta(minutes=config.SESSION_MINUTES.get() - 5)  # kept busy
        assert acc.session_user(token, now=moment) is not None
    moment = NOW + dt.timedelta(hours=config.SESSION_MAX_HOURS.get(), minutes=1)
    assert acc.session_user(token, now=moment) is None


def test_absurd_tokens_are_no_sessions(acc):
    for token in (None, "", 42, "x" * 10_000):
        assert acc.session_user(token) is None
        acc.logout(token)  # nothing to end, no error


# -- an account store that cannot be opened ---------------------------------------------------------

def test_a_damaged_store_file_is_a_clear_error_not_a_traceback(data_dir):
    from storage.postgres import StoreUnavailableError

    data_dir.mkdir(parents=True)
    backends.store_path().write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreUnavailableError) as info:
        Accounts().has_users()
    # The store's own classification, as for the datasets: which condition and what to do.
    assert info.value.condition == "damaged"
    assert info.value.message("id") == t("store.fault.damaged", "id")
    assert info.value.message("en") == t("store.fault.damaged", "en")


def test_an_unreachable_database_is_a_clear_error(monkeypatch, data_dir):
    from storage.postgres import StoreUnavailableError

    monkeypatch.setenv("DASHBOARD_DB_URL", "postgresql://nobody@127.0.0.1:9/none?connect_timeout=2")
    with pytest.raises(StoreUnavailableError):
        Accounts().has_users()
