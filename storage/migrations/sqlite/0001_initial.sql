-- The store as it was before migrations were managed. IF NOT EXISTS everywhere so that a store
-- created by an earlier release (tables present, no schema_migrations) adopts this step as is.
CREATE TABLE IF NOT EXISTS contents (
    sha256 TEXT PRIMARY KEY,
    columns TEXT NOT NULL,
    row_count INTEGER NOT NULL,
    data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS versions (
    dataset TEXT NOT NULL,
    version INTEGER NOT NULL,
    content_sha256 TEXT NOT NULL REFERENCES contents(sha256),
    user TEXT NOT NULL,
    committed_at TEXT NOT NULL,
    action TEXT NOT NULL,
    file_name TEXT NOT NULL DEFAULT '',
    file_sha256 TEXT NOT NULL DEFAULT '',
    row_count INTEGER NOT NULL,
    rows_added INTEGER NOT NULL DEFAULT 0,
    rows_removed INTEGER NOT NULL DEFAULT 0,
    rows_changed INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    is_demo INTEGER NOT NULL DEFAULT 0,
    rollback_of INTEGER,
    PRIMARY KEY (dataset, version)
);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    dataset TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '{}'
);
-- History is append-only: a bug (or a hand-typed statement) cannot rewrite it.
CREATE TRIGGER IF NOT EXISTS contents_no_update BEFORE UPDATE ON contents BEGIN SELECT RAISE(ABORT, 'contents is append-only'); END;
CREATE TRIGGER IF NOT EXISTS contents_no_delete BEFORE DELETE ON contents BEGIN SELECT RAISE(ABORT, 'contents is append-only'); END;
CREATE TRIGGER IF NOT EXISTS versions_no_update BEFORE UPDATE ON versions BEGIN SELECT RAISE(ABORT, 'versions is append-only'); END;
CREATE TRIGGER IF NOT EXISTS versions_no_delete BEFORE DELETE ON versions BEGIN SELECT RAISE(ABORT, 'versions is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
