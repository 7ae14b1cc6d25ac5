-- One counter that every write to the tables the dashboards read moves forward, in the writing transaction.
-- The roll-up cache (lib/server/cache/rollup-cache.ts) keys its entries by this number, so a committed write
-- makes every cached roll-up stale at once, on every instance of the web tier.
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

-- The counter's values come from a sequence, so they never repeat, even after the table is emptied.
CREATE SEQUENCE "portal_data_version_seq";
INSERT INTO "DataVersion" ("id", "version") VALUES (1, nextval('portal_data_version_seq'));

-- Moves the counter once per transaction. The row triggers below are deferred to commit time, after every
-- other row lock of the transaction has been taken, so the counter's row lock can never join a deadlock cycle.
CREATE FUNCTION portal_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('portal.data_version_bumped', true) = 'on' THEN
    RETURN NULL;
  END IF;
  PERFORM set_config('portal.data_version_bumped', 'on', true);
  INSERT INTO "DataVersion" ("id", "version", "changedAt") VALUES (1, nextval('portal_data_version_seq'), CURRENT_TIMESTAMP)
    ON CONFLICT ("id") DO UPDATE SET "version" = nextval('portal_data_version_seq'), "changedAt" = CURRENT_TIMESTAMP;
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'Strategy', 'Objective', 'TaskGroup', 'Indicator', 'IndicatorObservation', 'IndicatorMilestone', 'Organization',
    'ActionPlan', 'PlanTask', '_TaskObjectives', 'TaskUpdate',
    'ReportType', 'ReportingPeriod', 'ReportExpectation', 'ProgressReport', 'ReportTaskRow', 'ReportIndicatorValue', 'ReportEvent'
  ] LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION portal_bump_data_version()',
      t || '_data_version', t);
    EXECUTE format(
      'CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION portal_bump_data_version()',
      t || '_data_version_truncate', t);
  END LOOP;
END;
$$;
