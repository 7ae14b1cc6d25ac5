import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import type { Role } from "@/lib/domain/roles";
import type { OrganizationFormValues } from "@/lib/schemas/organizations";
import { loadSessionUser, type Actor } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { createOrganization, updateOrganization } from "@/lib/server/services/organizations";
import { resetDatabase } from "../factories/reset";

beforeEach(() => resetDatabase());
afterAll(() => db.$disconnect());

async function organization(
  code: string,
  data: Partial<{ successorId: string; parentId: string; kind: "PROVINCE" | "FORMER_PROVINCE" | "MINISTRY" }> = {},
) {
  return db.organization.create({ data: { code, kind: "PROVINCE", nameVi: `Tỉnh ${code}`, ...data } });
}

async function actorFor(role: Role, organizationId: string, email = `${role.toLowerCase()}@example.vn`): Promise<Actor> {
  const row = await db.user.create({ data: { email, name: role, role, organizationId } });
  const user = await loadSessionUser(row.id);
  if (!user) throw new Error("no session user");
  return { user, ip: "203.0.113.5", userAgent: "vitest", via: "session" };
}

// The edit form's fields for a row, as strings.
function formOf(row: { nameVi: string; version: number }, changes: Record<string, unknown> = {}) {
  return {
    nameVi: row.nameVi,
    nameEn: "",
    shortNameVi: "",
    region: "",
    parentId: "",
    successorId: "",
    validFrom: "",
    validTo: "",
    isActive: "on",
    version: row.version,
    ...changes,
  };
}

async function fieldErrorsOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

async function setup() {
  const home = await organization("BNG", { kind: "MINISTRY" });
  return { home, admin: await actorFor("ADMIN", home.id, "admin@example.vn") };
}

describe("createOrganization", () => {
  it("creates a unit with parsed dates and audits it", async () => {
    const { admin, home } = await setup();
    const { id } = await createOrganization(admin, {
      code: "TQ",
      kind: "FORMER_PROVINCE",
      nameVi: "Tỉnh Tuyên Quang (cũ)",
      nameEn: "",
      region: "NORTHERN_MIDLANDS_MOUNTAINS",
      parentId: home.id,
      validFrom: "01/01/1991",
      validTo: "30/06/2025",
      isActive: "",
    });
    const row = await db.organization.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ code: "TQ", kind: "FORMER_PROVINCE", nameEn: null, isActive: false, parentId: home.id, version: 1 });
    expect(row.validFrom?.toISOString()).toBe("1991-01-01T00:00:00.000Z");
    expect(row.validTo?.toISOString()).toBe("2025-06-30T00:00:00.000Z");
    const entry = await db.auditLog.findFirstOrThrow({ where: { entity: "Organization", entityId: id } });
    expect(entry).toMatchObject({ action: "create", actorEmail: "admin@example.vn", ip: "203.0.113.5" });
    expect(entry.changes).toMatchObject({
      code: { before: null, after: "TQ" },
      validTo: { before: null, after: "2025-06-30" },
      parentCode: { before: null, after: "BNG" },
    });
  });

  it("compares codes exactly: `_` in a new code is a character, not a wildcard matching an existing code", async () => {
    const { admin } = await setup();
    await organization("HN1");
    await createOrganization(admin, { code: "H_1", kind: "CITY", nameVi: "Thử mã" });
    expect(await db.organization.count({ where: { code: { in: ["HN1", "H_1"] } } })).toBe(2);
  });

  it("refuses a code already used (in any case), bad dates and a reversed range", async () => {
    const { admin } = await setup();
    await organization("HN");
    expect(await fieldErrorsOf(createOrganization(admin, { code: "hn", kind: "CITY", nameVi: "Hà Nội 2" }))).toMatchObject({
      code: ["code_taken"],
    });
    expect(
      await fieldErrorsOf(
        createOrganization(admin, { code: "X1", kind: "CITY", nameVi: "X", validFrom: "31/02/2025", validTo: "2025/01/01" }),
      ),
    ).toMatchObject({
      validFrom: ["invalid_date"],
      validTo: ["invalid_date"],
    });
    expect(
      await fieldErrorsOf(
        createOrganization(admin, { code: "X1", kind: "CITY", nameVi: "X", validFrom: "02/07/2025", validTo: "01/07/2025" }),
      ),
    ).toMatchObject({
      validTo: ["date_order"],
    });
    expect(await fieldErrorsOf(createOrganization(admin, { code: "has space", kind: "NOPE", nameVi: "" }))).toMatchObject({
      code: ["invalid_code"],
      kind: ["required"],
      nameVi: ["required"],
    });
    expect(await db.organization.count()).toBe(2);
    expect(await db.auditLog.count()).toBe(0);
  });

  it.each(["STEERING_COMMITTEE", "ORG_EDITOR", "ORG_VIEWER"] as const)("is refused to %s", async (role) => {
    const { home } = await setup();
    const actor = await actorFor(role, home.id);
    await expect(createOrganization(actor, { code: "NEW", kind: "CITY", nameVi: "Mới" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateOrganization(actor, home.id, formOf(home, { nameVi: "Đổi" }))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.organization.count()).toBe(1);
    expect((await db.organization.findUniqueOrThrow({ where: { id: home.id } })).nameVi).toBe(home.nameVi);
    expect(await db.auditLog.count()).toBe(0);
  });
});

