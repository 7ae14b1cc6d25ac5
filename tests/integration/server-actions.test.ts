// The real server actions (app/**/actions.ts) against PostgreSQL: what a form gets back, in Vietnamese, with the
// input kept; and what was written. The acting user is supplied through the action helper's seam
// (withActionContext) instead of a session cookie; Next.js's cache revalidation and the sign-in after a password
// change need a running server, so they are replaced by spies.
import { CredentialsSignin } from "next-auth";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { cutoffWindow } from "@/lib/domain/reporting-calendar";
import { catalogues } from "@/lib/i18n/messages";
import type { ActionState } from "@/lib/schemas/action-state";
import type { Actor } from "@/lib/server/auth/session";
import { withActionContext } from "@/lib/server/action";
import { db } from "@/lib/server/db";
import { getPlanDetail } from "@/lib/server/queries/plans";
import { createPlan, createTask } from "@/lib/server/services/plans";
import { verifyPassword, hashPassword } from "@/lib/security/password";
import { resetDatabase } from "../factories/reset";
import { actorFor, createWorld, expectReportsFromEveryone, planInput, putPlanInForce, sendToMofa, taskInput } from "../factories/world";

const cache = vi.hoisted(() => ({ revalidatePath: vi.fn() }));
vi.mock("next/cache", () => cache);
const auth = vi.hoisted(() => ({ signIn: vi.fn(async () => undefined), signOut: vi.fn(), auth: vi.fn(async () => null) }));
vi.mock("@/lib/server/auth", () => auth);

const { createPlanAction } = await import("@/app/plans/new/actions");
const { updatePlanAction } = await import("@/app/plans/[id]/edit/actions");
const { createTaskAction } = await import("@/app/plans/[id]/tasks/new/actions");
const { reviewPlanAction } = await import("@/app/plans/[id]/review/actions");
const { openReportAction } = await import("@/app/reports/actions");
const { saveReportAction } = await import("@/app/reports/[id]/actions");
const { changePasswordAction, createTokenAction } = await import("@/app/account/actions");
const { createUserAction } = await import("@/app/admin/users/actions");
const { signInAction } = await import("@/app/signin/actions");
const { updateOrganizationAction } = await import("@/app/admin/organizations/actions");

// A sentence of the catalogue, e.g. text("plans.errors.forbidden").
function text(path: string, locale: "vi" | "en" = "vi"): string {
  const found = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], catalogues[locale]);
  if (typeof found !== "string") throw new Error(`no message ${path}`);
  return found;
}

let world: Awaited<ReturnType<typeof createWorld>>;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
  cache.revalidatePath.mockClear();
  auth.signIn.mockClear();
});
afterAll(() => db.$disconnect());

function form(entries: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  return data;
}

// Calls an action as `actor` (null: nobody signed in); returns its state, or where it redirected to.
async function submit<S>(
  action: (prev: S, data: FormData) => Promise<S>,
  actor: Actor | null,
  entries: Record<string, string | string[]>,
  locale: "vi" | "en" = "vi",
) {
  try {
    return { state: await withActionContext({ actor, locale }, () => action({} as S, form(entries))) };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { redirectedTo: digest.split(";")[2] };
  }
}

const PLAN_FORM = {
  title: "Kế hoạch thực hiện Chiến lược giai đoạn 2026–2030",
  titleEn: "",
  periodStart: "2026",
  periodEnd: "2030",
  documentNumber: "407/QĐ-UBND",
  documentDate: "01/04/2026",
};

