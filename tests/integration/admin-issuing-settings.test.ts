// What administrators set about who issues and who receives: a province's issuing body (Organization.reportIssuer),
// a representative mission's host country, and the body at MOFA that receives plans and reports (AppSetting
// "workflow.mofaRecipient"). Through the real server actions (lib/server/action.ts) against PostgreSQL: an
// administrator may, anyone else is refused and nothing is written.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { catalogues } from "@/lib/i18n/messages";
import type { ActionState } from "@/lib/schemas/action-state";
import type { Actor } from "@/lib/server/auth/session";
import { withActionContext } from "@/lib/server/action";
import { db } from "@/lib/server/db";
import { DEFAULT_MOFA_RECIPIENT, getMofaRecipient } from "@/lib/server/queries/workflow-settings";
import { getMofaRecipientSetting, recipientRevision } from "@/lib/server/services/workflow-settings";
import { resetDatabase } from "../factories/reset";
import { createWorld } from "../factories/world";

const cache = vi.hoisted(() => ({ revalidatePath: vi.fn() }));
vi.mock("next/cache", () => cache);

const { updateOrganizationAction, createOrganizationAction } = await import("@/app/admin/organizations/actions");
const { updateMofaRecipientAction } = await import("@/app/admin/reporting/actions");

function text(path: string): string {
  const found = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], catalogues.vi);
  if (typeof found !== "string") throw new Error(`no message ${path}`);
  return found;
}

async function submit(
  action: (prev: ActionState, data: FormData) => Promise<ActionState>,
  actor: Actor,
  entries: Record<string, string>,
): Promise<{ state?: ActionState; redirectedTo?: string }> {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  try {
    return { state: await withActionContext({ actor, locale: "vi" }, () => action({}, data)) };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { redirectedTo: digest.split(";")[2] };
  }
}

let world: Awaited<ReturnType<typeof createWorld>>;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});
afterAll(() => db.$disconnect());

// The edit form of an organization as the page sends it.
function organizationForm(organization: { id: string; nameVi: string; version: number }, changes: Record<string, string> = {}) {
  return {
    organizationId: organization.id,
    nameVi: organization.nameVi,
    nameEn: "",
    shortNameVi: "",
    region: "",
    parentId: "",
    successorId: "",
    validFrom: "",
    validTo: "",
    hostCountryCode: "",
    accreditedCountryCodes: "",
    officialCode: "",
    reportIssuer: "",
    isActive: "on",
    version: String(organization.version),
    ...changes,
  };
}

describe("a province's issuing body", () => {
  it("is set by an administrator, with an audit entry in the same write", async () => {
    const { hanoi } = world.orgs;
    const { state } = await submit(
      updateOrganizationAction,
      world.actors.admin,
      organizationForm(hanoi, { reportIssuer: "FOREIGN_AFFAIRS_DEPARTMENT" }),
    );
    expect(state).toMatchObject({ status: "success", message: text("admin.organizations.saved"), version: 2 });
    const row = await db.organization.findUniqueOrThrow({ where: { id: hanoi.id } });
    expect(row.reportIssuer).toBe("FOREIGN_AFFAIRS_DEPARTMENT");
    const entry = await db.auditLog.findFirstOrThrow({ where: { entity: "Organization", entityId: hanoi.id, action: "update" } });
    expect(entry.changes).toMatchObject({ reportIssuer: { before: null, after: "FOREIGN_AFFAIRS_DEPARTMENT" } });

    // Back to the People's Committee, the default, stored as no choice.
    const back = await submit(
      updateOrganizationAction,
      world.actors.admin,
      organizationForm({ ...hanoi, version: 2 }, { reportIssuer: "" }),
    );
    expect(back.state).toMatchObject({ status: "success", version: 3 });
    expect((await db.organization.findUniqueOrThrow({ where: { id: hanoi.id } })).reportIssuer).toBeNull();
  });

  it("is refused to anyone but an administrator, and nothing is written", async () => {
    const { hanoi } = world.orgs;
    for (const actor of [world.actors.hanoiLeader, world.actors.steering]) {
      const { state } = await submit(
        updateOrganizationAction,
        actor,
        organizationForm(hanoi, { reportIssuer: "FOREIGN_AFFAIRS_DEPARTMENT" }),
      );
      expect(state).toMatchObject({ status: "error", kind: "forbidden" });
    }
    const row = await db.organization.findUniqueOrThrow({ where: { id: hanoi.id } });
    expect(row).toMatchObject({ reportIssuer: null, version: 1 });
    expect(await db.auditLog.count({ where: { entity: "Organization", entityId: hanoi.id } })).toBe(0);
  });

  it("is a choice of provinces and cities only, among the known bodies", async () => {
    const { culture, tuyenQuang } = world.orgs;
    const ministry = await submit(
      updateOrganizationAction,
      world.actors.admin,
      organizationForm(culture, { reportIssuer: "FOREIGN_AFFAIRS_DEPARTMENT" }),
    );
    expect(ministry.state).toMatchObject({
      kind: "validation",
      fieldErrors: { reportIssuer: [text("validation.report_issuer_province_only")] },
    });
    const unknown = await submit(
      updateOrganizationAction,
      world.actors.admin,
      organizationForm(tuyenQuang, { reportIssuer: "SỞ VĂN HÓA" }),
    );
    expect(unknown.state).toMatchObject({ kind: "validation", fieldErrors: { reportIssuer: [text("validation.invalid_value")] } });
    const oversized = await submit(
      updateOrganizationAction,
      world.actors.admin,
      organizationForm(tuyenQuang, { reportIssuer: "X".repeat(41) }),
    );
    expect(oversized.state).toMatchObject({ kind: "validation", fieldErrors: { reportIssuer: [text("validation.too_long")] } });
    expect(await db.organization.count({ where: { reportIssuer: { not: null } } })).toBe(0);
  });
});

