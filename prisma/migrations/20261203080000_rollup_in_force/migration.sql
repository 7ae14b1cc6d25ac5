-- The dashboards count each plan's version in force, not its live rows: a plan under revision keeps showing
-- the content it had when last approved until the revision itself is approved (issue 12, item 9). Two derived
-- tables, maintained here by triggers in every writing transaction (so every writer — services, imports,
-- seeds, plain SQL — keeps them true), and never written by the application:
--   "RollupPlan": plans with a version in force (approved once; they stay in force through revision and its review);
--   "RollupTask": the task rows of those versions. While a plan is approved and locked, its rows mirror the live
--     ones; while it is being revised (REVISION, or a revision sent back for review), the planning content stays
--     as approved and only status and progress follow the live task (progress is reported, not reviewed: it may
--     be logged in any state of an approved plan). Approval copies the live rows again.
-- CreateTable
CREATE TABLE "RollupPlan" (
    "planId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "inForceSince" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RollupPlan_pkey" PRIMARY KEY ("planId")
);

-- CreateTable
CREATE TABLE "RollupTask" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "titleVi" TEXT NOT NULL,
    "titleEn" TEXT,
    "taskGroupId" TEXT,
    "startDate" DATE,
    "dueDate" DATE,
    "isBreakthrough" BOOLEAN NOT NULL DEFAULT false,
    "breakthroughPhase" TEXT,
    "status" "TaskStatus" NOT NULL,
    "progress" INTEGER NOT NULL,
    "objectiveIds" TEXT[],

    CONSTRAINT "RollupTask_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RollupPlan_organizationId_idx" ON "RollupPlan"("organizationId");

-- CreateIndex
CREATE INDEX "RollupTask_planId_idx" ON "RollupTask"("planId");

-- CreateIndex
CREATE INDEX "RollupTask_organizationId_idx" ON "RollupTask"("organizationId");

-- CreateIndex
CREATE INDEX "RollupTask_dueDate_idx" ON "RollupTask"("dueDate");


-- The ONE place the database names the plan statuses in which a plan's live rows are its version in force
-- (approved, content locked). A renamed or added status (e.g. one for plans MOFA records rather than approves)
-- is a new migration that replaces this function; lib/server/queries/dashboard/scope.ts names the others.
CREATE FUNCTION portal_plan_locked_in_force(status "PlanStatus") RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT status::text IN ('APPROVED')
$$;

-- Copies the live task rows of the given plans as their version in force.
CREATE FUNCTION portal_rollup_copy_plans(plan_ids text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "RollupTask" WHERE "planId" = ANY(plan_ids);
  INSERT INTO "RollupTask" ("id", "planId", "organizationId", "code", "titleVi", "titleEn", "taskGroupId", "startDate", "dueDate",
                            "isBreakthrough", "breakthroughPhase", "status", "progress", "objectiveIds")
  SELECT t.id, t."planId", p."organizationId", t.code, t."titleVi", t."titleEn", t."taskGroupId", t."startDate", t."dueDate",
         t."isBreakthrough", t."breakthroughPhase", t.status, t.progress,
         COALESCE((SELECT array_agg(tob."A" ORDER BY tob."A") FROM "_TaskObjectives" tob WHERE tob."B" = t.id), '{}')
    FROM "PlanTask" t JOIN "ActionPlan" p ON p.id = t."planId"
   WHERE t."planId" = ANY(plan_ids);
  INSERT INTO "RollupPlan" ("planId", "organizationId")
  SELECT id, "organizationId" FROM "ActionPlan" WHERE id = ANY(plan_ids)
  ON CONFLICT ("planId") DO NOTHING;
END;
$$;

-- From scratch, for bulk loads that run with triggers off (session_replication_role = replica: the benchmark's
-- generator): every locked plan copied, and plans being revised kept with their live rows as the best record.
CREATE FUNCTION portal_rollup_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "RollupTask";
  DELETE FROM "RollupPlan";
  PERFORM portal_rollup_copy_plans(ARRAY(
    SELECT id FROM "ActionPlan"
     WHERE portal_plan_locked_in_force(status) OR status = 'REVISION' OR (status IN ('SUBMITTED', 'RETURNED') AND "approvedAt" IS NOT NULL)));
END;
$$;

-- ActionPlan: a plan that becomes locked in force (approval) has its live rows copied; a deleted plan's go.
CREATE FUNCTION portal_rollup_plans_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "RollupTask" WHERE "planId" IN (SELECT id FROM old_rows);
    DELETE FROM "RollupPlan" WHERE "planId" IN (SELECT id FROM old_rows);
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM portal_rollup_copy_plans(ARRAY(SELECT id FROM new_rows WHERE portal_plan_locked_in_force(status)));
  ELSE
    PERFORM portal_rollup_copy_plans(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
       WHERE portal_plan_locked_in_force(n.status) AND NOT portal_plan_locked_in_force(o.status)));
    UPDATE "RollupTask" r SET "organizationId" = n."organizationId"
      FROM new_rows n WHERE r."planId" = n.id AND r."organizationId" <> n."organizationId";
    UPDATE "RollupPlan" r SET "organizationId" = n."organizationId"
      FROM new_rows n WHERE r."planId" = n.id AND r."organizationId" <> n."organizationId";
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ActionPlan_rollup_insert" AFTER INSERT ON "ActionPlan" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION portal_rollup_plans_changed();
CREATE TRIGGER "ActionPlan_rollup_update" AFTER UPDATE ON "ActionPlan" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION portal_rollup_plans_changed();
CREATE TRIGGER "ActionPlan_rollup_delete" AFTER DELETE ON "ActionPlan" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION portal_rollup_plans_changed();