describe("updateOrganization", () => {
  it("saves the edit, moves the version on and audits the changed fields only", async () => {
    const { admin } = await setup();
    const hue = await organization("HUE");
    const result = await updateOrganization(admin, hue.id, formOf(hue, { nameEn: "Hue City", validFrom: "1/7/2025" }));
    expect(result.version).toBe(2);
    const row = await db.organization.findUniqueOrThrow({ where: { id: hue.id } });
    expect(row).toMatchObject({ nameEn: "Hue City", version: 2 });
    expect(row.validFrom?.toISOString().slice(0, 10)).toBe("2025-07-01");
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: hue.id, action: "update" } });
    expect(entry.changes).toEqual({ nameEn: { before: null, after: "Hue City" }, validFrom: { before: null, after: "2025-07-01" } });
  });

  it("writes nothing when the form is saved unchanged", async () => {
    const { admin } = await setup();
    const hue = await organization("HUE");
    expect(await updateOrganization(admin, hue.id, formOf(hue))).toEqual({ version: 1 });
    expect(await db.auditLog.count()).toBe(0);
  });

  it("refuses a successor that is the unit itself or that would close a loop", async () => {
    const { admin } = await setup();
    const c = await organization("C");
    const b = await organization("B", { successorId: c.id });
    const a = await organization("A", { successorId: b.id });
    expect(await fieldErrorsOf(updateOrganization(admin, a.id, formOf(a, { successorId: a.id })))).toEqual({
      successorId: ["successor_self"],
    });
    // A → B → C; making C succeeded by A would loop.
    expect(await fieldErrorsOf(updateOrganization(admin, c.id, formOf(c, { successorId: a.id })))).toEqual({
      successorId: ["successor_cycle"],
    });
    expect(await fieldErrorsOf(updateOrganization(admin, b.id, formOf(b, { successorId: a.id })))).toEqual({
      successorId: ["successor_cycle"],
    });
    expect(await fieldErrorsOf(updateOrganization(admin, c.id, formOf(c, { successorId: "missing" })))).toEqual({
      successorId: ["unknown_organization"],
    });
    expect((await db.organization.findUniqueOrThrow({ where: { id: c.id } })).successorId).toBeNull();
    // A chain without a loop is fine.
    const d = await organization("D");
    await updateOrganization(admin, c.id, formOf(c, { successorId: d.id }));
    expect((await db.organization.findUniqueOrThrow({ where: { id: c.id } })).successorId).toBe(d.id);
    expect(await db.auditLog.count()).toBe(1);
  });

  it("refuses a parent that would close a loop", async () => {
    const { admin, home } = await setup();
    const unit = await organization("U", { parentId: home.id });
    expect(await fieldErrorsOf(updateOrganization(admin, home.id, formOf(home, { parentId: unit.id })))).toEqual({
      parentId: ["parent_cycle"],
    });
    expect(await fieldErrorsOf(updateOrganization(admin, home.id, formOf(home, { parentId: home.id })))).toEqual({
      parentId: ["parent_self"],
    });
  });

  it("refuses a stale version with a ConflictError carrying the current values, and keeps the newer row", async () => {
    const { home } = await setup();
    const first = await actorFor("ADMIN", home.id, "first@example.vn");
    const second = await actorFor("ADMIN", home.id, "second@example.vn");
    const hue = await organization("HUE");
    // Both opened the form at version 1.
    await updateOrganization(first, hue.id, formOf(hue, { nameVi: "Thành phố Huế" }));
    const error = await updateOrganization(second, hue.id, formOf(hue, { nameVi: "Tỉnh Thừa Thiên Huế", shortNameVi: "TTH" })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConflictError);
    const current = (error as ConflictError).current as OrganizationFormValues;
    expect(current).toMatchObject({ nameVi: "Thành phố Huế", shortNameVi: "", version: 2 });
    expect(await db.organization.findUniqueOrThrow({ where: { id: hue.id } })).toMatchObject({
      nameVi: "Thành phố Huế",
      shortNameVi: null,
      version: 2,
    });
    expect(await db.auditLog.count({ where: { entityId: hue.id } })).toBe(1);
    // Saving again with the version shown in the conflict deliberately replaces the current values.
    await updateOrganization(second, hue.id, formOf(hue, { nameVi: "Tỉnh Thừa Thiên Huế", version: current.version }));
    expect((await db.organization.findUniqueOrThrow({ where: { id: hue.id } })).nameVi).toBe("Tỉnh Thừa Thiên Huế");
  });

  it("lets exactly one of two simultaneous edits of the same version win", async () => {
    const { admin } = await setup();
    const hue = await organization("HUE");
    const results = await Promise.allSettled([
      updateOrganization(admin, hue.id, formOf(hue, { nameVi: "Một" })),
      updateOrganization(admin, hue.id, formOf(hue, { nameVi: "Hai" })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    const row = await db.organization.findUniqueOrThrow({ where: { id: hue.id } });
    expect(row.version).toBe(2);
    expect(await db.auditLog.count({ where: { entityId: hue.id } })).toBe(1);
  });

  it("answers not found for an unknown unit", async () => {
    const { admin } = await setup();
    await expect(updateOrganization(admin, "missing", formOf({ nameVi: "X", version: 1 }))).rejects.toBeInstanceOf(NotFoundError);
  });
});
