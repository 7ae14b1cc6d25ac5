// Property tests of the JSON API: the real route handlers, called with a bearer token, fed hostile bodies,
// query strings, path ids and headers. Whatever comes in, the answer is below 500; a refusal is problem+json
// with a detail (in the request's language) or field errors and leaves the database exactly as it was;
// an accepted write reads back as the schema's reading of what was sent.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import * as loginRoute from "@/app/api/v1/auth/login/route";
import * as dashboardRoute from "@/app/api/v1/dashboard/summary/route";
import * as organizationsRoute from "@/app/api/v1/organizations/route";
import * as planRoute from "@/app/api/v1/plans/[id]/route";
import * as planReviewRoute from "@/app/api/v1/plans/[id]/review/route";
import * as planSubmitRoute from "@/app/api/v1/plans/[id]/submit/route";
import * as planTasksRoute from "@/app/api/v1/plans/[id]/tasks/route";
import * as plansRoute from "@/app/api/v1/plans/route";
import * as periodsRoute from "@/app/api/v1/reporting-periods/route";
import * as reportRoute from "@/app/api/v1/reports/[id]/route";
import * as reportReviewRoute from "@/app/api/v1/reports/[id]/review/route";
import * as reportSubmitRoute from "@/app/api/v1/reports/[id]/submit/route";
import * as reportsRoute from "@/app/api/v1/reports/route";
import * as taskRoute from "@/app/api/v1/tasks/[id]/route";
import * as taskUpdatesRoute from "@/app/api/v1/tasks/[id]/updates/route";
import { cutoffWindow } from "@/lib/domain/reporting-calendar";
import { toIsoDate } from "@/lib/domain/dates";
import { planInputSchema, planUpdateSchema, progressUpdateSchema, taskInputSchema, taskUpdateSchema } from "@/lib/schemas/plans";
import { reportDraftSchema } from "@/lib/schemas/reports";
import { db } from "@/lib/server/db";
import { createApiToken } from "@/lib/server/services/api-tokens";
import { createPlan, createTask } from "@/lib/server/services/plans";
import { openReport } from "@/lib/server/services/reports";
import { FUZZ_TIMEOUT_MS, fuzzRuns, hostileId, hostileString, hostileValue, mutated, ONE_MEGABYTE } from "../factories/hostile";
import { fingerprint } from "../factories/fingerprint";
import { resetDatabase } from "../factories/reset";
import { createWorld, expectReportsFromEveryone, planInput, putPlanInForce, taskInput } from "../factories/world";

const RUNS = fuzzRuns(25);

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Call = {
  method?: string;
  query?: Record<string, string>;
  params?: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  token?: string;
  authorization?: string;
  locale?: "vi" | "en";
};
type Answer = { status: number; contentType: string; json: Record<string, unknown> | null };

let world: Awaited<ReturnType<typeof createWorld>>;
let tokens: { hanoi: string; hue: string; steering: string };
let ids: {
  draftPlan: string;
  draftTask: string;
  approvedTask: string;
  report: string;
  period: string;
  huePlan: string;
  hueTask: string;
  hueReport: string;
};
let taskCounter = 0;

