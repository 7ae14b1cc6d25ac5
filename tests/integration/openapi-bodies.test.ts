// What the OpenAPI document asks a client to send is what the real handlers accept: for the write operations a
// generated client uses most, the document's required fields alone (with the example's values) create the
// resource, and a body without one of them is refused with that field named.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import * as plansRoute from "@/app/api/v1/plans/route";
import * as planTasksRoute from "@/app/api/v1/plans/[id]/tasks/route";
import * as taskUpdatesRoute from "@/app/api/v1/tasks/[id]/updates/route";
import { db } from "@/lib/server/db";
import { buildOpenApiDocument } from "@/lib/server/http/openapi";
import { createApiToken } from "@/lib/server/services/api-tokens";
import { createPlan, createTask } from "@/lib/server/services/plans";
import { resetDatabase } from "../factories/reset";
import { createWorld, planInput, putPlanInForce, taskInput } from "../factories/world";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Body = { schema: { required?: string[] }; example: Record<string, unknown> };

const doc = buildOpenApiDocument();
function documented(method: "post" | "patch", path: string): Body {
  return (doc.paths[path]![method] as { requestBody: { content: { "application/json": Body } } }).requestBody.content["application/json"];
}
function minimalBody({ schema, example }: Body): Record<string, unknown> {
  return Object.fromEntries((schema.required ?? []).map((field) => [field, example[field]]));
}

let world: Awaited<ReturnType<typeof createWorld>>;
let token: string;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
  token = (await createApiToken(world.actors.hanoiEditor, { name: "openapi" })).token;
});
afterAll(() => db.$disconnect());

async function send(handler: Handler, body: unknown, params: Record<string, string> = {}) {
  const request = new Request("http://localhost/api/v1/test", {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "accept-language": "en-GB" },
    body: JSON.stringify(body),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  return { status: response.status, json: (await response.json()) as { errors?: Record<string, string[]> } };
}

describe("the document's required fields against the handlers", () => {
  it("creates a plan from the required fields alone, and names each missing one", async () => {
    const body = minimalBody(documented("post", "/plans"));
    expect(Object.keys(body).sort()).toEqual(["periodEnd", "periodStart", "title"]);
    expect((await send(plansRoute.POST as Handler, body)).status).toBe(201);
    for (const field of Object.keys(body)) {
      const { [field]: _missing, ...without } = body;
      const refused = await send(plansRoute.POST as Handler, without);
      expect(refused.status).toBe(400);
      expect(Object.keys(refused.json.errors ?? {})).toContain(field);
    }
  });

  it("adds a task from code, Vietnamese title and task group alone (budget, funding, status, progress default)", async () => {
    const plan = await createPlan(world.actors.hanoiEditor, planInput());
    const body = minimalBody(documented("post", "/plans/{id}/tasks"));
    expect(Object.keys(body).sort()).toEqual(["code", "taskGroupCode", "titleVi"]);
    const created = await send(planTasksRoute.POST as Handler, body, { id: plan.id });
    expect(created.status).toBe(201);
    expect(await db.planTask.findFirstOrThrow({ where: { planId: plan.id } })).toMatchObject({
      status: "NOT_STARTED",
      progress: 0,
      budgetVnd: null,
      isBreakthrough: false,
    });
    const without = Object.fromEntries(Object.entries({ ...body, code: "T2" }).filter(([field]) => field !== "titleVi"));
    const refused = await send(planTasksRoute.POST as Handler, without, { id: plan.id });
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.json.errors ?? {})).toContain("titleVi");
  });

  it("logs progress from the required fields alone", async () => {
    const { hanoiEditor } = world.actors;
    const plan = await createPlan(hanoiEditor, planInput());
    const task = await createTask(hanoiEditor, plan.id, taskInput("T1"));
    await putPlanInForce(world, plan.id);
    const body = minimalBody(documented("post", "/tasks/{id}/updates"));
    expect(Object.keys(body).sort()).toEqual(["progress", "status", "version"]);
    const version = (await db.planTask.findUniqueOrThrow({ where: { id: task.id } })).version;
    expect((await send(taskUpdatesRoute.POST as Handler, { ...body, version }, { id: task.id })).status).toBe(201);
  });
});
