-- The pelapor role (field officers who submit incident reports from a phone, issue 16).
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
    CHECK (role IN ('viewer', 'editor', 'admin', 'pelapor'));
