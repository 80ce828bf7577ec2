-- Wrong activation, setup and invitation codes are counted apart from wrong passwords: five typos
-- of a code on a shared classroom computer must not lock that computer's sign-ins.
ALTER TABLE login_failure ADD COLUMN kind VARCHAR(16) DEFAULT 'SIGN_IN' NOT NULL;
DROP INDEX login_failure_by_address;
CREATE INDEX login_failure_by_address ON login_failure (client_address, kind, failed_at);
