// What the report actions return. Field errors are sentences in the user's language keyed by the form's field
// names (`section:limitations`, `task:<taskId>`, `task:<taskId>:progress`, …); `values` is the input as typed so
// nothing is lost; `version` is the one the form must send next and `isSaved` says the text was saved (a save
// can go through before a submit is refused); `kind` tells the form how to present the failure.
export type ReportFormState = {
  status?: "success" | "error";
  kind?: "conflict" | "incomplete" | "validation" | "other";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
  version?: number;
  isSaved?: boolean;
};

export type ReportFormAction = (state: ReportFormState, formData: FormData) => Promise<ReportFormState>;