describe("plan forms", () => {
  it("creates a plan and goes to it", async () => {
    const { redirectedTo } = await submit(createPlanAction, world.actors.hanoiEditor, PLAN_FORM);
    const plan = await db.actionPlan.findFirstOrThrow({ where: { organizationId: world.orgs.hanoi.id } });
    expect(redirectedTo).toBe(`/plans/${plan.id}?notice=created`);
    expect(plan.title).toBe(PLAN_FORM.title);
    expect(cache.revalidatePath).toHaveBeenCalledWith("/plans");
  });

  it("refuses invalid input with Vietnamese sentences next to the fields, keeps what was typed, and saves nothing", async () => {
    const typed = { ...PLAN_FORM, title: "", periodStart: "2030", periodEnd: "2026" };
    const { state } = await submit(createPlanAction, world.actors.hanoiEditor, typed);
    expect(state).toMatchObject({
      status: "error",
      kind: "validation",
      message: text("validation.generic"),
      fieldErrors: { title: [text("validation.required")], periodEnd: [text("validation.period_end_before_start")] },
      values: typed,
    });
    expect(await db.actionPlan.count()).toBe(0);
  });

  it("refuses a viewer and a caller without a session, without writing", async () => {
    const viewer = await submit(createPlanAction, world.actors.hanoiViewer, PLAN_FORM);
    expect(viewer.state).toMatchObject({ kind: "forbidden", message: text("plans.errors.forbidden"), values: PLAN_FORM });
    const nobody = await submit(createPlanAction, null, PLAN_FORM);
    expect(nobody.state).toMatchObject({ kind: "unauthenticated", message: text("plans.errors.unauthenticated") });
    expect(await db.actionPlan.count()).toBe(0);
  });

  it("answers a stale edit with the newer values and the version to send for a deliberate second save", async () => {
    const { hanoiEditor } = world.actors;
    const plan = await createPlan(hanoiEditor, { ...PLAN_FORM, periodStart: 2026, periodEnd: 2030 });
    await submit(updatePlanAction, hanoiEditor, { ...PLAN_FORM, planId: plan.id, version: "1", title: "Bản của người thứ nhất" });
    const typed = { ...PLAN_FORM, planId: plan.id, version: "1", title: "Bản của người thứ hai" };
    const { state } = await submit(updatePlanAction, hanoiEditor, typed);
    expect(state).toMatchObject({
      kind: "conflict",
      message: text("plans.errors.planConflict"),
      current: { title: "Bản của người thứ nhất" },
      version: 2,
      values: typed,
    });
    const again = await submit(updatePlanAction, hanoiEditor, { ...typed, version: String(state!.version) });
    expect(again.redirectedTo).toBe(`/plans/${plan.id}?notice=updated`);
    expect((await db.actionPlan.findUniqueOrThrow({ where: { id: plan.id } })).title).toBe("Bản của người thứ hai");
  });

  it("names a taken task code with the task form's own sentence", async () => {
    const { hanoiEditor } = world.actors;
    const plan = await createPlan(hanoiEditor, planInput());
    await createTask(hanoiEditor, plan.id, taskInput("T1"));
    const { state } = await submit(createTaskAction, hanoiEditor, {
      planId: plan.id,
      code: "T1",
      titleVi: "Nhiệm vụ trùng mã",
      taskGroupCode: "TG1",
      objectiveCodes: ["SO1"],
    });
    expect(state?.fieldErrors?.code).toEqual([text("plans.validation.taskCodeTaken")]);
    expect(state?.values).toMatchObject({ code: "T1", objectiveCodes: ["SO1"] });
  });

  it("puts a reviewer's error on a task comment next to that task's box", async () => {
    const { hanoiEditor, hanoiLeader, steering } = world.actors;
    const plan = await createPlan(hanoiEditor, planInput());
    await createTask(hanoiEditor, plan.id, taskInput("T1"));
    const sent = await sendToMofa(plan.id, hanoiEditor, hanoiLeader);
    const [task] = (await getPlanDetail(steering, plan.id)).tasks;
    const typed = {
      planId: plan.id,
      version: String(sent.version),
      decision: "comment",
      comment: "",
      [`taskComment:${task!.id}`]: "x".repeat(2_001),
    };
    const { state } = await submit(reviewPlanAction, steering, typed);
    expect(state?.fieldErrors).toEqual({ [`taskComment:${task!.id}`]: [text("validation.too_long")] });
    expect(state?.values).toEqual(typed);
  });
});

