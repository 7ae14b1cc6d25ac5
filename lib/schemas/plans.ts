// Input schemas for plans, tasks, progress updates and reviews: used by the forms, the server actions, the
// JSON API and the spreadsheet import alike. Error messages are codes (see lib/i18n/messages/*/validation.json).
import { z } from "zod";
import { parseCalendarDate, parseVndAmount } from "@/lib/domain/dates";
import { boundedArray, boundedString, storable } from "./text";
import { FUNDING_SOURCES, TASK_STATUSES } from "@/lib/domain/enums";

// A tag is `<`, a name, and everything up to the next `>` without another `<` on the way. Excluding `<` keeps
// the scan linear: with `[^>]*`, every unclosed `<a` of a long text rescanned the rest of it (quadratic).
const HTML_TAG = /<\/?[a-z!][^<>]*>/i;

export function plainText(max: number, options: { required?: boolean } = {}) {
  const base = storable(boundedString(max, { typeError: "invalid_type" }));
  return options.required ? base.min(1, { error: "required" }) : base;
}

export function singleLineText(max: number, options: { required?: boolean } = {}) {
  return plainText(max, options).refine((v) => !HTML_TAG.test(v), { error: "html_not_allowed" });
}

const optionalText = (schema: z.ZodType<string>) =>
  z.preprocess((v) => (v === null || v === undefined ? "" : v), schema).transform((v) => (v === "" ? null : v));

// No date is longer than "2026-12-31T00:00:00.000Z".
const MAX_DATE_CHARS = 40;
const MAX_AMOUNT_CHARS = 60;

export const calendarDate = z
  .union([boundedString(MAX_DATE_CHARS, { trim: false }), z.date()], { error: "invalid_date" })
  .transform((v, ctx) => {
    const parsed = v instanceof Date ? (Number.isNaN(v.getTime()) ? null : v) : parseCalendarDate(v);
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: "invalid_date" });
      return z.NEVER;
    }
    return parsed;
  });

const optionalDate = z.preprocess((v) => (v === "" || v === undefined ? null : v), calendarDate.nullable());

export const vndAmount = z
  .union([boundedString(MAX_AMOUNT_CHARS, { trim: false }), z.number(), z.bigint()], { error: "invalid_amount" })
  .transform((v, ctx) => {
    const parsed = parseVndAmount(v);
    if (parsed === null) {
      ctx.addIssue({ code: "custom", message: "invalid_amount" });
      return z.NEVER;
    }
    if (parsed < 0n) {
      ctx.addIssue({ code: "custom", message: "negative_amount" });
      return z.NEVER;
    }
    if (parsed > 10n ** 15n) {
      ctx.addIssue({ code: "custom", message: "amount_too_large" });
      return z.NEVER;
    }
    return parsed;
  });

// Splitting stops after one code more than allowed (and one empty leading piece), so that a megabyte of
// separators makes a short array, not half a million elements for zod to walk before `max(50)` refuses.
const MAX_CODES = 50;
const codeList = z
  .preprocess(
    (v) => (typeof v === "string" ? v.split(/[,;\s]+/, MAX_CODES + 2).filter(Boolean) : (v ?? [])),
    boundedArray(storable(boundedString(40)), MAX_CODES),
  )
  .transform((codes) => [...new Set(codes.map((c) => c.toUpperCase()))]);

const year = z.coerce
  .number({ error: "invalid_year" })
  .int({ error: "invalid_year" })
  .min(2021, { error: "invalid_year" })
  .max(2035, { error: "invalid_year" });
const version = z.coerce.number({ error: "invalid_type" }).int().min(1);

export { FUNDING_SOURCES, TASK_STATUSES } from "@/lib/domain/enums";
export const TASK_GROUP_CODES = ["TG1", "TG2", "TG3", "TG4", "TG5"] as const;

export const taskStatusSchema = z.enum(TASK_STATUSES, { error: "invalid_value" });
export const progressSchema = z.coerce
  .number({ error: "invalid_progress" })
  .int({ error: "invalid_progress" })
  .min(0, { error: "invalid_progress" })
  .max(100, { error: "invalid_progress" });

const planFields = {
  title: singleLineText(500, { required: true }),
  titleEn: optionalText(singleLineText(500)),
  periodStart: year,
  periodEnd: year,
  documentNumber: optionalText(
    singleLineText(60).refine((v) => v === "" || /^[\p{L}\p{N}/._\- ]+$/u.test(v), { error: "invalid_document_number" }),
  ),
  documentDate: optionalDate,
};

export const planInputSchema = z
  .object(planFields)
  .refine((p) => p.periodEnd >= p.periodStart, { path: ["periodEnd"], error: "period_end_before_start" });

