// Property tests of every schema that parses user input: hostile input never throws anything but a ZodError
// (a ValidationError through parseInput, with a translated message for each field), and whatever is accepted
// is storable and keeps the documented invariants (trimmed, bounded, valid calendar dates, finite numbers).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ValidationError } from "@/lib/domain/errors";
import { translateValidationCode } from "@/lib/i18n/validation";
import { organizationListQuerySchema, planListQuerySchema } from "@/lib/schemas/api";
import { changePasswordSchema, createTokenSchema, signInSchema } from "@/lib/schemas/auth";
import {
  dashboardExportQuerySchema,
  dashboardFiltersSchema,
  mapQuerySchema,
  objectiveTasksQuerySchema,
  parseDashboardFilters,
  parseMapQuery,
  parseObjectiveTasksQuery,
  parseScorecardQuery,
  scorecardQuerySchema,
} from "@/lib/schemas/dashboard";
import { createOrganizationSchema, updateOrganizationSchema } from "@/lib/schemas/organizations";
import {
  planInputSchema,
  planReturnSchema,
  planReviewSchema,
  planSendSchema,
  planUpdateSchema,
  progressUpdateSchema,
  taskContributionSchema,
  taskInputSchema,
  taskUpdateSchema,
} from "@/lib/schemas/plans";
import {
  createHolidaySchema,
  expectationFilterSchema,
  holidayNamesSchema,
  reportExpectationsSchema,
  reportTypeSettingsSchema,
} from "@/lib/schemas/reporting-config";
import {
  reportDraftSchema,
  reportingPeriodQuerySchema,
  reportListQuerySchema,
  reportOpenSchema,
  reportReviewSchema,
  reportSubmitSchema,
} from "@/lib/schemas/reports";
import { createUserSchema, updateUserSchema } from "@/lib/schemas/users";
import { parseInput } from "@/lib/server/validation";
import { FUZZ_TIMEOUT_MS, fuzzRuns, hostileString, hostileValue, mutated } from "../factories/hostile";

const RUNS = fuzzRuns(150);

const validTask = {
  code: "NV-01",
  titleVi: "Tổ chức Tuần Văn hóa Việt Nam tại Pháp",
  taskGroupCode: "TG3",
  objectiveCodes: "SO3",
  indicatorCodes: [],
  coordinatorCodes: ["P01"],
  startDate: "01/01/2026",
  dueDate: "2026-12-31",
  budgetVnd: "1.500.000",
  fundingSource: "STATE_BUDGET",
  status: "IN_PROGRESS",
  progress: "40",
  description: "Mô tả\nnhiều dòng",
};

type Case = {
  name: string;
  schema: z.ZodType;
  valid: Record<string, unknown>;
  // Secrets typed to be compared with a hash, never stored as text: kept exactly as typed.
  secrets?: string[];
  // Extra invariants of an accepted value.
  check?: (output: Record<string, unknown>) => void;
};

const periodOrder = (o: Record<string, unknown>) => {
  expect(o.periodStart as number).toBeGreaterThanOrEqual(2021);
  expect(o.periodEnd as number).toBeLessThanOrEqual(2035);
  expect(o.periodEnd as number).toBeGreaterThanOrEqual(o.periodStart as number);
};
const taskRules = (o: Record<string, unknown>) => {
  expect(o.progress as number).toBeGreaterThanOrEqual(0);
  expect(o.progress as number).toBeLessThanOrEqual(100);
  if (o.status === "COMPLETED") expect(o.progress).toBe(100);
  if (o.startDate && o.dueDate) expect((o.dueDate as Date) >= (o.startDate as Date)).toBe(true);
  if (o.budgetVnd !== null) expect(o.budgetVnd as bigint).toBeLessThanOrEqual(10n ** 15n);
  expect((o.titleVi as string).length).toBeGreaterThan(0);
  expect((o.titleVi as string).length).toBeLessThanOrEqual(500);
};

