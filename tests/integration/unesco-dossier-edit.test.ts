// Editing a UNESCO dossier and its documents against PostgreSQL: the lead's and MOFA's editors only (another
// organization is refused before anything is parsed or stored), 409 with the current values on a stale version,
// audit in the same transaction; and the UNESCO-titles indicators derived from the inscribed dossiers, moved by
// a new inscription recorded through the pipeline.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { createApiToken } from "@/lib/server/services/api-tokens";
import * as itemRoute from "@/app/api/v1/unesco-dossiers/[id]/route";
import { getUnescoDossier } from "@/lib/server/queries/unesco-dossiers";
import {
  addUnescoDocument,
  advanceUnescoStage,
  createUnescoDossier,
  openUnescoDocument,
  updateUnescoDossier,
} from "@/lib/server/services/unesco-dossiers";
import { syncUnescoTitleObservations } from "@/lib/server/unesco-titles";
import { resetDatabase } from "../factories/reset";
import { actorFor, createWorld } from "../factories/world";

let world: Awaited<ReturnType<typeof createWorld>>;
let mofaEditor: Actor;
const NOW = new Date("2026-01-05T03:00:00Z");
const PDF = new TextEncoder().encode("%PDF-1.7\n% dossier\n1 0 obj <<>> endobj\n%%EOF\n");

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
});

afterAll(async () => {
  await db.$disconnect();
});

const created = (leadOrganizationId: string) =>
  createUnescoDossier(world.actors.hanoiEditor, {
    elementVi: "Quần thể di tích chùa Hương",
    programme: "WH_CULTURAL",
    stage: "IN_PREPARATION",
    leadOrganizationId,
    supporterIds: [],
    sourceUrls: [],
  });

const edit = (leadOrganizationId: string, version: number) => ({
  elementVi: "Quần thể danh thắng chùa Hương",
  elementEn: "Huong Pagoda landscape complex",
  programme: "WH_MIXED",
  leadOrganizationId,
  supporterIds: [world.orgs.mofa.id, world.orgs.culture.id],
  notes: "Hồ sơ hỗn hợp",
  sourceUrls: ["https://example.org/huong"],
  confidence: "PARTIAL",
  version,
});

describe("editing a UNESCO dossier", () => {
  it("the lead's editor changes every field; the audit entry is written with it", async () => {
    const { id } = await created(world.orgs.hanoi.id);
    expect(await updateUnescoDossier(world.actors.hanoiEditor, id, edit(world.orgs.hanoi.id, 1))).toEqual({ version: 2 });
    const dossier = await getUnescoDossier(world.actors.hueEditor, id, NOW);
    expect([dossier.elementVi, dossier.elementEn, dossier.programme, dossier.notes, dossier.confidence]).toEqual([
      "Quần thể danh thắng chùa Hương",
      "Huong Pagoda landscape complex",
      "WH_MIXED",
      "Hồ sơ hỗn hợp",
      "PARTIAL",
    ]);
    expect(dossier.supporters.map((s) => s.code).sort()).toEqual(["BNG", "BVHTTDL"]);
    expect(dossier.stage).toBe("IN_PREPARATION");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entity: "UnescoDossier", entityId: id, action: "update" } });
    expect(Object.keys(audit.changes as object).sort()).toEqual([
      "confidence",
      "elementEn",
      "elementVi",
      "notes",
      "programme",
      "sourceUrls",
      "supporterIds",
    ]);
  });

  it("refuses another organization's editor before parsing, and a lead it may not name; MOFA may", async () => {
    const { id } = await created(world.orgs.hanoi.id);
    await expect(updateUnescoDossier(world.actors.hueEditor, id, { nonsense: true })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateUnescoDossier(world.actors.steering, id, edit(world.orgs.hanoi.id, 1))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateUnescoDossier(world.actors.hanoiEditor, id, edit(world.orgs.hue.id, 1))).rejects.toBeInstanceOf(ForbiddenError);
    await updateUnescoDossier(mofaEditor, id, edit(world.orgs.hue.id, 1));
    expect((await getUnescoDossier(world.actors.steering, id, NOW)).lead.code).toBe("P02");
    expect(await db.auditLog.count({ where: { entity: "UnescoDossier", entityId: id, action: "update" } })).toBe(1);
  });

  it("answers a stale version with a conflict carrying the values saved meanwhile", async () => {
    const { id } = await created(world.orgs.hanoi.id);
    await updateUnescoDossier(mofaEditor, id, edit(world.orgs.hanoi.id, 1));
    const error = await updateUnescoDossier(world.actors.hanoiEditor, id, { ...edit(world.orgs.hanoi.id, 1), elementVi: "Tên khác" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).current).toMatchObject({ elementVi: "Quần thể danh thắng chùa Hương", version: 2 });
    expect((await getUnescoDossier(world.actors.steering, id, NOW)).elementVi).toBe("Quần thể danh thắng chùa Hương");
  });

  it("PATCH /api/v1/unesco-dossiers/{id}: 200 for the lead, 403 for another organization, 409 when stale", async () => {
    const { id } = await created(world.orgs.hanoi.id);
    async function patch(actor: Actor, body: unknown) {
      const { token } = await createApiToken(actor, { name: `t-${Math.random()}` });
      const request = new Request(`http://localhost/api/v1/unesco-dossiers/${id}`, {
        method: "PATCH",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      const response = await itemRoute.PATCH(request, {
        params: Promise.resolve({ id }),
      });
      return { status: response.status, json: (await response.json()) as Record<string, unknown> };
    }
    expect((await patch(world.actors.hueEditor, edit(world.orgs.hanoi.id, 1))).status).toBe(403);
    const ok = await patch(world.actors.hanoiEditor, edit(world.orgs.hanoi.id, 1));
    expect(ok.status).toBe(200);
    expect(ok.json.programme).toBe("WH_MIXED");
    expect(ok.json.version).toBe(2);
    expect((await patch(world.actors.hanoiEditor, edit(world.orgs.hanoi.id, 1))).status).toBe(409);
  });
});

