// /api/health must answer within 5 s even when the database accepts connections but never answers.
import net from "node:net";
import { afterAll, describe, expect, it, vi } from "vitest";

const sockets: net.Socket[] = [];
const silent = net.createServer((socket) => sockets.push(socket)); // accepts, never speaks

afterAll(() => {
  for (const s of sockets) s.destroy();
  silent.close();
});

describe("health check when the database hangs", () => {
  it("reports unavailable in under 5 seconds", async () => {
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
    const port = (silent.address() as net.AddressInfo).port;
    const saved = { url: process.env.DATABASE_URL, db: (globalThis as { portalDb?: unknown }).portalDb };
    delete (globalThis as { portalDb?: unknown }).portalDb;
    process.env.DATABASE_URL = `postgresql://u:p@127.0.0.1:${port}/db`;
    vi.resetModules();
    try {
      const { checkHealth } = await import("@/lib/server/health");
      const started = Date.now();
      expect(await checkHealth()).toEqual({ status: "unavailable", database: "unavailable" });
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      process.env.DATABASE_URL = saved.url;
      (globalThis as { portalDb?: unknown }).portalDb = saved.db;
      vi.resetModules();
    }
  });
});
