// The plan, task, progress and review forms as their server actions read them (lib/server/action.ts): bounded
// text, checked in detail by the services with lib/schemas/plans.ts. Bounds are generous over the content limits
// (a textarea sends CRLF line ends), so the service's precise message is the one users see.
import { z } from "zod";
import { formId, formList, formText } from "./form-fields";

export const planForm = z.object({
  title: formText(1_000),
  titleEn: formText(1_000),
  periodStart: formText(20),
  periodEnd: formText(20),
  documentNumber: formText(200),
  documentDate: formText(40),
});

export const planEditForm = planForm.extend({ planId: formId, version: formText(20) });

export const planIdForm = z.object({ planId: formId });

export const taskForm = z.object({
  code: formText(100),
  titleVi: formText(1_000),
  titleEn: formText(1_000),
  description: formText(20_000),
  taskGroupCode: formText(40),
  objectiveCodes: formList(100, 40),
  indicatorCodes: formList(100, 40),
  leadOrganizationCode: formText(100),
  leadUnitName: formText(600),
  coordinatorCodes: formList(100, 40),
  startDate: formText(40),
  dueDate: formText(40),
  budgetVnd: formText(60),
  fundingSource: formText(40),
  expectedOutputs: formText(10_000),
  isBreakthrough: formText(10),
  breakthroughPhase: formText(200),
  status: formText(40),
  progress: formText(20),
});

export const taskCreateForm = taskForm.extend({ planId: formId });

export const taskEditForm = taskForm.extend({ taskId: formId, version: formText(20) });

export const progressForm = z.object({
  taskId: formId,
  status: formText(40),
  progress: formText(20),
  note: formText(4_000),
  evidenceUrl: formText(2_000),
  version: formText(20),
});

export const taskDeleteForm = z.object({ taskId: formId, version: formText(20) });

// Where a validation code means something more precise for one task field than the shared sentence.
export const TASK_FIELD_MESSAGES: Record<string, string> = {
  "code.code_taken": "plans.validation.taskCodeTaken",
  "code.invalid_code": "plans.validation.taskInvalidCode",
};
