import { z } from "zod";
import { parseCalendarDate } from "@/lib/domain/dates";
import { checkboxSchema, ORGANIZATION_KINDS, REGIONS } from "./organizations";
import { boundedArray, boundedString, storable } from "./text";

// Decree 09/2019/NĐ-CP, Art. 8(5): the sending deadline leaves at least one working day after the cut-off. The
// upper bound only catches typing mistakes (three months of working days).
export const MIN_DEADLINE_WORKING_DAYS = 1;
export const MAX_DEADLINE_WORKING_DAYS = 60;

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const optionalInt = (min: number, max: number) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "invalid_value" })
      .int({ error: "invalid_value" })
      .min(min, { error: "invalid_value" })
      .max(max, { error: "invalid_value" })
      .optional(),
  );

// Optional settings: absent = leave as it is; posted empty = clear (null).
const emptyToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);

const optionalText = (max: number) =>
  z.preprocess(
    emptyToNull,
    storable(z.string().trim().max(max, { error: "too_long" }))
      .nullable()
      .optional(),
  );

const optionalDate = z.preprocess(
  emptyToNull,
  z
    .string()
    .trim()
    .max(30, { error: "invalid_date" })
    .transform((value, ctx) => {
      const date = parseCalendarDate(value);
      if (!date) {
        ctx.addIssue({ code: "custom", message: "invalid_date" });
        return z.NEVER;
      }
      return date;
    })
    .nullable()
    .optional(),
);

// A link a reader can open (the source of a basis document); only http(s).
const optionalUrl = z.preprocess(
  emptyToNull,
  storable(
    z
      .string()
      .trim()
      .max(500, { error: "too_long" })
      .regex(/^https?:\/\/\S+$/, { error: "invalid_url" }),
  )
    .nullable()
    .optional(),
);

export const DEADLINE_RULES = ["WORKING_DAYS_AFTER_CUTOFF", "DAY_OF_LAST_MONTH", "FIXED_DATE"] as const;

// The deadline rule of a report type. Fields other than the working days and the active flag are optional: a
// form that does not show them leaves them as they are. The day of month must be 15 or later (after the
// cut-off of the 14th); Decree 09 Art. 13(1) uses the 25th for reports to the Government.
export const reportTypeSettingsSchema = z
  .object({
    deadlineWorkingDays: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ error: "required" })
        .int({ error: "working_days_integer" })
        .min(MIN_DEADLINE_WORKING_DAYS, { error: "working_days_min" })
        .max(MAX_DEADLINE_WORKING_DAYS, { error: "working_days_max" }),
    ),
    isActive: checkboxSchema,
    deadlineRule: z.preprocess(emptyToUndefined, z.enum(DEADLINE_RULES, { error: "invalid_value" }).optional()),
    deadlineDay: optionalInt(1, 31),
    deadlineMonth: optionalInt(1, 12),
    basisVi: optionalText(500),
    basisSourceUrl: optionalUrl,
    outlineVi: optionalText(10_000),
    adHocCutoffStart: optionalDate,
    adHocCutoffEnd: optionalDate,
    adHocDeadline: optionalDate,
  })
  .superRefine((data, ctx) => {
    if (data.deadlineRule === "DAY_OF_LAST_MONTH" && (data.deadlineDay === undefined || data.deadlineDay < 15)) {
      ctx.addIssue({ code: "custom", path: ["deadlineDay"], message: "deadline_day_after_cutoff" });
    }
    if (data.deadlineRule === "FIXED_DATE" && (data.deadlineDay === undefined || data.deadlineMonth === undefined)) {
      ctx.addIssue({ code: "custom", path: [data.deadlineDay === undefined ? "deadlineDay" : "deadlineMonth"], message: "required" });
    }
    if (data.adHocCutoffStart && data.adHocCutoffEnd && data.adHocCutoffEnd < data.adHocCutoffStart) {
      ctx.addIssue({ code: "custom", path: ["adHocCutoffEnd"], message: "date_order" });
    }
    if (data.adHocCutoffEnd && data.adHocDeadline && data.adHocDeadline <= data.adHocCutoffEnd) {
      ctx.addIssue({ code: "custom", path: ["adHocDeadline"], message: "deadline_after_cutoff" });
    }
  });
