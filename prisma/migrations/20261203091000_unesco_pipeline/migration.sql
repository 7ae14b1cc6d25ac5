-- The UNESCO nomination pipeline: dossiers, their stage history and UNESCO's cycle dates per programme.
CREATE TYPE "UnescoProgramme" AS ENUM ('WH_CULTURAL', 'WH_NATURAL', 'WH_MIXED', 'ICH_REPRESENTATIVE', 'ICH_URGENT', 'ICH_GOOD_PRACTICE', 'MOW_INTERNATIONAL', 'MOW_ASIA_PACIFIC', 'CREATIVE_CITY', 'GLOBAL_GEOPARK', 'BIOSPHERE_RESERVE');

CREATE TYPE "UnescoStage" AS ENUM ('INVENTORIED', 'NATIONAL_LIST', 'IN_PREPARATION', 'SUBMITTED', 'UNDER_EVALUATION', 'INSCRIBED', 'REFERRED', 'DEFERRED', 'NOT_INSCRIBED', 'WITHDRAWN');

CREATE TABLE "UnescoDossier" (
    "id" TEXT NOT NULL,
    "elementVi" TEXT NOT NULL,
    "elementEn" TEXT,
    "programme" "UnescoProgramme" NOT NULL,
    "stage" "UnescoStage" NOT NULL,
    "stageDate" DATE,
    "inscribedYear" INTEGER,
    "isExtension" BOOLEAN NOT NULL DEFAULT false,
    "leadOrganizationId" TEXT NOT NULL,
    "notes" TEXT,
    "sourceUrls" TEXT[],
    "confidence" "Confidence" NOT NULL DEFAULT 'CONFIRMED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UnescoDossier_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "UnescoStageEvent" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "stage" "UnescoStage" NOT NULL,
    "occurredOn" DATE,
    "occurredYear" INTEGER NOT NULL,
    "note" TEXT,
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnescoStageEvent_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "UnescoDeadlineRule" (
    "programme" "UnescoProgramme" NOT NULL,
    "month" INTEGER NOT NULL,
    "day" INTEGER NOT NULL,
    "intervalYears" INTEGER NOT NULL DEFAULT 1,
    "anchorYear" INTEGER NOT NULL DEFAULT 2000,
    "confidence" "Confidence" NOT NULL DEFAULT 'UNCONFIRMED',
    "sourceUrls" TEXT[],
    "noteVi" TEXT,
    "noteEn" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UnescoDeadlineRule_pkey" PRIMARY KEY ("programme")
);

CREATE TABLE "_UnescoSupporters" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_UnescoSupporters_AB_pkey" PRIMARY KEY ("A","B")
);

CREATE INDEX "UnescoDossier_leadOrganizationId_idx" ON "UnescoDossier"("leadOrganizationId");
CREATE INDEX "UnescoDossier_programme_stage_idx" ON "UnescoDossier"("programme", "stage");
CREATE INDEX "UnescoStageEvent_dossierId_occurredYear_idx" ON "UnescoStageEvent"("dossierId", "occurredYear");
CREATE INDEX "_UnescoSupporters_B_index" ON "_UnescoSupporters"("B");

ALTER TABLE "UnescoDossier" ADD CONSTRAINT "UnescoDossier_leadOrganizationId_fkey" FOREIGN KEY ("leadOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "UnescoStageEvent" ADD CONSTRAINT "UnescoStageEvent_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "UnescoDossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "_UnescoSupporters" ADD CONSTRAINT "_UnescoSupporters_A_fkey" FOREIGN KEY ("A") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "_UnescoSupporters" ADD CONSTRAINT "_UnescoSupporters_B_fkey" FOREIGN KEY ("B") REFERENCES "UnescoDossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The UNESCO-titles indicator is derived from these tables, so the dashboards' roll-up cache must see writes.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['UnescoDossier', 'UnescoStageEvent'] LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION portal_bump_data_version()',
      t || '_data_version', t);
    EXECUTE format(
      'CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION portal_bump_data_version()',
      t || '_data_version_truncate', t);
  END LOOP;
END;
$$;
