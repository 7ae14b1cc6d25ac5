// The reporting calendar against a real database: periods 2022–2030 exist with the deadlines Decree 09 gives,
// every administrator change re-computes them in the same transaction with its audit entry, and only
// administrators may change anything.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { DomainError, ValidationError } from "@/lib/domain/errors";
import { db } from "@/lib/server/db";
import {
  createPublicHoliday,
  deletePublicHoliday,
  listExpectationMatrix,
  listPublicHolidays,
  listReportTypeSettings,
  renamePublicHoliday,
  updateReportExpectations,
  updateReportTypeSettings,
} from "@/lib/server/services/reporting-config";
import {
  REPORTING_DEFAULTS_SETTING,
  defaultPublicHolidays,
  seedReportingDefaults,
  syncReportingPeriods,
} from "../../prisma/seed/reporting";
import { createReportingCalendar, deadlineOf, findPeriod } from "../factories/reporting";
import { resetDatabase } from "../factories/reset";
import { createWorld } from "../factories/world";

let world: Awaited<ReturnType<typeof createWorld>>;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});
afterAll(() => db.$disconnect());

async function statusOf(promise: Promise<unknown>): Promise<number | "ok"> {
  return promise.then(
    () => "ok",
    (error: unknown) => {
      if (error instanceof DomainError) return error.status;
      throw error;
    },
  );
}

async function fieldErrorsOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

describe("syncReportingPeriods", () => {
  it("creates every period 2022–2030 of the active report types with Decree 09 cut-offs and 5-working-day deadlines", async () => {
    await createReportingCalendar();
    // 9 years × (4 quarters + the first half + 1 year); no second half (it would end with the annual report), and
    // the nine-month and ad-hoc types are inactive by default.
    expect(await db.reportingPeriod.count()).toBe(54);
    expect(await db.reportingPeriod.count({ where: { kind: "SEMIANNUAL" } })).toBe(9);
    expect(await db.reportingPeriod.count({ where: { kind: "SEMIANNUAL", number: 2 } })).toBe(0);
    const h1 = await findPeriod("SEMIANNUAL", 2026, 1);
    expect([h1.cutoffStart, h1.cutoffEnd, h1.deadline].map((d) => d.toISOString().slice(0, 10))).toEqual([
      "2025-12-15",
      "2026-06-14",
      "2026-06-19",
    ]);
    // Cut-off end Sunday 14/12/2025 → Monday 15 … Friday 19.
    expect(await deadlineOf("ANNUAL", 2025)).toBe("2025-12-19");
    // Cut-off end Saturday 14/03/2026 → Monday 16 … Friday 20.
    expect(await deadlineOf("QUARTERLY", 2026, 1)).toBe("2026-03-20");
    expect(await deadlineOf("ANNUAL", 2022)).toBe("2022-12-21"); // 14/12/2022 is a Wednesday
    expect(await deadlineOf("ANNUAL", 2030)).toBe("2030-12-20");
  });

  it("is idempotent and repairs a deadline someone changed by hand", async () => {
    await createReportingCalendar();
    expect(await db.$transaction((tx) => syncReportingPeriods(tx))).toEqual({ created: 0, updated: 0 });
    const h1 = await findPeriod("SEMIANNUAL", 2026, 1);
    await db.reportingPeriod.update({ where: { id: h1.id }, data: { deadline: new Date("2026-07-01") } });
    expect(await db.$transaction((tx) => syncReportingPeriods(tx))).toEqual({ created: 0, updated: 1 });
    expect(await deadlineOf("SEMIANNUAL", 2026, 1)).toBe("2026-06-19");
  });

  it("skips the Tết holidays when they fall inside the working days", async () => {
    const { annual } = await createReportingCalendar();
    // 40 working days after Monday 14/12/2026 runs into Tết 2027 (05/02–09/02/2027) and 01/01/2027.
    await db.reportType.update({ where: { id: annual.id }, data: { deadlineWorkingDays: 40 } });
    await db.$transaction((tx) => syncReportingPeriods(tx));
    const withHolidays = await deadlineOf("ANNUAL", 2026);
    await db.publicHoliday.deleteMany();
    await db.$transaction((tx) => syncReportingPeriods(tx));
    const withoutHolidays = await deadlineOf("ANNUAL", 2026);
    expect(withoutHolidays).toBe("2027-02-08");
    // 01/01/2027 (Friday) and Tết from Friday 05/02 to Tuesday 09/02 (the portal's default placement), whose
    // Saturday and Sunday (mùng 1, mùng 2) give the compensatory days Wednesday 10/02 and Thursday 11/02: the six
    // lost working days push the deadline to Tuesday 16/02.
    expect(withHolidays).toBe("2027-02-16");
  });
});

