-- The activity annex of a periodic report, confirmed by its editor with the draft.
CREATE TABLE "ReportActivityAnnex" (
    "reportId" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedById" TEXT NOT NULL,

    CONSTRAINT "ReportActivityAnnex_pkey" PRIMARY KEY ("reportId")
);

CREATE TABLE "ReportActivityAnnexItem" (
    "reportId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,

    CONSTRAINT "ReportActivityAnnexItem_pkey" PRIMARY KEY ("reportId","activityId")
);

CREATE INDEX "ReportActivityAnnexItem_activityId_idx" ON "ReportActivityAnnexItem"("activityId");

ALTER TABLE "ReportActivityAnnex" ADD CONSTRAINT "ReportActivityAnnex_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ReportActivityAnnexItem" ADD CONSTRAINT "ReportActivityAnnexItem_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ReportActivityAnnex"("reportId") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ReportActivityAnnexItem" ADD CONSTRAINT "ReportActivityAnnexItem_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;
