import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import type { Role } from "@/lib/domain/roles";
import { verifyPassword } from "@/lib/security/password";
import { loadSessionUser, type Actor } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { createUser, deactivateUser, forceSignOut, reactivateUser, resetUserPassword, updateUser } from "@/lib/server/services/users";
import { resetDatabase } from "../factories/reset";

beforeEach(() => resetDatabase());
afterAll(() => db.$disconnect());

async function createOrganization(code: string, data: { isActive?: boolean } = {}) {
  return db.organization.create({ data: { code, kind: "MINISTRY", nameVi: `Đơn vị ${code}`, ...data } });
}

async function createAccount(role: Role, organizationId: string, email = `${role.toLowerCase()}@example.vn`) {
  return db.user.create({ data: { email, name: `Người dùng ${role}`, role, organizationId } });
}

async function actorFor(userId: string): Promise<Actor> {
  const user = await loadSessionUser(userId);
  if (!user) throw new Error("no session user");
  return { user, ip: "203.0.113.5", userAgent: "vitest", via: "session" };
}

async function passwordHashOf(userId: string) {
  const row = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  return row.passwordHash;
}

async function expectValidation(promise: Promise<unknown>, field: string, code: string) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).fieldErrors[field]).toContain(code);
}

async function setup() {
  const mofa = await createOrganization("BNG");
  const province = await createOrganization("HN");
  const admin = await createAccount("ADMIN", mofa.id, "admin@example.vn");
  return { mofa, province, admin, actor: await actorFor(admin.id) };
}

describe("createUser", () => {
  it("creates an account with a temporary password that must be changed, and audits it without the hash", async () => {
    const { province, admin, actor } = await setup();
    const { id, temporaryPassword } = await createUser(actor, {
      name: "  Nguyễn Văn A ",
      email: "Nguyen.A@Example.VN",
      role: "ORG_EDITOR",
      organizationId: province.id,
    });

    expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(temporaryPassword).toMatch(/[A-Za-z]/);
    expect(temporaryPassword).toMatch(/\d/);
    const user = await db.user.findUniqueOrThrow({ where: { id } });
    expect(user).toMatchObject({
      name: "Nguyễn Văn A",
      email: "nguyen.a@example.vn",
      role: "ORG_EDITOR",
      organizationId: province.id,
      mustChangePassword: true,
      isActive: true,
    });
    const hash = await passwordHashOf(id);
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash!, temporaryPassword)).toBe(true);
    expect(await verifyPassword(hash!, "wrong-password-1")).toBe(false);

    const entries = await db.auditLog.findMany({ where: { entity: "User", entityId: id } });
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({
      action: "create",
      actorId: admin.id,
      actorEmail: "admin@example.vn",
      ip: "203.0.113.5",
      userAgent: "vitest",
    });
    const changes = entry!.changes as Record<string, { before: unknown; after: unknown }>;
    expect(changes.email).toEqual({ before: null, after: "nguyen.a@example.vn" });
    expect(changes.role).toEqual({ before: null, after: "ORG_EDITOR" });
    expect(changes.organizationCode).toEqual({ before: null, after: "HN" });
    expect(changes.mustChangePassword).toEqual({ before: null, after: true });
    const serialized = JSON.stringify(entry!.changes);
    expect(serialized).not.toContain(hash!);
    expect(serialized).not.toContain(temporaryPassword);
    expect(serialized).not.toContain("passwordHash");
  });

  it("refuses an e-mail that exists in another case with email_taken", async () => {
    const { province, actor } = await setup();
    await createAccount("ORG_VIEWER", province.id, "viewer@example.vn");
    await expectValidation(
      createUser(actor, { name: "B", email: "VIEWER@Example.vn", role: "ORG_VIEWER", organizationId: province.id }),
      "email",
      "email_taken",
    );
    expect(await db.user.count()).toBe(2);
  });

  it("turns a race on the same address into email_taken (the unique index on lower(email) decides)", async () => {
    const { province, actor } = await setup();
    const input = (email: string) => ({ name: "Race", email, role: "ORG_VIEWER", organizationId: province.id });
    const results = await Promise.allSettled([createUser(actor, input("race@example.vn")), createUser(actor, input("RACE@example.vn"))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ValidationError);
    expect((rejected.reason as ValidationError).fieldErrors.email).toEqual(["email_taken"]);
    expect(await db.user.count({ where: { email: { equals: "race@example.vn", mode: "insensitive" } } })).toBe(1);
  });

  it("validates the input with codes", async () => {
    const { province, actor } = await setup();
    const error = await createUser(actor, { name: "", email: "not-an-email", role: "KING", organizationId: "" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toMatchObject({
      name: ["required"],
      email: ["invalid_email"],
      role: ["required"],
      organizationId: ["required"],
    });
    await expectValidation(
      createUser(actor, { name: "X", email: "x@example.vn", role: "ORG_VIEWER", organizationId: "missing" }),
      "organizationId",
      "unknown_organization",
    );
    const closed = await createOrganization("CU", { isActive: false });
    await expectValidation(
      createUser(actor, { name: "X", email: "x@example.vn", role: "ORG_VIEWER", organizationId: closed.id }),
      "organizationId",
      "organization_inactive",
    );
    expect(await db.user.count()).toBe(1);
    expect(await db.auditLog.count()).toBe(0);
    void province;
  });
});

describe("non-administrators", () => {
  it.each(["STEERING_COMMITTEE", "ORG_EDITOR", "ORG_VIEWER"] as const)("%s cannot manage users, and nothing changes", async (role) => {
    const { province, admin } = await setup();
    const target = await createAccount("ORG_VIEWER", province.id, "target@example.vn");
    const other = await createAccount(role, province.id, "other@example.vn");
    const actor = await actorFor(other.id);
    const refused = (promise: Promise<unknown>) =>
      promise.then(
        () => {
          throw new Error("expected a refusal");
        },
        (error: unknown) => expect(error instanceof ForbiddenError || error instanceof NotFoundError).toBe(true),
      );
    await refused(createUser(actor, { name: "X", email: "x@example.vn", role: "ADMIN", organizationId: province.id }));
    await refused(updateUser(actor, target.id, { name: "X", role: "ADMIN", organizationId: province.id }));
    await refused(updateUser(actor, other.id, { name: "X", role: "ADMIN", organizationId: province.id }));
    await refused(deactivateUser(actor, target.id));
    await refused(deactivateUser(actor, admin.id));
    await refused(reactivateUser(actor, target.id));
    await refused(resetUserPassword(actor, target.id));
    await refused(forceSignOut(actor, target.id));

    expect(await db.user.count()).toBe(3);
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      role: "ORG_VIEWER",
      name: target.name,
      isActive: true,
      sessionVersion: 1,
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ role });
    expect(await passwordHashOf(target.id)).toBeNull();
    expect(await db.auditLog.count()).toBe(0);
  });
});

