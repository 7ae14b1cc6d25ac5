-- Issue 14 §2–§3: organizations' dated names, host country and accreditation, official codes; the reporting
-- calendar's day swaps, deadline rules, nine-month and ad-hoc reports; reports sent outside the portal; tasks
-- taken over by a successor organization.

-- AlterEnum (new values are used only by the next migration: PostgreSQL cannot use a value added in the same
-- transaction)
ALTER TYPE "OrganizationKind" ADD VALUE 'NATIONAL_BODY';
ALTER TYPE "PeriodKind" ADD VALUE 'NINE_MONTH';
ALTER TYPE "PeriodKind" ADD VALUE 'AD_HOC';

-- CreateEnum
CREATE TYPE "DeadlineRuleKind" AS ENUM ('WORKING_DAYS_AFTER_CUTOFF', 'DAY_OF_LAST_MONTH', 'FIXED_DATE');
CREATE TYPE "CalendarExceptionKind" AS ENUM ('WORKING_DAY', 'DAY_OFF');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN "hostCountryCode" VARCHAR(2),
ADD COLUMN "accreditedCountryCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "officialCode" VARCHAR(8);
CREATE INDEX "Organization_hostCountryCode_idx" ON "Organization"("hostCountryCode");

ALTER TABLE "PublicHoliday" ADD COLUMN "sourceUrls" TEXT[] DEFAULT ARRAY[]::TEXT[];

ALTER TABLE "ReportType" ADD COLUMN "deadlineRule" "DeadlineRuleKind" NOT NULL DEFAULT 'WORKING_DAYS_AFTER_CUTOFF',
ADD COLUMN "deadlineDay" INTEGER,
ADD COLUMN "deadlineMonth" INTEGER,
ADD COLUMN "adHocCutoffStart" DATE,
ADD COLUMN "adHocCutoffEnd" DATE,
ADD COLUMN "adHocDeadline" DATE,
ADD COLUMN "outlineVi" TEXT,
ADD COLUMN "basisVi" TEXT,
ADD COLUMN "basisSourceUrl" TEXT;
-- Several ad-hoc types share the kind AD_HOC; the next migration keeps one type per periodic kind.
DROP INDEX "ReportType_periodKind_key";

ALTER TABLE "PlanTask" ADD COLUMN "takenOverFromId" TEXT;
CREATE UNIQUE INDEX "PlanTask_takenOverFromId_key" ON "PlanTask"("takenOverFromId");
ALTER TABLE "PlanTask" ADD CONSTRAINT "PlanTask_takenOverFromId_fkey" FOREIGN KEY ("takenOverFromId") REFERENCES "PlanTask"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "OrganizationName" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT,
    "unitType" TEXT,
    "validFrom" DATE,
    "validTo" DATE,
    "basisVi" TEXT,
    "sourceUrls" TEXT[],
    "confidence" "Confidence" NOT NULL DEFAULT 'CONFIRMED',

    CONSTRAINT "OrganizationName_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "OrganizationName_organizationId_nameVi_key" ON "OrganizationName"("organizationId", "nameVi");
ALTER TABLE "OrganizationName" ADD CONSTRAINT "OrganizationName_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "CalendarException" (
    "id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "kind" "CalendarExceptionKind" NOT NULL,
    "nameVi" TEXT NOT NULL,
    "documentVi" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CalendarException_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "CalendarException_date_key" ON "CalendarException"("date");

CREATE TABLE "ExternalReportRecord" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "documentNumber" TEXT NOT NULL,
    "documentDate" DATE NOT NULL,
    "signerName" TEXT NOT NULL,
    "sentOn" DATE NOT NULL,
    "fileName" TEXT,
    "mimeType" TEXT,
    "sizeBytes" INTEGER,
    "sha256" TEXT,
    "storageKey" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExternalReportRecord_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ExternalReportRecord_storageKey_key" ON "ExternalReportRecord"("storageKey");
CREATE INDEX "ExternalReportRecord_periodId_idx" ON "ExternalReportRecord"("periodId");
CREATE UNIQUE INDEX "ExternalReportRecord_organizationId_periodId_key" ON "ExternalReportRecord"("organizationId", "periodId");
ALTER TABLE "ExternalReportRecord" ADD CONSTRAINT "ExternalReportRecord_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ExternalReportRecord" ADD CONSTRAINT "ExternalReportRecord_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The dashboards read these tables: a write must make cached roll-ups stale (see *_rollup_data_version).
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['OrganizationName', 'ExternalReportRecord', 'CalendarException', 'PublicHoliday'] LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION portal_bump_data_version()',
      t || '_data_version', t);
    EXECUTE format(
      'CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION portal_bump_data_version()',
      t || '_data_version_truncate', t);
  END LOOP;
END;
$$;

-- The six-month report covers the first half only; a second half would end with the annual report on 14/12 and
-- duplicate it. Second-half periods nobody reported on go; those with reports stay (their reports are history).
DELETE FROM "ReportingPeriod" p
WHERE p."kind" = 'SEMIANNUAL' AND p."number" = 2
  AND NOT EXISTS (SELECT 1 FROM "ProgressReport" r WHERE r."periodId" = p."id");