describe("report forms", () => {
  let periodId: string;
  let taskIds: string[];

  beforeEach(async () => {
    const type = await db.reportType.create({
      data: { code: "SEMIANNUAL", nameVi: "Báo cáo 6 tháng", nameEn: "Six-month report", periodKind: "SEMIANNUAL", deadlineWorkingDays: 5 },
    });
    const window = cutoffWindow({ kind: "SEMIANNUAL", year: 2026, number: 1 });
    periodId = (
      await db.reportingPeriod.create({
        data: {
          reportTypeId: type.id,
          kind: "SEMIANNUAL",
          year: 2026,
          number: 1,
          cutoffStart: window.cutoffStart,
          cutoffEnd: window.cutoffEnd,
          deadline: new Date("2026-06-19"),
        },
      })
    ).id;
    await expectReportsFromEveryone(type.id);
    const { hanoiEditor } = world.actors;
    const plan = await createPlan(hanoiEditor, planInput());
    await createTask(hanoiEditor, plan.id, taskInput("T1"));
    await putPlanInForce(world, plan.id);
    taskIds = (await getPlanDetail(hanoiEditor, plan.id)).tasks.map((t) => t.id);
  });

  async function openedReport(): Promise<string> {
    const { redirectedTo } = await submit(openReportAction, world.actors.hanoiEditor, { periodId });
    return /^\/reports\/([^?]+)/.exec(redirectedTo!)![1]!;
  }

  it("opens the organization's report for a period, and refuses an unknown period in Vietnamese", async () => {
    const id = await openedReport();
    expect(await db.progressReport.findUniqueOrThrow({ where: { id } })).toMatchObject({ organizationId: world.orgs.hanoi.id, periodId });
    const { state } = await submit(openReportAction, world.actors.hanoiEditor, { periodId: "no-such-period" });
    expect(state).toMatchObject({ kind: "not_found", message: text("reports.errors.notFound") });
  });

  it("saves a draft, then refuses an incomplete submission after saving, naming each missing part by its field", async () => {
    const id = await openedReport();
    const typed = { reportId: id, version: "1", intent: "submit", "section:resultsAchieved": "Tổ chức thành công Tuần Văn hóa Việt Nam." };
    const { state } = await submit(saveReportAction, world.actors.hanoiLeader, typed);
    expect(state).toMatchObject({
      kind: "validation",
      message: text("reports.errors.incomplete"),
      version: 2,
      data: { isSaved: true },
      values: typed,
    });
    expect(Object.keys(state!.fieldErrors!).sort()).toEqual(
      ["section:limitations", "section:nextPeriodTasks", "section:proposals", `task:${taskIds[0]}`].sort(),
    );
    const saved = await db.progressReport.findUniqueOrThrow({ where: { id } });
    expect(saved).toMatchObject({ status: "DRAFT", version: 2 });
  });

  it("refuses a note without a value before saving anything, keeping the version the form sent", async () => {
    const id = await openedReport();
    const { state } = await submit(saveReportAction, world.actors.hanoiEditor, {
      reportId: id,
      version: "1",
      "indicator:IND_EVENTS_ABROAD:note": "Nhật Bản",
    });
    expect(state).toMatchObject({
      kind: "validation",
      version: 1,
      fieldErrors: { "indicator:IND_EVENTS_ABROAD:value": [text("validation.required")] },
    });
    expect((await db.progressReport.findUniqueOrThrow({ where: { id } })).version).toBe(1);
  });
});

describe("account forms", () => {
  async function withPassword(actor: Actor, password: string) {
    await db.user.update({ where: { id: actor.user.id }, data: { passwordHash: await hashPassword(password) } });
  }

  it("names a wrong current password in the user's language — not the service's English — and sends no password back", async () => {
    const { hanoiEditor } = world.actors;
    await withPassword(hanoiEditor, "mat-khau-cu-123");
    const typed = { currentPassword: "sai-mat-khau-1", newPassword: "mat-khau-moi-456", confirmPassword: "mat-khau-moi-456" };
    const vi = await submit(changePasswordAction, hanoiEditor, typed);
    expect(vi.state).toMatchObject({
      kind: "validation",
      fieldErrors: { currentPassword: [text("validation.wrong_password")] },
      values: {},
    });
    const en = await submit(changePasswordAction, hanoiEditor, typed, "en");
    expect(en.state?.fieldErrors?.currentPassword).toEqual([text("validation.wrong_password", "en")]);
    expect(auth.signIn).not.toHaveBeenCalled();
  });

  it("changes the password of an account that must change it, and signs in again with it", async () => {
    const { hanoiEditor } = world.actors;
    await withPassword(hanoiEditor, "mat-khau-tam-123");
    await db.user.update({ where: { id: hanoiEditor.user.id }, data: { mustChangePassword: true } });
    const forced = await actorFor(hanoiEditor.user.id);
    const { redirectedTo } = await submit(changePasswordAction, forced, {
      currentPassword: "mat-khau-tam-123",
      newPassword: "mat-khau-moi-456",
      confirmPassword: "mat-khau-moi-456",
    });
    expect(redirectedTo).toMatch(/\?passwordChanged=1$/);
    const row = await db.user.findUniqueOrThrow({
      where: { id: hanoiEditor.user.id },
      select: { passwordHash: true, mustChangePassword: true },
    });
    expect(await verifyPassword(row.passwordHash!, "mat-khau-moi-456")).toBe(true);
    expect(row.mustChangePassword).toBe(false);
    expect(auth.signIn).toHaveBeenCalledWith(
      "credentials",
      expect.objectContaining({ email: hanoiEditor.user.email, password: "mat-khau-moi-456" }),
    );
  });

  it("shows a new API token once, and names a missing name", async () => {
    const { hanoiEditor } = world.actors;
    const created = await submit(createTokenAction, hanoiEditor, { name: "Hệ thống thống kê" });
    expect(created.state).toMatchObject({ status: "success" });
    expect(created.state?.data?.token).toMatch(/^\w+_/);
    expect(await db.apiToken.count({ where: { userId: hanoiEditor.user.id } })).toBe(1);
    const refused = await submit(createTokenAction, hanoiEditor, { name: "   " });
    expect(refused.state).toMatchObject({
      kind: "validation",
      fieldErrors: { name: [text("validation.required")] },
      values: { name: "   " },
    });
  });
});

