"""Accounts, roles, sessions, lockout and the audit of each."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import config
from accounts import access
from accounts.errors import AccountError
from accounts.users import Accounts
from storage import backends

ROOT = Path(__file__).resolve().parents[2]
GOOD = "kata-sandi-yang-panjang"


@pytest.fixture()
def acc(store_backend) -> Accounts:
    """Accounts on each backend: the SQLite store file, and PostgreSQL (DASHBOARD_DB_URL)."""
    return Accounts()


def stored_hash(acc: Accounts, name: str) -> str:
    with acc._connect() as conn:
        return conn.execute("SELECT password_hash FROM users WHERE name=?", (name,)).fetchone()[0]


def actions(path=None) -> list[tuple[str, str]]:
    return [(e.user, e.action) for e in backends.open_store(path).read_audit()]


def test_no_accounts_and_no_default_password(acc):
    assert not acc.has_users()
    for name, password in (("admin", "admin"), ("admin", ""), ("admin", "password123")):
        with pytest.raises(AccountError):
            acc.login(name, password)


def test_password_is_hashed_with_argon2(acc):
    acc.add_user("ani", GOOD, "admin")
    stored = stored_hash(acc, "ani")
    assert stored.startswith("$argon2id$") and GOOD not in stored


def test_a_second_user_of_the_same_name_is_refused(acc):
    acc.add_user("ani", GOOD, "admin")
    with pytest.raises(AccountError) as info:
        acc.add_user("Ani", GOOD + "-2", "viewer")
    assert info.value.message_id == "auth.error.exists"
    assert acc.get("ani").role == "admin" and stored_hash(acc, "ani")  # the first one is intact


def test_instances_share_users_sessions_and_lockouts(acc):
    """Two dashboard instances (two Accounts on the same database) know the same users: a
    session opened through one is valid in the other, a lockout counts failures from both, and a
    deactivation in one ends the session everywhere."""
    other = Accounts()
    acc.add_user("ani", GOOD, "editor")
    token = other.login("ani", GOOD)
    assert acc.session_user(token).name == "ani"
    now = dt.datetime.now(dt.timezone.utc)
    for i in range(config.MAX_FAILED_LOGINS.get()):
        with pytest.raises(AccountError):
            (acc if i % 2 else other).login("ani", "salah-salah-salah", now=now)
    with pytest.raises(AccountError) as info:
        acc.login("ani", GOOD, now=now)
    assert info.value.message_id == "auth.error.locked"
    other.set_active("ani", False, by="admin")
    assert acc.session_user(token) is None


@pytest.mark.parametrize("name, password, role, message_id", [
    ("ab", GOOD, "viewer", "auth.error.bad_name"),
    ("<script>", GOOD, "viewer", "auth.error.bad_name"),
    ("robert'); DROP TABLE users;--", GOOD, "viewer", "auth.error.bad_name"),
    ("budi", "pendek", "viewer", "auth.error.short_password"),
    ("budi", "budi-1234567890", "viewer", "auth.error.password_has_name"),
    ("budi", GOOD, "superuser", "auth.error.bad_role"),
])
def test_bad_account_input_is_refused_with_a_message(acc, name, password, role, message_id):
    with pytest.raises(AccountError) as info:
        acc.add_user(name, password, role)
    assert info.value.message_id == message_id
    assert info.value.message("id") and info.value.message("en")
    assert not acc.has_users()


def test_login_session_and_role_come_from_the_server(acc):
    acc.add_user("ani", GOOD, "editor", ["Kukar"])
    token = acc.login("ani", GOOD)
    user = acc.session_user(token)
    assert user.role == "editor" and user.districts == ("64.02",)
    assert user.may_edit_district("64.02") and not user.may_edit_district("64.72")
    assert acc.session_user("forged-token") is None
    acc.set_role("ani", "viewer", by="admin")
    assert acc.session_user(token).role == "viewer"  # a role change applies at once
    with acc._connect() as conn:  # the database keeps a hash: a stolen dump opens no session
        stored = [r[0] for r in conn.execute("SELECT token FROM sessions").fetchall()]
    assert stored and token not in stored and acc.session_user(stored[0]) is None
    acc.logout(token)
    assert acc.session_user(token) is None


def test_session_expires(acc):
    acc.add_user("ani", GOOD, "viewer")
    start = dt.datetime(2026, 11, 1, 8, 0, tzinfo=dt.timezone.utc)
    token = acc.login("ani", GOOD, now=start)
    assert acc.session_user(token, now=start + dt.timedelta(minutes=30)) is not None
    later = start + dt.timedelta(minutes=30 + config.SESSION_MINUTES.get() + 1)
    assert acc.session_user(token, now=later) is None


def test_lockout_after_repeated_failures(acc):
    acc.add_user("ani", GOOD, "viewer")
    now = dt.datetime(2026, 11, 1, 8, 0, tzinfo=dt.timezone.utc)
    for _ in range(config.MAX_FAILED_LOGINS.get()):
        with pytest.raises(AccountError) as info:
            acc.login("ani", "salah-salah-salah", now=now)
        assert info.value.message_id == "auth.error.invalid"
    with pytest.raises(AccountError) as info:
        acc.login("ani", GOOD, now=now)  # even the right password
    assert info.value.message_id == "auth.error.locked"
    after = now + dt.timedelta(minutes=config.LOCKOUT_MINUTES.get() + 1)
    assert acc.session_user(acc.login("ani", GOOD, now=after), now=after).name == "ani"


def test_deactivated_user_loses_sessions(acc):
    acc.add_user("ani", GOOD, "viewer")
    token = acc.login("ani", GOOD)
    acc.set_active("ani", False, by="admin")
    assert acc.session_user(token) is None
    with pytest.raises(AccountError):
        acc.login("ani", GOOD)


def test_every_login_and_user_change_is_audited(acc):
    acc.add_user("ani", GOOD, "admin", by="cli")
    with pytest.raises(AccountError):
        acc.login("ani", "salah-salah-salah")
    token = acc.login("ani", GOOD)
    acc.set_role("ani", "editor", by="ani")
    acc.logout(token)
    assert actions() [:5][::-1] == [("cli", "user_add"), ("ani", "login_failed"), ("ani", "login"),
                                    ("ani", "user_change"), ("ani", "logout")]


def test_dataset_visibility_rules():
    viewer = access.User("v", "viewer")
    public = {"participation", "outreach"}
    see = access.can_view_dataset
    assert see(None, "participation", is_demo=False, users_exist=True, public=public)
    assert not see(None, "conflict_risk", is_demo=False, users_exist=True, public=public)
    assert not see(None, "conflict_risk", is_demo=False, users_exist=False, public=public)
    assert see(None, "conflict_risk", is_demo=True, users_exist=False, public=public)
    assert not see(None, "conflict_risk", is_demo=True, users_exist=True, public=public)
    assert see(viewer, "conflict_risk", is_demo=False, users_exist=True, public=public)


def test_internal_notes_hidden_from_viewers_and_the_public():
    frame = pd.DataFrame({"kab_kota": ["64.02"], "catatan": ["rahasia"], "skor": [50]})
    viewer, editor = access.User("v", "viewer"), access.User("e", "editor")
    strip = access.strip_internal_columns
    assert strip(frame, "conflict_risk", viewer, is_demo=False, users_exist=True)["catatan"][0] == ""
    assert strip(frame, "conflict_risk", None, is_demo=False, users_exist=True)["catatan"][0] == ""
    assert strip(frame, "conflict_risk", editor, is_demo=False, users_exist=True)["catatan"][0] \
        == "rahasia"


def test_public_datasets_default_from_schema_and_admin_setting(acc):
    # the ikp dataset (Bawaslu publishes its IKP) is public by its schema too
    assert acc.public_datasets() == {"participation", "outreach", "ikp"}
    acc.set_public_datasets(["participation", "no_such_dataset"], by="admin")
    assert acc.public_datasets() == {"participation"}
    assert ("admin", "settings_change") in actions()


def test_cli_add_user_reads_password_from_stdin(store_backend):
    run = subprocess.run([sys.executable, "-m", "loaders", "add-user", "dina", "--role", "editor",
                          "--districts", "64.72,Balikpapan", "--password-stdin"],
                         input=GOOD + "\n", text=True, capture_output=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    user = Accounts().get("dina")
    assert user.role == "editor" and user.districts == ("64.71", "64.72")
    refused = subprocess.run([sys.executable, "-m", "loaders", "add-user", "dina2", "--role",
                              "viewer", "--password-stdin"], input="short\n", text=True,
                             capture_output=True, cwd=ROOT)
    assert refused.returncode != 0 and "minimal" in refused.stderr
    assert "Traceback" not in refused.stderr
