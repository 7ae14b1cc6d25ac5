// Request bodies are read as streams that stop at the limit: a chunked body of 300 MiB (no Content-Length) is
// cancelled after the limit and answered 413, instead of being read whole and refused afterwards. The real route
// handlers, fed a body that counts how much of it was ever pulled.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as importRoute from "@/app/api/v1/plans/[id]/import/route";
import * as plansRoute from "@/app/api/v1/plans/route";
import { db } from "@/lib/server/db";
import { createApiToken } from "@/lib/server/services/api-tokens";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { createPlan, createTask, updatePlan } from "@/lib/server/services/plans";
import { xlsxBomb } from "../unit/fixtures/zip-bomb";
import { resetDatabase } from "../factories/reset";
import { createWorld, planInput } from "../factories/world";

const MEBIBYTE = 1024 * 1024;
const CHUNK = 64 * 1024;

// A body of `total` bytes made on demand, 64 KiB at a time; `pulled()` says how much the server asked for.
function countedBody(total: number, fill = 0x61) {
  let pulled = 0;
  const chunk = new Uint8Array(CHUNK).fill(fill);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= total) return controller.close();
      pulled += CHUNK;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

let token: string;
let planId: string;
let world: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => {
  await resetDatabase();
  world = await createWorld();
  token = (await createApiToken(world.actors.hanoiEditor, { name: "bodies" })).token;
  planId = (await createPlan(world.actors.hanoiEditor, planInput())).id;
});

afterAll(async () => {
  await db.$disconnect();
});

function post(url: string, body: BodyInit, headers: Record<string, string> = {}) {
  return new Request(url, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...headers },
    body,
    duplex: "half",
  } as RequestInit);
}

describe("bounded request bodies", () => {
  it("cancels a chunked 300 MiB JSON body after 2 MiB and answers 413 problem+json", async () => {
    const body = countedBody(300 * MEBIBYTE);
    const heapBefore = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const response = await plansRoute.POST(post("http://localhost/api/v1/plans", body.stream), { params: Promise.resolve({}) });
    const grown = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers - heapBefore;
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect(body.pulled()).toBeLessThanOrEqual(2 * MEBIBYTE + 2 * CHUNK);
    expect(grown).toBeLessThan(64 * MEBIBYTE);
    expect(await db.actionPlan.count()).toBe(1);
  });

  it("refuses a declared Content-Length over the limit without reading a byte", async () => {
    const body = countedBody(300 * MEBIBYTE);
    const response = await plansRoute.POST(
      post("http://localhost/api/v1/plans", body.stream, { "content-length": String(300 * MEBIBYTE) }),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(413);
    expect(body.pulled()).toBeLessThanOrEqual(CHUNK);
  });

  it("cancels a chunked 300 MiB spreadsheet after 5 MB at the import route (no arrayBuffer of everything)", async () => {
    const body = countedBody(300 * MEBIBYTE, 0x50);
    const response = await importRoute.POST(
      post(`http://localhost/api/v1/plans/${planId}/import`, body.stream, { "content-type": "application/octet-stream" }),
      {
        params: Promise.resolve({ id: planId }),
      },
    );
    expect(response.status).toBe(413);
    expect(body.pulled()).toBeLessThanOrEqual(5 * MEBIBYTE + 2 * CHUNK);
  });

  it("answers a zip bomb sent to the import route 400 with the unpacking budget named, and imports nothing", async () => {
    const bomb = xlsxBomb(2048);
    const response = await importRoute.POST(
      post(`http://localhost/api/v1/plans/${planId}/import`, Buffer.from(bomb), { "content-type": "application/octet-stream" }),
      {
        params: Promise.resolve({ id: planId }),
      },
    );
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toMatch(/100 MB/);
    expect(await db.planTask.count({ where: { planId } })).toBe(0);
  });

  it("still reads a normal JSON body", async () => {
    const response = await plansRoute.POST(post("http://localhost/api/v1/plans", JSON.stringify(planInput({ title: "Kế hoạch thường" }))), {
      params: Promise.resolve({}),
    });
    expect(response.status).toBe(201);
  });
});

describe("services authorize against the loaded resource before parsing", () => {
  const hostile = { title: "<a".repeat(48_000), periodStart: 2026, periodEnd: 2030, version: 1 };

  it("answers a viewer's 96k-character write as forbidden, not as a validation of what it sent", async () => {
    const error = await updatePlan(world.actors.hanoiViewer, planId, hostile).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
  });

  it("answers another organization's editor as if the plan did not exist", async () => {
    expect(await updatePlan(world.actors.hueEditor, planId, hostile).catch((e: unknown) => e)).toBeInstanceOf(NotFoundError);
    expect(await createTask(world.actors.hueEditor, planId, { code: "<a".repeat(48_000) }).catch((e: unknown) => e)).toBeInstanceOf(
      NotFoundError,
    );
  });
});
