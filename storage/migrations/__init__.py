"""A tiny versioned schema-migration runner shared by the store backends.

Each backend has its own ordered SQL steps in ``storage/migrations/<backend>/NNNN_name.sql``; the
table ``schema_migrations`` records which steps a database has. A step runs once, inside the same
transaction as the row that records it, so a process killed while migrating leaves the database
at the previous step, and two processes starting at once do not both apply a step (SQLite: the
write lock of ``BEGIN IMMEDIATE``; PostgreSQL: an advisory lock per schema).

A database already at the latest step is only read, never written: opening an existing store must
leave a SQLite file byte-for-byte unchanged, and an application role on PostgreSQL need not be
allowed to create tables. Steps are never edited once released; a change is a new step.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent
BACKENDS = ("sqlite", "postgres")
_STEP_FILE = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class Step:
    version: int
    name: str
    sql: str


def steps(backend: str) -> list[Step]:
    if backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r}")
    found = []
    for path in sorted((MIGRATIONS_DIR / backend).glob("*.sql")):
        match = _STEP_FILE.match(path.name)
        if not match:
            raise ValueError(f"migration file not named NNNN_name.sql: {path}")
        found.append(Step(int(match.group(1)), match.group(2), path.read_text(encoding="utf-8")))
    # A gap or a duplicate means a file was renamed or lost: refuse rather than skip a step.
    if [s.version for s in found] != list(range(1, len(found) + 1)):
        raise ValueError(f"migration steps for {backend} are not numbered 1..n: "
                         f"{[s.version for s in found]}")
    return found


# -- SQLite ----------------------------------------------------------------------------------------

def _sqlite_statements(sql: str) -> list[str]:
    """Split a script into statements; ``complete_statement`` knows trigger bodies, whose inner
    semicolons a plain split would cut. ``executescript`` cannot be used: it commits first."""
    statements, current = [], ""
    for line in sql.splitlines(keepends=True):
        if not current and (not line.strip() or line.lstrip().startswith("--")):
            continue
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        raise ValueError(f"incomplete SQL statement at the end of a migration: {current[:80]!r}")
    return statements


def _sqlite_applied(conn: sqlite3.Connection) -> set[int]:
    exists = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table' "
                          "AND name='schema_migrations'").fetchone()[0]
    if not exists:
        return set()
    return {r[0] for r in conn.execute("SELECT version FROM schema_migrations")}


def migrate_sqlite(conn: sqlite3.Connection) -> list[int]:
    """Apply the missing SQLite steps; returns their numbers. ``conn`` must be in autocommit mode
    (``isolation_level=None``) so that this function owns the transaction."""
    wanted = steps("sqlite")
    if {s.version for s in wanted} <= _sqlite_applied(conn):
        return []
    applied_now = []
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                     "name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        done = _sqlite_applied(conn)  # another process may have migrated while we waited
        for step in wanted:
            if step.version in done:
                continue
            for statement in _sqlite_statements(step.sql):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES "
                         "(?, ?, strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'))",
                         (step.version, step.name))
            applied_now.append(step.version)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return applied_now


# -- PostgreSQL ------------------------------------------------------------------------------------

def _postgres_applied(conn) -> set[int]:
    # Looked up in the current schema only: a schema_migrations table elsewhere on the
    # search_path (public, say) belongs to another deployment or test.
    exists = conn.execute("SELECT to_regclass(format('%I.schema_migrations', current_schema()))"
                          ).fetchone()[0]
    if exists is None:
        return set()
    return {r[0] for r in conn.execute("SELECT version FROM schema_migrations")}


def migrate_postgres(conn) -> list[int]:
    """Apply the missing PostgreSQL steps in the connection's current schema (the first of its
    search_path); returns their numbers. ``conn`` is a psycopg connection in autocommit mode."""
    wanted = steps("postgres")
    if {s.version for s in wanted} <= _postgres_applied(conn):
        return []
    applied_now = []
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(hashtext(current_schema() || "
                     "':schema_migrations'))")
        conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, "
                     "name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())")
        done = _postgres_applied(conn)
        for step in wanted:
            if step.version in done:
                continue
            conn.execute(step.sql)  # no parameters: psycopg sends it as one multi-statement query
            conn.execute("INSERT INTO schema_migrations (version, name) VALUES (%s, %s)",
                         (step.version, step.name))
            applied_now.append(step.version)
    return applied_now
