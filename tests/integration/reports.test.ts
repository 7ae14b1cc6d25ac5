import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import { cutoffWindow } from "@/lib/domain/reporting-calendar";
import { db } from "@/lib/server/db";
import { getPlanDetail, getTask } from "@/lib/server/queries/plans";
import { getReportDetail, listReportReviewQueue, listReports } from "@/lib/server/queries/reports";
import { createPlan, createTask } from "@/lib/server/services/plans";
import { openReport, reviewReport, saveReportDraft, submitReport } from "@/lib/server/services/reports";
import { resetDatabase } from "../factories/reset";
import { createWorld, expectReportsFromEveryone, planInput, putPlanInForce, taskInput } from "../factories/world";

let world: Awaited<ReturnType<typeof createWorld>>;
let periodId: string;
let taskIds: string[];

const SECTIONS = {
  resultsAchieved: "Tổ chức thành công Tuần Văn hóa Việt Nam.",
  limitations: "Kinh phí hạn chế.",
  proposals: "Đề nghị bổ sung kinh phí.",
  nextPeriodTasks: "Chuẩn bị hồ sơ UNESCO.",
};

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
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
  periodId = period.id;
  await expectReportsFromEveryone(type.id);
  const { hanoiEditor } = world.actors;
  const plan = await createPlan(hanoiEditor, planInput());
  await createTask(hanoiEditor, plan.id, taskInput("T1"));
  await createTask(hanoiEditor, plan.id, taskInput("T2"));
  await putPlanInForce(world, plan.id);
  taskIds = (await getPlanDetail(hanoiEditor, plan.id)).tasks.map((t) => t.id);
});
afterAll(() => db.$disconnect());

async function filledReport() {
  const { hanoiEditor } = world.actors;
  const { id } = await openReport(hanoiEditor, periodId);
  const detail = await getReportDetail(hanoiEditor, id);
  await saveReportDraft(hanoiEditor, id, {
    version: detail.report.version,
    sections: SECTIONS,
    taskRows: [
      { taskId: taskIds[0], status: "COMPLETED", progress: 100, resultAchieved: "Đã hoàn thành", evidence: "https://example.vn/tin-bai" },
      { taskId: taskIds[1], status: "IN_PROGRESS", progress: 60, resultAchieved: "Đang triển khai" },
    ],
    indicatorValues: [{ indicatorCode: "IND_EVENTS_ABROAD", value: 4, note: "Nhật Bản, Hàn Quốc" }],
  });
  return id;
}

