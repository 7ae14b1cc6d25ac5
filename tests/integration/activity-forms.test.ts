// The activity forms' server actions against PostgreSQL (edit, evidence files) and the activity spreadsheet
// round-trip: what a form gets back, in Vietnamese or English, with the input kept; what was written; and what
// other organizations are refused.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as importRoute from "@/app/api/v1/activities/import/route";
import { ACTIVITY_COLUMNS } from "@/lib/domain/activity-sheet";
import { ForbiddenError, ValidationError } from "@/lib/domain/errors";
import { catalogues } from "@/lib/i18n/messages";
import type { ActionState } from "@/lib/schemas/action-state";
import type { Actor } from "@/lib/server/auth/session";
import { withActionContext } from "@/lib/server/action";
import { db } from "@/lib/server/db";
import { getActivity, listActivities } from "@/lib/server/queries/activities";
import { createActivity } from "@/lib/server/services/activities";
import { describeImportErrors, importActivitiesFromSpreadsheet } from "@/lib/server/services/activity-import";
import { createApiToken } from "@/lib/server/services/api-tokens";
import { buildActivityWorkbook, loadActivityReferenceLists } from "@/lib/server/spreadsheets/activity-workbook";
import { buildZip, minimalPdf } from "../unit/fixtures/zip";
import { resetDatabase } from "../factories/reset";
import { createWorld } from "../factories/world";

const cache = vi.hoisted(() => ({ revalidatePath: vi.fn() }));
vi.mock("next/cache", () => cache);
vi.mock("@/lib/server/auth", () => ({ auth: async () => null, signIn: vi.fn(), signOut: vi.fn() }));

const { updateActivityAction, addEvidenceFileAction } = await import("@/app/activities/[id]/actions");

function text(pathName: string, locale: "vi" | "en" = "vi"): string {
  const found = pathName
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], catalogues[locale]);
  if (typeof found !== "string") throw new Error(`no message ${pathName}`);
  return found;
}

let world: Awaited<ReturnType<typeof createWorld>>;
let uploadDir: string;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
  uploadDir = await mkdtemp(path.join(tmpdir(), "ngvh-activity-uploads-"));
  process.env.PORTAL_UPLOAD_DIR = uploadDir;
  for (const name of ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"]) delete process.env[name];
});
afterEach(async () => {
  await rm(uploadDir, { recursive: true, force: true });
  delete process.env.PORTAL_UPLOAD_DIR;
});
afterAll(() => db.$disconnect());

async function submit(
  action: (prev: ActionState, data: FormData) => Promise<ActionState>,
  actor: Actor,
  entries: Record<string, string | File>,
  locale: "vi" | "en" = "vi",
): Promise<{ state?: ActionState; redirectedTo?: string }> {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  try {
    return { state: await withActionContext({ actor, locale }, () => action({}, data)) };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { redirectedTo: digest.split(";")[2] };
  }
}

const week = () =>
  createActivity(world.actors.hanoiEditor, {
    titleVi: "Tuần Văn hóa Hà Nội tại Pháp",
    kind: "CULTURE_DAYS_ABROAD",
    startDate: "2026-06-01",
    endDate: "2026-06-07",
    countryCode: "FR",
    city: "Paris",
    coOrganizerCodes: ["BVHTTDL"],
    taskGroupCodes: ["TG3"],
    objectiveCodes: ["SO1"],
    partners: [{ name: "Mairie de Paris", countryCode: "FR" }],
    fundingSource: "STATE_BUDGET",
  });

const editForm = (activityId: string, version: number, overrides: Record<string, string> = {}) => ({
  activityId,
  version: String(version),
  titleVi: "Tuần Văn hóa Hà Nội tại Pháp 2026",
  titleEn: "Hanoi Culture Week in France",
  kind: "CULTURE_DAYS_ABROAD",
  status: "HELD",
  startDate: "01/06/2026",
  endDate: "08/06/2026",
  countryCode: "FR",
  city: "Paris",
  provinceCode: "",
  coOrganizerCodes: "BVHTTDL",
  taskGroupCodes: "TG3, TG2",
  participants: "3.500",
  mediaItems: "",
  onlineViews: "",
  budgetVnd: "",
  description: "",
  ...overrides,
});