describe("seedReportingDefaults", () => {
  it("creates the Labour Code holidays and the default obligations once, and then leaves administrators' changes alone", async () => {
    await createReportingCalendar();
    // Labour Code 2019 Art. 112(1): 01/01, five days of Tết, Giỗ Tổ, 30/4, 01/5, 02/9 and one adjacent day.
    expect(await db.publicHoliday.count()).toBe(9 * 11);
    const tet2026 = await db.publicHoliday.findMany({
      where: { date: { gte: new Date("2026-02-16"), lte: new Date("2026-02-20") } },
      orderBy: { date: "asc" },
    });
    expect(tet2026.map((h) => h.date.toISOString().slice(0, 10))).toEqual([
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-02-20",
    ]);
    expect(tet2026[1]).toMatchObject({ nameVi: "Tết Âm lịch (ngày thứ hai)", nameEn: "Lunar New Year (day 2 of 5)" });
    expect(tet2026[1]!.sourceUrls.length).toBeGreaterThan(0);
    // 2024 as the Prime Minister set it: Tết 08/02–12/02 (the 13th and 14th are compensatory, derived), Giỗ Tổ 18/04.
    expect(
      defaultPublicHolidays()
        .filter((h) => h.date.getUTCFullYear() === 2024)
        .map((h) => h.date.toISOString().slice(5, 10)),
    ).toEqual(["01-01", "02-08", "02-09", "02-10", "02-11", "02-12", "04-18", "04-30", "05-01", "09-01", "09-02"]);
    // Tết 2030 on the Vietnamese date (mùng 1 is 02/02/2030; the Chinese calendar has 03/02).
    expect(await db.publicHoliday.findUnique({ where: { date: new Date("2030-02-02") } })).toMatchObject({
      nameVi: "Tết Âm lịch (ngày thứ hai)",
    });
    expect(await db.calendarException.count()).toBe(6);

    // Ministries, provinces, cities and former provinces owe the six-month and annual reports; the Steering
    // Committee does not.
    const expectations = await db.reportExpectation.findMany({ include: { organization: true, reportType: true } });
    const owed = (code: string) =>
      expectations
        .filter((e) => e.organization.code === code)
        .map((e) => e.reportType.code)
        .sort();
    expect(owed("P01")).toEqual(["ANNUAL", "SEMIANNUAL"]);
    expect(owed("FP-HA-GIANG")).toEqual(["ANNUAL", "SEMIANNUAL"]);
    expect(owed("BVHTTDL")).toEqual(["ANNUAL", "SEMIANNUAL"]);
    expect(owed("BCD-NGVH")).toEqual([]);
    expect(await db.appSetting.findUnique({ where: { key: REPORTING_DEFAULTS_SETTING } })).not.toBeNull();

    const newYear = await db.publicHoliday.findUniqueOrThrow({ where: { date: new Date("2026-01-01") } });
    await deletePublicHoliday(world.actors.admin, newYear.id);
    await updateReportExpectations(world.actors.admin, { organizationIds: [world.orgs.hanoi.id], cells: [] });
    const second = await db.$transaction((tx) => seedReportingDefaults(tx));
    expect(second).toEqual({ holidays: 0, expectations: 0, skipped: true });
    expect(await db.publicHoliday.count()).toBe(98);
    expect(await db.reportExpectation.count({ where: { organizationId: world.orgs.hanoi.id } })).toBe(0);
  });
});