const CASES: Case[] = [
  { name: "plan list query", schema: planListQuerySchema, valid: { status: "DRAFT", limit: "20", offset: "0" } },
  { name: "organization list query", schema: organizationListQuerySchema, valid: { kind: "PROVINCE", includeFormer: "true" } },
  { name: "sign-in", schema: signInSchema, valid: { email: " Editor@Test.vn ", password: "Demo@2030" }, secrets: ["password"] },
  {
    name: "change password",
    schema: changePasswordSchema,
    valid: { currentPassword: "old password 1", newPassword: "new password 2", confirmPassword: "new password 2" },
    secrets: ["currentPassword", "confirmPassword"],
  },
  { name: "API token", schema: createTokenSchema, valid: { name: "Báo cáo tự động" } },
  {
    name: "dashboard filters",
    schema: dashboardFiltersSchema,
    valid: { year: "2026", period: "ckabc123", orgKind: "provinces", region: "SOUTHEAST", taskGroup: "TG2" },
  },
  { name: "scorecard query", schema: scorecardQuerySchema, valid: { year: "2026", sort: "name", dir: "desc", page: "2" } },
  { name: "map query", schema: mapQuerySchema, valid: { measure: "complete" } },
  { name: "objective tasks query", schema: objectiveTasksQuerySchema, valid: { orgKind: "ministries", page: "1" } },
  { name: "dashboard export query", schema: dashboardExportQuerySchema, valid: { table: "overdue,scorecards", sort: "name" } },
  {
    name: "new organization",
    schema: createOrganizationSchema,
    valid: {
      code: "P99",
      kind: "PROVINCE",
      nameVi: "Tỉnh Thử",
      nameEn: "",
      region: "RED_RIVER_DELTA",
      validFrom: "01/07/2025",
      validTo: "",
      isActive: "on",
    },
  },
  {
    name: "organization update",
    schema: updateOrganizationSchema,
    valid: { version: "3", nameVi: "Tỉnh Thử", validFrom: "2025-07-01", validTo: "31/12/2030", isActive: true },
  },
  {
    name: "plan",
    schema: planInputSchema,
    valid: { title: "Kế hoạch 2026–2030", periodStart: 2026, periodEnd: "2030", documentNumber: "407/QĐ-UBND", documentDate: "01/04/2026" },
    check: periodOrder,
  },
  {
    name: "plan update",
    schema: planUpdateSchema,
    valid: { title: "Kế hoạch", periodStart: 2026, periodEnd: 2026, version: 2 },
    check: periodOrder,
  },
  { name: "task", schema: taskInputSchema, valid: validTask, check: taskRules },
  { name: "task update", schema: taskUpdateSchema, valid: { ...validTask, version: "4" }, check: taskRules },
  {
    name: "progress update",
    schema: progressUpdateSchema,
    valid: { status: "COMPLETED", progress: 100, note: "Đã xong", evidenceUrl: "https://example.vn/a", version: 1 },
    check: (o) => {
      if (o.evidenceUrl) expect(o.evidenceUrl).toMatch(/^https?:\/\/\S+$/i);
    },
  },
  {
    name: "plan review",
    schema: planReviewSchema,
    valid: { decision: "comment", comment: "", taskComments: [{ taskId: "ck1", comment: "Thiếu kinh phí" }], version: 3 },
  },
  {
    name: "plan sending",
    schema: planSendSchema,
    valid: { version: 4, documentNumber: "275/KH-UBND", documentDate: "31/12/2023", signerName: "Nguyễn Văn A" },
  },
  { name: "plan return to drafter", schema: planReturnSchema, valid: { version: 2, comment: "Bổ sung kinh phí" } },
  { name: "task contribution", schema: taskContributionSchema, valid: { note: "Phối hợp tổ chức tuần văn hóa" } },
  { name: "report type settings", schema: reportTypeSettingsSchema, valid: { deadlineWorkingDays: "5", isActive: "on" } },
  { name: "holiday names", schema: holidayNamesSchema, valid: { nameVi: "Tết Nguyên đán", nameEn: "Lunar New Year" } },
  { name: "new holiday", schema: createHolidaySchema, valid: { nameVi: "Quốc khánh", nameEn: "National Day", date: "02/09/2026" } },
  { name: "report expectations", schema: reportExpectationsSchema, valid: { organizationIds: ["ck1", "ck2"], cells: "ck1:rt1" } },
  { name: "expectation filter", schema: expectationFilterSchema, valid: { kind: "PROVINCE", q: "Hà", page: "2" } },
  {
    name: "report draft",
    schema: reportDraftSchema,
    valid: {
      version: 1,
      documentNumber: "12/BC-UBND",
      sections: { resultsAchieved: "Kết quả", limitations: "" },
      taskRows: [{ taskId: "ck1", status: "IN_PROGRESS", progress: 50, resultAchieved: "Một nửa" }],
      indicatorValues: [{ indicatorCode: "IND_EVENTS_ABROAD", value: "12.5" }],
    },
  },
  { name: "report submit", schema: reportSubmitSchema, valid: { version: 2 } },
  {
    name: "report review",
    schema: reportReviewSchema,
    valid: { decision: "return", reasons: [{ section: "limitations", reason: "Chưa rõ" }], version: 3 },
  },
  { name: "report list query", schema: reportListQuerySchema, valid: { period: "ck1", organization: "P01", status: "SUBMITTED" } },
  { name: "reporting period query", schema: reportingPeriodQuerySchema, valid: { kind: "QUARTERLY", year: "2026" } },
  { name: "open report", schema: reportOpenSchema, valid: { periodId: "ck1" } },
  {
    name: "new user",
    schema: createUserSchema,
    valid: { name: "Nguyễn Văn A", email: "a@test.vn", role: "ORG_EDITOR", organizationId: "ck1" },
  },
  { name: "user update", schema: updateUserSchema, valid: { name: "Nguyễn Văn A", role: "ORG_VIEWER", organizationId: "ck1" } },
];

// C0 controls other than tab and newline, DEL, and lone surrogates: PostgreSQL refuses NUL in text, and the
// driver silently turns a lone surrogate into U+FFFD, so the stored text would differ from what was sent.
const UNSTORABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|\p{Cs}/u;
const MAX_TEXT = 20_000;

