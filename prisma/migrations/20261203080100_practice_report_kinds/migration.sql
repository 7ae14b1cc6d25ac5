-- One report type per periodic kind (the former unique index on "periodKind"); ad-hoc types are many.
CREATE UNIQUE INDEX "ReportType_periodic_kind_key" ON "ReportType" ("periodKind") WHERE "periodKind" <> 'AD_HOC';
