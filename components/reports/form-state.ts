import type { FormAction, FormValues } from "@/lib/schemas/action-state";

// What the report actions return besides their message: `isSaved` says the text was saved (a save can go
// through before the submit that follows it is refused). Field errors are keyed by the form's field names
// (`section:limitations`, `task:<taskId>`, `task:<taskId>:progress`, …).
export type ReportResult = { isSaved?: boolean };

export type ReportFormAction = FormAction<FormValues, ReportResult>;