describe("the report cycle", () => {
  it("opens prefilled with one row per task of the approved plan", async () => {
    const { id } = await openReport(world.actors.hanoiEditor, periodId);
    const again = await openReport(world.actors.hanoiEditor, periodId);
    expect(again.id).toBe(id);
    const detail = await getReportDetail(world.actors.hanoiEditor, id);
    expect(detail.taskRows.map((r) => [r.code, r.status, r.progress])).toEqual([
      ["T1", "NOT_STARTED", 0],
      ["T2", "NOT_STARTED", 0],
    ]);
    expect(detail.indicatorValues.map((v) => v.code)).toEqual(["IND_EVENTS_ABROAD"]);
    expect(detail.report.status).toBe("DRAFT");
  });

  it("refuses an incomplete submission, naming each missing part", async () => {
    const { id } = await openReport(world.actors.hanoiEditor, periodId);
    const error = await submitReport(world.actors.hanoiLeader, id, { version: 1 }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fieldErrors).sort()).toEqual(
      [
        "sections.limitations",
        "sections.nextPeriodTasks",
        "sections.proposals",
        "sections.resultsAchieved",
        `taskRows.${taskIds[0]}`,
        `taskRows.${taskIds[1]}`,
      ].sort(),
    );
  });

  it("submit → return one section → only that section reopens → resubmit with a diff → accept updates tasks and indicators", async () => {
    const { hanoiEditor, steering } = world.actors;
    const id = await filledReport();
    let detail = await getReportDetail(hanoiEditor, id);
    await submitReport(world.actors.hanoiLeader, id, { version: detail.report.version }, new Date("2026-06-18T03:00:00Z"));
    await expect(
      saveReportDraft(hanoiEditor, id, { version: detail.report.version + 1, sections: { limitations: "x" } }),
    ).rejects.toBeInstanceOf(InvalidStateError);
    expect((await listReportReviewQueue(steering)).map((r) => r.id)).toEqual([id]);

    detail = await getReportDetail(steering, id);
    await reviewReport(
      steering,
      id,
      {
        decision: "return",
        version: detail.report.version,
        reasons: [{ section: "limitations", reason: "Chưa nêu nguyên nhân của hạn chế" }],
      },
      new Date("2026-06-20T03:00:00Z"),
    );
    detail = await getReportDetail(hanoiEditor, id);
    expect(detail.report.status).toBe("RETURNED");
    expect(detail.report.compliance).toBe("RETURNED");
    expect(detail.editable).toEqual({ all: false, sections: ["limitations"], indicators: false });
    expect(detail.taskRows.every((r) => !r.editable)).toBe(true);

    const locked = await saveReportDraft(hanoiEditor, id, { version: detail.report.version, sections: { proposals: "Đổi đề xuất" } }).catch(
      (e) => e,
    );
    expect((locked as ValidationError).fieldErrors["sections.proposals"]).toEqual(["part_locked"]);
    await saveReportDraft(hanoiEditor, id, {
      version: detail.report.version,
      sections: { limitations: "Kinh phí hạn chế do cắt giảm chi thường xuyên." },
    });
    detail = await getReportDetail(hanoiEditor, id);
    await submitReport(world.actors.hanoiLeader, id, { version: detail.report.version }, new Date("2026-06-25T03:00:00Z"));

    detail = await getReportDetail(steering, id);
    expect(detail.diff).toMatchObject({
      from: 1,
      to: 2,
      sections: { limitations: { before: "Kinh phí hạn chế.", after: "Kinh phí hạn chế do cắt giảm chi thường xuyên." } },
      taskRows: [],
    });
    await reviewReport(
      steering,
      id,
      { decision: "accept", version: detail.report.version, comment: "Đạt yêu cầu" },
      new Date("2026-06-26T03:00:00Z"),
    );

    detail = await getReportDetail(hanoiEditor, id);
    expect(detail.report).toMatchObject({ status: "ACCEPTED", compliance: "ON_TIME", submissionNumber: 2 });
    expect(detail.events.map((e) => e.type)).toEqual(["SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED"]);
    const t1 = await getTask(hanoiEditor, taskIds[0]!);
    expect(t1.task).toMatchObject({ status: "COMPLETED", progress: 100 });
    expect(t1.updates[0]).toMatchObject({ progress: 100, reportId: id });
    const observation = await db.indicatorObservation.findFirstOrThrow({ where: { organizationId: world.orgs.hanoi.id, year: 2026 } });
    expect(observation.value.toNumber()).toBe(4);
    expect(observation.reportId).toBe(id);
  });

  it("marks a first submission after the deadline day as late", async () => {
    const id = await filledReport();
    const detail = await getReportDetail(world.actors.hanoiEditor, id);
    await submitReport(world.actors.hanoiLeader, id, { version: detail.report.version }, new Date("2026-06-20T02:00:00Z"));
    expect((await getReportDetail(world.actors.hanoiEditor, id)).report.compliance).toBe("LATE");
  });

  it("refuses a stale draft save with a conflict and keeps the newer text", async () => {
    const { hanoiEditor } = world.actors;
    const { id } = await openReport(hanoiEditor, periodId);
    await saveReportDraft(hanoiEditor, id, { version: 1, sections: { resultsAchieved: "Bản của người thứ nhất" } });
    const stale = await saveReportDraft(hanoiEditor, id, { version: 1, sections: { resultsAchieved: "Bản của người thứ hai" } }).catch(
      (e) => e,
    );
    expect(stale).toBeInstanceOf(ConflictError);
    expect((await getReportDetail(hanoiEditor, id)).sections.resultsAchieved).toBe("Bản của người thứ nhất");
  });

  // Found by the soak test: the report page saves the form before submitting, often unchanged; that save bumped
  // the version without an audit entry, so a colleague's save was refused for a change nobody made.
  it("saves an unchanged draft without a new version or an audit entry", async () => {
    const { hanoiEditor } = world.actors;
    const id = await filledReport();
    const detail = await getReportDetail(hanoiEditor, id);
    const auditBefore = await db.auditLog.count({ where: { entityId: id } });
    const taskRows = detail.taskRows.map(({ taskId, status, progress, resultAchieved, evidence }) => ({
      taskId,
      status,
      progress,
      resultAchieved,
      evidence,
    }));
    const saved = await saveReportDraft(hanoiEditor, id, { version: detail.report.version, sections: detail.sections, taskRows });
    expect(saved.version).toBe(detail.report.version);
    expect(await db.auditLog.count({ where: { entityId: id } })).toBe(auditBefore);
    await saveReportDraft(hanoiEditor, id, { version: detail.report.version, sections: { limitations: "Một thay đổi thật." } });
    expect((await getReportDetail(hanoiEditor, id)).report.version).toBe(detail.report.version + 1);
  });

  it("keeps other organizations out", async () => {
    const id = await filledReport();
    const { hueEditor, hanoiViewer, hanoiEditor } = world.actors;
    await expect(getReportDetail(hueEditor, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveReportDraft(hueEditor, id, { version: 2, sections: { limitations: "x" } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(openReport(hueEditor, periodId, world.orgs.hanoi.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(reviewReport(hanoiEditor, id, { decision: "accept", version: 2 })).rejects.toMatchObject({ status: 403 });
    expect((await getReportDetail(hanoiViewer, id)).report.id).toBe(id);
    await expect(submitReport(hanoiViewer, id, { version: 2 })).rejects.toMatchObject({ status: 403 });
    expect(await listReports(hueEditor)).toEqual([]);
  });
});