beforeAll(async () => {
  await resetDatabase();
  world = await createWorld();
  const { hanoiEditor, hueEditor, steering } = world.actors;
  tokens = {
    hanoi: (await createApiToken(hanoiEditor, { name: "fuzz" })).token,
    hue: (await createApiToken(hueEditor, { name: "fuzz" })).token,
    steering: (await createApiToken(steering, { name: "fuzz" })).token,
  };
  const type = await db.reportType.create({
    data: { code: "SEMIANNUAL", nameVi: "Báo cáo 6 tháng", nameEn: "Six-month report", periodKind: "SEMIANNUAL", deadlineWorkingDays: 5 },
  });
  const window = cutoffWindow({ kind: "SEMIANNUAL", year: 2026, number: 1 });
  const period = await db.reportingPeriod.create({
    data: {
      reportTypeId: type.id,
      kind: "SEMIANNUAL",
      year: 2026,
      number: 1,
      cutoffStart: window.cutoffStart,
      cutoffEnd: window.cutoffEnd,
      deadline: new Date("2026-06-19"),
    },
  });
  await expectReportsFromEveryone(type.id);
  const approved = await createPlan(hanoiEditor, planInput({ title: "Kế hoạch đã duyệt" }));
  const approvedTask = await createTask(hanoiEditor, approved.id, taskInput("A1"));
  await putPlanInForce(world, approved.id);
  const draft = await createPlan(hanoiEditor, planInput());
  const draftTask = await createTask(hanoiEditor, draft.id, taskInput("D1"));
  const huePlan = await createPlan(hueEditor, planInput({ title: "Kế hoạch của Huế" }));
  const hueTask = await createTask(hueEditor, huePlan.id, taskInput("H1"));
  ids = {
    draftPlan: draft.id,
    draftTask: draftTask.id,
    approvedTask: approvedTask.id,
    report: (await openReport(hanoiEditor, period.id)).id,
    period: period.id,
    huePlan: huePlan.id,
    hueTask: hueTask.id,
    hueReport: (await openReport(hueEditor, period.id)).id,
  };
});
afterAll(() => db.$disconnect());

async function call(
  handler: Handler,
  { method = "GET", query, params = {}, body, rawBody, token = tokens.hanoi, authorization, locale = "en" }: Call,
): Promise<Answer> {
  const url = new URL("http://localhost/api/v1/fuzz");
  for (const [key, value] of Object.entries(query ?? {})) url.searchParams.append(key, value);
  const request = new Request(url, {
    method,
    headers: {
      authorization: authorization ?? `Bearer ${token}`,
      "accept-language": locale === "vi" ? "vi-VN,vi;q=0.9" : "en-GB",
      "content-type": "application/json",
    },
    body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get("content-type") ?? "",
    json: text ? (JSON.parse(text) as Record<string, unknown>) : null,
  };
}

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

// Below 500 always; a refusal is problem+json with something to read, in the request's language.
function expectAnswer(answer: Answer, locale: "vi" | "en" = "en"): void {
  expect(answer.status, JSON.stringify(answer.json)).toBeLessThan(500);
  if (answer.status < 400) return;
  expect(answer.contentType).toBe("application/problem+json");
  const { detail, errors } = answer.json as { detail?: string; errors?: Record<string, string[]> };
  expect(typeof detail === "string" && detail.trim().length > 0).toBe(true);
  if (locale === "vi") expect(detail).toMatch(VIETNAMESE);
  if (errors) for (const messages of Object.values(errors)) expect(messages.every((m) => m.trim().length > 0)).toBe(true);
}

// Runs one request; a refusal must leave every table as it was.
async function expectAtomic(handler: Handler, request: Call): Promise<Answer> {
  const before = await fingerprint();
  const answer = await call(handler, request);
  expectAnswer(answer, request.locale);
  if (answer.status >= 400) expect(await fingerprint()).toEqual(before);
  return answer;
}

// What JSON carries: undefined keys vanish, NaN and Infinity become null, lone surrogates survive as escapes.
const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value) ?? "null") as T;
const locale = fc.constantFrom("vi" as const, "en" as const);

// The schema's reading of what was sent, as the API shows it back: dates as days, amounts as strings, code
// lists sorted; the version is the server's.
function expectStoredAs(schema: z.ZodType, sent: unknown, stored: unknown) {
  const { version: _version, ...expected } = schema.parse(sent) as Record<string, unknown>;
  const shown = (value: unknown) =>
    value instanceof Date ? toIsoDate(value) : typeof value === "bigint" ? String(value) : Array.isArray(value) ? [...value].sort() : value;
  expect(stored).toMatchObject(Object.fromEntries(Object.entries(expected).map(([key, value]) => [key, shown(value)])));
}

const currentVersion = async (table: "plan" | "task" | "report", id: string) =>
  table === "plan"
    ? (await db.actionPlan.findUniqueOrThrow({ where: { id } })).version
    : table === "task"
      ? (await db.planTask.findUniqueOrThrow({ where: { id } })).version
      : (await db.progressReport.findUniqueOrThrow({ where: { id } })).version;