describe("sign-in form", () => {
  it("refuses wrong credentials in Vietnamese, keeps the e-mail address and never sends the password back", async () => {
    auth.signIn.mockImplementationOnce(async () => {
      throw new CredentialsSignin();
    });
    const { state } = await submit(signInAction, null, {
      email: "songoaivu.hanoi@example.vn",
      password: "sai-mat-khau",
      callbackUrl: "/plans",
    });
    expect(state).toEqual({
      status: "error",
      kind: "unauthenticated",
      message: text("auth.invalid"),
      values: { email: "songoaivu.hanoi@example.vn" },
    });
    expect(auth.signIn).toHaveBeenCalledWith("credentials", {
      email: "songoaivu.hanoi@example.vn",
      password: "sai-mat-khau",
      redirectTo: "/plans",
    });
  });

  it("sends only same-site paths on after signing in", async () => {
    await submit(signInAction, null, { email: "a@example.vn", password: "x", callbackUrl: "//evil.example/steal" });
    expect(auth.signIn).toHaveBeenCalledWith("credentials", expect.objectContaining({ redirectTo: "/" }));
  });
});

describe("administration forms", () => {
  const NEW_USER = { name: "Nguyễn Văn A", email: "nguyen.a@example.vn", role: "ORG_EDITOR" };

  it("creates an account and returns its temporary password once", async () => {
    const { state } = await submit(createUserAction, world.actors.admin, { ...NEW_USER, organizationId: world.orgs.hanoi.id });
    const user = await db.user.findUniqueOrThrow({ where: { email: NEW_USER.email }, select: { id: true, passwordHash: true } });
    expect(state).toMatchObject({ status: "success", message: text("admin.users.created"), data: { userId: user.id } });
    expect(await verifyPassword(user.passwordHash!, state!.data!.temporaryPassword!)).toBe(true);
  });

  it("names a taken e-mail next to the field, keeps the input, and refuses a non-administrator", async () => {
    const typed = { ...NEW_USER, email: "editor.hanoi@test.vn", organizationId: world.orgs.hanoi.id };
    const { state } = await submit(createUserAction, world.actors.admin, typed);
    expect(state).toMatchObject({ kind: "validation", fieldErrors: { email: [text("validation.email_taken")] }, values: typed });
    const editor = await submit(createUserAction, world.actors.hanoiEditor, { ...NEW_USER, organizationId: world.orgs.hanoi.id });
    expect(editor.state).toMatchObject({ kind: "forbidden", message: text("admin.errors.forbidden") });
    expect(await db.user.count({ where: { email: NEW_USER.email } })).toBe(0);
  });

  it("answers a stale organization edit with the values saved meanwhile and the version to send next", async () => {
    const { admin } = world.actors;
    const hue = world.orgs.hue;
    const fields = {
      organizationId: hue.id,
      nameEn: "Hue City",
      shortNameVi: "",
      region: "",
      parentId: "",
      successorId: "",
      validFrom: "",
      validTo: "",
      isActive: "on",
    };
    const first = await submit(updateOrganizationAction, admin, { ...fields, nameVi: "Thành phố Huế (1)", version: "1" });
    expect(first.state).toMatchObject({ status: "success", message: text("admin.organizations.saved"), version: 2 });
    const { state } = await submit(updateOrganizationAction, admin, { ...fields, nameVi: "Thành phố Huế (2)", version: "1" });
    expect(state).toMatchObject({
      kind: "conflict",
      message: text("admin.organizations.conflict"),
      current: { nameVi: "Thành phố Huế (1)" },
      version: 2,
    });
    expect((state as ActionState).values).toMatchObject({ nameVi: "Thành phố Huế (2)" });
    expect((await db.organization.findUniqueOrThrow({ where: { id: hue.id } })).nameVi).toBe("Thành phố Huế (1)");
  });
});