describe("editing an activity from its page", () => {
  it("saves the lead's edit and keeps the fields the form does not show (partners, objectives, funding source)", async () => {
    const activity = await week();
    const result = await submit(updateActivityAction, world.actors.hanoiEditor, editForm(activity.id, 1));
    expect(result.state).toBeUndefined();
    expect(result.redirectedTo).toBe(`/activities/${activity.id}?notice=updated`);
    const saved = await getActivity(world.actors.hanoiEditor, activity.id);
    expect(saved).toMatchObject({
      titleVi: "Tuần Văn hóa Hà Nội tại Pháp 2026",
      status: "HELD",
      endDate: "2026-06-08",
      participants: 3500,
      version: 2,
      taskGroupCodes: ["TG2", "TG3"],
      objectiveCodes: ["SO1"],
      fundingSource: "STATE_BUDGET",
      partners: [{ name: "Mairie de Paris", countryCode: "FR" }],
    });
    expect(saved.coOrganizers.map((o) => o.code)).toEqual(["BVHTTDL"]);
  });

  it.each(["vi", "en"] as const)(
    "answers a stale version with the conflict sentence (%s), the typed input and the current version",
    async (locale) => {
      const activity = await week();
      expect((await submit(updateActivityAction, world.actors.hanoiEditor, editForm(activity.id, 1))).redirectedTo).toBeTruthy();
      const { state } = await submit(
        updateActivityAction,
        world.actors.hanoiEditor,
        editForm(activity.id, 1, { titleVi: "Bản của tôi" }),
        locale,
      );
      expect(state).toMatchObject({ status: "error", kind: "conflict", message: text("activities.edit.conflict", locale), version: 2 });
      expect(state?.values?.titleVi).toBe("Bản của tôi");
      // Saving again with the version the conflict returned replaces the other change deliberately.
      const again = await submit(updateActivityAction, world.actors.hanoiEditor, editForm(activity.id, 2, { titleVi: "Bản của tôi" }));
      expect(again.redirectedTo).toBeTruthy();
      expect((await getActivity(world.actors.steering, activity.id)).titleVi).toBe("Bản của tôi");
    },
  );

  it("refuses co-organizers (forbidden) and other organizations (not found), changing nothing", async () => {
    const activity = await week();
    const co = await submit(updateActivityAction, world.actors.cultureEditor, editForm(activity.id, 1, { titleVi: "Đổi tên" }));
    expect(co.state).toMatchObject({ status: "error", kind: "forbidden" });
    const other = await submit(updateActivityAction, world.actors.hueEditor, editForm(activity.id, 1, { titleVi: "Đổi tên" }));
    expect(other.state).toMatchObject({ status: "error", kind: "not_found", message: text("activities.errors.notFound") });
    expect((await db.activity.findUniqueOrThrow({ where: { id: activity.id } })).titleVi).toBe("Tuần Văn hóa Hà Nội tại Pháp");
  });
});

