-- The activities register (issue 15): one record per real activity; co-organizers join it (ActivityCoOrganizer).
-- No CHECK constraints (see the guards migration): dates, codes and ranges are checked by lib/schemas/activities.ts.

-- CreateEnum
CREATE TYPE "ActivityKind" AS ENUM ('CULTURE_DAYS_ABROAD', 'FESTIVAL', 'EXHIBITION', 'PERFORMANCE', 'FILM_WEEK', 'CUISINE_PROMOTION', 'SEMINAR_CONFERENCE', 'DELEGATION_VISIT', 'UNESCO_EVENT', 'ONLINE_CAMPAIGN', 'OTHER');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ActivityEvidenceKind" AS ENUM ('LINK', 'FILE');

-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL,
    "titleVi" TEXT NOT NULL,
    "titleEn" TEXT,
    "titleKey" TEXT NOT NULL,
    "kind" "ActivityKind" NOT NULL,
    "status" "ActivityStatus" NOT NULL DEFAULT 'PLANNED',
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "city" TEXT,
    "provinceId" TEXT,
    "leadOrganizationId" TEXT NOT NULL,
    "description" TEXT,
    "participants" INTEGER,
    "mediaItems" INTEGER,
    "onlineViews" INTEGER,
    "budgetVnd" BIGINT,
    "fundingSource" "FundingSource",
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityCoOrganizer" (
    "activityId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "joinedById" TEXT,

    CONSTRAINT "ActivityCoOrganizer_pkey" PRIMARY KEY ("activityId","organizationId")
);

-- CreateTable
CREATE TABLE "ActivityPartner" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "countryCode" CHAR(2),

    CONSTRAINT "ActivityPartner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityEvidence" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "kind" "ActivityEvidenceKind" NOT NULL,
    "url" TEXT,
    "label" TEXT,
    "fileName" TEXT,
    "mimeType" TEXT,
    "sizeBytes" INTEGER,
    "sha256" TEXT,
    "storageKey" TEXT,
    "organizationId" TEXT NOT NULL,
    "addedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ActivityTaskGroups" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ActivityTaskGroups_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ActivityObjectives" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ActivityObjectives_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ActivityTasks" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ActivityTasks_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Activity_startDate_idx" ON "Activity"("startDate");

-- CreateIndex
CREATE INDEX "Activity_countryCode_startDate_idx" ON "Activity"("countryCode", "startDate");

-- CreateIndex
CREATE INDEX "Activity_leadOrganizationId_startDate_idx" ON "Activity"("leadOrganizationId", "startDate");

-- CreateIndex
CREATE INDEX "Activity_status_startDate_idx" ON "Activity"("status", "startDate");

-- CreateIndex
CREATE INDEX "ActivityCoOrganizer_organizationId_idx" ON "ActivityCoOrganizer"("organizationId");

-- CreateIndex
CREATE INDEX "ActivityPartner_activityId_idx" ON "ActivityPartner"("activityId");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityEvidence_storageKey_key" ON "ActivityEvidence"("storageKey");

-- CreateIndex
CREATE INDEX "ActivityEvidence_activityId_idx" ON "ActivityEvidence"("activityId");

-- CreateIndex
CREATE INDEX "_ActivityTaskGroups_B_index" ON "_ActivityTaskGroups"("B");

-- CreateIndex
CREATE INDEX "_ActivityObjectives_B_index" ON "_ActivityObjectives"("B");

-- CreateIndex
CREATE INDEX "_ActivityTasks_B_index" ON "_ActivityTasks"("B");

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_leadOrganizationId_fkey" FOREIGN KEY ("leadOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityCoOrganizer" ADD CONSTRAINT "ActivityCoOrganizer_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityCoOrganizer" ADD CONSTRAINT "ActivityCoOrganizer_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityPartner" ADD CONSTRAINT "ActivityPartner_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityEvidence" ADD CONSTRAINT "ActivityEvidence_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityEvidence" ADD CONSTRAINT "ActivityEvidence_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ActivityTaskGroups" ADD CONSTRAINT "_ActivityTaskGroups_A_fkey" FOREIGN KEY ("A") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ActivityTaskGroups" ADD CONSTRAINT "_ActivityTaskGroups_B_fkey" FOREIGN KEY ("B") REFERENCES "TaskGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ActivityObjectives" ADD CONSTRAINT "_ActivityObjectives_A_fkey" FOREIGN KEY ("A") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ActivityObjectives" ADD CONSTRAINT "_ActivityObjectives_B_fkey" FOREIGN KEY ("B") REFERENCES "Objective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ActivityTasks" ADD CONSTRAINT "_ActivityTasks_A_fkey" FOREIGN KEY ("A") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ActivityTasks" ADD CONSTRAINT "_ActivityTasks_B_fkey" FOREIGN KEY ("B") REFERENCES "PlanTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The register feeds the dashboards' counts: its writes move the roll-up cache's key like every other table
-- the dashboards read (see 20261123041000_rollup_data_version).
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Activity', 'ActivityCoOrganizer', '_ActivityTaskGroups', '_ActivityObjectives', '_ActivityTasks'] LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION portal_bump_data_version()',
      t || '_data_version', t);
    EXECUTE format(
      'CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION portal_bump_data_version()',
      t || '_data_version_truncate', t);
  END LOOP;
END;
$$;
