// Reference content (the strategy, the indicators, the organization directory) is read once per data version
// and kept in memory, and a write is still seen at once: through a service, and with plain SQL on another
// connection — what a second instance of the web tier writing the same database looks like to this one.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cachedReference } from "@/lib/server/cache/reference-cache";
import { clearRollupCache } from "@/lib/server/cache/rollup-cache";
import { db } from "@/lib/server/db";
import { listOrganizations } from "@/lib/server/queries/organizations";
import { getStrategy } from "@/lib/server/queries/strategy";
import { resetDatabase } from "../factories/reset";
import { createWorld } from "../factories/world";

let other: pg.Client;

beforeAll(async () => {
  await resetDatabase();
  await createWorld();
  clearRollupCache();
  // Another instance's connection: its writes go through no code of this process.
  other = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await other.connect();
});

afterAll(async () => {
  await other.end();
});

describe("reference content cached per data version", () => {
  it("computes once while nothing is written, and again after a write on another connection", async () => {
    let computed = 0;
    const read = () =>
      cachedReference("test:strategy-title", async () => {
        computed += 1;
        return (await getStrategy(null))?.titleVi;
      });
    expect(await read()).toBe("Chiến lược Ngoại giao văn hóa đến năm 2030");
    expect(await read()).toBe("Chiến lược Ngoại giao văn hóa đến năm 2030");
    expect(computed).toBe(1);

    await other.query(`UPDATE "Strategy" SET "titleVi" = 'Chiến lược Ngoại giao văn hóa (sửa)'`);
    expect(await read()).toBe("Chiến lược Ngoại giao văn hóa (sửa)");
    expect(computed).toBe(2);
    expect(await read()).toBe("Chiến lược Ngoại giao văn hóa (sửa)");
    expect(computed).toBe(2);
  });

  it("the organization directory shows a unit added or renamed elsewhere on the next read, searchable", async () => {
    const all = { kind: null, q: "", page: 1 } as const;
    const before = await listOrganizations(null, all);
    expect((await listOrganizations(null, { ...all, q: "dao xa xoi" })).total).toBe(0);

    await other.query(
      `INSERT INTO "Organization" (id, code, kind, "nameVi", "sourceUrls", confidence, "isActive", "updatedAt")
       VALUES ('ref-cache-org', 'REF-CACHE', 'MINISTRY', 'Bộ Đảo Xa Xôi', '{}', 'UNCONFIRMED', true, now())`,
    );
    const after = await listOrganizations(null, all);
    expect(after.total).toBe(before.total + 1);
    const found = await listOrganizations(null, { ...all, q: "dao xa xoi" });
    expect(found.rows.map((row) => row.code)).toEqual(["REF-CACHE"]);
    // Listed among the ministries, in Vietnamese alphabetical order like every other unit.
    const ministries = await listOrganizations(null, { kind: "ministries", q: "", page: 1 });
    const names = ministries.rows.map((row) => row.nameVi);
    expect(names).toContain("Bộ Đảo Xa Xôi");
    expect([...names].sort(new Intl.Collator("vi").compare)).toEqual(names);

    await other.query(`UPDATE "Organization" SET "nameVi" = 'Bộ Đảo Gần' WHERE id = 'ref-cache-org'`);
    expect((await listOrganizations(null, { ...all, q: "dao xa xoi" })).total).toBe(0);
    expect((await listOrganizations(null, { ...all, q: "Đảo gần" })).rows.map((row) => row.code)).toEqual(["REF-CACHE"]);

    // A write through the application (Prisma) is seen the same way.
    await db.organization.delete({ where: { id: "ref-cache-org" } });
    expect((await listOrganizations(null, all)).total).toBe(before.total);
  });
});
