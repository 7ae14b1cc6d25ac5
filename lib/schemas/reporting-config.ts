import { z } from "zod";
import { parseCalendarDate } from "@/lib/domain/dates";
import { checkboxSchema, ORGANIZATION_KINDS, REGIONS } from "./organizations";
import { storable } from "./text";

// Decree 09/2019/NĐ-CP, Art. 8(5): the sending deadline leaves at least one working day after the cut-off. The
// upper bound only catches typing mistakes (three months of working days).
export const MIN_DEADLINE_WORKING_DAYS = 1;
export const MAX_DEADLINE_WORKING_DAYS = 60;

export const reportTypeSettingsSchema = z.object({
  deadlineWorkingDays: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.coerce
      .number({ error: "required" })
      .int({ error: "working_days_integer" })
      .min(MIN_DEADLINE_WORKING_DAYS, { error: "working_days_min" })
      .max(MAX_DEADLINE_WORKING_DAYS, { error: "working_days_max" }),
  ),
  isActive: checkboxSchema,
});
export type ReportTypeSettingsInput = z.output<typeof reportTypeSettingsSchema>;

const holidayName = storable(z.string({ error: "required" }).trim().min(1, { error: "required" }).max(200, { error: "too_long" }));

export const holidayNamesSchema = z.object({ nameVi: holidayName, nameEn: holidayName });

export const createHolidaySchema = holidayNamesSchema.extend({
  date: z
    .string({ error: "required" })
    .trim()
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

const id = storable(z.string({ error: "invalid_value" }).trim().min(1, { error: "invalid_value" }).max(64, { error: "invalid_value" }));

// The expectations table posts the organizations it showed and the ticked (organization, report type) cells as
// "organizationId:reportTypeId"; the obligations of those organizations become exactly the ticked cells.
export const MAX_EXPECTATION_ROWS = 500;

const toArray = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? (value as unknown[]) : [value]);

export const reportExpectationsSchema = z.object({
  organizationIds: z.preprocess(toArray, z.array(id).min(1, { error: "required" }).max(MAX_EXPECTATION_ROWS, { error: "too_long" })),
  cells: z.preprocess(
    toArray,
    z
      .array(storable(z.string().regex(/^[^:\s]{1,64}:[^:\s]{1,64}$/, { error: "invalid_value" })))
      .max(MAX_EXPECTATION_ROWS * 4, { error: "too_long" })
      .transform((cells) =>
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
  q: storable(z.string().trim().max(100)).optional().catch(undefined),
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