// Every leaf of an accepted value can be stored as sent: finite numbers, valid UTC calendar dates, storable,
// trimmed and bounded text. A new password is hashed from its UTF-8 bytes, so it must be storable too.
function expectStorable(value: unknown, path: string, secrets: string[]): void {
  if (typeof value === "string") {
    if (secrets.includes(path)) return;
    expect(UNSTORABLE.test(value), `${path} holds an unstorable character`).toBe(false);
    expect(value.length, `${path} is too long`).toBeLessThanOrEqual(MAX_TEXT);
    if (path !== "newPassword") expect(value, `${path} is not trimmed`).toBe(value.trim());
  } else if (typeof value === "number") {
    expect(Number.isFinite(value), `${path} is not finite`).toBe(true);
  } else if (typeof value === "bigint") {
    expect(value >= 0n, `${path} is negative`).toBe(true);
  } else if (value instanceof Date) {
    expect(Number.isNaN(value.getTime()), `${path} is an invalid date`).toBe(false);
    expect(value.toISOString().slice(10), `${path} is not a calendar date`).toBe("T00:00:00.000Z");
    expect(value.getUTCFullYear()).toBeGreaterThanOrEqual(1900);
    expect(value.getUTCFullYear()).toBeLessThanOrEqual(2100);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => expectStorable(item, `${path}.${i}`, secrets));
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) expectStorable(item, path ? `${path}.${key}` : key, secrets);
  }
}

// parseInput either returns the accepted value or throws a ValidationError whose every message is a sentence.
function parseOrRefuse(schema: z.ZodType, input: unknown): Record<string, unknown> | null {
  try {
    return parseInput(schema, input) as Record<string, unknown>;
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    const fieldErrors = (error as ValidationError).fieldErrors;
    expect(Object.keys(fieldErrors).length).toBeGreaterThan(0);
    for (const codes of Object.values(fieldErrors)) {
      for (const code of codes) {
        for (const locale of ["vi", "en"] as const) expect(translateValidationCode(code, locale)).toMatch(/\S.*[.!?)]$/);
      }
    }
    return null;
  }
}

describe.each(CASES)("$name schema", ({ schema, valid, secrets = [], check }) => {
  it("accepts its valid example", () => {
    const output = parseOrRefuse(schema, valid);
    expect(output).not.toBeNull();
    expectStorable(output, "", secrets);
    check?.(output!);
  });

  it(
    "answers a ValidationError or a storable value for a valid object with hostile fields",
    () => {
      fc.assert(
        fc.property(mutated(valid), (input) => {
          const output = parseOrRefuse(schema, input);
          if (output) {
            expectStorable(output, "", secrets);
            check?.(output);
          }
        }),
        { numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    "throws only ZodErrors for anything at all",
    () => {
      fc.assert(
        fc.property(hostileValue, (input) => {
          const result = schema.safeParse(input);
          if (result.success) expectStorable(result.data, "", secrets);
          else expect(result.error).toBeInstanceOf(z.ZodError);
        }),
        { numRuns: Math.ceil(RUNS / 3) },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe("dashboard pages' lenient parsing", () => {
  it(
    "never throws on any search parameters and keeps only valid filters",
    () => {
      const params = fc.dictionary(
        fc.constantFrom("year", "period", "orgKind", "region", "taskGroup", "sort", "dir", "page", "measure", "x"),
        fc.oneof(hostileString, fc.array(hostileString, { maxLength: 3 })),
        {
          maxKeys: 6,
        },
      );
      fc.assert(
        fc.property(params, (search) => {
          for (const parse of [parseDashboardFilters, parseScorecardQuery, parseMapQuery, parseObjectiveTasksQuery]) {
            const filters = parse(search) as Record<string, unknown>;
            expectStorable(filters, "", []);
            if (filters.year !== undefined) expect(filters.year).toBeGreaterThanOrEqual(2022);
            if (filters.period !== undefined) expect(filters.period).toMatch(/^[A-Za-z0-9_-]{1,40}$/);
          }
        }),
        { numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe("calendar dates", () => {
  const daysIn = (year: number, month: number) =>
    [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  const pad = (n: number, width: number) => String(n).padStart(width, "0");

  it(
    "accepts a typed or ISO date exactly when the day exists in 1900–2100, and keeps that day",
    () => {
      const parts = fc.record({
        year: fc.oneof(fc.integer({ min: 0, max: 99_999 }), fc.constantFrom(0, 1899, 1900, 2000, 2024, 2025, 2100, 2101, 99_999)),
        month: fc.integer({ min: 0, max: 13 }),
        day: fc.integer({ min: 0, max: 32 }),
      });
      fc.assert(
        fc.property(parts, ({ year, month, day }) => {
          const exists = year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
          for (const text of [`${pad(day, 2)}/${pad(month, 2)}/${pad(year, 4)}`, `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`]) {
            const parsed = planInputSchema.safeParse({ title: "Kế hoạch", periodStart: 2026, periodEnd: 2026, documentDate: text });
            expect(parsed.success, text).toBe(exists);
            if (parsed.success)
              expect(parsed.data.documentDate!.toISOString()).toBe(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T00:00:00.000Z`);
          }
        }),
        { numRuns: RUNS * 2 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