describe("report type settings", () => {
  it("re-computes every deadline of the type when the working days change, in the same transaction as the audit entry", async () => {
    const { semiannual } = await createReportingCalendar();
    const result = await updateReportTypeSettings(world.actors.admin, semiannual.id, { deadlineWorkingDays: "10", isActive: "on" });
    expect(result.periods).toEqual({ created: 0, updated: 9 });
    // Monday 15/06/2026 + 10 working days → Friday 26/06/2026.
    expect(await deadlineOf("SEMIANNUAL", 2026, 1)).toBe("2026-06-26");
    expect(await deadlineOf("ANNUAL", 2025)).toBe("2025-12-19"); // other types untouched
    const entry = await db.auditLog.findFirstOrThrow({ where: { entity: "ReportType", entityId: semiannual.id } });
    expect(entry).toMatchObject({ action: "update", actorEmail: "admin@test.vn", ip: "203.0.113.7" });
    expect(entry.changes).toEqual({ deadlineWorkingDays: { before: 5, after: 10 } });

    // Saving the same values writes nothing.
    await updateReportTypeSettings(world.actors.admin, semiannual.id, { deadlineWorkingDays: 10, isActive: true });
    expect(await db.auditLog.count({ where: { entity: "ReportType" } })).toBe(1);
  });

  it("refuses fewer than one working day (Decree 09, Art. 8(5)), fractions and nonsense", async () => {
    const { annual } = await createReportingCalendar();
    expect(
      await fieldErrorsOf(updateReportTypeSettings(world.actors.admin, annual.id, { deadlineWorkingDays: "0", isActive: "on" })),
    ).toEqual({
      deadlineWorkingDays: ["working_days_min"],
    });
    expect(
      await fieldErrorsOf(updateReportTypeSettings(world.actors.admin, annual.id, { deadlineWorkingDays: "1.5", isActive: "on" })),
    ).toEqual({
      deadlineWorkingDays: ["working_days_integer"],
    });
    expect(
      (await fieldErrorsOf(updateReportTypeSettings(world.actors.admin, annual.id, { deadlineWorkingDays: "", isActive: "on" })))
        .deadlineWorkingDays,
    ).toHaveLength(1);
    expect(await fieldErrorsOf(updateReportTypeSettings(world.actors.admin, annual.id, { deadlineWorkingDays: "61" }))).toEqual({
      deadlineWorkingDays: ["working_days_max"],
    });
    expect((await db.reportType.findUniqueOrThrow({ where: { id: annual.id } })).deadlineWorkingDays).toBe(5);
  });

  it("creates the periods of a report type when it is activated, and keeps them when it is deactivated", async () => {
    const { quarterly } = await createReportingCalendar();
    await updateReportTypeSettings(world.actors.admin, quarterly.id, { deadlineWorkingDays: 5, isActive: "" });
    expect(await db.reportingPeriod.count({ where: { kind: "QUARTERLY" } })).toBe(36);
    await db.reportingPeriod.deleteMany({ where: { kind: "QUARTERLY", year: 2030 } });
    const { periods } = await updateReportTypeSettings(world.actors.admin, quarterly.id, { deadlineWorkingDays: 5, isActive: "on" });
    expect(periods).toEqual({ created: 4, updated: 0 });
  });

  it("shows the rule with the next deadline it gives", async () => {
    await createReportingCalendar();
    const types = await listReportTypeSettings(world.actors.admin, { now: new Date("2026-06-20T03:00:00Z") });
    expect(types.map((t) => t.code)).toEqual([
      "QUARTERLY",
      "SEMIANNUAL",
      "NINE_MONTH",
      "ANNUAL",
      "GIUA_KY",
      "SO_KET_3_NAM",
      "TONG_KET_2030",
    ]);
    expect(types[1]).toMatchObject({
      deadlineWorkingDays: 5,
      periodCount: 9,
      upcoming: { kind: "SEMIANNUAL", year: 2027, number: 1, deadline: "2027-06-21" },
    });
  });
});

