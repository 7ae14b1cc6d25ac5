-- The plan version in force under the workflow of issue 14 §1 (lib/domain/plan-workflow.ts): MOFA records other
-- bodies' plans (RECORDED) and approves its own units' plans (APPROVED); both are reviewed versions whose live
-- rows are the version in force, content locked. A plan reopened for amendment (REVISION), and an amendment with
-- the unit leader, sent to MOFA or commented on (AWAITING_LEADER, SENT, COMMENTED after a first review), keep the
-- content last recorded or approved, which the triggers of 20261203080000_rollup_in_force preserve: they follow
-- this predicate only. lib/server/queries/dashboard/scope.ts names the other plan states.
CREATE FUNCTION portal_plan_locked_in_force(status "PlanStatus") RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT status::text IN ('RECORDED', 'APPROVED')
$$;

-- From scratch (bulk loads with triggers off, and this migration): every reviewed plan copied, and plans being
-- amended after a first review kept with their live rows as the best record of the reviewed content.
CREATE OR REPLACE FUNCTION portal_rollup_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "RollupTask";
  DELETE FROM "RollupPlan";
  PERFORM portal_rollup_copy_plans(ARRAY(
    SELECT id FROM "ActionPlan"
     WHERE portal_plan_locked_in_force(status) OR status = 'REVISION'
        OR (status IN ('AWAITING_LEADER', 'SENT', 'COMMENTED') AND "approvedAt" IS NOT NULL)));
  DELETE FROM "RollupCount";
  PERFORM portal_rollup_count_orgs(ARRAY(SELECT DISTINCT "organizationId" FROM "RollupTask"));
END;
$$;

-- The data as it stands, under the new statuses. The counts' trigger is deferred to commit: fire it now, so the
-- rebuild's own recount is the last word.
SET CONSTRAINTS ALL IMMEDIATE;
SELECT portal_rollup_rebuild();