export type ReportTypeSettingsInput = z.output<typeof reportTypeSettingsSchema>;

const holidayName = storable(boundedString(200, { typeError: "required" }).min(1, { error: "required" }));

export const holidayNamesSchema = z.object({ nameVi: holidayName, nameEn: holidayName });

export const createHolidaySchema = holidayNamesSchema.extend({
  date: boundedString(40, { typeError: "required", error: "invalid_date" })
    .min(1, { error: "required" })
    .transform((value, ctx) => {
      const date = parseCalendarDate(value);
      if (!date) {
        ctx.addIssue({ code: "custom", message: "invalid_date" });
        return z.NEVER;
      }
      return date;
    }),
});
export type CreateHolidayInput = z.output<typeof createHolidaySchema>;

// A day swap or extra day off set by the Government (lib/domain/holidays.ts), with the document that set it.
export const calendarExceptionSchema = z.object({
  date: boundedString(30, { typeError: "required", error: "invalid_date" })
    .min(1, { error: "required" })
    .transform((value, ctx) => {
      const date = parseCalendarDate(value);
      if (!date) {
        ctx.addIssue({ code: "custom", message: "invalid_date" });
        return z.NEVER;
      }
      return date;
    }),
  kind: z.enum(["WORKING_DAY", "DAY_OFF"], { error: "required" }),
  nameVi: holidayName,
  documentVi: storable(boundedString(300, { typeError: "required" }).min(1, { error: "required" })),
  sourceUrl: optionalUrl,
});
export type CalendarExceptionInput = z.output<typeof calendarExceptionSchema>;

export const calendarExceptionUpdateSchema = calendarExceptionSchema.omit({ date: true }).extend({
  version: z.coerce.number({ error: "invalid_value" }).int({ error: "invalid_value" }).min(1, { error: "invalid_value" }),
});

const id = storable(boundedString(64, { typeError: "invalid_value", error: "invalid_value" }).min(1, { error: "invalid_value" }));

// The expectations table posts the organizations it showed and the ticked (organization, report type) cells as
// "organizationId:reportTypeId"; the obligations of those organizations become exactly the ticked cells.
export const MAX_EXPECTATION_ROWS = 500;

const toArray = (value: unknown): unknown[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? (value as unknown[]) : [value];

export const reportExpectationsSchema = z.object({
  organizationIds: z.preprocess(
    toArray,
    boundedArray(id, MAX_EXPECTATION_ROWS, { error: "too_long" }).refine((ids) => ids.length > 0, { error: "required" }),
  ),
  cells: z.preprocess(
    toArray,
    boundedArray(
      storable(
        boundedString(129, { trim: false, error: "invalid_value" }).regex(/^[^:\s]{1,64}:[^:\s]{1,64}$/, { error: "invalid_value" }),
      ),
      MAX_EXPECTATION_ROWS * 4,
      { error: "too_long" },
    ).transform((cells) =>
      cells.map((cell) => {
        const [organizationId, reportTypeId] = cell.split(":") as [string, string];
        return { organizationId, reportTypeId };
      }),
    ),
  ),
});
export type ReportExpectationsInput = z.output<typeof reportExpectationsSchema>;

// Filters of the expectations table (search parameters; anything unknown is ignored).
export const expectationFilterSchema = z.object({
  kind: z.enum(ORGANIZATION_KINDS).optional().catch(undefined),
  region: z.enum(REGIONS).optional().catch(undefined),
  q: storable(boundedString(100)).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type ExpectationFilter = z.output<typeof expectationFilterSchema>;

// What POST /api/v1/reminders/run answers.
export const reminderRunResultSchema = z.object({
  skipped: z.boolean().describe("true when another server instance was running the reminders at that moment"),
  reminders: z.object({
    due: z.number().int().describe("due-soon reminders created (one per organization editor)"),
    overdue: z.number().int().describe("overdue reminders created (one per organization editor)"),
  }),
  delivery: z.object({
    mode: z.enum(["smtp", "outbox-only"]),
    sent: z.number().int(),
    failed: z.number().int(),
    pending: z.number().int(),
  }),
});
export type ReminderRunResult = z.output<typeof reminderRunResultSchema>;
