// The UNESCO pipeline's services and API against PostgreSQL: who may open and move a dossier (the lead's
// editors and MOFA; nobody else), the stage history and audit written with the change, 409 on a stale version.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { createUnescoReminders } from "@/lib/server/jobs/unesco-reminders";
import { createApiToken } from "@/lib/server/services/api-tokens";
import * as listRoute from "@/app/api/v1/unesco-dossiers/route";
import * as itemRoute from "@/app/api/v1/unesco-dossiers/[id]/route";
import * as stageRoute from "@/app/api/v1/unesco-dossiers/[id]/stage/route";
import { getUnescoDossier, getUnescoTitleSeries, listUnescoDossiers } from "@/lib/server/queries/unesco-dossiers";
import { advanceUnescoStage, createUnescoDossier } from "@/lib/server/services/unesco-dossiers";
import { resetDatabase } from "../factories/reset";
import { actorFor, createWorld } from "../factories/world";

let world: Awaited<ReturnType<typeof createWorld>>;
let mofaEditor: Actor;
const NOW = new Date("2026-01-05T03:00:00Z");

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
  const bureau = await db.organization.create({
    data: { code: "BNG-CNVNGVH", kind: "MOFA_UNIT", nameVi: "Cục Ngoại vụ và Ngoại giao văn hóa" },
  });
  const user = await db.user.create({
    data: { email: "editor.mofa@test.vn", name: "mofa", role: "ORG_EDITOR", organizationId: bureau.id },
  });
  mofaEditor = await actorFor(user.id);
  await db.unescoDeadlineRule.create({
    data: { programme: "WH_CULTURAL", month: 2, day: 1, confidence: "CONFIRMED", sourceUrls: ["https://example.org/og"] },
  });
});

afterAll(async () => {
  await db.$disconnect();
});

const dossierInput = (leadOrganizationId: string) => ({
  elementVi: "Quần thể di tích chùa Hương",
  elementEn: "Huong Pagoda complex",
  programme: "WH_CULTURAL",
  stage: "IN_PREPARATION",
  stageDate: "2025-10-01",
  leadOrganizationId,
  supporterIds: [world.orgs.mofa.id],
  sourceUrls: ["https://example.org/source"],
});

