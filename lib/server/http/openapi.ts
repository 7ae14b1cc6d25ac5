import "server-only";
import { z } from "zod";
import {
  meResponseSchema,
  organizationListQuerySchema,
  organizationListSchema,
  planListQuerySchema,
  planListSchema,
  planSummarySchema,
  problemSchema,
  strategyResponseSchema,
  taskListSchema,
  taskSchema,
  taskUpdateCreatedSchema,
} from "@/lib/schemas/api";
import {
  reportDraftSchema,
  reportListQuerySchema,
  reportOpenSchema,
  reportReviewSchema,
  reportSubmitSchema,
  reportingPeriodQuerySchema,
} from "@/lib/schemas/reports";
import {
  planInputSchema,
  planReturnSchema,
  planReviewSchema,
  planSendSchema,
  planSubmitSchema,
  planUpdateSchema,
  progressUpdateSchema,
  taskContributionSchema,
  taskInputSchema,
  taskUpdateSchema,
} from "@/lib/schemas/plans";
import { signInSchema } from "@/lib/schemas/auth";
import { dashboardSummaryQuerySchema } from "@/lib/schemas/dashboard";
import {
  advanceUnescoStageSchema,
  createUnescoDossierSchema,
  unescoDossierListQuerySchema,
  updateUnescoDossierSchema,
} from "@/lib/schemas/unesco-dossiers";
import {
  activityEvidenceLinkSchema,
  activityInputSchema,
  activityListQuerySchema,
  activityListSchema,
  activitySchema,
  activityUpdateSchema,
} from "@/lib/schemas/activities";

// The OpenAPI 3.1 description of /api/v1, generated from the zod schemas the handlers validate with.
// Each operation lists the resource route it serves; the access-control sweep enumerates routes from here.
type Operation = {
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  summary: string;
  tag: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  // A valid body, shown in the document; tests/unit/openapi.test.ts checks it, and that its required fields alone
  // are accepted while each one missing is refused.
  example?: Record<string, unknown>;
  // A body that is a file rather than JSON (its media type).
  upload?: string;
  response?: z.ZodType;
  responseStatus?: number;
  public?: boolean;
};