describe("evidence files", () => {
  const pdf = (name = "Báo cáo kết quả.pdf") => new File([Buffer.from(minimalPdf())], name, { type: "application/octet-stream" });

  it("lets a co-organizer add a PDF, stored by content and listed with its organization", async () => {
    const activity = await week();
    const { state } = await submit(addEvidenceFileAction, world.actors.cultureEditor, { activityId: activity.id, file: pdf() });
    expect(state).toMatchObject({ status: "success" });
    const saved = await getActivity(world.actors.hanoiEditor, activity.id);
    expect(saved.evidence).toEqual([
      expect.objectContaining({
        kind: "FILE",
        fileName: "Báo cáo kết quả.pdf",
        organization: expect.objectContaining({ code: "BVHTTDL" }),
      }),
    ]);
    const audit = await db.auditLog.findMany({ where: { entity: "ActivityEvidence" } });
    expect(audit.map((a) => a.action)).toEqual(["create"]);
  });

  it("refuses a file whose content is not PDF/DOCX/XLSX and an Office file with macros, whatever their names", async () => {
    const activity = await week();
    const fake = new File([Buffer.from("MZ\x90\x00 not a pdf")], "anh.pdf");
    const refused = await submit(addEvidenceFileAction, world.actors.hanoiEditor, { activityId: activity.id, file: fake });
    expect(refused.state).toMatchObject({ status: "error", message: text("validation.file_type_not_allowed") });
    const macro = buildZip({
      "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/data/x.dat" ContentType="application/vnd.ms-office.vbaProject"/></Types>`,
      "word/_rels/document.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`,
      "word/document.xml": "<w:document/>",
      "word/data/x.dat": "vba",
    });
    const withMacro = await submit(addEvidenceFileAction, world.actors.hanoiEditor, {
      activityId: activity.id,
      file: new File([Buffer.from(macro)], "bien-ban.docx"),
    });
    expect(withMacro.state).toMatchObject({ status: "error", message: text("validation.file_has_active_content") });
    expect(await db.activityEvidence.count()).toBe(0);
  });

  it("refuses another organization before reading the file", async () => {
    const activity = await week();
    const file = pdf();
    const read = vi.spyOn(file, "arrayBuffer");
    const { state } = await submit(addEvidenceFileAction, world.actors.hueEditor, { activityId: activity.id, file });
    expect(state).toMatchObject({ status: "error", kind: "not_found" });
    expect(read).not.toHaveBeenCalled();
    expect(await db.activityEvidence.count()).toBe(0);
  });
});

