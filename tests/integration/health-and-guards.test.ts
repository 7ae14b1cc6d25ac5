import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { checkHealth } from "@/lib/server/health";
import { resetDatabase } from "../factories/reset";

beforeEach(() => resetDatabase());
afterAll(() => db.$disconnect());

describe("database health", () => {
  it("reports ok when the database answers", async () => {
    expect(await checkHealth()).toEqual({ status: "ok", database: "ok" });
  });
});

describe("audit log", () => {
  it("refuses updates and deletes (append-only at the database level)", async () => {
    const row = await db.auditLog.create({ data: { entity: "Test", entityId: "1", action: "create" } });
    await expect(db.auditLog.update({ where: { id: row.id }, data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    const again = await db.auditLog.findUniqueOrThrow({ where: { id: row.id } });
    expect(again.action).toBe("create");
  });
});

describe("users", () => {
  it("never select the password hash by default", async () => {
    const org = await db.organization.create({ data: { code: "T1", kind: "MINISTRY", nameVi: "Bộ Thử" } });
    await db.user.create({
      data: { email: "a@example.vn", name: "A", role: "ORG_VIEWER", organizationId: org.id, passwordHash: "secret-hash" },
    });
    const user = await db.user.findFirstOrThrow({ where: { email: "a@example.vn" } });
    expect(user).not.toHaveProperty("passwordHash");
  });

  it("treat e-mail addresses case-insensitively as unique", async () => {
    const org = await db.organization.create({ data: { code: "T2", kind: "MINISTRY", nameVi: "Bộ Thử 2" } });
    await db.user.create({ data: { email: "b@example.vn", name: "B", role: "ORG_VIEWER", organizationId: org.id } });
    await expect(
      db.user.create({ data: { email: "B@Example.vn", name: "B2", role: "ORG_VIEWER", organizationId: org.id } }),
    ).rejects.toThrow();
  });
});
