import "server-only";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import { canMoveStage } from "@/lib/domain/unesco-pipeline";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  advanceUnescoStageSchema,
  createUnescoDossierSchema,
  updateUnescoDossierSchema,
  type AdvanceUnescoStageInput,
  type CreateUnescoDossierInput,
  type UpdateUnescoDossierInput,
} from "@/lib/schemas/unesco-dossiers";
import { recordAudit } from "../audit";
import type { Actor, SessionUser } from "../auth/session";
import { db } from "../db";
import { authorize } from "../guards";
import { getFileStorage } from "../storage";
import { syncUnescoTitleObservations } from "../unesco-titles";
import { parseInput } from "../validation";
import { storeThenRecord } from "./attachments";

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
    // A new title moves the UNESCO-titles indicators in the same transaction.
    if (input.stage === "INSCRIBED") await syncUnescoTitleObservations(tx);
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

const editableSelect = {
  elementVi: true,
  elementEn: true,
  programme: true,
  stage: true,
  leadOrganizationId: true,
  notes: true,
  sourceUrls: true,
  confidence: true,
  version: true,
  supporters: { select: { id: true }, orderBy: { id: "asc" } },
} as const;

// Changes a dossier's fields (element, programme, lead, supporters, notes, sources, confidence); its stage moves
// only by advanceUnescoStage. Authorized against the loaded dossier before the input is parsed, and against the
// new lead when it changes; a stale version is a 409 that carries the current fields.
export async function updateUnescoDossier(actor: Actor, id: string, raw: unknown): Promise<{ version: number }> {
  const current = await db.unescoDossier.findUnique({ where: { id }, select: { leadOrganizationId: true } });
  if (!current) throw new NotFoundError();
  authorize(actor, "unesco:update", { organizationId: current.leadOrganizationId });
  const input: UpdateUnescoDossierInput = parseInput(updateUnescoDossierSchema, raw);
  authorize(actor, "unesco:update", { organizationId: input.leadOrganizationId });
  const orgIds = [...new Set([input.leadOrganizationId, ...input.supporterIds])];
  return db.$transaction(async (tx: Tx) => {
    const before = await tx.unescoDossier.findUnique({ where: { id }, select: editableSelect });
    if (!before) throw new NotFoundError();
    if (before.version !== input.version) {
      const { supporters, ...fields } = before;
      throw new ConflictError(undefined, { ...fields, supporterIds: supporters.map((o) => o.id) });
    }
    const found = await tx.organization.count({ where: { id: { in: orgIds } } });
    if (found !== orgIds.length) throw new ValidationError({ leadOrganizationId: ["invalid_value"] });
    const updated = await tx.unescoDossier.updateMany({
      where: { id, version: input.version },
      data: {
        elementVi: input.elementVi,
        elementEn: input.elementEn ?? null,
        programme: input.programme,
        leadOrganizationId: input.leadOrganizationId,
        notes: input.notes ?? null,
        sourceUrls: input.sourceUrls,
        confidence: input.confidence,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new ConflictError();
    await tx.unescoDossier.update({ where: { id }, data: { supporters: { set: input.supporterIds.map((s) => ({ id: s })) } } });
    // An inscribed title's programme, sources or confidence feed the UNESCO-titles indicators.
    if (before.stage === "INSCRIBED") await syncUnescoTitleObservations(tx);
    const { supporters, stage: _stage, version: _version, ...fields } = before;
    await recordAudit(tx, actor, {
      entity: "UnescoDossier",
      entityId: id,
      action: "update",
      before: { ...fields, supporterIds: supporters.map((o) => o.id) },
      after: {
        elementVi: input.elementVi,
        elementEn: input.elementEn ?? null,
        programme: input.programme,
        leadOrganizationId: input.leadOrganizationId,
        supporterIds: [...input.supporterIds].sort(),
        notes: input.notes ?? null,
        sourceUrls: input.sourceUrls,
        confidence: input.confidence,
      },
    });
    return { version: input.version + 1 };
  });
}

export type UnescoDocumentDto = { id: string; fileName: string; mimeType: string; sizeBytes: number; createdAt: string };

// A dossier's file (PDF, DOCX or XLSX by its content, like plan attachments, in the same storage). The actor is
// authorized against the loaded dossier before the file's bytes are inspected.
export async function addUnescoDocument(
  actor: Actor,
  dossierId: string,
  file: { name: string; bytes: Uint8Array },
): Promise<UnescoDocumentDto> {
  const dossier = await db.unescoDossier.findUnique({ where: { id: dossierId }, select: { leadOrganizationId: true } });
  if (!dossier) throw new NotFoundError();
  authorize(actor, "unesco:update", { organizationId: dossier.leadOrganizationId });
  return storeThenRecord(file, {}, (stored) =>
    db.$transaction(async (tx: Tx) => {
      const created = await tx.unescoDossierDocument.create({ data: { dossierId, ...stored, uploadedById: actor.user.id } });
      await recordAudit(tx, actor, {
        entity: "UnescoDossierDocument",
        entityId: created.id,
        action: "create",
        after: { dossierId, fileName: created.fileName, sizeBytes: created.sizeBytes, sha256: created.sha256 },
      });
      return {
        id: created.id,
        fileName: created.fileName,
        mimeType: created.mimeType,
        sizeBytes: created.sizeBytes,
        createdAt: created.createdAt.toISOString(),
      };
    }),
  );
}

// The stored file of a dossier document, for whoever may read the dossier (every signed-in role).
export async function openUnescoDocument(viewer: Actor | SessionUser, dossierId: string, documentId: string) {
  const document = await db.unescoDossierDocument.findFirst({
    where: { id: documentId, dossierId },
    include: { dossier: { select: { leadOrganizationId: true } } },
  });
  if (!document) throw new NotFoundError();
  authorize(viewer, "unesco:read", { organizationId: document.dossier.leadOrganizationId });
  const bytes = await getFileStorage().get(document.storageKey);
  return { fileName: document.fileName, mimeType: document.mimeType, bytes };
}
