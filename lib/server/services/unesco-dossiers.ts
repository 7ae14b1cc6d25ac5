import "server-only";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import { canMoveStage } from "@/lib/domain/unesco-pipeline";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  advanceUnescoStageSchema,
  createUnescoDossierSchema,
  type AdvanceUnescoStageInput,
  type CreateUnescoDossierInput,
} from "@/lib/schemas/unesco-dossiers";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/session";
import { db } from "../db";
import { authorize } from "../guards";
import { parseInput } from "../validation";

type Tx = Prisma.TransactionClient;

const toDay = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

// Creates a dossier led by an organization the actor may act for (its own; MOFA editors: any), with its first
// stage in the history, in one transaction with the audit entry.
export async function createUnescoDossier(actor: Actor, raw: unknown): Promise<{ id: string }> {
  authorize(actor, "unesco:create");
  const input: CreateUnescoDossierInput = parseInput(createUnescoDossierSchema, raw);
  authorize(actor, "unesco:create", { organizationId: input.leadOrganizationId });
  const orgIds = [...new Set([input.leadOrganizationId, ...input.supporterIds])];
  return db.$transaction(async (tx: Tx) => {
    const found = await tx.organization.count({ where: { id: { in: orgIds } } });
    if (found !== orgIds.length) throw new ValidationError({ leadOrganizationId: ["invalid_value"] });
    const stageDate = input.stageDate ? toDay(input.stageDate) : null;
    const dossier = await tx.unescoDossier.create({
      data: {
        elementVi: input.elementVi,
        elementEn: input.elementEn ?? null,
        programme: input.programme,
        stage: input.stage,
        stageDate,
        leadOrganizationId: input.leadOrganizationId,
        supporters: { connect: input.supporterIds.map((id) => ({ id })) },
        notes: input.notes ?? null,
        sourceUrls: input.sourceUrls,
        confidence: input.confidence,
        stageEvents: {
          create: {
            stage: input.stage,
            occurredOn: stageDate,
            occurredYear: (stageDate ?? new Date()).getUTCFullYear(),
            recordedById: actor.user.id,
          },
        },
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      entity: "UnescoDossier",
      entityId: dossier.id,
      action: "create",
      after: { elementVi: input.elementVi, programme: input.programme, stage: input.stage, leadOrganizationId: input.leadOrganizationId },
    });
    return dossier;
  });
}

// Moves a dossier to its next stage (a decision, a resubmission …) and records the step with its date. The
// actor is checked against the loaded dossier before the input is parsed; a stale version is a 409.
export async function advanceUnescoStage(actor: Actor, id: string, raw: unknown): Promise<{ version: number }> {
  const current = await db.unescoDossier.findUnique({ where: { id }, select: { leadOrganizationId: true } });
  if (!current) throw new NotFoundError();
  authorize(actor, "unesco:update", { organizationId: current.leadOrganizationId });
  const input: AdvanceUnescoStageInput = parseInput(advanceUnescoStageSchema, raw);
  return db.$transaction(async (tx: Tx) => {
    const dossier = await tx.unescoDossier.findUnique({ where: { id }, select: { stage: true, version: true, inscribedYear: true } });
    if (!dossier) throw new NotFoundError();
    if (dossier.version !== input.version) throw new ConflictError();
    if (!canMoveStage(dossier.stage, input.stage)) throw new ValidationError({ stage: ["invalid_value"] });
    const occurredOn = toDay(input.occurredOn);
    const updated = await tx.unescoDossier.updateMany({
      where: { id, version: input.version },
      data: {
        stage: input.stage,
        stageDate: occurredOn,
        inscribedYear: input.stage === "INSCRIBED" ? occurredOn.getUTCFullYear() : dossier.inscribedYear,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new ConflictError();
    await tx.unescoStageEvent.create({
      data: {
        dossierId: id,
        stage: input.stage,
        occurredOn,
        occurredYear: occurredOn.getUTCFullYear(),
        note: input.note ?? null,
        recordedById: actor.user.id,
      },
    });
    await recordAudit(tx, actor, {
      entity: "UnescoDossier",
      entityId: id,
      action: "advance-stage",
      changes: { stage: { before: dossier.stage, after: input.stage }, stageDate: { before: null, after: input.occurredOn } },
    });
    return { version: input.version + 1 };
  });
}