export const planUpdateSchema = z
  .object({ ...planFields, version })
  .refine((p) => p.periodEnd >= p.periodStart, { path: ["periodEnd"], error: "period_end_before_start" });

const taskFields = {
  code: singleLineText(30, { required: true }).refine((v) => v === "" || /^[\p{L}\p{N}._\-]+$/u.test(v), { error: "invalid_code" }),
  titleVi: singleLineText(500, { required: true }),
  titleEn: optionalText(singleLineText(500)),
  description: optionalText(plainText(10_000)),
  taskGroupCode: z.enum(TASK_GROUP_CODES, { error: "invalid_task_group" }),
  objectiveCodes: codeList,
  indicatorCodes: codeList,
  leadOrganizationCode: optionalText(singleLineText(40)),
  leadUnitName: optionalText(singleLineText(300)),
  coordinatorCodes: codeList,
  startDate: optionalDate,
  dueDate: optionalDate,
  budgetVnd: z.preprocess((v) => (v === "" || v === undefined ? null : v), vndAmount.nullable()),
  fundingSource: z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z.enum(FUNDING_SOURCES, { error: "invalid_value" }).nullable(),
  ),
  expectedOutputs: optionalText(plainText(5_000)),
  isBreakthrough: z.preprocess((v) => v === true || v === "true" || v === "on" || v === "1" || v === "x" || v === "X", z.boolean()),
  breakthroughPhase: optionalText(singleLineText(100)),
  status: z.preprocess((v) => (v === "" || v === undefined ? "NOT_STARTED" : v), taskStatusSchema),
  progress: z.preprocess((v) => (v === "" || v === undefined ? 0 : v), progressSchema),
};

function checkTask<T extends { startDate: Date | null; dueDate: Date | null; status: string; progress: number }>(
  task: T,
  ctx: z.RefinementCtx,
) {
  if (task.startDate && task.dueDate && task.dueDate < task.startDate) {
    ctx.addIssue({ code: "custom", path: ["dueDate"], message: "due_before_start" });
  }
  if (task.status === "COMPLETED" && task.progress !== 100) {
    ctx.addIssue({ code: "custom", path: ["progress"], message: "completed_needs_100" });
  }
}

export const taskInputSchema = z.object(taskFields).superRefine(checkTask);
export const taskUpdateSchema = z.object({ ...taskFields, version }).superRefine(checkTask);

export const progressUpdateSchema = z
  .object({
    status: taskStatusSchema,
    progress: progressSchema,
    note: optionalText(plainText(2_000)),
    evidenceUrl: optionalText(singleLineText(1_000).refine((v) => v === "" || /^https?:\/\/[^\s]+$/i.test(v), { error: "invalid_url" })),
    version,
  })
  .superRefine((u, ctx) => {
    if (u.status === "COMPLETED" && u.progress !== 100)
      ctx.addIssue({ code: "custom", path: ["progress"], message: "completed_needs_100" });
  });

// MOFA's decision on a sent plan: record it (other bodies' plans), approve it (MOFA units' plans only), or send
// comments asking for completion. The version is the one the reviewer saw: a plan changed since is refused (409).
export const planReviewSchema = z
  .object({
    decision: z.enum(["record", "approve", "comment"], { error: "invalid_value" }),
    comment: optionalText(plainText(5_000)),
    taskComments: boundedArray(
      z.object({ taskId: storable(boundedString(40).min(1)), comment: plainText(2_000, { required: true }) }),
      500,
    ).default([]),
    version,
  })
  .superRefine((r, ctx) => {
    if (r.decision === "comment" && !r.comment && r.taskComments.length === 0) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "comment_needs_reason" });
    }
  });

// The officer submits the draft to the unit leader.
export const planSubmitSchema = z.object({ version: version.optional() });

// The unit leader returns the draft to the officer, saying why.
export const planReturnSchema = z.object({ version, comment: optionalText(plainText(5_000)) });

// The unit leader sends the plan to MOFA: the issuing document's number, date and signer are required
// (lib/domain/plan-workflow.ts sendingProblems). The signed copy, when attached, comes as a file beside these.
export const planSendSchema = z.object({
  version,
  documentNumber: optionalText(singleLineText(100)),
  documentDate: optionalDate,
  signerName: optionalText(singleLineText(200)),
});

// A coordinating organization's note of its own contribution to another organization's task.
export const taskContributionSchema = z.object({ note: plainText(2_000, { required: true }) });

export type PlanInput = z.output<typeof planInputSchema>;
export type TaskInput = z.output<typeof taskInputSchema>;
