import ExcelJS from "exceljs";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { InvalidStateError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import type { Role } from "@/lib/domain/roles";
import { loadSessionUser, type Actor } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { getPlanDetail } from "@/lib/server/queries/plans";
import { createApiToken } from "@/lib/server/services/api-tokens";
import { importTasksFromSpreadsheet } from "@/lib/server/services/plan-import";
import * as importRoute from "@/app/api/v1/plans/[id]/import/route";
import { loadReferenceLists } from "@/lib/server/spreadsheets/reference-lists";
import { taskToRow } from "@/lib/server/spreadsheets/task-rows";
import { buildTaskWorkbook } from "@/lib/server/spreadsheets/task-workbook";
import { resetDatabase } from "../factories/reset";

// lib/server/auth/session.ts imports the next-auth configuration, which does not load outside Next.js.
vi.mock("@/lib/server/auth", () => ({ auth: async () => null }));

beforeEach(() => resetDatabase());
afterAll(() => db.$disconnect());

const HEADERS = [
  "Mã nhiệm vụ",
  "Tên nhiệm vụ (tiếng Việt)",
  "Tên nhiệm vụ (tiếng Anh)",
  "Nhóm nhiệm vụ",
  "Mục tiêu",
  "Chỉ tiêu",
  "Mã cơ quan chủ trì",
  "Cơ quan phối hợp",
  "Ngày bắt đầu",
  "Ngày hoàn thành",
  "Kinh phí (đồng)",
  "Nguồn kinh phí",
  "Sáng kiến đột phá",
  "Trạng thái",
  "Tiến độ (%)",
];

type Row = (string | number | Date | null)[];

async function xlsx(rows: Row[], headers: string[] = HEADERS, sheetName = "Nhiệm vụ"): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function validRow(code: string, overrides: Partial<Record<(typeof HEADERS)[number], string | number | Date | null>> = {}): Row {
  const values: Record<string, string | number | Date | null> = {
    "Mã nhiệm vụ": code,
    "Tên nhiệm vụ (tiếng Việt)": `Tổ chức Tuần Văn hóa Việt Nam ${code}`,
    "Tên nhiệm vụ (tiếng Anh)": `Vietnam Culture Week ${code}`,
    "Nhóm nhiệm vụ": "TG3",
    "Mục tiêu": "SO3, SO1",
    "Chỉ tiêu": "IND_UNESCO_TOTAL",
    "Mã cơ quan chủ trì": "QN",
    "Cơ quan phối hợp": "BNG",
    "Ngày bắt đầu": "01/03/2026",
    "Ngày hoàn thành": new Date(Date.UTC(2026, 10, 30)),
    "Kinh phí (đồng)": "1.500.000",
    "Nguồn kinh phí": "Ngân sách nhà nước",
    "Sáng kiến đột phá": "Có",
    "Trạng thái": "IN_PROGRESS",
    "Tiến độ (%)": 40,
    ...overrides,
  };
  return HEADERS.map((h) => values[h] ?? null);
}

async function actorFor(role: Role, organizationId: string, email: string): Promise<Actor> {
  const row = await db.user.create({ data: { email, name: role, role, organizationId } });
  const user = await loadSessionUser(row.id);
  if (!user) throw new Error("no session user");
  return { user, ip: null, userAgent: "vitest", via: "session" };
}

async function setup(status: "DRAFT" | "AWAITING_LEADER" | "SENT" | "RECORDED" | "COMMENTED" | "REVISION" = "DRAFT") {
  const strategy = await db.strategy.create({
    data: {
      code: "QD-2013",
      number: "2013/QĐ-TTg",
      titleVi: "Chiến lược Ngoại giao văn hóa đến năm 2030",
      titleEn: "Cultural Diplomacy Strategy to 2030",
      issuedDate: new Date("2021-11-30"),
      effectiveDate: new Date("2021-11-30"),
      issuerVi: "Thủ tướng Chính phủ",
      horizonYear: 2030,
    },
  });
  for (let n = 1; n <= 5; n++) {
    const objective = await db.objective.create({
      data: {
        strategyId: strategy.id,
        code: `SO${n}`,
        level: "SPECIFIC",
        sortOrder: n,
        titleVi: `Mục tiêu cụ thể ${n}`,
        titleEn: `Objective ${n}`,
      },
    });
    await db.taskGroup.create({
      data: {
        strategyId: strategy.id,
        code: `TG${n}`,
        sortOrder: n,
        verbVi: "Thúc đẩy",
        nameVi: `Nhóm ${n}`,
        nameEn: `Group ${n}`,
        objectiveId: objective.id,
      },
    });
  }
  await db.indicator.create({
    data: {
      strategyId: strategy.id,
      code: "IND_UNESCO_TOTAL",
      nameVi: "Tổng số danh hiệu UNESCO",
      nameEn: "Total UNESCO titles",
      unitVi: "danh hiệu",
      unitEn: "titles",
    },
  });
  const home = await db.organization.create({ data: { code: "QN", kind: "PROVINCE", nameVi: "Tỉnh Quảng Ninh" } });
  const other = await db.organization.create({ data: { code: "HN", kind: "CITY", nameVi: "Thành phố Hà Nội" } });
  await db.organization.create({ data: { code: "BNG", kind: "MINISTRY", nameVi: "Bộ Ngoại giao" } });
  const editor = await actorFor("ORG_EDITOR", home.id, "editor@quangninh.gov.vn");
  const outsider = await actorFor("ORG_EDITOR", other.id, "editor@hanoi.gov.vn");
  const plan = await db.actionPlan.create({
    data: { organizationId: home.id, title: "Kế hoạch thực hiện Chiến lược", periodStart: 2026, periodEnd: 2030, status },
  });
  return { editor, outsider, plan, home, other };
}

async function taskCount(planId: string) {
  return db.planTask.count({ where: { planId } });
}

describe("importTasksFromSpreadsheet", () => {
  it("imports a valid three-row file with every field, in one go", async () => {
    const { editor, plan } = await setup();
    const result = await importTasksFromSpreadsheet(
      editor,
      plan.id,
      await xlsx([
        validRow("NV01"),
        validRow("NV02", { "Sáng kiến đột phá": "" }),
        validRow("NV03", { "Trạng thái": "Hoàn thành", "Tiến độ (%)": 100 }),
      ]),
    );
    expect(result).toEqual({ status: "imported", count: 3 });
    const tasks = await db.planTask.findMany({
      where: { planId: plan.id },
      include: { objectives: true, indicators: true, coordinators: true, leadOrganization: true, taskGroup: true },
      orderBy: { code: "asc" },
    });
    expect(tasks.map((t) => t.code)).toEqual(["NV01", "NV02", "NV03"]);
    const first = tasks[0]!;
    expect(first).toMatchObject({
      titleVi: "Tổ chức Tuần Văn hóa Việt Nam NV01",
      titleEn: "Vietnam Culture Week NV01",
      budgetVnd: 1_500_000n,
      fundingSource: "STATE_BUDGET",
      isBreakthrough: true,
      status: "IN_PROGRESS",
      progress: 40,
    });
    expect(first.startDate?.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(first.dueDate?.toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(first.taskGroup?.code).toBe("TG3");
    expect(first.objectives.map((o) => o.code).sort()).toEqual(["SO1", "SO3"]);
    expect(first.indicators.map((i) => i.code)).toEqual(["IND_UNESCO_TOTAL"]);
    expect(first.leadOrganization?.code).toBe("QN");
    expect(first.coordinators.map((c) => c.code)).toEqual(["BNG"]);
    expect(tasks[1]!.isBreakthrough).toBe(false);
    expect(tasks[2]).toMatchObject({ status: "COMPLETED", progress: 100 });
    expect(await db.auditLog.count({ where: { entity: "PlanTask", action: "create" } })).toBe(3);
    expect(await db.auditLog.findFirst({ where: { entity: "ActionPlan", entityId: plan.id, action: "import-tasks" } })).toMatchObject({
      actorEmail: "editor@quangninh.gov.vn",
    });
    expect((await db.actionPlan.findUniqueOrThrow({ where: { id: plan.id } })).version).toBe(plan.version + 1);
  });

  it("imports nothing from a file with one bad row and reports each wrong cell", async () => {
    const { editor, plan } = await setup();
    const longTitle = "Ngoại giao".repeat(1_000);
    expect(longTitle).toHaveLength(10_000);
    const bytes = await xlsx([
      validRow("NV01"),
      validRow("NV02", {
        "Tên nhiệm vụ (tiếng Việt)": longTitle,
        "Tên nhiệm vụ (tiếng Anh)": "<script>alert(1)</script>Week",
        "Mục tiêu": "SO1, SO9",
        "Ngày bắt đầu": "10/05/2026",
        "Ngày hoàn thành": "01/05/2026",
        "Kinh phí (đồng)": -5,
        "Tiến độ (%)": 150,
      }),
      validRow("NV03"),
    ]);
    const result = await importTasksFromSpreadsheet(editor, plan.id, bytes);
    expect(result.status).toBe("invalid");
    if (result.status !== "invalid") return;
    expect(result.errors.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 3, column: "Tên nhiệm vụ (tiếng Việt)", code: "too_long" },
      { row: 3, column: "Tên nhiệm vụ (tiếng Anh)", code: "html_not_allowed" },
      { row: 3, column: "Mục tiêu", code: "unknown_objective" },
      { row: 3, column: "Ngày hoàn thành", code: "due_before_start" },
      { row: 3, column: "Kinh phí (đồng)", code: "negative_amount" },
      { row: 3, column: "Tiến độ (%)", code: "invalid_progress" },
    ]);
    const byColumn = Object.fromEntries(result.errors.map((e) => [e.column, e.value]));
    expect(byColumn["Mục tiêu"]).toBe("SO1, SO9");
    expect(byColumn["Ngày hoàn thành"]).toBe("01/05/2026");
    expect(byColumn["Kinh phí (đồng)"]).toBe("-5");
    expect(byColumn["Tiến độ (%)"]).toBe("150");
    expect(byColumn["Tên nhiệm vụ (tiếng Anh)"]).toBe("<script>alert(1)</script>Week");
    // The 10,000 characters are not sent back whole.
    expect(byColumn["Tên nhiệm vụ (tiếng Việt)"]!.length).toBeLessThanOrEqual(201);
    expect(await taskCount(plan.id)).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("reports codes repeated within the file and codes the plan already has", async () => {
    const { editor, plan } = await setup();
    await importTasksFromSpreadsheet(editor, plan.id, await xlsx([validRow("NV01")]));
    const result = await importTasksFromSpreadsheet(
      editor,
      plan.id,
      await xlsx([validRow("NV02"), validRow("nv02"), validRow("NV01"), validRow("NV03")]),
    );
    expect(result).toEqual({
      status: "invalid",
      errors: [
        { row: 3, column: "Mã nhiệm vụ", code: "duplicate_task_code", value: "nv02" },
        { row: 4, column: "Mã nhiệm vụ", code: "task_code_taken", value: "NV01" },
      ],
    });
    expect(await taskCount(plan.id)).toBe(1);
  });

  it("accepts English headers, extra spaces and case, and skips empty rows", async () => {
    const { editor, plan } = await setup();
    const bytes = await xlsx(
      [
        ["NV01", "Nhiệm vụ một", "tg1"],
        [null, "  ", null],
        ["NV02", "Nhiệm vụ hai", "TG2"],
      ],
      ["  TASK CODE ", "task title (vietnamese)", "Task   group"],
    );
    expect(await importTasksFromSpreadsheet(editor, plan.id, bytes)).toEqual({ status: "imported", count: 2 });
  });

  it("reports unknown and missing columns at the header row", async () => {
    const { editor, plan } = await setup();
    const result = await importTasksFromSpreadsheet(
      editor,
      plan.id,
      await xlsx([["NV01", "Một", "x"]], ["Mã nhiệm vụ", "Tên nhiệm vụ (tiếng Việt)", "Ghi chú"]),
    );
    expect(result).toEqual({
      status: "invalid",
      errors: [
        { row: 1, column: "Ghi chú", code: "unknown_column", value: "Ghi chú" },
        { row: 1, column: "Nhóm nhiệm vụ", code: "missing_column", value: null },
      ],
    });
  });

  it("refuses content that is not an .xlsx workbook, and files over 5 MB", async () => {
    const { editor, plan } = await setup();
    for (const [bytes, code] of [
      [new TextEncoder().encode("Mã nhiệm vụ;Tên nhiệm vụ\nNV01;Một"), "not_xlsx"],
      [new TextEncoder().encode("%PDF-1.4\n%%EOF"), "not_xlsx"],
      [new Uint8Array(5 * 1024 * 1024 + 1), "spreadsheet_too_large"],
    ] as const) {
      const error = await importTasksFromSpreadsheet(editor, plan.id, bytes).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors).toEqual({ file: [code] });
    }
    expect(await taskCount(plan.id)).toBe(0);
  });

  it("answers another organization's editor as if the plan did not exist, and changes nothing", async () => {
    const { outsider, plan } = await setup();
    await expect(importTasksFromSpreadsheet(outsider, plan.id, await xlsx([validRow("NV01")]))).rejects.toBeInstanceOf(NotFoundError);
    await expect(importTasksFromSpreadsheet(outsider, "no-such-plan", await xlsx([validRow("NV01")]))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await taskCount(plan.id)).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it.each(["AWAITING_LEADER", "SENT", "RECORDED"] as const)("refuses to import into a %s plan", async (status) => {
    const { editor, plan } = await setup(status);
    await expect(importTasksFromSpreadsheet(editor, plan.id, await xlsx([validRow("NV01")]))).rejects.toBeInstanceOf(InvalidStateError);
    expect(await taskCount(plan.id)).toBe(0);
  });

  it("imports 500 rows in one transaction", async () => {
    const { editor, plan } = await setup("REVISION");
    const rows = Array.from({ length: 500 }, (_, i) => validRow(`NV${String(i + 1).padStart(3, "0")}`));
    expect(await importTasksFromSpreadsheet(editor, plan.id, await xlsx(rows))).toEqual({ status: "imported", count: 500 });
    expect(await taskCount(plan.id)).toBe(500);
  });

  it("re-imports its own export into another plan (the same column layout)", async () => {
    const { editor, plan, home } = await setup();
    await importTasksFromSpreadsheet(
      editor,
      plan.id,
      await xlsx([validRow("NV01"), validRow("NV02", { "Tiến độ (%)": 0, "Trạng thái": "", "Kinh phí (đồng)": null })]),
    );
    const source = await getPlanDetail(editor, plan.id);
    const exported = await buildTaskWorkbook({
      lists: await loadReferenceLists(),
      tasks: source.tasks.map(taskToRow),
      plan: [{ label: "Tên kế hoạch", value: plan.title }],
    });
    const target = await db.actionPlan.create({
      data: { organizationId: home.id, title: "Kế hoạch năm 2027", periodStart: 2027, periodEnd: 2027 },
    });
    expect(await importTasksFromSpreadsheet(editor, target.id, exported)).toEqual({ status: "imported", count: 2 });
    const copied = await getPlanDetail(editor, target.id);
    const strip = ({ id: _id, version: _v, updatedAt: _u, ...rest }: (typeof source.tasks)[number]) => rest;
    expect(copied.tasks.map(strip)).toEqual(source.tasks.map(strip));
  });
});

describe("POST /api/v1/plans/{id}/import", () => {
  const call = async (planId: string, token: string, body: Uint8Array, language = "vi") =>
    importRoute.POST(
      new Request(`http://localhost/api/v1/plans/${planId}/import`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "accept-language": language,
        },
        body: Buffer.from(body),
      }),
      { params: Promise.resolve({ id: planId }) },
    );

  it("imports the file sent as the body and answers 201 with the count", async () => {
    const { editor, plan } = await setup();
    const { token } = await createApiToken(editor, { name: "import" });
    const response = await call(plan.id, token, await xlsx([validRow("NV01"), validRow("NV02")]));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ imported: 2 });
    expect(await taskCount(plan.id)).toBe(2);
  });

  it("answers 422 with every refused cell in the caller's language, and saves nothing", async () => {
    const { editor, plan } = await setup();
    const { token } = await createApiToken(editor, { name: "import" });
    const response = await call(plan.id, token, await xlsx([validRow("NV01"), validRow("NV02", { "Nhóm nhiệm vụ": "TG9" })]), "en");
    expect(response.status).toBe(422);
    const body = (await response.json()) as { errors: { row: number; column: string; reason: string }[] };
    expect(body.errors).toEqual([expect.objectContaining({ row: 3, reason: expect.stringMatching(/\S/) })]);
    expect(await taskCount(plan.id)).toBe(0);
  });

  it("answers another organization's editor 404 and an empty body 400", async () => {
    const { editor, outsider, plan } = await setup();
    const { token } = await createApiToken(outsider, { name: "import" });
    expect((await call(plan.id, token, await xlsx([validRow("NV01")]))).status).toBe(404);
    const own = await createApiToken(editor, { name: "import" });
    expect((await call(plan.id, own.token, new Uint8Array())).status).toBe(400);
    expect(await taskCount(plan.id)).toBe(0);
  });
});