describe("UNESCO dossiers", () => {
  it("the lead's editor opens a dossier; the history, audit entry and next deadline follow", async () => {
    const { id } = await createUnescoDossier(world.actors.hanoiEditor, dossierInput(world.orgs.hanoi.id));
    const dossier = await getUnescoDossier(world.actors.hueEditor, id, NOW);
    expect(dossier.stage).toBe("IN_PREPARATION");
    expect(dossier.history.map((h) => [h.stage, h.occurredOn])).toEqual([["IN_PREPARATION", "2025-10-01"]]);
    expect(dossier.supporters.map((s) => s.code)).toEqual(["BNG"]);
    expect(dossier.nextDeadline).toEqual({ date: "2026-02-01", confirmed: true });
    expect(await db.auditLog.count({ where: { entity: "UnescoDossier", entityId: id, action: "create" } })).toBe(1);
  });

  it("refuses a dossier led by another organization, unless the actor is a MOFA editor", async () => {
    await expect(createUnescoDossier(world.actors.hueEditor, dossierInput(world.orgs.hanoi.id))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createUnescoDossier(world.actors.hanoiViewer, dossierInput(world.orgs.hanoi.id))).rejects.toBeInstanceOf(ForbiddenError);
    const { id } = await createUnescoDossier(mofaEditor, dossierInput(world.orgs.hanoi.id));
    expect((await getUnescoDossier(world.actors.steering, id, NOW)).lead.code).toBe("P01");
  });

  it("moves the stage for the lead and MOFA only, in order, with a version check", async () => {
    const { id } = await createUnescoDossier(world.actors.hanoiEditor, dossierInput(world.orgs.hanoi.id));
    await expect(
      advanceUnescoStage(world.actors.hueEditor, id, { stage: "SUBMITTED", occurredOn: "2026-01-30", version: 1 }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      advanceUnescoStage(world.actors.steering, id, { stage: "SUBMITTED", occurredOn: "2026-01-30", version: 1 }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      advanceUnescoStage(world.actors.hanoiEditor, id, { stage: "INSCRIBED", occurredOn: "2026-01-30", version: 1 }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await advanceUnescoStage(world.actors.hanoiEditor, id, { stage: "SUBMITTED", occurredOn: "2026-01-30", version: 1 })).toEqual({
      version: 2,
    });
    await expect(
      advanceUnescoStage(world.actors.hanoiEditor, id, { stage: "UNDER_EVALUATION", occurredOn: "2026-03-01", version: 1 }),
    ).rejects.toBeInstanceOf(ConflictError);
    await advanceUnescoStage(mofaEditor, id, { stage: "UNDER_EVALUATION", occurredOn: "2026-03-01", version: 2 });
    await advanceUnescoStage(mofaEditor, id, { stage: "INSCRIBED", occurredOn: "2027-07-10", note: "Kỳ họp 49", version: 3 });
    const dossier = await getUnescoDossier(world.actors.hanoiViewer, id, NOW);
    expect(dossier.history.map((h) => h.stage)).toEqual(["IN_PREPARATION", "SUBMITTED", "UNDER_EVALUATION", "INSCRIBED"]);
    expect(dossier.inscribedYear).toBe(2027);
    expect(dossier.nextDeadline).toBeNull();
    const series = await getUnescoTitleSeries(world.actors.steering, 2027);
    expect(series.find((p) => p.year === 2027 && p.category === "WORLD_HERITAGE")?.cumulative).toBe(1);
    expect(await db.auditLog.count({ where: { entity: "UnescoDossier", entityId: id, action: "advance-stage" } })).toBe(3);
  });

  it("answers 404 for an unknown dossier and filters the list by programme and lead", async () => {
    await expect(getUnescoDossier(world.actors.hanoiEditor, "nope", NOW)).rejects.toBeInstanceOf(NotFoundError);
    await createUnescoDossier(world.actors.hanoiEditor, dossierInput(world.orgs.hanoi.id));
    await createUnescoDossier(world.actors.hueEditor, { ...dossierInput(world.orgs.hue.id), programme: "ICH_REPRESENTATIVE" });
    expect((await listUnescoDossiers(world.actors.hanoiViewer, {}, NOW)).length).toBe(2);
    expect((await listUnescoDossiers(world.actors.hanoiViewer, { programme: "ICH_REPRESENTATIVE" }, NOW)).map((d) => d.lead.code)).toEqual([
      "P02",
    ]);
    expect(
      (await listUnescoDossiers(world.actors.hanoiViewer, { leadOrganizationId: world.orgs.hanoi.id }, NOW)).map((d) => d.programme),
    ).toEqual(["WH_CULTURAL"]);
  });

  it("reminds the lead's editors once per deadline through the outbox", async () => {
    const { id } = await createUnescoDossier(world.actors.hanoiEditor, dossierInput(world.orgs.hanoi.id));
    expect(await db.$transaction((tx) => createUnescoReminders(tx, "2025-11-01"))).toBe(0); // 92 days ahead
    expect(await db.$transaction((tx) => createUnescoReminders(tx, "2026-01-05"))).toBe(1);
    expect(await db.$transaction((tx) => createUnescoReminders(tx, "2026-01-06"))).toBe(0);
    const mail = await db.emailOutbox.findFirstOrThrow();
    expect(mail.dedupeKey).toBe(`unesco:${id}:2026-02-01:${world.actors.hanoiEditor.user.id}`);
    expect(mail.toAddress).toBe("editor.hanoi@test.vn");
    expect(await db.notification.count({ where: { kind: "unesco_due", link: `/unesco/${id}` } })).toBe(1);
  });
});

describe("GET/POST /api/v1/unesco-dossiers", () => {
  type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
  async function call(handler: Handler, actor: Actor, url: string, params: Record<string, string> = {}, body?: unknown) {
    const { token } = await createApiToken(actor, { name: `t-${Math.random()}` });
    const request = new Request(`http://localhost/api/v1/unesco-dossiers${url}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "accept-language": "en-GB" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const response = await handler(request, { params: Promise.resolve(params) });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  it("lists and shows dossiers to any signed-in role, and refuses another organization's changes", async () => {
    const { id } = await createUnescoDossier(world.actors.hanoiEditor, dossierInput(world.orgs.hanoi.id));
    const list = await call(listRoute.GET as Handler, world.actors.hueEditor, "?programme=WH_CULTURAL");
    expect(list.status).toBe(200);
    expect(list.json.total).toBe(1);
    const one = await call(itemRoute.GET as Handler, world.actors.hueEditor, `/${id}`, { id });
    expect(one.status).toBe(200);
    expect(one.json.elementVi).toBe("Quần thể di tích chùa Hương");
    expect((await call(itemRoute.GET as Handler, world.actors.hueEditor, "/missing", { id: "missing" })).status).toBe(404);
    const refusedMove = await call(
      stageRoute.POST as Handler,
      world.actors.hueEditor,
      `/${id}/stage`,
      { id },
      { stage: "SUBMITTED", occurredOn: "2026-01-30", version: 1 },
    );
    expect(refusedMove.status).toBe(403);
    const refusedCreate = await call(listRoute.POST as Handler, world.actors.hueEditor, "", {}, dossierInput(world.orgs.hanoi.id));
    expect(refusedCreate.status).toBe(403);
    const moved = await call(
      stageRoute.POST as Handler,
      world.actors.hanoiEditor,
      `/${id}/stage`,
      { id },
      { stage: "SUBMITTED", occurredOn: "2026-01-30", version: 1 },
    );
    expect(moved.status).toBe(200);
    expect(moved.json.stage).toBe("SUBMITTED");
    const stale = await call(
      stageRoute.POST as Handler,
      world.actors.hanoiEditor,
      `/${id}/stage`,
      { id },
      { stage: "UNDER_EVALUATION", occurredOn: "2026-03-01", version: 1 },
    );
    expect(stale.status).toBe(409);
  });
});
