// Issue 14 §2–§3 against a real database: a successor takes over its predecessor's open tasks in one audited
// transaction; the Government's day swaps move deadlines and are audited; a former name finds its organization.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { DomainError, ValidationError } from "@/lib/domain/errors";
import { db } from "@/lib/server/db";
import { listAdminOrganizations } from "@/lib/server/queries/admin-organizations";
import { listOrganizations } from "@/lib/server/queries/organizations";
import { getCompliance } from "@/lib/server/queries/reports";
import { recordExternalReport } from "@/lib/server/services/external-reports";
import {
  createCalendarException,
  deleteCalendarException,
  listWorkingCalendar,
  updateCalendarException,
} from "@/lib/server/services/reporting-config";
import { listTakeOverTargets, takeOverTasks } from "@/lib/server/services/task-takeover";
import { createReportingCalendar, deadlineOf, findPeriod } from "../factories/reporting";
import { resetDatabase } from "../factories/reset";
import { createWorld } from "../factories/world";

let world: Awaited<ReturnType<typeof createWorld>>;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});
afterAll(() => db.$disconnect());

async function errorOf(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

async function planWithTasks(
  organizationId: string,
  status: "DRAFT" | "APPROVED",
  tasks: Array<{ code: string; status: "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED" | "CANCELLED" | "DELAYED"; progress: number }>,
) {
  const group = await db.taskGroup.findFirstOrThrow({ where: { code: "TG3" } });
  const objective = await db.objective.findFirstOrThrow({ where: { code: "SO3" } });
  return db.actionPlan.create({
    data: {
      organizationId,
      title: `Kế hoạch ${organizationId.slice(-4)}`,
      periodStart: 2022,
      periodEnd: 2030,
      status,
      tasks: {
        create: tasks.map((task) => ({
          code: task.code,
          titleVi: `Nhiệm vụ ${task.code}`,
          status: task.status,
          progress: task.progress,
          taskGroupId: group.id,
          leadOrganizationId: organizationId,
          objectives: { connect: [{ id: objective.id }] },
        })),
      },
    },
  });
}

describe("a successor takes over its predecessor's open tasks", () => {
  it("copies the open tasks into the successor's plan with their history, in one audited transaction", async () => {
    const old = await planWithTasks(world.orgs.haGiang.id, "APPROVED", [
      { code: "NV1", status: "IN_PROGRESS", progress: 40 },
      { code: "NV2", status: "COMPLETED", progress: 100 },
      { code: "NV3", status: "NOT_STARTED", progress: 0 },
    ]);
    const target = await planWithTasks(world.orgs.tuyenQuang.id, "DRAFT", [{ code: "NV1", status: "NOT_STARTED", progress: 0 }]);

    const offer = await listTakeOverTargets(world.actors.tuyenQuangEditor.user, old.id);
    expect(offer).toEqual({ openTaskCount: 2, targets: [expect.objectContaining({ id: target.id })] });

    const result = await takeOverTasks(world.actors.tuyenQuangEditor, { fromPlanId: old.id, toPlanId: target.id });
    expect(result.count).toBe(2);

    const copies = await db.planTask.findMany({
      where: { planId: target.id, takenOverFromId: { not: null } },
      include: { takenOverFrom: true, objectives: true },
      orderBy: { code: "asc" },
    });
    // NV1 is taken in the receiving plan, so the copy carries the predecessor's code as a prefix.
    expect(copies.map((c) => [c.code, c.takenOverFrom?.code, c.status, c.progress, c.leadOrganizationId])).toEqual([
      ["FP-HA-GIANG-NV1", "NV1", "IN_PROGRESS", 40, world.orgs.tuyenQuang.id],
      ["NV3", "NV3", "NOT_STARTED", 0, world.orgs.tuyenQuang.id],
    ]);
    expect(copies.every((c) => c.objectives.length === 1)).toBe(true);
    // The predecessor's plan keeps its three tasks, each open one with a note where it went.
    expect(await db.planTask.count({ where: { planId: old.id } })).toBe(3);
    const notes = await db.taskUpdate.findMany({ where: { task: { planId: old.id } } });
    expect(notes).toHaveLength(2);
    expect(await db.auditLog.count({ where: { entity: "PlanTask", action: "take-over" } })).toBe(2);

    // Nothing left to take over the second time.
    const again = await errorOf(takeOverTasks(world.actors.tuyenQuangEditor, { fromPlanId: old.id, toPlanId: target.id }));
    expect((again as ValidationError).fieldErrors).toEqual({ _form: ["nothing_to_take_over"] });
  });

  it("refuses an organization that is not the successor, and a receiving plan that is not editable, writing nothing", async () => {
    const old = await planWithTasks(world.orgs.haGiang.id, "APPROVED", [{ code: "NV1", status: "IN_PROGRESS", progress: 10 }]);
    const hanoiPlan = await planWithTasks(world.orgs.hanoi.id, "DRAFT", []);
    const approved = await planWithTasks(world.orgs.tuyenQuang.id, "APPROVED", []);
    // Hà Nội cannot even see Hà Giang's plan.
    expect((await errorOf(takeOverTasks(world.actors.hanoiEditor, { fromPlanId: old.id, toPlanId: hanoiPlan.id }))).status).toBe(404);
    expect(await listTakeOverTargets(world.actors.hanoiEditor.user, hanoiPlan.id)).toBeNull();
    const notEditable = await errorOf(takeOverTasks(world.actors.tuyenQuangEditor, { fromPlanId: old.id, toPlanId: approved.id }));
    expect((notEditable as ValidationError).fieldErrors).toEqual({ toPlanId: ["plan_not_editable"] });
    expect(await db.planTask.count({ where: { takenOverFromId: { not: null } } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "take-over" } })).toBe(0);
  });
});

