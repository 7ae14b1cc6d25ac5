// A task's input fields, in the order people see them: the task form, its conflict summary and the task
// spreadsheet's columns all follow this one list.
export const TASK_FIELDS = [
  "code",
  "titleVi",
  "titleEn",
  "description",
  "taskGroupCode",
  "objectiveCodes",
  "indicatorCodes",
  "leadOrganizationCode",
  "leadUnitName",
  "coordinatorCodes",
  "startDate",
  "dueDate",
  "budgetVnd",
  "fundingSource",
  "expectedOutputs",
  "isBreakthrough",
  "breakthroughPhase",
  "status",
  "progress",
] as const;

export type TaskField = (typeof TASK_FIELDS)[number];
