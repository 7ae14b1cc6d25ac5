"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { SpreadsheetImportForm } from "@/components/ui/spreadsheet-import-form";
import type { ActivityImportAction, ActivityImportReportRow } from "./activity-import-state";

// Upload of an activity spreadsheet, as the plan's task import; a likely duplicate links to the activity
// already recorded.
export function ActivityImportForm({ action }: { action: ActivityImportAction }) {
  const t = useTranslations("activities.import");
  const reason = (entry: ActivityImportReportRow) => (
    <>
      {entry.reason}
      {entry.existing && (
        <>
          {" "}
          <Link href={`/activities/${entry.existing.id}`} className="text-cb-blue underline">
            {t("openExisting")}
          </Link>
        </>
      )}
    </>
  );
  return <SpreadsheetImportForm action={action} t={t} testId="activity-import-form" reason={reason} />;
}