describe("public holidays", () => {
  it("moves deadlines when a holiday is added or deleted, and audits each change", async () => {
    await createReportingCalendar({ defaults: false });
    expect(await deadlineOf("SEMIANNUAL", 2026, 1)).toBe("2026-06-19");
    const { id, periods } = await createPublicHoliday(world.actors.admin, {
      date: "17/06/2026",
      nameVi: "Ngày nghỉ bù",
      nameEn: "Substitute day off",
    });
    // Q2 2026 and H1 2026 share the cut-off end 14/06/2026.
    expect(periods).toEqual({ created: 0, updated: 2 });
    expect(await deadlineOf("SEMIANNUAL", 2026, 1)).toBe("2026-06-22");
    expect(await deadlineOf("QUARTERLY", 2026, 2)).toBe("2026-06-22");

    await renamePublicHoliday(world.actors.admin, id, { nameVi: "Nghỉ bù Quốc khánh", nameEn: "National Day substitute" });
    expect(await deadlineOf("SEMIANNUAL", 2026, 1)).toBe("2026-06-22");

    await deletePublicHoliday(world.actors.admin, id);
    expect(await deadlineOf("SEMIANNUAL", 2026, 1)).toBe("2026-06-19");

    const entries = await db.auditLog.findMany({ where: { entity: "PublicHoliday", entityId: id }, orderBy: { id: "asc" } });
    expect(entries.map((e) => e.action)).toEqual(["create", "update", "delete"]);
    expect(entries[0]!.changes).toMatchObject({
      date: { before: null, after: "2026-06-17" },
      nameVi: { before: null, after: "Ngày nghỉ bù" },
    });
    expect(entries[1]!.changes).toEqual({
      nameVi: { before: "Ngày nghỉ bù", after: "Nghỉ bù Quốc khánh" },
      nameEn: { before: "Substitute day off", after: "National Day substitute" },
    });
    expect(entries[2]!.changes).toMatchObject({ date: { before: "2026-06-17", after: null } });
  });

  it("refuses a second holiday on the same date, impossible dates and missing names", async () => {
    await createReportingCalendar();
    expect(
      await fieldErrorsOf(createPublicHoliday(world.actors.admin, { date: "02/09/2026", nameVi: "Quốc khánh", nameEn: "National Day" })),
    ).toEqual({
      date: ["holiday_exists"],
    });
    expect(await fieldErrorsOf(createPublicHoliday(world.actors.admin, { date: "31/02/2026", nameVi: "", nameEn: "X" }))).toEqual({
      date: ["invalid_date"],
      nameVi: ["required"],
    });
    const { holidays, years } = await listPublicHolidays(world.actors.admin, { year: 2026 });
    expect(holidays).toHaveLength(11);
    expect(years).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
  });
});

