-- Login throttling per client address (loaders/accounts.py): failures are counted per (account,
-- client) so that a stranger's wrong passwords lock out only that stranger, with a higher count
-- per account from all clients. '' = no address known (command line).
ALTER TABLE login_failures ADD COLUMN client text NOT NULL DEFAULT '';
CREATE INDEX login_failures_client_at ON login_failures (client, at);
