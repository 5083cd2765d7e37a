-- Accounts, server-side sessions, login throttling and settings, shared by every instance (a user
-- created or locked out through one instance is the same user in all of them). Same tables as the
-- SQLite store file holds (loaders/accounts.py); logins and user changes go to the audit table.
CREATE TABLE users (
    name text PRIMARY KEY,
    password_hash text NOT NULL,
    role text NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
    districts text NOT NULL DEFAULT '',  -- Kemendagri codes, comma-separated; '' = all
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL
);
CREATE TABLE login_failures (
    name text NOT NULL,
    at timestamptz NOT NULL
);
CREATE INDEX login_failures_name_at ON login_failures (name, at);
CREATE TABLE sessions (
    token text PRIMARY KEY,
    name text NOT NULL,
    created_at timestamptz NOT NULL,
    last_seen timestamptz NOT NULL
);
CREATE TABLE settings (
    key text PRIMARY KEY,
    value text NOT NULL
);
