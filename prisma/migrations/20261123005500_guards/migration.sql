-- The audit trail is append-only: the database itself refuses to change or remove a row.
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_append_only
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();

CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

-- One national value per indicator and year (organizationId NULL); PostgreSQL treats NULLs as distinct
-- in the Prisma-generated unique index, so national rows need their own.
CREATE UNIQUE INDEX "IndicatorObservation_national_year_key"
  ON "IndicatorObservation" ("indicatorId", "year") WHERE "organizationId" IS NULL;

-- Case-insensitive e-mail lookups.
CREATE UNIQUE INDEX "User_email_lower_key" ON "User" (lower("email"));

-- No CHECK constraints here: Prisma 6.19's wasm schema engine crashes (RuntimeError: unreachable) describing
-- a schema that has any, which would break every later `migrate dev`. Ranges are enforced by the zod schemas
-- in lib/schemas and the services (docs/decisions/001-prisma-6-wasm-schema-engine.md).
