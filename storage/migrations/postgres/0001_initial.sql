-- Same model as the SQLite store: immutable content-addressed row sets, versions pointing at
-- them, an append-only audit log. "user" is reserved in PostgreSQL, hence user_name.
CREATE TABLE contents (
    sha256 text PRIMARY KEY,
    columns jsonb NOT NULL,
    row_count integer NOT NULL,
    data bytea NOT NULL  -- zlib-compressed JSON, byte-identical to the SQLite blob
);
CREATE TABLE versions (
    dataset text NOT NULL,
    version integer NOT NULL CHECK (version > 0),
    content_sha256 text NOT NULL REFERENCES contents(sha256),
    user_name text NOT NULL,
    committed_at timestamptz NOT NULL,
    action text NOT NULL,
    file_name text NOT NULL DEFAULT '',
    file_sha256 text NOT NULL DEFAULT '',
    row_count integer NOT NULL,
    rows_added integer NOT NULL DEFAULT 0,
    rows_removed integer NOT NULL DEFAULT 0,
    rows_changed integer NOT NULL DEFAULT 0,
    note text NOT NULL DEFAULT '',
    is_demo boolean NOT NULL DEFAULT false,
    rollback_of integer,
    -- Last line of defence if a writer ever skipped the lock: the second v(n+1) cannot exist.
    PRIMARY KEY (dataset, version)
);
CREATE TABLE audit (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL,
    user_name text NOT NULL,
    action text NOT NULL,
    dataset text NOT NULL DEFAULT '',
    detail jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_dataset_id ON audit (dataset, id);

-- Triggers bind the table owner too (REVOKE alone does not): history cannot be rewritten by a
-- bug or a hand-typed statement. Dropping the schema is still possible, on purpose, for the owner.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER contents_append_only BEFORE UPDATE OR DELETE ON contents
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER contents_no_truncate BEFORE TRUNCATE ON contents
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER versions_append_only BEFORE UPDATE OR DELETE ON versions
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER versions_no_truncate BEFORE TRUNCATE ON versions
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
-- Application roles other than the owner get INSERT and SELECT only (see docs/deployment.md).
REVOKE UPDATE, DELETE, TRUNCATE ON contents, versions, audit FROM PUBLIC;
