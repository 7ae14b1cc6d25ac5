// The activity forms' server actions against PostgreSQL (edit, evidence files) and the activity spreadsheet
// round-trip: what a form gets back, in Vietnamese or English, with the input kept; what was written; and what
// other organizations are refused.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { catalogues } from "@/lib/i18n/messages";
import type { ActionState } from "@/lib/schemas/action-state";
import type { Actor } from "@/lib/server/auth/session";
import { withActionContext } from "@/lib/server/action";
import { db } from "@/lib/server/db";
import { getActivity } from "@/lib/server/queries/activities";
import { createActivity } from "@/lib/server/services/activities";
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
      "[Content_Types].xml":
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>',
      "word/document.xml": "<w:document/>",
      "word/vbaProject.bin": "macro",
    });
    const withMacro = await submit(addEvidenceFileAction, world.actors.hanoiEditor, {
      activityId: activity.id,
      file: new File([Buffer.from(macro)], "bien-ban.docx"),
    });
    expect(withMacro.state?.status).toBe("error");
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
