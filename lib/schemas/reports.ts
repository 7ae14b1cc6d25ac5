import { z } from "zod";
import { REPORT_SECTIONS } from "@/lib/domain/report-rules";
import { plainText, progressSchema, singleLineText, taskStatusSchema } from "./plans";
import { boundedArray, boundedString, storable } from "./text";

const optionalText = (max: number) =>
  z.preprocess((v) => (v === null || v === undefined ? "" : v), plainText(max)).transform((v) => (v === "" ? null : v));

const version = z.coerce.number({ error: "invalid_type" }).int().min(1);

export const reportTaskRowInputSchema = z.object({
  taskId: storable(boundedString(40).min(1)),
  status: taskStatusSchema,
  progress: progressSchema,
  resultAchieved: optionalText(5_000),
  evidence: optionalText(2_000),
});

export const reportIndicatorInputSchema = z.object({
  indicatorCode: storable(boundedString(40).min(1)),
  value: z.coerce
    .number({ error: "invalid_number" })
    .finite({ error: "invalid_number" })
    .min(0, { error: "negative_value" })
    .max(1e12, { error: "value_too_large" })
    // Stored as decimal(20, 4): more decimals would be rounded silently.
    .refine((v) => Number(v.toFixed(4)) === v, { error: "too_many_decimals" }),
  note: optionalText(1_000),
});

// A draft save: absent parts are unchanged. Sections are the narrative of a Vietnamese administrative report.
export const reportDraftSchema = z.object({
  version,
  documentNumber: z
    .preprocess((v) => (v === null || v === undefined ? "" : v), singleLineText(60))
    .transform((v) => (v === "" ? null : v))
    .optional(),
  sections: z
    .object(
      Object.fromEntries(REPORT_SECTIONS.map((s) => [s, optionalText(20_000).optional()])) as Record<
        (typeof REPORT_SECTIONS)[number],
        z.ZodOptional<ReturnType<typeof optionalText>>
      >,
    )
    .partial()
    .default({}),
  taskRows: boundedArray(reportTaskRowInputSchema, 2_000).default([]),
  indicatorValues: boundedArray(reportIndicatorInputSchema, 200).default([]),
});

export const reportSubmitSchema = z.object({ version });

export const reportReviewSchema = z
  .object({
    decision: z.enum(["accept", "return"], { error: "invalid_value" }),
    comment: optionalText(5_000),
    reasons: boundedArray(
      z.object({
        section: z.enum(REPORT_SECTIONS).optional(),
        taskId: storable(boundedString(40).min(1)).optional(),
        reason: plainText(2_000, { required: true }),
      }),
      500,
    ).default([]),
    version,
  })
  .superRefine((r, ctx) => {
    if (r.decision === "return" && r.reasons.length === 0)
      ctx.addIssue({ code: "custom", path: ["reasons"], message: "return_needs_reason" });
  });

export const reportListQuerySchema = z.object({
  period: storable(boundedString(40)).optional(),
  organization: storable(boundedString(40)).optional(),
  status: z.enum(["DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"]).optional(),
});

export type ReportDraftInput = z.output<typeof reportDraftSchema>;

export const reportingPeriodQuerySchema = z.object({
  kind: z.enum(["MONTHLY", "QUARTERLY", "SEMIANNUAL", "NINE_MONTH", "ANNUAL", "AD_HOC"]).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const reportOpenSchema = z.object({ periodId: storable(boundedString(40).min(1)) });
