"use client";

import { useTranslations } from "next-intl";
import { SpreadsheetImportForm } from "@/components/ui/spreadsheet-import-form";
import type { ImportAction } from "./plan-import-state";

// Upload of a task spreadsheet into one plan (the shared spreadsheet import form, with the plan's id).
export function PlanImportForm({ planId, action }: { planId: string; action: ImportAction }) {
  const t = useTranslations("files.import");
  return (
    <SpreadsheetImportForm
      action={action}
      t={t}
      testId="plan-import-form"
      hiddenFields={<input type="hidden" name="planId" value={planId} />}
    />
  );
}
