// Input and output schemas of the activities register: used by the form actions, the JSON API (and its OpenAPI
// document) and the spreadsheet import alike. Every string is bounded before any pattern runs.
import { z } from "zod";
import { ACTIVITY_KINDS, ACTIVITY_STATUSES } from "@/lib/domain/activity-kinds";
import { ACTIVITY_COUNT_INDICATORS } from "@/lib/domain/activity-counts";
import { calendarDate, FUNDING_SOURCES, plainText, singleLineText, vndAmount } from "./plans";
import { storable } from "./text";

const optional = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (v === "" || v === undefined ? null : v), schema.nullable());

const countryCode = storable(z.string({ error: "invalid_country" }).trim().max(2, { error: "invalid_country" }))
  .refine((v) => /^[A-Za-z]{2}$/.test(v), { error: "invalid_country" })
  .transform((v) => v.toUpperCase());

// Whole numbers as Vietnamese write them too: "3.500" or "3 500" is three thousand five hundred.
const GROUPED_DIGITS = /^\d{1,3}(?:[. ]\d{3})+$/;
const count = z.preprocess(
  (v) => (typeof v === "string" && v.length <= 40 && GROUPED_DIGITS.test(v.trim()) ? v.trim().replace(/[. ]/g, "") : v),
  z.coerce
    .number({ error: "invalid_number" })
    .int({ error: "invalid_number" })
    .min(0, { error: "invalid_number" })
    .max(2_000_000_000, { error: "invalid_number" }),
);

const codeList = (maxItems: number) =>
  z
    .preprocess(
      (v) => (typeof v === "string" ? v.split(/[,;\s]+/).filter(Boolean) : (v ?? [])),
      z.array(storable(z.string().trim().max(64, { error: "too_long" }))).max(maxItems, { error: "too_long" }),
    )
    .transform((codes) => [...new Set(codes)]);

const upperCodeList = (maxItems: number) => codeList(maxItems).transform((codes) => [...new Set(codes.map((c) => c.toUpperCase()))]);

export const activityKindSchema = z.enum(ACTIVITY_KINDS, { error: "invalid_value" });
export const activityStatusSchema = z.enum(ACTIVITY_STATUSES, { error: "invalid_value" });

const partnerSchema = z.object({ name: singleLineText(300, { required: true }), countryCode: optional(countryCode) });

const activityFields = {
  titleVi: singleLineText(500, { required: true }),
  titleEn: optional(singleLineText(500)),
  kind: activityKindSchema,
  status: activityStatusSchema.default("PLANNED"),
  startDate: calendarDate,
  endDate: calendarDate,
  countryCode,
  city: optional(singleLineText(200)),
  // Inside Vietnam: the province or centrally-run city, by its organization code.
  provinceCode: optional(storable(z.string().trim().max(64, { error: "too_long" }))),
  description: optional(plainText(5_000)),
  coOrganizerCodes: upperCodeList(50).default([]),
  partners: z.array(partnerSchema).max(50, { error: "too_long" }).default([]),
  taskGroupCodes: upperCodeList(5).default([]),
  objectiveCodes: upperCodeList(10).default([]),
  taskIds: codeList(50).default([]),
  participants: optional(count),
  mediaItems: optional(count),
  onlineViews: optional(count),
  budgetVnd: optional(vndAmount),
  fundingSource: optional(z.enum(FUNDING_SOURCES, { error: "invalid_value" })),
};

function checkActivity<T extends { startDate: Date; endDate: Date; countryCode: string; provinceCode: string | null }>(
  a: T,
  ctx: z.RefinementCtx,
) {
  if (a.endDate < a.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "end_before_start" });
  if (a.provinceCode && a.countryCode !== "VN")
    ctx.addIssue({ code: "custom", path: ["provinceCode"], message: "province_outside_vietnam" });
}

// confirmNew: the user saw the likely duplicates (or there were none) and confirms a new, different activity.
export const activityInputSchema = z.object({ ...activityFields, confirmNew: z.boolean().default(false) }).superRefine(checkActivity);
export const activityUpdateSchema = z
  .object({ ...activityFields, version: z.coerce.number({ error: "invalid_type" }).int().min(1) })
  .superRefine(checkActivity);

export const activityEvidenceLinkSchema = z.object({
  url: singleLineText(1_000, { required: true }).refine((v) => /^https?:\/\/\S+$/i.test(v), { error: "invalid_url" }),
  label: optional(singleLineText(300)),
});

export const activityListQuerySchema = z.object({
  q: optional(storable(z.string().trim().max(200))),
  year: optional(z.coerce.number().int().min(2000).max(2100)),
  kind: optional(activityKindSchema),
  status: optional(activityStatusSchema),
  countryCode: optional(countryCode),
  place: optional(z.enum(["ABROAD", "VIETNAM"])),
  organizationId: optional(storable(z.string().max(64))),
  taskGroup: optional(storable(z.string().trim().max(16))),
  // The activities behind one number of a count indicator (same definition as the count).
  indicator: optional(z.enum(ACTIVITY_COUNT_INDICATORS)),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

const organizationRef = z.object({ id: z.string(), code: z.string(), nameVi: z.string(), nameEn: z.string().nullable() });
const isoDate = z.string().describe("Calendar date, YYYY-MM-DD");

export const activitySummarySchema = z.object({
  id: z.string(),
  titleVi: z.string(),
  titleEn: z.string().nullable(),
  kind: activityKindSchema,
  status: activityStatusSchema,
  startDate: isoDate,
  endDate: isoDate,
  countryCode: z.string(),
  city: z.string().nullable(),
  province: organizationRef.nullable(),
  leadOrganization: organizationRef,
  coOrganizers: z.array(organizationRef),
  isDemo: z.boolean(),
  version: z.number().int(),
});

export const activitySchema = activitySummarySchema.extend({
  description: z.string().nullable(),
  partners: z.array(z.object({ name: z.string(), countryCode: z.string().nullable() })),
  taskGroupCodes: z.array(z.string()),
  objectiveCodes: z.array(z.string()),
  tasks: z.array(z.object({ id: z.string(), code: z.string(), titleVi: z.string() })),
  participants: z.number().int().nullable(),
  mediaItems: z.number().int().nullable(),
  onlineViews: z.number().int().nullable(),
  budgetVnd: z.string().nullable().describe("Đồng, as a decimal string"),
  fundingSource: z.enum(FUNDING_SOURCES).nullable(),
  evidence: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(["LINK", "FILE"]),
      url: z.string().nullable(),
      label: z.string().nullable(),
      fileName: z.string().nullable(),
      sizeBytes: z.number().int().nullable(),
      organization: organizationRef,
      createdAt: z.string(),
    }),
  ),
  updatedAt: z.string(),
});

export const activityListSchema = z.object({ activities: z.array(activitySummarySchema), total: z.number().int() });

export type ActivityInput = z.output<typeof activityInputSchema>;
export type ActivityUpdate = z.output<typeof activityUpdateSchema>;
export type ActivityListQuery = z.output<typeof activityListQuerySchema>;
export type ActivityDto = z.output<typeof activitySchema>;
export type ActivitySummaryDto = z.output<typeof activitySummarySchema>;
