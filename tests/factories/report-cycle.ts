// Larger worlds for the fault and backup tests: a plan of many tasks brought in by spreadsheet (the way
// organizations load large plans), approved, and a filled report on it with one row per task.
import { cutoffWindow } from "@/lib/domain/reporting-calendar";
import { db } from "@/lib/server/db";
import { getReportDetail } from "@/lib/server/queries/reports";
import { importTasksFromSpreadsheet } from "@/lib/server/services/plan-import";
import { createPlan } from "@/lib/server/services/plans";
import { openReport } from "@/lib/server/services/reports";
import { loadReferenceLists } from "@/lib/server/spreadsheets/reference-lists";
import { buildTaskWorkbook } from "@/lib/server/spreadsheets/task-workbook";
import { type createWorld, expectReportsFromEveryone, planInput, putPlanInForce } from "./world";

type World = Awaited<ReturnType<typeof createWorld>>;

export const REPORT_SECTIONS_FILLED = {
  resultsAchieved: "Tổ chức thành công Tuần Văn hóa Việt Nam.",
  limitations: "Kinh phí hạn chế.",
  proposals: "Đề nghị bổ sung kinh phí.",
  nextPeriodTasks: "Chuẩn bị hồ sơ UNESCO.",
};

// The plan template filled with `count` tasks coded NV001, NV002, …
export async function taskSpreadsheet(count: number): Promise<Uint8Array> {
  const tasks = Array.from({ length: count }, (_, i) => {
    const code = `NV${String(i + 1).padStart(3, "0")}`;
    return {
      code,
      titleVi: `Tổ chức Tuần Văn hóa Việt Nam ${code}`,
      taskGroupCode: "TG3",
      objectiveCodes: "SO3, SO1",
      startDate: "01/03/2026",
      dueDate: "30/11/2026",
      status: "NOT_STARTED",
      progress: 0,
    };
  });
  return buildTaskWorkbook({ lists: await loadReferenceLists(), tasks });
}

export async function createReportingPeriod(year = 2026) {
  const type = await db.reportType.upsert({
    where: { code: "SEMIANNUAL" },
    create: { code: "SEMIANNUAL", nameVi: "Báo cáo 6 tháng", nameEn: "Six-month report", periodKind: "SEMIANNUAL", deadlineWorkingDays: 5 },
    update: {},
  });
  const window = cutoffWindow({ kind: "SEMIANNUAL", year, number: 1 });
  const period = await db.reportingPeriod.create({
    data: {
      reportTypeId: type.id,
      kind: "SEMIANNUAL",
      year,
      number: 1,
      cutoffStart: window.cutoffStart,
      cutoffEnd: window.cutoffEnd,
      deadline: new Date(`${year}-06-19`),
    },
  });
  await expectReportsFromEveryone(type.id);
  return period;
}

// Hà Nội's approved plan of `taskCount` tasks and its filled (not yet submitted) six-month report: every
// task row completed, every section written, one indicator value.
export async function createFilledReport(world: World, taskCount: number) {
  const { hanoiEditor } = world.actors;
  const plan = await createPlan(hanoiEditor, planInput());
  const imported = await importTasksFromSpreadsheet(hanoiEditor, plan.id, await taskSpreadsheet(taskCount));
  if (imported.status !== "imported")
    throw new Error(`the factory's spreadsheet did not import: ${JSON.stringify(imported.errors.slice(0, 3))}`);
  await putPlanInForce(world, plan.id);
  const period = await createReportingPeriod();
  const { id } = await openReport(hanoiEditor, period.id);
  const detail = await getReportDetail(hanoiEditor, id);
  return {
    planId: plan.id,
    periodId: period.id,
    reportId: id,
    version: detail.report.version,
    taskIds: detail.taskRows.map((r) => r.taskId),
  };
}

export function completedDraft(version: number, taskIds: string[]) {
  return {
    version,
    sections: REPORT_SECTIONS_FILLED,
    taskRows: taskIds.map((taskId, i) => ({
      taskId,
      status: "COMPLETED",
      progress: 100,
      resultAchieved: `Đã hoàn thành ${i + 1}`,
      evidence: "https://example.vn/tin-bai",
    })),
    indicatorValues: [{ indicatorCode: "IND_EVENTS_ABROAD", value: 4, note: "Nhật Bản, Hàn Quốc" }],
  };
}