describe("a representative mission", () => {
  it("is added by an administrator with its host country and accreditations", async () => {
    const { redirectedTo } = await submit(createOrganizationAction, world.actors.admin, {
      code: "CQDD-FR",
      kind: "REPRESENTATIVE_MISSION",
      nameVi: "Đại sứ quán Việt Nam tại Pháp",
      nameEn: "Embassy of Viet Nam in France",
      shortNameVi: "",
      region: "",
      parentId: world.orgs.mofa.id,
      successorId: "",
      validFrom: "",
      validTo: "",
      hostCountryCode: "fr",
      accreditedCountryCodes: "mc, AD",
      officialCode: "",
      reportIssuer: "",
      isActive: "on",
    });
    const mission = await db.organization.findUniqueOrThrow({ where: { code: "CQDD-FR" } });
    expect(redirectedTo).toBe(`/admin/organizations/${mission.id}?created=1`);
    expect(mission).toMatchObject({
      kind: "REPRESENTATIVE_MISSION",
      hostCountryCode: "FR",
      accreditedCountryCodes: ["AD", "MC"],
      parentId: world.orgs.mofa.id,
    });
    const entry = await db.auditLog.findFirstOrThrow({ where: { entity: "Organization", entityId: mission.id, action: "create" } });
    expect(entry.changes).toMatchObject({ hostCountryCode: { before: null, after: "FR" } });
  });
});

describe("an official administrative code", () => {
  it("is empty until an administrator records it from the official list, digits only", async () => {
    const { hanoi } = world.orgs;
    expect((await db.organization.findUniqueOrThrow({ where: { id: hanoi.id } })).officialCode).toBeNull();
    const wrong = await submit(updateOrganizationAction, world.actors.admin, organizationForm(hanoi, { officialCode: "HN-01" }));
    expect(wrong.state).toMatchObject({ kind: "validation", fieldErrors: { officialCode: [text("validation.invalid_official_code")] } });
    const { state } = await submit(updateOrganizationAction, world.actors.admin, organizationForm(hanoi, { officialCode: " 01 " }));
    expect(state).toMatchObject({ status: "success" });
    expect((await db.organization.findUniqueOrThrow({ where: { id: hanoi.id } })).officialCode).toBe("01");
    const refused = await submit(
      updateOrganizationAction,
      world.actors.hanoiLeader,
      organizationForm({ ...hanoi, version: 2 }, { officialCode: "02" }),
    );
    expect(refused.state).toMatchObject({ kind: "forbidden" });
    expect((await db.organization.findUniqueOrThrow({ where: { id: hanoi.id } })).officialCode).toBe("01");
  });
});

