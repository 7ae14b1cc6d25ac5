-- A second counter in "DataVersion" (row 2) that only writes to the reporting tables move: the reporting
-- compliance roll-up (every owing organization × period × report: the costliest summary statement once the task
-- roll-ups add up partial sums) stays cached through the far more frequent task and plan writes. Row 1 still
-- moves on every write to any table the dashboards read (prisma/migrations/*_rollup_data_version).
INSERT INTO "DataVersion" ("id", "version") VALUES (2, nextval('portal_data_version_seq'));

CREATE FUNCTION portal_bump_reporting_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('portal.reporting_version_bumped', true) = 'on' THEN
    RETURN NULL;
  END IF;
  PERFORM set_config('portal.reporting_version_bumped', 'on', true);
  INSERT INTO "DataVersion" ("id", "version", "changedAt") VALUES (2, nextval('portal_data_version_seq'), CURRENT_TIMESTAMP)
    ON CONFLICT ("id") DO UPDATE SET "version" = nextval('portal_data_version_seq'), "changedAt" = CURRENT_TIMESTAMP;
  RETURN NULL;
END;
$$;

-- Deferred to commit like row 1's triggers; named so that they fire after them (deferred triggers of one event
-- fire in name order), which keeps one lock order for every committing transaction.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Organization', 'ReportType', 'ReportingPeriod', 'ReportExpectation', 'ProgressReport'] LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION portal_bump_reporting_version()',
      t || '_reporting_version', t);
    EXECUTE format(
      'CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION portal_bump_reporting_version()',
      t || '_reporting_version_truncate', t);
  END LOOP;
END;
$$;