type WriteCheck = {
  handler: Handler;
  method: string;
  params?: () => Record<string, string>;
  body: fc.Arbitrary<unknown>;
  // Fills in what a case must read from the database first (the record's current version).
  prepare?: (body: unknown) => Promise<unknown>;
  expectStored: (sent: unknown, answer: Record<string, unknown>) => void;
};

// One write per case: a refusal is a 400 or 409 that changed nothing; an acceptance stored what was sent.
async function checkWrite({ handler, method, params = () => ({}), body, prepare = async (b) => b, expectStored }: WriteCheck) {
  await fc.assert(
    fc.asyncProperty(body, locale, async (generated, lang) => {
      const sent = await prepare(generated);
      const answer = await expectAtomic(handler, { method, params: params(), body: sent, locale: lang });
      if (answer.status < 300) expectStored(overTheWire(sent), answer.json!);
      else expect([400, 409, 413]).toContain(answer.status);
    }),
    { numRuns: RUNS },
  );
}

// A write to an existing record: the body carries the record's current version unless the property replaced it
// (version 0 stands for "current").
function versioned(table: "plan" | "task" | "report", id: string, check: Omit<WriteCheck, "params" | "prepare">): WriteCheck {
  return {
    ...check,
    params: () => ({ id }),
    prepare: async (body) => {
      const changes = body as Record<string, unknown>;
      return { ...changes, version: changes.version === 0 ? await currentVersion(table, id) : changes.version };
    },
  };
}