-- PlanTask: in a locked plan every change is mirrored; in a plan being revised only status and progress.
CREATE FUNCTION portal_rollup_tasks_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "RollupTask" r USING old_rows o JOIN "ActionPlan" p ON p.id = o."planId"
     WHERE r.id = o.id AND portal_plan_locked_in_force(p.status);
    RETURN NULL;
  END IF;
  INSERT INTO "RollupTask" AS r ("id", "planId", "organizationId", "code", "titleVi", "titleEn", "taskGroupId", "startDate", "dueDate",
                                 "isBreakthrough", "breakthroughPhase", "status", "progress", "objectiveIds")
  SELECT t.id, t."planId", p."organizationId", t.code, t."titleVi", t."titleEn", t."taskGroupId", t."startDate", t."dueDate",
         t."isBreakthrough", t."breakthroughPhase", t.status, t.progress,
         COALESCE((SELECT array_agg(tob."A" ORDER BY tob."A") FROM "_TaskObjectives" tob WHERE tob."B" = t.id), '{}')
    FROM new_rows t JOIN "ActionPlan" p ON p.id = t."planId"
   WHERE portal_plan_locked_in_force(p.status)
  ON CONFLICT ("id") DO UPDATE SET
    "planId" = excluded."planId", "organizationId" = excluded."organizationId", "code" = excluded.code, "titleVi" = excluded."titleVi",
    "titleEn" = excluded."titleEn", "taskGroupId" = excluded."taskGroupId", "startDate" = excluded."startDate", "dueDate" = excluded."dueDate",
    "isBreakthrough" = excluded."isBreakthrough", "breakthroughPhase" = excluded."breakthroughPhase", "status" = excluded.status,
    "progress" = excluded.progress, "objectiveIds" = excluded."objectiveIds";
  IF TG_OP = 'UPDATE' THEN
    UPDATE "RollupTask" r SET "status" = t.status, "progress" = t.progress
      FROM new_rows t JOIN "ActionPlan" p ON p.id = t."planId"
     WHERE r.id = t.id AND NOT portal_plan_locked_in_force(p.status)
       AND (r.status <> t.status OR r.progress <> t.progress);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "PlanTask_rollup_insert" AFTER INSERT ON "PlanTask" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION portal_rollup_tasks_changed();
CREATE TRIGGER "PlanTask_rollup_update" AFTER UPDATE ON "PlanTask" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION portal_rollup_tasks_changed();
CREATE TRIGGER "PlanTask_rollup_delete" AFTER DELETE ON "PlanTask" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION portal_rollup_tasks_changed();

-- Task ↔ objective links (Prisma's table: A = objective, B = task): followed for tasks of locked plans.
CREATE FUNCTION portal_rollup_links_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "RollupTask" r
     SET "objectiveIds" = COALESCE((SELECT array_agg(tob."A" ORDER BY tob."A") FROM "_TaskObjectives" tob WHERE tob."B" = r.id), '{}')
   WHERE r.id IN (SELECT "B" FROM changed_rows)
     AND EXISTS (SELECT 1 FROM "ActionPlan" p WHERE p.id = r."planId" AND portal_plan_locked_in_force(p.status));
  RETURN NULL;
END;
$$;

CREATE TRIGGER "_TaskObjectives_rollup_insert" AFTER INSERT ON "_TaskObjectives" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION portal_rollup_links_changed();
CREATE TRIGGER "_TaskObjectives_rollup_delete" AFTER DELETE ON "_TaskObjectives" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION portal_rollup_links_changed();

-- Emptied plans or tasks (tests, restores): the derived rows go with them.
CREATE FUNCTION portal_rollup_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- DELETE, not TRUNCATE: the emptying statement may be truncating these tables too.
  DELETE FROM "RollupTask";
  IF TG_TABLE_NAME = 'ActionPlan' THEN
    DELETE FROM "RollupPlan";
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "ActionPlan_rollup_truncate" AFTER TRUNCATE ON "ActionPlan" FOR EACH STATEMENT EXECUTE FUNCTION portal_rollup_truncate();
CREATE TRIGGER "PlanTask_rollup_truncate" AFTER TRUNCATE ON "PlanTask" FOR EACH STATEMENT EXECUTE FUNCTION portal_rollup_truncate();

-- The data as it stands.
SELECT portal_rollup_rebuild();