describe("updateUser", () => {
  it("changes role and organization and audits only the changed fields", async () => {
    const { mofa, province, actor } = await setup();
    const target = await createAccount("ORG_VIEWER", province.id, "target@example.vn");
    await updateUser(actor, target.id, { name: target.name, role: "ORG_EDITOR", organizationId: mofa.id });
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ role: "ORG_EDITOR", organizationId: mofa.id });
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: target.id, action: "update" } });
    expect(entry.changes).toEqual({
      role: { before: "ORG_VIEWER", after: "ORG_EDITOR" },
      organizationId: { before: province.id, after: mofa.id },
      organizationCode: { before: "HN", after: "BNG" },
    });
  });

  it("refuses an administrator changing their own role", async () => {
    const { mofa, admin, actor } = await setup();
    await expectValidation(
      updateUser(actor, admin.id, { name: "Admin", role: "ORG_VIEWER", organizationId: mofa.id }),
      "role",
      "cannot_change_own_role",
    );
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "ADMIN" });
  });

  it("answers not found for an unknown user", async () => {
    const { mofa, actor } = await setup();
    await expect(updateUser(actor, "missing", { name: "X", role: "ORG_VIEWER", organizationId: mofa.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe("sessions and status", () => {
  it("resets the password: new temporary password, must change, every session ends", async () => {
    const { province, actor } = await setup();
    const { id } = await createUser(actor, { name: "C", email: "c@example.vn", role: "ORG_EDITOR", organizationId: province.id });
    await db.user.update({ where: { id }, data: { mustChangePassword: false } });
    const before = await db.user.findUniqueOrThrow({ where: { id } });
    expect(await loadSessionUser(id, before.sessionVersion)).not.toBeNull();
    const oldHash = await passwordHashOf(id);

    const { temporaryPassword } = await resetUserPassword(actor, id);

    const after = await db.user.findUniqueOrThrow({ where: { id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.mustChangePassword).toBe(true);
    const newHash = await passwordHashOf(id);
    expect(newHash).not.toBe(oldHash);
    expect(await verifyPassword(newHash!, temporaryPassword)).toBe(true);
    expect(await loadSessionUser(id, before.sessionVersion)).toBeNull();
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "reset-password" } });
    expect(entry.changes).toEqual({
      mustChangePassword: { before: false, after: true },
      sessionVersion: { before: before.sessionVersion, after: before.sessionVersion + 1 },
    });
    expect(JSON.stringify(entry.changes)).not.toContain(newHash!);
  });

  it("forces a sign-out by moving the session version on", async () => {
    const { province, actor } = await setup();
    const target = await createAccount("ORG_VIEWER", province.id, "target@example.vn");
    await forceSignOut(actor, target.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).sessionVersion).toBe(2);
    expect(await loadSessionUser(target.id, 1)).toBeNull();
    expect(await loadSessionUser(target.id, 2)).not.toBeNull();
    expect(await db.auditLog.count({ where: { entityId: target.id, action: "force-sign-out" } })).toBe(1);
  });

  it("deactivates and reactivates another account, but never the acting administrator", async () => {
    const { province, admin, actor } = await setup();
    const target = await createAccount("ORG_VIEWER", province.id, "target@example.vn");

    const selfError = await deactivateUser(actor, admin.id).catch((e: unknown) => e);
    expect(selfError).toBeInstanceOf(ValidationError);
    expect((selfError as ValidationError).fieldErrors._form).toEqual(["cannot_deactivate_self"]);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).isActive).toBe(true);

    await deactivateUser(actor, target.id);
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ isActive: false, sessionVersion: 2 });
    expect(await loadSessionUser(target.id)).toBeNull();
    await deactivateUser(actor, target.id);

    await reactivateUser(actor, target.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).isActive).toBe(true);
    // The sessions from before the deactivation stay ended.
    expect(await loadSessionUser(target.id, 1)).toBeNull();

    const actions = (await db.auditLog.findMany({ where: { entityId: target.id }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["deactivate", "reactivate"]);
  });
});