describe("API writes with hostile bodies", () => {
  const reportBody = () => {
    const valid = {
      version: 0,
      documentNumber: "12/BC-UBND",
      sections: { resultsAchieved: "Kết quả", limitations: "Hạn chế" },
      indicatorValues: [{ indicatorCode: "IND_EVENTS_ABROAD", value: 12.5, note: "Ước tính" }],
    };
    const hostileSections = fc.dictionary(
      fc.constantFrom("resultsAchieved", "limitations", "proposals", "nextPeriodTasks", "other"),
      hostileValue,
      { maxKeys: 3 },
    );
    const indicatorValue = fc.oneof(
      hostileValue,
      fc.double({ min: 0, max: 1e12, noNaN: true }),
      fc.constantFrom(0.12345, 1e-9, 12.5, "1.500,5", "1e3"),
    );
    const hostileIndicator = fc.record(
      { indicatorCode: fc.oneof(fc.constant("IND_EVENTS_ABROAD"), hostileString), value: indicatorValue, note: hostileValue },
      { requiredKeys: ["indicatorCode", "value"] },
    );
    return fc.oneof(
      mutated(valid),
      fc.record({ version: fc.constant(0), sections: hostileSections }),
      fc.record({ version: fc.constant(0), indicatorValues: fc.array(hostileIndicator, { maxLength: 2 }) }),
    );
  };
  const expectReportStored = (sent: unknown, answer: Record<string, unknown>) => {
    const expected = reportDraftSchema.parse(sent);
    const stored = answer as {
      documentNumber: string | null;
      sections: Record<string, string | null>;
      indicatorValues: { code: string; value: number | null; note: string | null }[];
    };
    if (expected.documentNumber !== undefined) expect(stored.documentNumber).toBe(expected.documentNumber);
    for (const [section, text] of Object.entries(expected.sections)) if (text !== undefined) expect(stored.sections[section]).toBe(text);
    for (const value of expected.indicatorValues) {
      expect(stored.indicatorValues.find((i) => i.code === value.indicatorCode.toUpperCase())).toMatchObject({
        value: value.value,
        note: value.note,
      });
    }
  };

  const VALID_PROGRESS = {
    status: "IN_PROGRESS",
    progress: 40,
    note: "Đang triển khai",
    evidenceUrl: "https://example.vn/tin",
    version: 0,
  };
  // Built inside each test: the ids exist only after beforeAll.
  const writes: [string, () => WriteCheck][] = [
    [
      "POST /plans",
      () => ({
        handler: plansRoute.POST as Handler,
        method: "POST",
        body: fc.oneof({ weight: 4, arbitrary: mutated(planInput()) }, { weight: 1, arbitrary: hostileValue }),
        expectStored: (sent, stored) => expectStoredAs(planInputSchema, sent, stored),
      }),
    ],
    [
      "PATCH /plans/{id}",
      () =>
        versioned("plan", ids.draftPlan, {
          handler: planRoute.PATCH as Handler,
          method: "PATCH",
          body: mutated({ ...planInput(), version: 0 }),
          expectStored: (sent, stored) => expectStoredAs(planUpdateSchema, sent, stored),
        }),
    ],
    [
      "POST /plans/{id}/tasks",
      () => ({
        handler: planTasksRoute.POST as Handler,
        method: "POST",
        params: () => ({ id: ids.draftPlan }),
        body: fc.constant(null).chain(() => mutated(taskInput(`F${++taskCounter}`))),
        expectStored: (sent, stored) => expectStoredAs(taskInputSchema, sent, stored),
      }),
    ],
    [
      "PATCH /tasks/{id}",
      () =>
        versioned("task", ids.draftTask, {
          handler: taskRoute.PATCH as Handler,
          method: "PATCH",
          body: mutated({ ...taskInput("D1"), version: 0 }),
          expectStored: (sent, stored) => expectStoredAs(taskUpdateSchema, sent, stored),
        }),
    ],
    [
      "POST /tasks/{id}/updates",
      () =>
        versioned("task", ids.approvedTask, {
          handler: taskUpdatesRoute.POST as Handler,
          method: "POST",
          body: mutated(VALID_PROGRESS),
          expectStored: (sent, stored) => expectStoredAs(progressUpdateSchema, sent, stored.update),
        }),
    ],
    [
      "PUT /reports/{id}",
      () =>
        versioned("report", ids.report, {
          handler: reportRoute.PUT as Handler,
          method: "PUT",
          body: reportBody(),
          expectStored: expectReportStored,
        }),
    ],
  ];

  it.each(writes)("%s stores exactly what was sent, or refuses without writing", (_, check) => checkWrite(check()), FUZZ_TIMEOUT_MS);

  it(
    "answers malformed, non-object and oversized bodies with 400 or 413 and writes nothing",
    async () => {
      const rawBody = fc.oneof(
        fc.constantFrom(
          "{",
          "}",
          "[1,",
          '{"title":',
          "nul",
          "NaN",
          "1e999",
          "[]",
          "null",
          "true",
          '"text"',
          "\u0000",
          '{"title":"\\u0000"}',
          `{"title":"${"x".repeat(3 * ONE_MEGABYTE)}"}`,
        ),
        fc.string({ unit: "binary", maxLength: 80 }),
      );
      await fc.assert(
        fc.asyncProperty(rawBody, locale, async (raw, lang) => {
          const answer = await expectAtomic(plansRoute.POST as Handler, { method: "POST", rawBody: raw, locale: lang });
          expect([400, 413]).toContain(answer.status);
        }),
        { numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe("API paths with hostile or foreign ids", () => {
  const VALID_BODIES: Record<string, unknown> = {
    plan: planInput(),
    task: taskInput("Z1"),
    progress: { status: "IN_PROGRESS", progress: 10, version: 1 },
    review: { decision: "approve", version: 1 },
    report: { version: 1, sections: { limitations: "Hạn chế" } },
  };
  // Every handler of every route with an {id}, with a valid body for writes so that the id is what is hostile.
  const modules: [string, Record<string, unknown>, keyof typeof VALID_BODIES | null][] = [
    ["/plans/{id}", planRoute, "plan"],
    ["/plans/{id}/tasks", planTasksRoute, "task"],
    ["/plans/{id}/submit", planSubmitRoute, null],
    ["/plans/{id}/review", planReviewRoute, "review"],
    ["/tasks/{id}", taskRoute, "task"],
    ["/tasks/{id}/updates", taskUpdatesRoute, "progress"],
    ["/reports/{id}", reportRoute, "report"],
    ["/reports/{id}/submit", reportSubmitRoute, "review"],
    ["/reports/{id}/review", reportReviewRoute, "review"],
  ];
  const routes = modules.flatMap(([path, module, body]) =>
    (["GET", "POST", "PATCH", "PUT"] as const)
      .filter((method) => typeof module[method] === "function")
      .map((method) => [`${method} ${path}`, module[method] as Handler, method, method === "GET" ? null : body] as const),
  );

  it(
    "answers 4xx for unknown, malformed, huge or other organizations' ids, and writes nothing",
    async () => {
      expect(routes).toHaveLength(14);
      const foreignId = fc.constantFrom("huePlan", "hueTask", "hueReport").map((key) => ids[key as keyof typeof ids]);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...routes),
          fc.oneof(hostileId, foreignId),
          locale,
          async ([name, handler, method, bodyKind], id, lang) => {
            const answer = await expectAtomic(handler, {
              method,
              params: { id },
              body: bodyKind ? VALID_BODIES[bodyKind] : undefined,
              locale: lang,
            });
            expect(answer.status, `${name} with ${JSON.stringify(id).slice(0, 80)}`).toBeGreaterThanOrEqual(400);
          },
        ),
        { numRuns: RUNS * 2 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe("API reads with hostile query strings", () => {
  const lists: [Handler, string[], keyof typeof tokens][] = [
    [plansRoute.GET as Handler, ["status", "organizationId", "limit", "offset"], "hanoi"],
    [reportsRoute.GET as Handler, ["period", "organization", "status"], "hanoi"],
    [periodsRoute.GET as Handler, ["kind", "year"], "hanoi"],
    [organizationsRoute.GET as Handler, ["kind", "includeFormer"], "hanoi"],
    [dashboardRoute.GET as Handler, ["year", "period", "orgKind", "region", "taskGroup"], "steering"],
  ];
  const hostileParam = fc.oneof(
    hostileString,
    hostileId,
    fc.constantFrom("50", "0", "-1", "201", "1e3", String(2 ** 53), "9".repeat(30), "DRAFT", "2026", "PROVINCE", "true"),
  );

  it(
    "answer 200 or 400, never 500, and change nothing",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...lists),
          fc.dictionary(fc.string({ maxLength: 3 }), hostileParam, { maxKeys: 2 }),
          fc.array(hostileParam, { minLength: 5, maxLength: 5 }),
          locale,
          async ([handler, keys, who], extra, values, lang) => {
            const query: Record<string, string> = { ...extra };
            keys.forEach((key, i) => {
              if (i < values.length && values[i]!.length % 2 === 0) query[key] = values[i]!;
            });
            const answer = await expectAtomic(handler, { query, token: tokens[who], locale: lang });
            expect([200, 400]).toContain(answer.status);
          },
        ),
        { numRuns: RUNS * 2 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe("API authentication with hostile credentials", () => {
  // An empty header means "no token": the session cookie is read instead, which needs a real request scope.
  const printable = fc
    .string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 80 })
    .filter((t) => t.trim() !== "");

  it(
    "answers 401 problem+json for any malformed or unknown bearer token",
    async () => {
      const authorization = fc.oneof(
        printable,
        printable.map((t) => `Bearer ${t}`),
        printable.map((t) => `Bearer ngvh_${t}`),
        fc.constant(`Bearer ngvh_${"A".repeat(5000)}`),
      );
      await fc.assert(
        fc.asyncProperty(authorization, locale, async (header, lang) => {
          const answer = await expectAtomic(plansRoute.POST as Handler, {
            method: "POST",
            authorization: header,
            body: planInput(),
            locale: lang,
          });
          expect(answer.status).toBe(401);
        }),
        { numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    "POST /auth/login answers 400, 401 or 413 to hostile credentials, never 500",
    async () => {
      await fc.assert(
        fc.asyncProperty(mutated({ email: "editor.hanoi@test.vn", password: "wrong password 1" }), locale, async (body, lang) => {
          const answer = await call(loginRoute.POST, { method: "POST", body, authorization: "", locale: lang });
          expectAnswer(answer, lang);
          expect([400, 401, 413, 429]).toContain(answer.status);
        }),
        { numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