describe("report expectations", () => {
  it("turns obligations on and off for the organizations shown, with one audit entry per organization changed", async () => {
    const { quarterly, semiannual, annual } = await createReportingCalendar();
    const { hanoi, hue } = world.orgs;
    const result = await updateReportExpectations(world.actors.admin, {
      organizationIds: [hanoi.id, hue.id],
      cells: [`${hanoi.id}:${quarterly.id}`, `${hanoi.id}:${annual.id}`, `${hue.id}:${semiannual.id}`, `${hue.id}:${annual.id}`],
    });
    expect(result).toMatchObject({ added: 1, removed: 1, organizationsChanged: 1 });
    const owed = async (organizationId: string) =>
      (await db.reportExpectation.findMany({ where: { organizationId }, include: { reportType: true } }))
        .map((e) => e.reportType.code)
        .sort();
    expect(await owed(hanoi.id)).toEqual(["ANNUAL", "QUARTERLY"]);
    expect(await owed(hue.id)).toEqual(["ANNUAL", "SEMIANNUAL"]);
    const entries = await db.auditLog.findMany({ where: { entity: "ReportExpectation" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entityId: hanoi.id, action: "update" });
    expect(entries[0]!.changes).toEqual({ reportTypes: { before: ["ANNUAL", "SEMIANNUAL"], after: ["ANNUAL", "QUARTERLY"] } });

    const matrix = await listExpectationMatrix(world.actors.admin, { q: "ha noi" });
    expect(matrix.rows.map((r) => r.code)).toEqual(["P01"]);
    expect(matrix.rows[0]!.expectedReportTypeIds.sort()).toEqual([quarterly.id, annual.id].sort());
    expect((await listExpectationMatrix(world.actors.admin, { kind: "FORMER_PROVINCE" })).rows.map((r) => r.code)).toEqual(["FP-HA-GIANG"]);
  });

  it("refuses cells of organizations that were not shown and unknown report types", async () => {
    await createReportingCalendar();
    const { hanoi, hue } = world.orgs;
    expect(
      await fieldErrorsOf(updateReportExpectations(world.actors.admin, { organizationIds: [hanoi.id], cells: [`${hue.id}:x`] })),
    ).toEqual({ cells: ["invalid_value"] });
    expect(
      await fieldErrorsOf(updateReportExpectations(world.actors.admin, { organizationIds: [hanoi.id], cells: [`${hanoi.id}:nope`] })),
    ).toEqual({
      cells: ["unknown_report_type"],
    });
    expect(await fieldErrorsOf(updateReportExpectations(world.actors.admin, { organizationIds: ["missing"], cells: [] }))).toEqual({
      organizationIds: ["unknown_organization"],
    });
  });
});

describe("access", () => {
  it("lets only administrators read or change the calendar, and a refused change writes nothing", async () => {
    const { annual } = await createReportingCalendar();
    const holiday = await db.publicHoliday.findFirstOrThrow();
    const before = {
      audit: await db.auditLog.count(),
      holidays: await db.publicHoliday.count(),
      expectations: await db.reportExpectation.count(),
    };
    for (const actor of [world.actors.steering, world.actors.hanoiEditor, world.actors.hanoiViewer]) {
      expect(await statusOf(updateReportTypeSettings(actor, annual.id, { deadlineWorkingDays: 2, isActive: "on" }))).toBe(403);
      expect(await statusOf(createPublicHoliday(actor, { date: "03/09/2026", nameVi: "Quốc khánh", nameEn: "National Day" }))).toBe(403);
      expect(await statusOf(renamePublicHoliday(actor, holiday.id, { nameVi: "X", nameEn: "X" }))).toBe(403);
      expect(await statusOf(deletePublicHoliday(actor, holiday.id))).toBe(403);
      expect(await statusOf(updateReportExpectations(actor, { organizationIds: [world.orgs.hanoi.id], cells: [] }))).toBe(403);
      expect(await statusOf(listReportTypeSettings(actor))).toBe(403);
      expect(await statusOf(listExpectationMatrix(actor, {}))).toBe(403);
    }
    expect({
      audit: await db.auditLog.count(),
      holidays: await db.publicHoliday.count(),
      expectations: await db.reportExpectation.count(),
    }).toEqual(before);
    expect((await db.reportType.findUniqueOrThrow({ where: { id: annual.id } })).deadlineWorkingDays).toBe(5);
    expect(await statusOf(deletePublicHoliday(world.actors.admin, "missing"))).toBe(404);
  });
});
