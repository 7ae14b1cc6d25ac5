// What the plan and task form actions return. Field errors are validation codes (the form translates them next to
// each field); `values` is the input as typed, so nothing is lost; on a conflict `current` holds the values saved
// by someone else meanwhile and `version` the one the form must send to deliberately save over them.
export type PlanFormState = {
  status?: "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string | string[]>;
  current?: Record<string, unknown>;
  version?: number;
};

// The review form's per-task comment boxes are named `taskComment:<taskId>`.
export const TASK_COMMENT_PREFIX = "taskComment:";

export type PlanFormAction = (state: PlanFormState, formData: FormData) => Promise<PlanFormState>;

export function textValue(values: PlanFormState["values"], field: string, fallback = ""): string {
  const value = values?.[field];
  return typeof value === "string" ? value : fallback;
}

export function listValue(values: PlanFormState["values"], field: string, fallback: readonly string[] = []): string[] {
  const value = values?.[field];
  return Array.isArray(value) ? value : [...fallback];
}