export const OPERATIONS: Operation[] = [
  {
    method: "post",
    path: "/auth/login",
    summary: "Sign in with e-mail and password (sets the session cookie)",
    tag: "auth",
    body: signInSchema,
    example: { email: "editor@example.vn", password: "mat-khau-cua-ban" },
    public: true,
  },
  { method: "get", path: "/me", summary: "The calling user, role and organization", tag: "auth", response: meResponseSchema },
  {
    method: "get",
    path: "/organizations",
    summary: "Organizations directory with succession links",
    tag: "reference",
    query: organizationListQuerySchema,
    response: organizationListSchema,
  },
  {
    method: "get",
    path: "/strategy",
    summary: "Objectives, task groups, indicators with series and targets",
    tag: "reference",
    response: strategyResponseSchema,
  },
  {
    method: "get",
    path: "/plans",
    summary: "Action plans the caller may read",
    tag: "plans",
    query: planListQuerySchema,
    response: planListSchema,
  },
  {
    method: "post",
    path: "/plans",
    summary: "Create a draft plan for the caller's organization",
    tag: "plans",
    body: planInputSchema,
    example: { title: "Kế hoạch thực hiện Chiến lược giai đoạn 2026–2030", periodStart: 2026, periodEnd: 2030 },
    response: planSummarySchema,
    responseStatus: 201,
  },
  { method: "get", path: "/plans/{id}", summary: "One action plan", tag: "plans", response: planSummarySchema },
  {
    method: "patch",
    path: "/plans/{id}",
    summary: "Edit a plan (draft, commented on by MOFA, or under revision); send the version you read",
    tag: "plans",
    body: planUpdateSchema,
    example: { title: "Kế hoạch thực hiện Chiến lược giai đoạn 2026–2030", periodStart: 2026, periodEnd: 2030, version: 3 },
    response: planSummarySchema,
  },
  {
    method: "post",
    path: "/plans/{id}/submit",
    summary: "Submit the plan to the unit leader (officer or leader)",
    tag: "plans",
    body: planSubmitSchema,
    example: { version: 2 },
    response: planSummarySchema,
  },
  {
    method: "post",
    path: "/plans/{id}/return",
    summary: "Return the plan to its drafter (unit leader)",
    tag: "plans",
    body: planReturnSchema,
    example: { version: 3, comment: "Đề nghị bổ sung kinh phí cho nhiệm vụ NV002." },
    response: planSummarySchema,
  },
  {
    method: "post",
    path: "/plans/{id}/send",
    summary: "Send the plan to MOFA with the issuing document's number, date and signer (unit leader; a new numbered version)",
    tag: "plans",
    body: planSendSchema,
    example: { documentNumber: "407/QĐ-UBND", documentDate: "2026-03-02", signerName: "Nguyễn Văn A", version: 3 },
    response: planSummarySchema,
  },
  {
    method: "post",
    path: "/plans/{id}/review",
    summary:
      "Record (other bodies) or approve (MOFA units) a sent plan, or comment asking for completion (Steering Committee); a comment needs a comment or task comments; send the version you read",
    tag: "plans",
    body: planReviewSchema,
    example: { decision: "record", comment: "Bộ Ngoại giao ghi nhận Kế hoạch.", version: 4 },
    response: planSummarySchema,
  },
  { method: "get", path: "/plans/{id}/tasks", summary: "The plan's tasks", tag: "tasks", response: taskListSchema },
  {
    method: "post",
    path: "/plans/{id}/tasks",
    summary: "Add a task to an editable plan",
    tag: "tasks",
    body: taskInputSchema,
    example: {
      code: "T1",
      titleVi: "Tổ chức Tuần Văn hóa Việt Nam tại Nhật Bản",
      taskGroupCode: "TG3",
      startDate: "2026-03-01",
      dueDate: "2026-12-31",
    },
    response: taskSchema,
    responseStatus: 201,
  },
  {
    method: "post",
    path: "/plans/{id}/import",
    summary: "Import tasks from the Excel template (body: the .xlsx file); all or nothing, 422 lists every refused cell",
    tag: "tasks",
    upload: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    responseStatus: 201,
  },
  { method: "get", path: "/tasks/{id}", summary: "One task", tag: "tasks", response: taskSchema },
  {
    method: "patch",
    path: "/tasks/{id}",
    summary: "Edit a task's planning fields; send the version you read (409 if stale)",
    tag: "tasks",
    body: taskUpdateSchema,
    example: { code: "T1", titleVi: "Tổ chức Tuần Văn hóa Việt Nam tại Nhật Bản", taskGroupCode: "TG3", version: 2 },
    response: taskSchema,
  },
  { method: "get", path: "/tasks/{id}/updates", summary: "The task's progress history, newest first", tag: "tasks" },
  {
    method: "get",
    path: "/tasks/{id}/contributions",
    summary: "Contributions noted by the task's coordinating organizations",
    tag: "tasks",
  },
  {
    method: "post",
    path: "/tasks/{id}/contributions",
    summary: "Note your organization's contribution to a task it coordinates",
    tag: "tasks",
    body: taskContributionSchema,
    example: { note: "Sở Ngoại vụ đã phối hợp liên hệ đối tác tại Nhật Bản." },
    responseStatus: 201,
  },
  {
    method: "post",
    path: "/tasks/{id}/updates",
    summary: "Log progress (status, %, note, evidence link); send the version you read (409 if stale)",
    tag: "tasks",
    body: progressUpdateSchema,
    example: { status: "IN_PROGRESS", progress: 40, note: "Đã ký thỏa thuận với đối tác.", version: 2 },
    response: taskUpdateCreatedSchema,
    responseStatus: 201,
  },
  {
    method: "post",
    path: "/reminders/run",
    summary: "Create the deadline reminders due now and deliver the e-mail outbox; answers counts (Steering Committee)",
    tag: "reports",
  },
  {
    method: "get",
    path: "/reporting-periods",
    summary: "Reporting periods with cut-off windows and deadlines (Decree 09/2019)",
    tag: "reports",
    query: reportingPeriodQuerySchema,
  },
  { method: "get", path: "/reports", summary: "Progress reports the caller may read", tag: "reports", query: reportListQuerySchema },
  {
    method: "post",
    path: "/reports",
    summary: "Open (create if needed) the caller's report for a period, prefilled",
    tag: "reports",
    body: reportOpenSchema,
    example: { periodId: "cmabc123period" },
    responseStatus: 201,
  },
  {
    method: "get",
    path: "/reports/{id}",
    summary: "One report with task rows, indicator values, events and the diff between the two latest submissions",
    tag: "reports",
  },
  {
    method: "put",
    path: "/reports/{id}",
    summary: "Save the draft (or the reopened parts); send the version you read (409 if stale)",
    tag: "reports",
    body: reportDraftSchema,
    example: { version: 1, sections: { resultsAchieved: "Tổ chức thành công Tuần Văn hóa Việt Nam." } },
  },
  {
    method: "post",
    path: "/reports/{id}/submit",
    summary: "Submit (completeness is checked; the report locks)",
    tag: "reports",
    body: reportSubmitSchema,
    example: { version: 2 },
  },
  {
    method: "post",
    path: "/reports/{id}/review",
    summary:
      'Receive ("accept": Đã tiếp nhận), or send back for completion ("return": Đề nghị bổ sung, hoàn thiện) with reasons on sections or task rows (Steering Committee); a return needs at least one reason',
    tag: "reports",
    body: reportReviewSchema,
    example: { decision: "accept", version: 2, comment: "Đã tiếp nhận." },
  },
  {
    method: "get",
    path: "/unesco-dossiers",
    summary: "UNESCO nomination files with stage, lead organization and next deadline (filters: programme, stage, lead)",
    tag: "unesco",
    query: unescoDossierListQuerySchema,
  },
  {
    method: "post",
    path: "/unesco-dossiers",
    summary: "Open a nomination file led by the caller's organization (MOFA editors: any organization)",
    tag: "unesco",
    body: createUnescoDossierSchema,
    example: {
      elementVi: "Nghệ thuật hát Then",
      programme: "ICH_REPRESENTATIVE",
      stage: "IN_PREPARATION",
      leadOrganizationId: "cmabc123org",
    },
    responseStatus: 201,
  },
  {
    method: "get",
    path: "/unesco-dossiers/{id}",
    summary: "One nomination file with its stage history, supporters, sources and documents",
    tag: "unesco",
  },
  {
    method: "patch",
    path: "/unesco-dossiers/{id}",
    summary:
      "Replace the file's element, programme, lead, supporters, notes, sources and confidence, as the edit form does: omitted lists are emptied, an omitted confidence is UNCONFIRMED (the lead's or MOFA's editors); send the version you read (409 with the current values if stale)",
    tag: "unesco",
    body: updateUnescoDossierSchema,
    example: {
      elementVi: "Nghệ thuật hát Then",
      programme: "ICH_REPRESENTATIVE",
      leadOrganizationId: "cmabc123org",
      supporterIds: [],
      confidence: "PARTIAL",
      version: 1,
    },
  },
  {
    method: "post",
    path: "/unesco-dossiers/{id}/stage",
    summary: "Move the file to a next stage on a date; send the version you read (409 if stale)",
    tag: "unesco",
    body: advanceUnescoStageSchema,
    example: { stage: "SUBMITTED", occurredOn: "2026-01-30", version: 1 },
  },
  {
    method: "get",
    path: "/activities",
    summary:
      "Activities the caller may read (lead or co-organizer; all for the Steering Committee and MOFA); indicator= lists the activities behind a count",
    tag: "activities",
    query: activityListQuerySchema,
    response: activityListSchema,
  },
  {
    method: "post",
    path: "/activities",
    summary:
      "Record an activity led by the caller's organization; 409 likely_duplicates lists probable copies (join one, or resend with confirmNew: true)",
    tag: "activities",
    body: activityInputSchema,
    example: {
      titleVi: "Tuần Văn hóa Việt Nam tại Nhật Bản",
      kind: "CULTURE_DAYS_ABROAD",
      startDate: "2026-10-05",
      endDate: "2026-10-11",
      countryCode: "JP",
      city: "Tokyo",
    },
    response: activitySchema,
    responseStatus: 201,
  },
  {
    method: "get",
    path: "/activities/{id}",
    summary: "One activity with co-organizers, partners and evidence",
    tag: "activities",
    response: activitySchema,
  },
  {
    method: "patch",
    path: "/activities/{id}",
    summary: "Edit an activity's core fields (lead organization's editors); send the version you read (409 if stale)",
    tag: "activities",
    body: activityUpdateSchema,
    example: {
      titleVi: "Tuần Văn hóa Việt Nam tại Nhật Bản",
      kind: "CULTURE_DAYS_ABROAD",
      startDate: "2026-10-05",
      endDate: "2026-10-11",
      countryCode: "JP",
      status: "HELD",
      version: 1,
    },
    response: activitySchema,
  },
  {
    method: "post",
    path: "/activities/import",
    summary:
      "Import activities led by your organization from the activity Excel template (body: the .xlsx file); all or nothing, 422 lists every refused cell, likely duplicates naming the activity already recorded",
    tag: "activities",
    upload: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    responseStatus: 201,
  },
  {
    method: "post",
    path: "/activities/{id}/join",
    summary: "Join the activity as a co-organizer instead of recording a copy",
    tag: "activities",
    response: activitySchema,
  },
  {
    method: "post",
    path: "/activities/{id}/evidence",
    summary: "Add an evidence link (lead or co-organizer)",
    tag: "activities",
    body: activityEvidenceLinkSchema,
    example: { url: "https://example.vn/tin-tuc/tuan-van-hoa", label: "Bài báo" },
    response: activitySchema,
    responseStatus: 201,
  },
  {
    method: "get",
    path: "/dashboard/summary",
    summary:
      "The numbers of the Steering Committee overview for the same filters (Steering Committee, administrators); plan coverage bounded as on the page unless coverage=full",
    tag: "dashboard",
    query: dashboardSummaryQuerySchema,
  },
];

