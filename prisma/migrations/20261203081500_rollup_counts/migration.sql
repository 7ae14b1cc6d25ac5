-- Writes visible on the dashboard at once (issue 16): per-organization partial sums of the tasks in force
-- ("RollupTask"), additive across organizations, refreshed for exactly the organizations a transaction touched,
-- at its commit. A summary then adds up a few rows per organization instead of aggregating every task.
-- CreateTable
CREATE TABLE "RollupCount" (
    "organizationId" TEXT NOT NULL,
    "taskGroupId" TEXT NOT NULL,
    "dimension" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "total" INTEGER NOT NULL,
    "notStarted" INTEGER NOT NULL,
    "inProgress" INTEGER NOT NULL,
    "completed" INTEGER NOT NULL,
    "delayed" INTEGER NOT NULL,
    "cancelled" INTEGER NOT NULL,
    "progressSum" INTEGER NOT NULL,
    "unlinked" INTEGER NOT NULL,
    "openDue" DATE[],

    CONSTRAINT "RollupCount_pkey" PRIMARY KEY ("organizationId","taskGroupId","dimension","key")
);


-- Recounts the given organizations from their tasks in force. Callers hold the organizations' locks.
CREATE FUNCTION portal_rollup_count_orgs(org_ids text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "RollupCount" WHERE "organizationId" = ANY(org_ids);
  INSERT INTO "RollupCount" ("organizationId", "taskGroupId", "dimension", "key", "total", "notStarted", "inProgress", "completed",
                             "delayed", "cancelled", "progressSum", "unlinked", "openDue")
  WITH t AS (
    SELECT r."organizationId" AS org, COALESCE(r."taskGroupId", '') AS tg, r.status::text AS status, r.progress, r."dueDate" AS due,
           r."isBreakthrough" AS breakthrough, COALESCE(NULLIF(btrim(r."breakthroughPhase"), ''), '') AS phase,
           ARRAY(SELECT ob.id FROM unnest(r."objectiveIds") AS x(id) JOIN "Objective" ob ON ob.id = x.id AND ob.level = 'SPECIFIC') AS specific
      FROM "RollupTask" r
     WHERE r."organizationId" = ANY(org_ids)
  ), keyed AS (
    SELECT org, tg, 'TASK' AS dimension, '' AS key, status, progress, due, cardinality(specific) = 0 AS unlinked FROM t
    UNION ALL
    SELECT org, tg, 'OBJECTIVE', s.id, status, progress, due, false FROM t CROSS JOIN LATERAL unnest(t.specific) AS s(id)
    UNION ALL
    SELECT org, tg, 'PHASE', phase, status, progress, due, false FROM t WHERE breakthrough
  )
  SELECT org, tg, dimension, key, COUNT(*),
         COUNT(*) FILTER (WHERE status = 'NOT_STARTED'), COUNT(*) FILTER (WHERE status = 'IN_PROGRESS'),
         COUNT(*) FILTER (WHERE status = 'COMPLETED'), COUNT(*) FILTER (WHERE status = 'DELAYED'),
         COUNT(*) FILTER (WHERE status = 'CANCELLED'),
         COALESCE(SUM(progress) FILTER (WHERE status <> 'CANCELLED'), 0),
         COUNT(*) FILTER (WHERE unlinked),
         COALESCE(array_agg(due ORDER BY due) FILTER (WHERE due IS NOT NULL AND status NOT IN ('COMPLETED', 'CANCELLED')), '{}')
    FROM keyed
   GROUP BY org, tg, dimension, key;
END;
$$;

-- Deferred to commit, once per organization and transaction (like the data version's trigger, whose row lock
-- every dashboard-writing commit has already taken by then, so these commits recount one after another and
-- each sees the previous one's rows). The advisory lock keeps that true for any other writer of "RollupTask".
CREATE FUNCTION portal_rollup_task_counted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  org text;
  done text := COALESCE(current_setting('portal.rollup_counted', true), '');
BEGIN
  FOREACH org IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD."organizationId" END, CASE WHEN TG_OP <> 'DELETE' THEN NEW."organizationId" END] LOOP
    CONTINUE WHEN org IS NULL OR position('|' || org || '|' IN done) > 0;
    PERFORM pg_advisory_xact_lock(hashtext('portal.rollup_count'), hashtext(org));
    PERFORM portal_rollup_count_orgs(ARRAY[org]);
    done := done || '|' || org || '|';
    PERFORM set_config('portal.rollup_counted', done, true);
  END LOOP;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "RollupTask_count" AFTER INSERT OR UPDATE OR DELETE ON "RollupTask"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION portal_rollup_task_counted();

-- Which objectives are specific decides the OBJECTIVE rows: reference data, recounted whole when it changes.
CREATE FUNCTION portal_rollup_recount_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM portal_rollup_count_orgs(ARRAY(SELECT DISTINCT "organizationId" FROM "RollupTask"));
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Objective_rollup_count" AFTER INSERT OR UPDATE OR DELETE ON "Objective"
  FOR EACH STATEMENT EXECUTE FUNCTION portal_rollup_recount_all();

-- Emptied task rows (tests, restores) empty the counts too.
CREATE OR REPLACE FUNCTION portal_rollup_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- DELETE, not TRUNCATE: the emptying statement may be truncating these tables too.
  DELETE FROM "RollupTask";
  DELETE FROM "RollupCount";
  IF TG_TABLE_NAME = 'ActionPlan' THEN
    DELETE FROM "RollupPlan";
  END IF;
  RETURN NULL;
END;
$$;

-- The rebuild (bulk loads with triggers off) recounts everything.
CREATE OR REPLACE FUNCTION portal_rollup_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "RollupTask";
  DELETE FROM "RollupPlan";
  PERFORM portal_rollup_copy_plans(ARRAY(
    SELECT id FROM "ActionPlan"
     WHERE portal_plan_locked_in_force(status) OR status = 'REVISION' OR (status IN ('SUBMITTED', 'RETURNED') AND "approvedAt" IS NOT NULL)));
  DELETE FROM "RollupCount";
  PERFORM portal_rollup_count_orgs(ARRAY(SELECT DISTINCT "organizationId" FROM "RollupTask"));
END;
$$;

SELECT portal_rollup_count_orgs(ARRAY(SELECT DISTINCT "organizationId" FROM "RollupTask"));
