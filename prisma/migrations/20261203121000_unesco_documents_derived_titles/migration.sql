-- Files of a UNESCO dossier, and observations the portal derives from its own records (the UNESCO-titles
-- indicators, computed from the pipeline's inscribed dossiers).
CREATE TABLE "UnescoDossierDocument" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnescoDossierDocument_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "UnescoDossierDocument_storageKey_key" ON "UnescoDossierDocument"("storageKey");
CREATE INDEX "UnescoDossierDocument_dossierId_createdAt_idx" ON "UnescoDossierDocument"("dossierId", "createdAt");
ALTER TABLE "UnescoDossierDocument" ADD CONSTRAINT "UnescoDossierDocument_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "UnescoDossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "IndicatorObservation" ADD COLUMN "isDerived" BOOLEAN NOT NULL DEFAULT false;
