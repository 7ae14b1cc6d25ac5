import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { TaskDto } from "@/lib/dto/tasks";

// The task form's fields as strings (what the inputs hold) and lists (the checkbox groups).
export type TaskFormValues = {
  code: string;
  titleVi: string;
  titleEn: string;
  description: string;
  taskGroupCode: string;
  objectiveCodes: string[];
  indicatorCodes: string[];
  leadOrganizationCode: string;
  leadUnitName: string;
  coordinatorCodes: string[];
  startDate: string;
  dueDate: string;
  budgetVnd: string;
  fundingSource: string;
  expectedOutputs: string;
  isBreakthrough: boolean;
  breakthroughPhase: string;
  status: string;
  progress: string;
};

export const TASK_TEXT_FIELDS = [
  "code",
  "titleVi",
  "titleEn",
  "description",
  "taskGroupCode",
  "leadOrganizationCode",
  "leadUnitName",
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

export const TASK_LIST_FIELDS = ["objectiveCodes", "indicatorCodes", "coordinatorCodes"] as const;

// Amounts are typed with dots as thousands separators (1.500.000) whatever the interface language.
export function budgetText(value: string | null | undefined): string {
  return value ? formatNumber(BigInt(value), "vi", 0) : "";
}

export function emptyTaskFormValues(leadOrganizationCode: string): TaskFormValues {
  return {
    code: "",
    titleVi: "",
    titleEn: "",
    description: "",
    taskGroupCode: "",
    objectiveCodes: [],
    indicatorCodes: [],
    leadOrganizationCode,
    leadUnitName: "",
    coordinatorCodes: [],
    startDate: "",
    dueDate: "",
    budgetVnd: "",
    fundingSource: "",
    expectedOutputs: "",
    isBreakthrough: false,
    breakthroughPhase: "",
    status: "NOT_STARTED",
    progress: "0",
  };
}

// The fields of a task the form edits, as the task query returns them.
type TaskLike = Pick<
  TaskDto,
  | "code"
  | "titleVi"
  | "titleEn"
  | "description"
  | "taskGroupCode"
  | "objectiveCodes"
  | "indicatorCodes"
  | "leadOrganizationCode"
  | "leadUnitName"
  | "coordinatorCodes"
  | "startDate"
  | "dueDate"
  | "budgetVnd"
  | "fundingSource"
  | "expectedOutputs"
  | "isBreakthrough"
  | "breakthroughPhase"
  | "status"
  | "progress"
>;

export function taskFormValuesFrom(task: TaskLike): TaskFormValues {
  return {
    code: task.code,
    titleVi: task.titleVi,
    titleEn: task.titleEn ?? "",
    description: task.description ?? "",
    taskGroupCode: task.taskGroupCode ?? "",
    objectiveCodes: task.objectiveCodes,
    indicatorCodes: task.indicatorCodes,
    leadOrganizationCode: task.leadOrganizationCode ?? "",
    leadUnitName: task.leadUnitName ?? "",
    coordinatorCodes: task.coordinatorCodes,
    startDate: formatDate(task.startDate),
    dueDate: formatDate(task.dueDate),
    budgetVnd: budgetText(task.budgetVnd),
    fundingSource: task.fundingSource ?? "",
    expectedOutputs: task.expectedOutputs ?? "",
    isBreakthrough: task.isBreakthrough,
    breakthroughPhase: task.breakthroughPhase ?? "",
    status: task.status,
    progress: String(task.progress),
  };
}