// What a client must send is what the schema refuses to go without: a field with a default (or one that is
// filled in when absent, as `z.preprocess` does) is optional on the input side, whatever zod's JSON Schema says.
function markInputRequired({ zodSchema, jsonSchema }: { zodSchema: unknown; jsonSchema: { required?: string[] } }) {
  if (!(zodSchema instanceof z.ZodObject)) return;
  const required = Object.entries(zodSchema.shape as Record<string, z.ZodType>)
    .filter(([, field]) => !field.safeParse(undefined).success)
    .map(([name]) => name);
  if (required.length) jsonSchema.required = required;
  else delete jsonSchema.required;
}

function jsonSchema(schema: z.ZodType, io: "input" | "output") {
  return z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
    ...(io === "input" ? { override: markInputRequired } : {}),
  });
}

const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const parameters: unknown[] = [];
    for (const match of op.path.matchAll(/\{(\w+)\}/g)) {
      parameters.push({ name: match[1], in: "path", required: true, schema: { type: "string" } });
    }
    if (op.query) {
      const shape = op.query.shape as Record<string, z.ZodType>;
      for (const [name, schema] of Object.entries(shape)) {
        parameters.push({ name, in: "query", required: !schema.safeParse(undefined).success, schema: jsonSchema(schema, "input") });
      }
    }
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      summary: op.summary,
      tags: [op.tag],
      ...(op.public ? { security: [] } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(op.body
        ? {
            requestBody: {
              required: true,
              content: { "application/json": { schema: jsonSchema(op.body, "input"), ...(op.example ? { example: op.example } : {}) } },
            },
          }
        : {}),
      ...(op.upload
        ? { requestBody: { required: true, content: { [op.upload]: { schema: { type: "string", contentMediaType: op.upload } } } } }
        : {}),
      responses: {
        [String(op.responseStatus ?? 200)]: {
          description: "Success",
          ...(op.response ? { content: { "application/json": { schema: jsonSchema(op.response, "output") } } } : {}),
        },
        "400": problemResponse("Invalid input, with per-field errors"),
        "401": problemResponse("Not authenticated"),
        "403": problemResponse("Not allowed"),
        "404": problemResponse("Not found, or not visible to the caller"),
        "409": problemResponse("Stale version or invalid state"),
        "413": problemResponse("Request too large"),
        "429": problemResponse("Too many requests or account locked"),
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Cultural Diplomacy Strategy 2030 portal API",
      version: "1.0.0",
      description:
        "JSON API of the portal tracking Decision 2013/QĐ-TTg. Authenticate with the session cookie or a personal token (`Authorization: Bearer …`, created on the account page). Tokens carry exactly their owner's permissions. Errors are RFC 9457 problem+json.",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "Personal API token" },
        sessionCookie: { type: "apiKey", in: "cookie", name: "authjs.session-token" },
      },
      schemas: { Problem: jsonSchema(problemSchema, "output") },
    },
    paths,
  };
}