describe("dossier documents", () => {
  it("the lead stores a file checked by its content; others read it; another organization may not add one", async () => {
    const { id } = await created(world.orgs.hanoi.id);
    // Refused on the loaded dossier: the bytes are not even looked at (an empty file would otherwise be a 400).
    await expect(addUnescoDocument(world.actors.hueEditor, id, { name: "x.pdf", bytes: new Uint8Array() })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      addUnescoDocument(world.actors.hanoiEditor, id, { name: "ho-so.pdf", bytes: new TextEncoder().encode("<html>not a pdf</html>") }),
    ).rejects.toBeInstanceOf(ValidationError);
    const document = await addUnescoDocument(world.actors.hanoiEditor, id, { name: "Hồ sơ đề cử.pdf", bytes: PDF });
    expect(document.mimeType).toBe("application/pdf");
    const dossier = await getUnescoDossier(world.actors.hueEditor, id, NOW);
    expect(dossier.documents.map((d) => d.id)).toEqual([document.id]);
    const file = await openUnescoDocument(world.actors.hueLeader, id, document.id);
    expect(Buffer.from(file.bytes).equals(Buffer.from(PDF))).toBe(true);
    await expect(openUnescoDocument(world.actors.hueLeader, "another", document.id)).rejects.toThrow();
    expect(await db.auditLog.count({ where: { entity: "UnescoDossierDocument", entityId: document.id, action: "create" } })).toBe(1);
  });
});

describe("UNESCO-titles indicators from the pipeline", () => {
  async function indicator(code: string) {
    return db.indicator.upsert({
      where: { code },
      update: {},
      create: { code, strategyId: world.strategy.id, nameVi: code, nameEn: code, unitVi: "danh hiệu", unitEn: "titles" },
    });
  }
  const national = async (code: string) =>
    (
      await db.indicatorObservation.findMany({
        where: { indicator: { code }, organizationId: null },
        orderBy: { year: "asc" },
        select: { year: true, value: true, isDerived: true },
      })
    ).map((o) => [o.year, o.value.toNumber(), o.isDerived]);

  it("derives the category series and moves the published total by a new inscription", async () => {
    const total = await indicator("IND_UNESCO_TOTAL");
    await indicator("IND_UNESCO_WH");
    await indicator("IND_UNESCO_ICH");
    // MOFA's published total (it also counts recognitions outside the pipeline) and a stale category figure.
    await db.indicatorObservation.create({ data: { indicatorId: total.id, year: 2025, value: 77 } });
    await db.unescoDossier.create({
      data: {
        elementVi: "Hoàng thành Thăng Long",
        programme: "WH_CULTURAL",
        stage: "INSCRIBED",
        inscribedYear: 2010,
        leadOrganizationId: world.orgs.hanoi.id,
        sourceUrls: ["https://whc.unesco.org/en/list/1328"],
      },
    });
    await db.unescoDossier.create({
      data: {
        elementVi: "Ca trù",
        programme: "ICH_URGENT",
        stage: "INSCRIBED",
        inscribedYear: 2009,
        leadOrganizationId: world.orgs.hanoi.id,
      },
    });
    await db.$transaction((tx) => syncUnescoTitleObservations(tx));
    expect((await national("IND_UNESCO_WH")).at(0)).toEqual([2010, 1, true]);
    expect((await national("IND_UNESCO_WH")).at(-1)).toEqual([2025, 1, true]);
    expect((await national("IND_UNESCO_ICH")).at(0)).toEqual([2009, 1, true]);
    expect(await national("IND_UNESCO_TOTAL")).toEqual([[2025, 77, false]]);

    // A new title recorded through the pipeline moves both, in the same transaction as the stage.
    const { id } = await created(world.orgs.hanoi.id);
    let version = 1;
    for (const [stage, occurredOn] of [
      ["SUBMITTED", "2026-01-30"],
      ["UNDER_EVALUATION", "2026-03-01"],
      ["INSCRIBED", "2026-07-12"],
    ] as const) {
      ({ version } = await advanceUnescoStage(world.actors.hanoiEditor, id, { stage, occurredOn, version }));
    }
    expect(await national("IND_UNESCO_TOTAL")).toEqual([
      [2025, 77, false],
      [2026, 78, true],
    ]);
    expect((await national("IND_UNESCO_WH")).at(-1)).toEqual([2026, 2, true]);
    // Correcting an inscribed title's programme moves it to the other category.
    await updateUnescoDossier(world.actors.hanoiEditor, id, { ...edit(world.orgs.hanoi.id, version), programme: "ICH_REPRESENTATIVE" });
    expect((await national("IND_UNESCO_WH")).at(-1)).toEqual([2026, 1, true]);
    expect((await national("IND_UNESCO_ICH")).at(-1)).toEqual([2026, 2, true]);
  });
});