describe("the Government's day swaps", () => {
  it("moves a working-day deadline when a Saturday is made a working day, audits, and moves it back on delete", async () => {
    await createReportingCalendar({ defaults: false });
    // H1 2026: cut-off end Sunday 14/06/2026 + 5 working days → Friday 19/06/2026.
    expect(await deadlineOf("SEMIANNUAL", 2026, 1)).toBe("2026-06-19");
    // An extra day off inside the window pushes the deadline to Monday 22/06 …
    const dayOff = await createCalendarException(world.actors.admin, {
      date: "18/06/2026",
      kind: "DAY_OFF",
      nameVi: "Nghỉ hoán đổi",
      documentVi: "Thông báo thử nghiệm",
    });
    expect(dayOff.periods.updated).toBeGreaterThan(0);
    expect(await deadlineOf("SEMIANNUAL", 2026, 1)).toBe("2026-06-22");
    // … and the Saturday worked in exchange brings it back to Saturday 20/06 (15, 16, 17, 19, 20).
    const { id } = await createCalendarException(world.actors.admin, {
      date: "20/06/2026",
      kind: "WORKING_DAY",
      nameVi: "Làm bù",
      documentVi: "Thông báo thử nghiệm",
      sourceUrl: "",
    });
    expect(await deadlineOf("SEMIANNUAL", 2026, 1)).toBe("2026-06-20");

    const row = await db.calendarException.findUniqueOrThrow({ where: { id } });
    await updateCalendarException(world.actors.admin, id, {
      kind: "DAY_OFF",
      nameVi: "Nghỉ",
      documentVi: "Thông báo thử nghiệm",
      version: row.version,
    });
    expect(
      (
        await errorOf(
          updateCalendarException(world.actors.admin, id, { kind: "WORKING_DAY", nameVi: "x", documentVi: "y", version: row.version }),
        )
      ).status,
    ).toBe(409);
    await deleteCalendarException(world.actors.admin, id);
    expect(await deadlineOf("SEMIANNUAL", 2026, 1)).toBe("2026-06-22");

    const entries = await db.auditLog.findMany({ where: { entity: "CalendarException", entityId: id }, orderBy: { id: "asc" } });
    expect(entries.map((e) => e.action)).toEqual(["create", "update", "delete"]);
    expect((await listWorkingCalendar(world.actors.admin, { year: 2026 })).exceptions.map((e) => e.date)).toEqual(["2026-06-18"]);
  });

  it("refuses a second exception on a date, and non-administrators", async () => {
    await createReportingCalendar({ defaults: false });
    const input = { date: "26/04/2025", kind: "WORKING_DAY", nameVi: "Làm bù", documentVi: "Văn bản" };
    await createCalendarException(world.actors.admin, input);
    expect(((await errorOf(createCalendarException(world.actors.admin, input))) as ValidationError).fieldErrors).toEqual({
      date: ["exception_exists"],
    });
    expect((await errorOf(createCalendarException(world.actors.hanoiEditor, { ...input, date: "27/04/2025" }))).status).toBe(403);
    expect(await db.calendarException.count()).toBe(1);
  });

  it("lists the compensatory days the Labour Code gives for the year's holidays", async () => {
    await createReportingCalendar();
    // 2026: Giỗ Tổ on Sunday 26/04 → Monday 27/04.
    expect((await listWorkingCalendar(world.actors.admin, { year: 2026 })).compensatoryDays).toEqual(["2026-04-27"]);
  });
});