describe("the activity spreadsheet round-trip", () => {
  const HEADERS = ACTIVITY_COLUMNS.map((c) => c.headerVi);
  type Cells = Partial<Record<(typeof ACTIVITY_COLUMNS)[number]["key"], string | number | Date>>;

  // The downloaded template, filled in from row 3 as a user would (the hint row kept).
  async function filledTemplate(rows: Cells[]): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await buildActivityWorkbook(await loadActivityReferenceLists())) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("Hoạt động")!;
    rows.forEach((cells, r) => {
      ACTIVITY_COLUMNS.forEach((column, c) => {
        const value = cells[column.key];
        if (value !== undefined) sheet.getCell(3 + r, c + 1).value = value;
      });
    });
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  const festival = (overrides: Cells = {}): Cells => ({
    titleVi: "Lễ hội Áo dài Hà Nội tại Pháp",
    kind: "FESTIVAL",
    status: "Đã tổ chức",
    startDate: "10/09/2026",
    endDate: "12/09/2026",
    countryCode: "FR",
    city: "Lyon",
    coOrganizerCodes: "BVHTTDL",
    partners: "Mairie de Lyon (FR)",
    taskGroupCodes: "TG3",
    participants: 2000,
    ...overrides,
  });

  it("offers drop-downs fed by the hidden lists (kinds, statuses, countries, provinces, task groups)", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await buildActivityWorkbook(await loadActivityReferenceLists())) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("Hoạt động")!;
    expect(HEADERS.map((_, i) => sheet.getCell(1, i + 1).value)).toEqual(HEADERS);
    const lists = workbook.getWorksheet("Danh mục")!;
    expect(lists.state).toBe("hidden");
    const listed = new Set<string>();
    lists.eachRow((row) => row.eachCell((cell) => listed.add(cell.text)));
    for (const code of ["CULTURE_DAYS_ABROAD", "HELD", "JP", "VN", "P01", "TG3", "BVHTTDL"]) expect(listed).toContain(code);
    const column = (key: string) => sheet.getColumn(ACTIVITY_COLUMNS.findIndex((c) => c.key === key) + 1).letter;
    // exceljs reads a range's rule back cell by cell: the first and the last data rows carry it.
    const model = (sheet as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model;
    const validation = (key: string) => {
      expect(model[`${column(key)}2002`]).toEqual(model[`${column(key)}3`]);
      return model[`${column(key)}3`];
    };
    expect(validation("kind")?.formulae).toEqual(["DM_LoaiHoatDong"]);
    expect(validation("status")?.formulae).toEqual(["DM_TinhTrang"]);
    expect(validation("countryCode")?.formulae).toEqual(["DM_QuocGia"]);
    expect(validation("provinceCode")?.formulae).toEqual(["DM_TinhThanh"]);
    expect(validation("taskGroupCodes")?.formulae).toEqual(["DM_NhomNhiemVu"]);
  });

  it("imports a filled template into the actor's organization as lead, all rows, each audited", async () => {
    const file = await filledTemplate([
      festival(),
      festival({ titleVi: "Tuần phim Việt Nam tại Hàn Quốc", kind: "Tuần phim", countryCode: "KR", city: "Seoul", partners: "" }),
    ]);
    expect(await importActivitiesFromSpreadsheet(world.actors.hanoiEditor, file)).toEqual({ status: "imported", count: 2 });
    const { activities } = await listActivities(world.actors.hanoiEditor, {});
    expect(activities.map((a) => [a.titleVi, a.kind, a.status, a.leadOrganization.code]).sort()).toEqual([
      ["Lễ hội Áo dài Hà Nội tại Pháp", "FESTIVAL", "HELD", "P01"],
      ["Tuần phim Việt Nam tại Hàn Quốc", "FILM_WEEK", "HELD", "P01"],
    ]);
    const lyon = await getActivity(world.actors.cultureEditor, activities.find((a) => a.countryCode === "FR")!.id);
    expect(lyon).toMatchObject({ partners: [{ name: "Mairie de Lyon", countryCode: "FR" }], participants: 2000, startDate: "2026-09-10" });
    const audit = await db.auditLog.findMany({ where: { entity: "Activity", action: "create" } });
    expect(audit).toHaveLength(2);
  });

  it("imports nothing when any cell is wrong, and reports every wrong cell by row and column", async () => {
    const file = await filledTemplate([
      festival(),
      festival({ titleVi: "Hòa nhạc", kind: "Hòa nhạc", countryCode: "FRA" }),
      festival({
        titleVi: "Triển lãm ảnh",
        kind: "EXHIBITION",
        taskGroupCodes: "TG9",
        coOrganizerCodes: "KHONG-CO",
        endDate: "01/09/2026",
      }),
    ]);
    const result = await importActivitiesFromSpreadsheet(world.actors.hanoiEditor, file);
    expect(result.status).toBe("invalid");
    const errors = result.status === "invalid" ? result.errors : [];
    expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [4, "Loại hoạt động", "invalid_value"],
      [4, "Quốc gia", "invalid_country"],
      [5, "Ngày kết thúc", "end_before_start"],
    ]);
    expect(await db.activity.count()).toBe(0);
    const codes = await importActivitiesFromSpreadsheet(
      world.actors.hanoiEditor,
      await filledTemplate([festival({ taskGroupCodes: "TG9", coOrganizerCodes: "KHONG-CO", provinceCode: "BVHTTDL", countryCode: "VN" })]),
    );
    expect(codes.status === "invalid" && codes.errors.map((e) => [e.column, e.code])).toEqual([
      ["Tỉnh, thành phố (trong nước)", "unknown_province"],
      ["Cơ quan phối hợp", "unknown_organization"],
      ["Nhóm nhiệm vụ", "unknown_task_group"],
    ]);
    expect(await db.activity.count()).toBe(0);
  });

  it("reports a row that looks like another organization's recorded activity, naming it, and rows repeated in the file", async () => {
    const recorded = await createActivity(world.actors.cultureEditor, {
      titleVi: "Lễ hội Áo dài Việt Nam tại Lyon",
      kind: "FESTIVAL",
      startDate: "2026-09-11",
      endDate: "2026-09-13",
      countryCode: "FR",
    });
    const file = await filledTemplate([
      festival({ titleVi: "Le hoi Ao dai Viet Nam tai Lyon" }),
      festival({ titleVi: "Ngày Văn hóa Việt Nam tại Đức", countryCode: "DE", kind: "CULTURE_DAYS_ABROAD" }),
      festival({ titleVi: "Ngay van hoa Viet Nam tai Duc", countryCode: "DE", kind: "CULTURE_DAYS_ABROAD" }),
    ]);
    // Huế cannot read the Ministry's record, yet is told it exists (as the form's proposal does), to join it.
    const result = await importActivitiesFromSpreadsheet(world.actors.hueEditor, file);
    expect(result.status === "invalid" && result.errors.map((e) => [e.row, e.code, e.existing?.id])).toEqual([
      [3, "likely_duplicate_activity", recorded.id],
      [5, "duplicate_activity_row", undefined],
    ]);
    const [named] = describeImportErrors(result.status === "invalid" ? result.errors : [], "vi");
    expect(named?.reason).toContain("“Lễ hội Áo dài Việt Nam tại Lyon” (Bộ Văn hóa, Thể thao và Du lịch, 11/09/2026–13/09/2026)");
    expect(await db.activity.count()).toBe(1);
  });

  it("refuses viewers and the Steering Committee before opening the file, and files with macros", async () => {
    const garbage = new Uint8Array([1, 2, 3]);
    await expect(importActivitiesFromSpreadsheet(world.actors.hanoiViewer, garbage)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(importActivitiesFromSpreadsheet(world.actors.steering, garbage)).rejects.toBeInstanceOf(ForbiddenError);
    const relationships = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    const macro = buildZip({
      "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>`,
      "_rels/.rels": relationships,
      "xl/workbook.xml": "<workbook/>",
      "xl/_rels/workbook.xml.rels": relationships,
    });
    const error = await importActivitiesFromSpreadsheet(world.actors.hanoiEditor, macro).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors.file).toEqual(["file_has_active_content"]);
  });

  describe("POST /api/v1/activities/import", () => {
    const call = async (token: string, body: Uint8Array, language = "vi") =>
      importRoute.POST(
        new Request("http://localhost/api/v1/activities/import", {
          method: "POST",
          headers: {
            authorization: `Bearer ${token}`,
            "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "accept-language": language,
          },
          body: Buffer.from(body),
        }),
        { params: Promise.resolve({}) },
      );

    it("answers 201 with the count, 422 with the cells (a duplicate naming the record) and 403 to a viewer", async () => {
      const { token } = await createApiToken(world.actors.hanoiEditor, { name: "import" });
      const created = await call(token, await filledTemplate([festival()]));
      expect(created.status).toBe(201);
      expect(await created.json()).toEqual({ imported: 1 });
      const again = await call(token, await filledTemplate([festival()]), "en");
      expect(again.status).toBe(422);
      const body = (await again.json()) as { errors: { row: number; reason: string; existing?: { titleVi: string } }[] };
      expect(body.errors).toEqual([
        expect.objectContaining({
          row: 3,
          reason: expect.stringContaining("Probably an activity already recorded"),
          existing: expect.objectContaining({ titleVi: "Lễ hội Áo dài Hà Nội tại Pháp" }),
        }),
      ]);
      const viewer = await createApiToken(world.actors.hanoiViewer, { name: "import" });
      expect((await call(viewer.token, await filledTemplate([festival({ countryCode: "IT" })]))).status).toBe(403);
      expect(await db.activity.count()).toBe(1);
    });
  });
});
