-- Imported boundary layers (kabupaten, kecamatan, desa), shared by every instance: the same model
-- as the GeoPackage + manifest store (loaders/boundaries_store.py), see
-- loaders/boundaries_store_postgres.py. Needs PostGIS (CREATE EXTENSION postgis, normally in
-- public, which must be on the search_path).
DO $$
BEGIN
    IF to_regtype('geometry') IS NULL THEN
        RAISE EXCEPTION 'PostGIS is missing: CREATE EXTENSION postgis (docs/deployment.md)';
    END IF;
END
$$;

-- One row per imported version; never changed, never deleted (a removed version keeps its row and
-- its number, so a number always means the same content).
CREATE TABLE boundary_versions (
    level text NOT NULL CHECK (level IN ('kabupaten', 'kecamatan', 'desa')),
    version integer NOT NULL CHECK (version > 0),
    created_at timestamptz NOT NULL,
    user_name text NOT NULL DEFAULT '',
    attribution text NOT NULL DEFAULT '',
    provenance jsonb NOT NULL DEFAULT '{}',
    counts jsonb NOT NULL DEFAULT '{}',
    columns jsonb NOT NULL,  -- [[name, pandas dtype], ...], the attribute columns in order
    feature_count integer NOT NULL,
    content_sha256 text NOT NULL,  -- of columns, attributes and geometry: the display cache key
    PRIMARY KEY (level, version)
);

-- The units of each version, full resolution, EPSG:4326. Never updated; deleted only when their
-- version is removed (boundary_events says so), hence no append-only trigger on DELETE.
CREATE TABLE boundary_features (
    level text NOT NULL,
    version integer NOT NULL,
    ord integer NOT NULL,  -- the row order of the imported layer
    attributes jsonb NOT NULL,  -- values in the order of boundary_versions.columns
    geom geometry(Geometry, 4326),
    PRIMARY KEY (level, version, ord),
    FOREIGN KEY (level, version) REFERENCES boundary_versions (level, version)
);
CREATE INDEX boundary_features_geom ON boundary_features USING gist (geom);

-- What happened to each level, in order: an import, an activation or a removal, and which version
-- was current afterwards (NULL: none). The current version is the last event's current_version.
CREATE TABLE boundary_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    level text NOT NULL,
    action text NOT NULL CHECK (action IN ('import', 'activate', 'remove')),
    version integer NOT NULL,
    current_version integer,
    at timestamptz NOT NULL,
    user_name text NOT NULL DEFAULT '',
    FOREIGN KEY (level, version) REFERENCES boundary_versions (level, version)
);
CREATE INDEX boundary_events_level_id ON boundary_events (level, id);

-- refuse_change() comes from step 0001.
CREATE TRIGGER boundary_versions_append_only BEFORE UPDATE OR DELETE ON boundary_versions
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER boundary_versions_no_truncate BEFORE TRUNCATE ON boundary_versions
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER boundary_events_append_only BEFORE UPDATE OR DELETE ON boundary_events
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER boundary_events_no_truncate BEFORE TRUNCATE ON boundary_events
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER boundary_features_immutable BEFORE UPDATE ON boundary_features
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
-- The application role needs SELECT, INSERT on all three and DELETE on boundary_features
-- (removing a version), see docs/deployment.md.
REVOKE UPDATE, DELETE, TRUNCATE ON boundary_versions, boundary_events FROM PUBLIC;
REVOKE UPDATE, TRUNCATE ON boundary_features FROM PUBLIC;