describe("searching an organization by a former name", () => {
  it("finds Thành phố Huế by 'thua thien', without diacritics, in the directory and the administration", async () => {
    await db.organizationName.create({
      data: {
        organizationId: world.orgs.hue.id,
        nameVi: "Thừa Thiên Huế",
        unitType: "PROVINCE",
        validTo: new Date("2024-12-31"),
        sourceUrls: ["https://example.org/175"],
      },
    });
    const directory = await listOrganizations(null, { kind: null, q: "thua thien", page: 1 });
    expect(directory.rows.map((r) => [r.code, r.formerNames])).toEqual([["P02", [{ nameVi: "Thừa Thiên Huế", validTo: "2024-12-31" }]]]);
    const admin = await listAdminOrganizations(world.actors.admin.user, { q: "THUA THIEN", kind: null, status: null, page: 1 });
    expect(admin.rows.map((r) => r.code)).toEqual(["P02"]);
  });
});

describe("reports sent outside the portal", () => {
  it("count as sent on their sending day in the compliance matrix, once per period, and are audited", async () => {
    await createReportingCalendar();
    const annual2023 = await findPeriod("ANNUAL", 2023); // deadline 21/12/2023
    const cellOf = async () => {
      const view = await getCompliance(
        world.actors.steering,
        { kind: "ANNUAL", fromYear: 2023, toYear: 2023 },
        new Date("2026-06-01T00:00:00Z"),
      );
      return view.rows.find((r) => r.organization.code === "P01")!.cells[0]!;
    };
    expect((await cellOf()).status).toBe("MISSING");
    const input = {
      organizationId: world.orgs.hanoi.id,
      periodId: annual2023.id,
      documentNumber: "512/BC-UBND",
      documentDate: "18/12/2023",
      signerName: "Phó Chủ tịch UBND",
      sentOn: "19/12/2023",
    };
    await recordExternalReport(world.actors.hanoiEditor, input);
    expect(await cellOf()).toMatchObject({ status: "ON_TIME", sentOutsidePortal: true });
    expect(((await errorOf(recordExternalReport(world.actors.hanoiEditor, input))) as ValidationError).fieldErrors).toEqual({
      periodId: ["report_exists"],
    });
    // Another organization's editor cannot record for Hà Nội (nor learn that its report exists).
    expect((await errorOf(recordExternalReport(world.actors.hueEditor, input))).status).toBe(404);
    expect(await db.auditLog.count({ where: { entity: "ExternalReportRecord", action: "create" } })).toBe(1);
  });
});
