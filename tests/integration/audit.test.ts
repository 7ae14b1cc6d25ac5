import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/domain/errors";
import type { Role } from "@/lib/domain/roles";
import { loadSessionUser, type SessionUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { AUDIT_PAGE_SIZE, listAuditEntries, listEntityHistory, parseAuditFilters } from "@/lib/server/queries/audit";
import { resetDatabase } from "../factories/reset";

beforeEach(() => resetDatabase());
afterAll(() => db.$disconnect());

async function viewer(role: Role): Promise<SessionUser> {
  const organization = await db.organization.upsert({
    where: { code: "BNG" },
    update: {},
    create: { code: "BNG", kind: "MOFA_UNIT", nameVi: "Bộ Ngoại giao" },
  });
  const row = await db.user.create({
    data: { email: `${role.toLowerCase()}@example.vn`, name: role, role, organizationId: organization.id },
  });
  const user = await loadSessionUser(row.id);
  if (!user) throw new Error("no session user");
  return user;
}

async function entry(data: {
  at: string;
  entity?: string;
  entityId?: string;
  action?: string;
  actorEmail?: string | null;
  changes?: object;
}) {
  return db.auditLog.create({
    data: {
      at: new Date(data.at),
      entity: data.entity ?? "Organization",
      entityId: data.entityId ?? "org-1",
      action: data.action ?? "update",
      actorEmail: data.actorEmail === undefined ? "admin@example.vn" : data.actorEmail,
      changes: data.changes,
      ip: "203.0.113.5",
      userAgent: "vitest",
    },
  });
}

describe("listAuditEntries", () => {
  it.each(["ORG_EDITOR", "ORG_VIEWER"] as const)("is refused to %s", async (role) => {
    await entry({ at: "2025-07-01T03:00:00Z" });
    await expect(listAuditEntries(await viewer(role), {})).rejects.toBeInstanceOf(ForbiddenError);
  });

  it.each(["ADMIN", "STEERING_COMMITTEE"] as const)("is open to %s, newest first, with readable changes", async (role) => {
    await entry({ at: "2025-07-01T03:00:00Z", entityId: "older" });
    await entry({ at: "2025-07-02T03:00:00Z", entityId: "newer", changes: { nameVi: { before: "A", after: "B" } } });
    const result = await listAuditEntries(await viewer(role), {});
    expect(result.entries.map((e) => e.entityId)).toEqual(["newer", "older"]);
    expect(result.entries[0]).toMatchObject({
      entity: "Organization",
      action: "update",
      actorEmail: "admin@example.vn",
      ip: "203.0.113.5",
      userAgent: "vitest",
      at: "2025-07-02T03:00:00.000Z",
      changes: [{ field: "nameVi", before: "A", after: "B" }],
    });
    expect(typeof result.entries[0]!.id).toBe("string");
  });

  it("filters by entity, id, actor e-mail (any case, part of it) and action", async () => {
    const admin = await viewer("ADMIN");
    await entry({ at: "2025-07-01T03:00:00Z", entity: "User", entityId: "u1", action: "create", actorEmail: "Admin@Example.vn" });
    await entry({ at: "2025-07-01T04:00:00Z", entity: "User", entityId: "u2", action: "update", actorEmail: "other@example.vn" });
    await entry({ at: "2025-07-01T05:00:00Z", entity: "Organization", entityId: "u1", action: "update", actorEmail: null });
    const ids = async (filters: Parameters<typeof listAuditEntries>[1]) =>
      (await listAuditEntries(admin, filters)).entries.map((e) => `${e.entity}:${e.entityId}:${e.action}`);
    expect(await ids({ entity: "User" })).toEqual(["User:u2:update", "User:u1:create"]);
    expect(await ids({ entityId: "u1" })).toEqual(["Organization:u1:update", "User:u1:create"]);
    expect(await ids({ entity: "User", entityId: "u1" })).toEqual(["User:u1:create"]);
    expect(await ids({ actorEmail: "admin@EXAMPLE" })).toEqual(["User:u1:create"]);
    expect(await ids({ action: "update" })).toEqual(["Organization:u1:update", "User:u2:update"]);
    expect(await ids({ action: "update", actorEmail: "other" })).toEqual(["User:u2:update"]);
  });

  it("filters by calendar day in Vietnam time, both ends included", async () => {
    const admin = await viewer("ADMIN");
    await entry({ at: "2025-06-30T16:59:00Z", entityId: "30/06 23:59" });
    await entry({ at: "2025-06-30T17:00:00Z", entityId: "01/07 00:00" });
    await entry({ at: "2025-07-01T16:59:59Z", entityId: "01/07 23:59" });
    await entry({ at: "2025-07-01T17:00:00Z", entityId: "02/07 00:00" });
    const ids = async (params: Record<string, string>) => {
      const { filters, invalid } = parseAuditFilters(params);
      expect(invalid).toEqual([]);
      return (await listAuditEntries(admin, filters)).entries.map((e) => e.entityId);
    };
    expect(await ids({ from: "01/07/2025", to: "01/07/2025" })).toEqual(["01/07 23:59", "01/07 00:00"]);
    expect(await ids({ from: "02/07/2025" })).toEqual(["02/07 00:00"]);
    expect(await ids({ to: "30/06/2025" })).toEqual(["30/06 23:59"]);
  });

  it("reports dates that are not dd/MM/yyyy and does not apply them", async () => {
    const { filters, invalid, input } = parseAuditFilters({ from: "31/02/2025", to: "2025-13-01", entity: " User ", page: "-3" });
    expect(invalid).toEqual(["from", "to"]);
    expect(filters).toMatchObject({ from: null, to: null, entity: "User", page: 1 });
    expect(input.from).toBe("31/02/2025");
  });

  it("pages by 50, newest first", async () => {
    const admin = await viewer("ADMIN");
    await db.auditLog.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, index) => ({
        at: new Date(Date.UTC(2025, 0, 1, 0, index)),
        entity: "Organization",
        entityId: `org-${index}`,
        action: "update",
      })),
    });
    const first = await listAuditEntries(admin, { page: 1 });
    expect(first).toMatchObject({ total: 55, pageCount: 2, page: 1, pageSize: 50 });
    expect(first.entries).toHaveLength(50);
    expect(first.entries[0]!.entityId).toBe("org-54");
    const second = await listAuditEntries(admin, { page: 2 });
    expect(second.entries.map((e) => e.entityId)).toEqual(["org-4", "org-3", "org-2", "org-1", "org-0"]);
    // A page past the end shows the last page.
    expect((await listAuditEntries(admin, { page: 9 })).page).toBe(2);
  });
});

describe("listEntityHistory", () => {
  it("returns the entries of one record only, newest first", async () => {
    const editor = await viewer("ORG_EDITOR");
    await entry({ at: "2025-07-01T03:00:00Z", entity: "ActionPlan", entityId: "p1", action: "create" });
    await entry({
      at: "2025-07-02T03:00:00Z",
      entity: "ActionPlan",
      entityId: "p1",
      action: "update",
      changes: { title: { before: "A", after: "B" } },
    });
    await entry({ at: "2025-07-03T03:00:00Z", entity: "ActionPlan", entityId: "p2", action: "update" });
    await entry({ at: "2025-07-03T03:00:00Z", entity: "PlanTask", entityId: "p1", action: "update" });
    const history = await listEntityHistory(editor, "ActionPlan", "p1");
    expect(history.map((e) => e.action)).toEqual(["update", "create"]);
    expect(history[0]!.changes).toEqual([{ field: "title", before: "A", after: "B" }]);
  });
});
