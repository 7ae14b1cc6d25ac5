// Schemas of the JSON API's responses and requests. The OpenAPI document (/api/v1/openapi.json) is generated
// from these and from the same input schemas the forms use, so the contract exists once.
import { z } from "zod";
import { CONFIDENCE_LEVELS, ORGANIZATION_KINDS, PLAN_STATUSES, ROLES, TASK_STATUSES } from "@/lib/domain/enums";
import { boundedString, storable } from "./text";

export const confidenceSchema = z.enum(CONFIDENCE_LEVELS);
export const roleSchema = z.enum(ROLES);
export const organizationKindSchema = z.enum(ORGANIZATION_KINDS);
export const planStatusSchema = z.enum(PLAN_STATUSES);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe("Calendar date, YYYY-MM-DD");

export const organizationRefSchema = z.object({
  id: z.string(),
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string().nullable(),
});

export const meResponseSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  locale: z.string(),
  organization: organizationRefSchema.extend({ kind: organizationKindSchema }),
  readableOrganizationIds: z.array(z.string()).describe("The user's organization and those it succeeded"),
  authenticatedVia: z.enum(["session", "token"]),
});

export const organizationSchema = organizationRefSchema.extend({
  kind: organizationKindSchema,
  shortNameVi: z.string().nullable(),
  region: z.string().nullable(),
  parentCode: z.string().nullable(),
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable().describe("Last day the unit existed"),
  successorCode: z.string().nullable(),
  predecessorCodes: z.array(z.string()),
  sourceUrls: z.array(z.string()),
  confidence: confidenceSchema,
});
export const organizationListSchema = z.object({ organizations: z.array(organizationSchema), total: z.number().int() });
export const organizationListQuerySchema = z.object({
  kind: organizationKindSchema.optional(),
  includeFormer: z.enum(["true", "false"]).optional(),
});

const observationSchema = z.object({
  year: z.number().int(),
  value: z.number(),
  confidence: confidenceSchema,
  sourceUrls: z.array(z.string()),
  sourceNote: z.string().nullable(),
});
export const indicatorSchema = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  unitVi: z.string(),
  unitEn: z.string(),
  direction: z.enum(["INCREASE", "DECREASE"]),
  aggregation: z.enum(["SUM", "AVERAGE", "MAX", "NATIONAL_ONLY"]),
  isReportable: z.boolean(),
  objectiveCode: z.string().nullable(),
  baseline: z.object({ year: z.number().int().nullable(), value: z.number() }).nullable(),
  target: z
    .object({
      year: z.number().int().nullable(),
      value: z.number(),
      confidence: confidenceSchema.nullable(),
      note: z.string().nullable(),
      sourceUrls: z.array(z.string()),
    })
    .nullable(),
  series: z.array(observationSchema).describe("National yearly values"),
  sourceUrls: z.array(z.string()),
  confidence: confidenceSchema,
});
export const strategyResponseSchema = z.object({
  strategy: z.object({
    code: z.string(),
    number: z.string(),
    titleVi: z.string(),
    titleEn: z.string(),
    issuedDate: isoDate,
    horizonYear: z.number().int(),
    sourceUrls: z.array(z.string()),
  }),
  objectives: z.array(
    z.object({
      code: z.string(),
      level: z.enum(["GENERAL", "SPECIFIC"]),
      titleVi: z.string(),
      titleEn: z.string(),
      taskGroup: z.object({ code: z.string(), verbVi: z.string(), nameVi: z.string(), nameEn: z.string() }).nullable(),
      sourceUrls: z.array(z.string()),
      confidence: confidenceSchema,
    }),
  ),
  indicators: z.array(indicatorSchema),
});

export const planSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  titleEn: z.string().nullable(),
  status: planStatusSchema,
  periodStart: z.number().int(),
  periodEnd: z.number().int(),
  documentNumber: z.string().nullable(),
  documentDate: isoDate.nullable(),
  signerName: z.string().nullable(),
  isDemo: z.boolean(),
  organization: organizationRefSchema,
  taskCount: z.number().int(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export const planListQuerySchema = z.object({
  status: planStatusSchema.optional(),
  organizationId: storable(boundedString(100, { trim: false })).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const planListSchema = z.object({ plans: z.array(planSummarySchema), total: z.number().int() });

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional().describe("What went wrong, in the request's language (Accept-Language: vi or en)"),
  errors: z.record(z.string(), z.array(z.string())).optional().describe("Per-field messages (400)"),
  current: z.unknown().optional().describe("The current state of the resource (409)"),
});

export const taskStatusOutSchema = z.enum(TASK_STATUSES);
export const taskSchema = z.object({
  id: z.string(),
  code: z.string(),
  titleVi: z.string(),
  titleEn: z.string().nullable(),
  description: z.string().nullable(),
  taskGroupCode: z.string().nullable(),
  objectiveCodes: z.array(z.string()),
  indicatorCodes: z.array(z.string()),
  leadOrganizationCode: z.string().nullable(),
  leadOrganizationName: z.string().nullable(),
  leadUnitName: z.string().nullable(),
  coordinatorCodes: z.array(z.string()),
  startDate: isoDate.nullable(),
  dueDate: isoDate.nullable(),
  budgetVnd: z.string().nullable().describe("Integer number of đồng, as a string"),
  fundingSource: z.string().nullable(),
  expectedOutputs: z.string().nullable(),
  isBreakthrough: z.boolean(),
  breakthroughPhase: z.string().nullable(),
  status: taskStatusOutSchema,
  progress: z.number().int().min(0).max(100),
  version: z.number().int().describe("Send it back with PATCH and progress updates"),
  updatedAt: z.string(),
});
export const taskListSchema = z.object({ tasks: z.array(taskSchema) });
export const taskUpdateEntrySchema = z.object({
  id: z.string(),
  status: taskStatusOutSchema,
  progress: z.number().int(),
  note: z.string().nullable(),
  evidenceUrl: z.string().nullable(),
  createdAt: z.string(),
});
export const taskUpdateCreatedSchema = z.object({ update: taskUpdateEntrySchema, task: taskSchema });
