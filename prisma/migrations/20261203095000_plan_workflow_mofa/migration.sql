-- Who sends what to whom (issue 14 §1): MOFA records other bodies' plans or comments on them and approves only
-- its own units' plans; the unit leader authorizes sending; the sending carries the issuing document's number,
-- date and signer and optionally its signed copy; coordinating organizations note their contribution.

-- The roll-up data-version triggers are deferred to commit; an UPDATE followed by an ALTER TABLE of the same table
-- in one transaction would fail ("pending trigger events"), so they fire at once here.
SET CONSTRAINTS ALL IMMEDIATE;

-- The unit leader (lãnh đạo đơn vị).
ALTER TYPE "Role" ADD VALUE 'ORG_LEADER' BEFORE 'ORG_EDITOR';

-- New plan statuses. Existing rows: SUBMITTED → SENT, RETURNED → COMMENTED, APPROVED → RECORDED except for the
-- plans of MOFA's own units (the only plans MOFA approves), REVISION and DRAFT unchanged.
-- The roll-ups' in-force predicate takes the old type: it is dropped here and created for the new statuses by
-- 20261203100000_plan_in_force_statuses, which also rebuilds the roll-ups. The plan trigger that calls it is off
-- while the statuses are renamed (the versions in force do not change meaning: the rebuild recopies them).
DROP FUNCTION portal_plan_locked_in_force("PlanStatus");
ALTER TABLE "ActionPlan" DISABLE TRIGGER "ActionPlan_rollup_update";
CREATE TYPE "PlanStatus_new" AS ENUM ('DRAFT', 'AWAITING_LEADER', 'SENT', 'RECORDED', 'APPROVED', 'COMMENTED', 'REVISION');
ALTER TABLE "ActionPlan" ALTER COLUMN "status" DROP DEFAULT;
-- Through text: a type change's USING expression cannot look at other tables.
ALTER TABLE "ActionPlan" ALTER COLUMN "status" TYPE TEXT USING "status"::text;
UPDATE "ActionPlan" p SET "status" = CASE
    WHEN p."status" = 'SUBMITTED' THEN 'SENT'
    WHEN p."status" = 'RETURNED' THEN 'COMMENTED'
    WHEN p."status" = 'APPROVED' AND o."kind"::text <> 'MOFA_UNIT' THEN 'RECORDED'
    ELSE p."status"
  END
  FROM "Organization" o
  WHERE o."id" = p."organizationId" AND p."status" IN ('SUBMITTED', 'RETURNED', 'APPROVED');
ALTER TABLE "ActionPlan" ALTER COLUMN "status" TYPE "PlanStatus_new" USING "status"::"PlanStatus_new";
ALTER TABLE "ActionPlan" ALTER COLUMN "status" SET DEFAULT 'DRAFT';
DROP TYPE "PlanStatus";
ALTER TYPE "PlanStatus_new" RENAME TO "PlanStatus";
ALTER TABLE "ActionPlan" ENABLE TRIGGER "ActionPlan_rollup_update";

-- Decisions on earlier sendings, in the same words.
UPDATE "PlanSubmission" s SET "decision" = CASE
    WHEN s."decision" = 'RETURNED' THEN 'COMMENTED'
    WHEN s."decision" = 'APPROVED' AND (SELECT o."kind"::text FROM "ActionPlan" p JOIN "Organization" o ON o."id" = p."organizationId" WHERE p."id" = s."planId") <> 'MOFA_UNIT' THEN 'RECORDED'
    ELSE s."decision"
  END
  WHERE s."decision" IN ('RETURNED', 'APPROVED');

-- The issuing document of each sending (earlier sendings keep the plan's number and date, when it had them).
ALTER TABLE "ActionPlan" ADD COLUMN "signerName" TEXT;
ALTER TABLE "PlanSubmission" ADD COLUMN "documentNumber" TEXT,
  ADD COLUMN "documentDate" DATE,
  ADD COLUMN "signerName" TEXT,
  ADD COLUMN "signedCopyId" TEXT;
UPDATE "PlanSubmission" s SET "documentNumber" = p."documentNumber", "documentDate" = p."documentDate"
  FROM "ActionPlan" p WHERE p."id" = s."planId";
ALTER TABLE "Attachment" ADD COLUMN "isOfficialRecord" BOOLEAN NOT NULL DEFAULT false;
CREATE UNIQUE INDEX "PlanSubmission_signedCopyId_key" ON "PlanSubmission"("signedCopyId");
ALTER TABLE "PlanSubmission" ADD CONSTRAINT "PlanSubmission_signedCopyId_fkey" FOREIGN KEY ("signedCopyId") REFERENCES "Attachment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Which body issues a province's reports.
CREATE TYPE "ReportIssuer" AS ENUM ('PEOPLES_COMMITTEE', 'FOREIGN_AFFAIRS_DEPARTMENT');
ALTER TABLE "Organization" ADD COLUMN "reportIssuer" "ReportIssuer";

-- A coordinating organization's note of its contribution to another organization's task.
CREATE TABLE "TaskContribution" (
    "id" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskContribution_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "TaskContribution_taskId_createdAt_idx" ON "TaskContribution"("taskId", "createdAt");
ALTER TABLE "TaskContribution" ADD CONSTRAINT "TaskContribution_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "PlanTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "TaskContribution" ADD CONSTRAINT "TaskContribution_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
