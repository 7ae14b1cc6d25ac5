// Found by the soak test (npm run soak): with every pooled connection busy for a few seconds, a write's
// transaction gave up after Prisma's default 2 s wait and the API answered 500. Under load a request must wait
// for a free connection, and a transaction that cannot start in time is an overload (503, retry), not a bug.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { problemFromError } from "@/lib/server/http/problem";

afterAll(() => db.$disconnect());

const POOL_SIZE = 10; // lib/server/db.ts

describe("a saturated connection pool", () => {
  it("lets a transaction wait for a free connection instead of failing after 2 s", async () => {
    // Every connection held inside a transaction for 3.5 s, as slow writes under load do.
    const holders = Array.from({ length: POOL_SIZE }, () => db.$transaction(async (tx) => tx.$executeRaw`SELECT pg_sleep(3.5)`));
    await new Promise((r) => setTimeout(r, 300));
    const started = Date.now();
    const [transaction, query] = await Promise.all([
      db.$transaction(async (tx) => tx.$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`),
      db.$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`,
    ]);
    expect(transaction).toEqual([{ ok: 1 }]);
    expect(query).toEqual([{ ok: 1 }]);
    expect(Date.now() - started).toBeGreaterThan(2500); // it really waited for the holders
    await Promise.all(holders);
  }, 20_000);

  it("answers 503 with Retry-After when a transaction cannot start in time", async () => {
    const error = Object.assign(new Error("Transaction API error: Unable to start a transaction in the given time."), { code: "P2028" });
    const response = problemFromError(error, "en");
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("5");
  });
});
