import "server-only";
import { NO, YES } from "@/lib/domain/spreadsheet-columns";
import { formatDate } from "@/lib/i18n/format";
import type { TaskDto } from "@/lib/dto/tasks";
import type { TaskRowValues } from "./task-workbook";

// A task as a spreadsheet row, in the form the import reads back: codes, dd/MM/yyyy dates, đồng as numbers.
export function taskToRow(task: TaskDto): TaskRowValues {
  return {
    code: task.code,
    titleVi: task.titleVi,
    titleEn: task.titleEn,
    description: task.description,
    taskGroupCode: task.taskGroupCode,
    objectiveCodes: task.objectiveCodes.join(", "),
    indicatorCodes: task.indicatorCodes.join(", "),
    leadOrganizationCode: task.leadOrganizationCode,
    leadUnitName: task.leadUnitName,
    coordinatorCodes: task.coordinatorCodes.join(", "),
    startDate: formatDate(task.startDate),
    dueDate: formatDate(task.dueDate),
    // At most 10^15 đồng (the schema's limit), exactly representable as a number.
    budgetVnd: task.budgetVnd === null ? null : Number(task.budgetVnd),
    fundingSource: task.fundingSource,
    expectedOutputs: task.expectedOutputs,
    isBreakthrough: task.isBreakthrough ? YES : NO,
    breakthroughPhase: task.breakthroughPhase,
    status: task.status,
    progress: task.progress,
  };
}
