"""Local accounts, roles, server-side sessions and login throttling.

Passwords are hashed with Argon2id (``argon2-cffi``). There is no default password: the first admin
is created on the command line (``python -m loaders add-user NAME --role admin``) or by the
first-run form. A login creates a random session token kept server-side; the browser session holds
only that token, so editing Streamlit's session state cannot grant a role: every rerun looks the
token up and re-reads the user's current role. The table keeps only the token's SHA-256, so a
copy of the database (a backup, a dump) cannot be used to take over a live session.

Tables live beside the versions and the audit log: in the store's SQLite file, or, when
DASHBOARD_DB_URL names a PostgreSQL database, in that database (migration step 0002), so that every
instance behind a reverse proxy knows the same users, sessions and lockouts. Every login (also
failed), logout and user change is written to the store's append-only audit log.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
import sqlite3
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

import config
from accounts.access import DISTRICT_ROLES, ROLES, User, normalise_districts
from accounts.errors import AccountError
from accounts.passwords import check_password_strength
from domain.schema import DATASETS
from storage.cache import cached

_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")

_hasher = PasswordHasher()  # Argon2id with the library's current recommended parameters
# A real hash to verify against when the user does not exist, so that a wrong name and a wrong
# password take the same time and an attacker cannot tell which names exist.
_DUMMY_HASH = _hasher.hash("not-a-real-password-" + secrets.token_hex(8))

_SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    name TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin', 'pelapor')),
    districts TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS login_failures (
    name TEXT NOT NULL,
    at TEXT NOT NULL,
    client TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS sessions (
    token TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_seen TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""








def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _token_key(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")


@contextmanager
def _store_errors() -> Iterator[None]:
    """Database failures (file unreadable or not a database, disk full, read-only, server gone)
    become the store's StoreFaultError with a message users can act on, never a raw
    sqlite3/psycopg traceback on a page."""
    from storage.base import StoreError

    try:
        yield
    except (AccountError, StoreError):
        raise
    except (sqlite3.Error, OSError) as error:
        raise _unavailable(error) from error
    except Exception as error:
        if type(error).__module__.startswith("psycopg"):
            raise _unavailable(error) from error
        raise


def _unavailable(error: BaseException) -> Exception:
    """The store's own classification (unreachable, read-only, full, damaged: which one, and
    what to do), as for the datasets; a failure it cannot place counts as unreachable."""
    from storage import backends, faults

    location = backends.store_location()
    return faults.classify(error, location) or faults.StoreUnreachableError(
        faults.redact(location), str(error).splitlines()[0][:200] if str(error) else
        type(error).__name__)


def _allow_every_role(conn: sqlite3.Connection) -> None:
    """A store file from before the pelapor role has a CHECK naming three roles; SQLite cannot
    alter a CHECK, so the users table is rebuilt with the current one (same rows), in one
    transaction. A file already current is only read."""
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE type='table' AND name='users'"
                       ).fetchone()[0]
    if all(f"'{role}'" in sql for role in ROLES):
        return
    create = _SCHEMA.split(";")[0].replace("CREATE TABLE IF NOT EXISTS users",
                                            "CREATE TABLE users_new")
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(create)
        conn.execute("INSERT INTO users_new (name, password_hash, role, districts, active, "
                     "created_at) SELECT name, password_hash, role, districts, active, "
                     "created_at FROM users")
        conn.execute("DROP TABLE users")
        conn.execute("ALTER TABLE users_new RENAME TO users")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


class _SQLiteTables:
    """The account tables in the store's SQLite file. Autocommit: each statement is its own
    transaction, as on PostgreSQL below."""

    duplicate_errors: tuple[type[Exception], ...] = (sqlite3.IntegrityError,)

    def __init__(self, path: Path):
        self.path = path
        with _store_errors():
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with closing(self._connect()) as conn:
                conn.executescript(_SCHEMA)
                columns = {r[1] for r in conn.execute("PRAGMA table_info(login_failures)")}
                if "client" not in columns:  # a store file from before per-client throttling
                    conn.execute("ALTER TABLE login_failures ADD COLUMN client TEXT NOT NULL "
                                 "DEFAULT ''")
                _allow_every_role(conn)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        return conn

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        with _store_errors(), closing(self._connect()) as conn:
            yield conn

    @contextmanager
    def exclusive(self) -> Iterator[sqlite3.Connection]:
        """One transaction holding the file's write lock from its start (BEGIN IMMEDIATE): what
        it reads cannot change before it commits."""
        with _store_errors(), closing(self._connect()) as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    @staticmethod
    def stamp(moment: dt.datetime) -> str:
        return _iso(moment)

    @staticmethod
    def moment(value: str) -> dt.datetime:
        return dt.datetime.fromisoformat(value)

    def store(self):
        from storage import backends

        return backends.open_store(self.path)


class _PostgresConnection:
    """A psycopg connection that takes the same ``?`` placeholders as sqlite3, so the statements
    in ``Accounts`` are written once for both backends."""

    def __init__(self, conn):
        self._conn = conn

    def execute(self, sql: str, params: tuple = ()):
        return self._conn.execute(sql.replace("?", "%s"), params)


class _PostgresTables:
    """The account tables in the shared PostgreSQL database (created by migration step 0002 when
    the store is opened)."""

    def __init__(self, url: str):
        from psycopg import errors as pg_errors

        from storage import postgres

        self.url = url
        self.duplicate_errors = (pg_errors.UniqueViolation,)
        with _store_errors():
            self._store = postgres.open_postgres_store(url)  # migrates: tables exist after

    @contextmanager
    def connection(self) -> Iterator[_PostgresConnection]:
        with _store_errors(), self._store._connection() as conn:
            yield _PostgresConnection(conn)

    @contextmanager
    def exclusive(self) -> Iterator[_PostgresConnection]:
        """One transaction holding a lock on the users table that only one writer can have at a
        time (readers go on): a second "first admin" waits, then sees the first."""
        with _store_errors(), self._store._connection() as conn:
            with conn.transaction():
                conn.execute("LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE")
                yield _PostgresConnection(conn)

    @staticmethod
    def stamp(moment: dt.datetime) -> dt.datetime:
        return moment

    @staticmethod
    def moment(value: dt.datetime) -> dt.datetime:
        return value

    def store(self):
        return self._store


class Accounts:
    """Users, sessions and settings in the store's database: the SQLite file at ``path`` (default:
    the data dir's), or PostgreSQL at ``url`` (default: DASHBOARD_DB_URL when no path is given)."""

    def __init__(self, path: str | Path | None = None, *, url: str | None = None):
        from storage import backends

        if url is None and path is None:
            url = config.DB_URL.get()
        if url:
            self._tables: _SQLiteTables | _PostgresTables = _PostgresTables(url)
            self.location = url
        else:
            target = Path(path) if path is not None else backends.store_path()
            self._tables = _SQLiteTables(target)
            self.location = str(target)

    def _connect(self):
        return self._tables.connection()

    def _audit(self, user: str, action: str, detail: dict) -> None:
        with _store_errors():
            self._tables.store().audit(user, action, "", detail)

    # -- users -------------------------------------------------------------------------------------

    def has_users(self) -> bool:
        with self._connect() as conn:
            return conn.execute("SELECT 1 FROM users LIMIT 1").fetchone() is not None

    def get(self, name: str) -> User | None:
        with self._connect() as conn:
            row = conn.execute("SELECT name, role, districts, active FROM users WHERE name=?",
                               (name,)).fetchone()
        if row is None:
            return None
        return User(row[0], row[1], tuple(c for c in row[2].split(",") if c), bool(row[3]))

    def list_users(self) -> list[User]:
        with self._connect() as conn:
            names = [r[0] for r in conn.execute("SELECT name FROM users ORDER BY name")]
        return [u for u in (self.get(n) for n in names) if u is not None]

    def add_user(self, name: str, password: str, role: str, districts: Iterable[str] = (),
                 *, by: str = "sistem") -> User:
        name, codes, password_hash = self._checked_new_user(name, password, role, districts)
        with self._connect() as conn:
            self._insert_user(conn, name, password_hash, role, codes)
        self._audit(by, "user_add", {"name": name, "role": role, "districts": list(codes)})
        return User(name, role, codes)  # type: ignore[arg-type]

    def create_first_admin(self, name: str, password: str) -> User:
        """Create the first account, an admin, only while no account exists. Atomic: of several
        people submitting the first-run form at once exactly one gets the account, the others
        get ``auth.error.first_admin_taken`` (the check and the insert are one transaction that
        holds the users table's write lock)."""
        name, codes, password_hash = self._checked_new_user(name, password, "admin", ())
        with self._tables.exclusive() as conn:
            if conn.execute("SELECT 1 FROM users LIMIT 1").fetchone() is not None:
                raise AccountError("auth.error.first_admin_taken")
            self._insert_user(conn, name, password_hash, "admin", codes)
        self._audit(name, "user_add", {"name": name, "role": "admin", "districts": [],
                                       "first_admin": True})
        return User(name, "admin")

    @staticmethod
    def _checked_new_user(name: str, password: str, role: str,
                          districts: Iterable[str]) -> tuple[str, tuple[str, ...], str]:
        name = (name or "").strip().lower()
        if not _NAME.match(name):
            raise AccountError("auth.error.bad_name", name=name)
        if role not in ROLES:
            raise AccountError("auth.error.bad_role", role=role, roles=", ".join(ROLES))
        check_password_strength(password, name)
        codes = normalise_districts(districts)
        if codes and role not in DISTRICT_ROLES:
            raise AccountError("auth.error.districts_for_editors_only")
        return name, codes, _hasher.hash(password)  # hashed before any lock is taken

    def _insert_user(self, conn, name: str, password_hash: str, role: str,
                     codes: tuple[str, ...]) -> None:
        try:
            conn.execute("INSERT INTO users (name, password_hash, role, districts, active, "
                         "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                         (name, password_hash, role, ",".join(codes), True,
                          self._tables.stamp(_now())))
        except self._tables.duplicate_errors:
            raise AccountError("auth.error.exists", name=name) from None

    def set_role(self, name: str, role: str, districts: Iterable[str] = (), *, by: str) -> User:
        if role not in ROLES:
            raise AccountError("auth.error.bad_role", role=role, roles=", ".join(ROLES))
        codes = normalise_districts(districts)
        with self._connect() as conn:
            changed = conn.execute("UPDATE users SET role=?, districts=? WHERE name=?",
                                   (role, ",".join(codes), name)).rowcount
        if not changed:
            raise AccountError("auth.error.no_such_user", name=name)
        self._audit(by, "user_change", {"name": name, "role": role, "districts": list(codes)})
        return self.get(name)  # type: ignore[return-value]

    def set_active(self, name: str, active: bool, *, by: str) -> None:
        with self._connect() as conn:
            changed = conn.execute("UPDATE users SET active=? WHERE name=?",
                                   (bool(active), name)).rowcount
            if not active:
                conn.execute("DELETE FROM sessions WHERE name=?", (name,))
        if not changed:
            raise AccountError("auth.error.no_such_user", name=name)
        self._audit(by, "user_activate" if active else "user_deactivate", {"name": name})

    def set_password(self, name: str, password: str, *, by: str) -> None:
        check_password_strength(password, name)
        with self._connect() as conn:
            changed = conn.execute("UPDATE users SET password_hash=? WHERE name=?",
                                   (_hasher.hash(password), name)).rowcount
            conn.execute("DELETE FROM sessions WHERE name=?", (name,))
        if not changed:
            raise AccountError("auth.error.no_such_user", name=name)
        self._audit(by, "user_password", {"name": name})

    # -- login -------------------------------------------------------------------------------------

    def _throttled(self, conn, name: str, client: str, now: dt.datetime) -> bool:
        """Whether a login for ``name`` from ``client`` is refused for now: MAX_FAILED_LOGINS
        failures for this account from this client, MAX_FAILED_LOGINS_ACCOUNT for the account
        from anywhere, or MAX_FAILED_LOGINS_CLIENT from this client for any names, within
        LOCKOUT_MINUTES (all in ``config``).

        Counted per (account, client address): a stranger who types wrong passwords for "admin"
        locks only themselves out, not the admin at their own desk. The much higher count for the
        account from all clients together still stops a distributed guess."""
        since = self._tables.stamp(now - dt.timedelta(minutes=config.LOCKOUT_MINUTES.get()))

        def count(where: str, params: tuple) -> int:
            return conn.execute(f"SELECT COUNT(*) FROM login_failures WHERE at>=? AND {where}",
                                (since, *params)).fetchone()[0]

        if count("name=? AND client=?", (name, client)) >= config.MAX_FAILED_LOGINS.get():
            return True
        if count("name=?", (name,)) >= config.MAX_FAILED_LOGINS_ACCOUNT.get():
            return True
        return bool(client) and count("client=?", (client,)) >= config.MAX_FAILED_LOGINS_CLIENT.get()

    def login(self, name: str, password: str, now: dt.datetime | None = None, *,
              client: str = "") -> str:
        """Check a password and open a session; return its token. ``client`` is the address the
        attempt came from (the web login passes it; the command line and tests leave it empty).
        Refused while throttled (see ``_throttled``), whatever the password."""
        now = now or _now()
        name = (name or "").strip().lower()
        client = (client or "")[:100]
        with self._connect() as conn:
            if self._throttled(conn, name, client, now):
                self._audit(name or "-", "login_locked", {"client": client} if client else {})
                raise AccountError("auth.error.locked", minutes=config.LOCKOUT_MINUTES.get())
            row = conn.execute("SELECT password_hash, active FROM users WHERE name=?",
                               (name,)).fetchone()
            try:
                _hasher.verify(row[0] if row else _DUMMY_HASH, password or "")
                ok = row is not None and bool(row[1])
            except (VerificationError, InvalidHashError):
                ok = False
            if not ok:
                conn.execute("INSERT INTO login_failures (name, at, client) VALUES (?, ?, ?)",
                             (name, self._tables.stamp(now), client))
                self._audit(name or "-", "login_failed", {"client": client} if client else {})
                raise AccountError("auth.error.invalid")
            token = secrets.token_urlsafe(32)
            conn.execute("INSERT INTO sessions (token, name, created_at, last_seen) "
                         "VALUES (?, ?, ?, ?)",
                         (_token_key(token), name, self._tables.stamp(now),
                          self._tables.stamp(now)))
            if _hasher.check_needs_rehash(row[0]):
                conn.execute("UPDATE users SET password_hash=? WHERE name=?",
                             (_hasher.hash(password), name))
        self._audit(name, "login", {"client": client} if client else {})
        return token

    def session_user(self, token: object, now: dt.datetime | None = None) -> User | None:
        """The user behind a session token, or None when unknown, expired or deactivated.
        Sliding expiry: each use extends the session by SESSION_MINUTES, up to SESSION_MAX_HOURS
        after the login."""
        if not isinstance(token, str) or not token or len(token) > 200:
            return None
        now = now or _now()
        key = _token_key(token)
        with self._connect() as conn:
            row = conn.execute("SELECT name, last_seen, created_at FROM sessions WHERE token=?",
                               (key,)).fetchone()
            if row is None:
                return None
            last_seen = self._tables.moment(row[1])
            created = self._tables.moment(row[2])
            # However active, a session ends SESSION_MAX_HOURS after login: a stolen cookie that
            # is kept busy does not live for ever.
            if (last_seen < now - dt.timedelta(minutes=config.SESSION_MINUTES.get())
                    or created < now - dt.timedelta(hours=config.SESSION_MAX_HOURS.get())):
                conn.execute("DELETE FROM sessions WHERE token=?", (key,))
                return None
            conn.execute("UPDATE sessions SET last_seen=? WHERE token=?",
                         (self._tables.stamp(now), key))
        user = self.get(row[0])
        return user if user is not None and user.active else None

    def logout(self, token: str) -> None:
        if not isinstance(token, str) or not token or len(token) > 200:
            return
        with self._connect() as conn:
            row = conn.execute("SELECT name FROM sessions WHERE token=?",
                               (_token_key(token),)).fetchone()
            conn.execute("DELETE FROM sessions WHERE token=?", (_token_key(token),))
        if row:
            self._audit(row[0], "logout", {})

    # -- settings: which datasets are public -------------------------------------------------------

    def public_datasets(self) -> set[str]:
        with self._connect() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key='public_datasets'").fetchone()
        if row is None:
            return {name for name, d in DATASETS.items() if d.public}
        return {n for n in row[0].split(",") if n in DATASETS}

    def set_public_datasets(self, names: Iterable[str], *, by: str) -> None:
        chosen = sorted(n for n in set(names) if n in DATASETS)
        with self._connect() as conn:
            conn.execute("INSERT INTO settings (key, value) VALUES ('public_datasets', ?) "
                         "ON CONFLICT(key) DO UPDATE SET value=excluded.value", (",".join(chosen),))
        self._audit(by, "settings_change", {"public_datasets": chosen})




# One object per store location, made once even when sessions ask at the same time.
@cached(8)
def _accounts_at(path: str, url: str) -> Accounts:
    return Accounts(url=url) if url else Accounts(path)


def shared_accounts() -> Accounts:
    """The accounts beside the data store, one object per store location (per process): in
    PostgreSQL when DASHBOARD_DB_URL is set (shared by every instance), else in the data dir's
    SQLite file."""
    from storage import backends

    return _accounts_at(str(backends.store_path()), config.DB_URL.get() or "")