describe("the receiving body at MOFA", () => {
  const NEW_NAME = {
    nameVi: "Vụ Ngoại giao văn hóa và UNESCO, Bộ Ngoại giao",
    nameEn: "Department of Cultural Diplomacy and UNESCO, Ministry of Foreign Affairs",
    sourceUrls: "https://example.gov.vn/van-ban/1\n\n  https://example.gov.vn/van-ban/2  ",
    confidence: "CONFIRMED",
  };

  it("is the default until an administrator sets it; the setting and its audit entry are written together", async () => {
    expect(await getMofaRecipient()).toEqual(DEFAULT_MOFA_RECIPIENT);
    const loaded = await getMofaRecipientSetting(world.actors.admin.user);
    expect(loaded.isDefault).toBe(true);
    const { state } = await submit(updateMofaRecipientAction, world.actors.admin, { ...NEW_NAME, revision: loaded.values.revision });
    expect(state).toMatchObject({ status: "success", message: text("reportingConfig.recipient.saved") });
    const saved = await getMofaRecipient();
    expect(saved).toEqual({
      nameVi: NEW_NAME.nameVi,
      nameEn: NEW_NAME.nameEn,
      sourceUrls: ["https://example.gov.vn/van-ban/1", "https://example.gov.vn/van-ban/2"],
      confidence: "CONFIRMED",
    });
    // The form goes on with the fingerprint of the value now in effect.
    expect(state?.values).toMatchObject({ revision: recipientRevision(saved) });
    expect((await getMofaRecipientSetting(world.actors.admin.user)).isDefault).toBe(false);
    const entry = await db.auditLog.findFirstOrThrow({ where: { entity: "AppSetting", entityId: "workflow.mofaRecipient" } });
    expect(entry).toMatchObject({ action: "update", actorEmail: "admin@test.vn" });
    expect(entry.changes).toMatchObject({ nameVi: { before: DEFAULT_MOFA_RECIPIENT.nameVi, after: NEW_NAME.nameVi } });
  });

  it("is refused to anyone but an administrator, and nothing is written", async () => {
    const revision = recipientRevision(DEFAULT_MOFA_RECIPIENT);
    for (const actor of [world.actors.steering, world.actors.hanoiLeader, world.actors.cultureEditor]) {
      const { state } = await submit(updateMofaRecipientAction, actor, { ...NEW_NAME, revision });
      expect(state).toMatchObject({ status: "error", kind: "forbidden" });
    }
    await expect(getMofaRecipientSetting(world.actors.steering.user)).rejects.toThrow();
    expect(await db.appSetting.count({ where: { key: "workflow.mofaRecipient" } })).toBe(0);
    expect(await db.auditLog.count({ where: { entity: "AppSetting" } })).toBe(0);
  });

  it("answers a stale form with the value saved meanwhile (409), keeping what was typed", async () => {
    const revision = recipientRevision(DEFAULT_MOFA_RECIPIENT);
    await submit(updateMofaRecipientAction, world.actors.admin, { ...NEW_NAME, revision });
    const typed = { ...NEW_NAME, nameVi: "Cục Ngoại vụ và Ngoại giao văn hóa", revision };
    const { state } = await submit(updateMofaRecipientAction, world.actors.admin, typed);
    expect(state).toMatchObject({
      kind: "conflict",
      message: text("reportingConfig.recipient.conflict"),
      current: { nameVi: NEW_NAME.nameVi },
      values: { nameVi: typed.nameVi },
    });
    expect((await getMofaRecipient()).nameVi).toBe(NEW_NAME.nameVi);
  });

  it("bounds what it takes: length, links, number of links, confidence", async () => {
    const revision = recipientRevision(DEFAULT_MOFA_RECIPIENT);
    const cases: [Record<string, string>, string, string][] = [
      [{ nameVi: "Cục".repeat(101) }, "nameVi", "validation.too_long"],
      [{ nameEn: "" }, "nameEn", "validation.required"],
      [{ sourceUrls: "javascript:alert(1)" }, "sourceUrls", "validation.invalid_url"],
      [
        { sourceUrls: Array.from({ length: 11 }, (_, i) => `https://example.gov.vn/${i}`).join("\n") },
        "sourceUrls",
        "validation.too_many_sources",
      ],
      [{ confidence: "CERTAIN" }, "confidence", "validation.invalid_value"],
    ];
    for (const [change, field, message] of cases) {
      const { state } = await submit(updateMofaRecipientAction, world.actors.admin, { ...NEW_NAME, revision, ...change });
      expect(state, field).toMatchObject({ kind: "validation" });
      expect(state?.fieldErrors?.[field] ?? state?.fieldErrors?.[`${field}.0`], field).toEqual([text(message)]);
    }
    const oversizedForm = await submit(updateMofaRecipientAction, world.actors.admin, {
      ...NEW_NAME,
      revision,
      sourceUrls: "h".repeat(12_001),
    });
    expect(oversizedForm.state).toMatchObject({ kind: "validation", fieldErrors: { sourceUrls: [text("validation.too_long")] } });
    expect(await db.appSetting.count({ where: { key: "workflow.mofaRecipient" } })).toBe(0);
  });
});
