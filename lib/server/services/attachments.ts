import "server-only";
import { InvalidStateError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import { canChangeAttachments, type PlanStatus } from "@/lib/domain/plan-workflow";
import { sanitizeFileName, withExtension } from "@/lib/domain/file-names";
import { FILE_KINDS, sniffFileKind, type FileKind } from "@/lib/domain/file-types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "../audit";
import type { Actor, SessionUser } from "../auth/session";
import { db } from "../db";
import { authorize } from "../guards";
import { getFileStorage, newStorageKey } from "../storage";
import { inspectOfficePackage } from "../files/office-package";
import { sha256Hex } from "../storage/sigv4";

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export type AttachmentDto = {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
  isOfficialRecord: boolean;
};

function toDto(a: {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: Date;
  isOfficialRecord: boolean;
}): AttachmentDto {
  return {
    id: a.id,
    fileName: a.fileName,
    mimeType: a.mimeType,
    sizeBytes: a.sizeBytes,
    sha256: a.sha256,
    createdAt: a.createdAt.toISOString(),
    isOfficialRecord: a.isOfficialRecord,
  };
}

function auditFields(a: {
  planId: string | null;
  reportId: string | null;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
}) {
  return { planId: a.planId, reportId: a.reportId, fileName: a.fileName, mimeType: a.mimeType, sizeBytes: a.sizeBytes, sha256: a.sha256 };
}

// The type is what the bytes are (PDF, DOCX or XLSX), never what the name or the browser claims.
// Attachments are stored, never unpacked here: only the package's description parts are inflated (under a
// budget) to read its content types and relationships.
const ATTACHMENT_INFLATE_BUDGET = { maxEntryBytes: 512 * 1024 * 1024, maxTotalBytes: 2 * 1024 * 1024 * 1024 };

export async function checkUpload(file: { name: string; bytes: Uint8Array }) {
  if (file.bytes.byteLength === 0) throw new ValidationError({ file: ["file_required"] });
  if (file.bytes.byteLength > MAX_ATTACHMENT_BYTES) throw new ValidationError({ file: ["attachment_too_large"] });
  const kind = sniffFileKind(file.bytes);
  if (!kind) throw new ValidationError({ file: ["file_type_not_allowed"] });
  if (kind !== "pdf") {
    const inspection = await inspectOfficePackage(file.bytes, ATTACHMENT_INFLATE_BUDGET, { inflateAll: false });
    if (!inspection.ok)
      throw new ValidationError({
        file: [
          inspection.reason === "not_a_package" || inspection.reason === "too_large" ? "file_type_not_allowed" : "file_has_active_content",
        ],
      });
  }
  return { kind, ...FILE_KINDS[kind], fileName: withExtension(sanitizeFileName(file.name), FILE_KINDS[kind].extension) };
}

// Stores checked bytes as they are (never re-encoded: a signed PDF keeps its digital signature), then runs
// `write` to record the row. The file is stored first and its row written after: a failure between the two
// leaves an unreferenced file (harmless, deleted here) rather than a row that points at nothing.
export async function storeThenRecord<T>(
  file: { name: string; bytes: Uint8Array },
  options: { onlyKinds?: readonly FileKind[] },
  write: (stored: { fileName: string; mimeType: string; sizeBytes: number; sha256: string; storageKey: string }) => Promise<T>,
): Promise<T> {
  const checked = await checkUpload(file);
  if (options.onlyKinds && !options.onlyKinds.includes(checked.kind)) throw new ValidationError({ file: ["file_type_not_allowed"] });
  const key = newStorageKey();
  const storage = getFileStorage();
  await storage.put(key, file.bytes, checked.mimeType);
  try {
    return await write({
      fileName: checked.fileName,
      mimeType: checked.mimeType,
      sizeBytes: file.bytes.byteLength,
      sha256: sha256Hex(file.bytes),
      storageKey: key,
    });
  } catch (error) {
    await storage.delete(key).catch(() => undefined);
    throw error;
  }
}

function assertAttachmentsChangeable(plan: { status: PlanStatus }) {
  if (!canChangeAttachments(plan.status)) {
    throw new InvalidStateError(
      "This plan has been sent: its files are part of the record and cannot change. Open a revision to change them.",
    );
  }
}

export async function addPlanAttachment(actor: Actor, planId: string, file: { name: string; bytes: Uint8Array }): Promise<AttachmentDto> {
  const plan = await db.actionPlan.findUnique({ where: { id: planId }, select: { id: true, organizationId: true, status: true } });
  if (!plan) throw new NotFoundError();
  authorize(actor, "plan:update", plan);
  assertAttachmentsChangeable(plan);
  return storeThenRecord(file, {}, (stored) =>
    db.$transaction(async (tx) => {
      // Re-read under a row lock: the plan may have been sent while the file was being stored.
      const [locked] = await tx.$queryRaw<
        { status: PlanStatus }[]
      >`SELECT status::text AS status FROM "ActionPlan" WHERE id = ${planId} FOR UPDATE`;
      if (!locked) throw new NotFoundError();
      assertAttachmentsChangeable(locked);
      const created = await tx.attachment.create({ data: { planId, ...stored, uploadedById: actor.user.id } });
      await recordAudit(tx, actor, { entity: "Attachment", entityId: created.id, action: "create", after: auditFields(created) });
      return toDto(created);
    }),
  );
}

// Records a signed copy stored by storeThenRecord as the official record of a plan's sending (in the sending's
// transaction).
export async function createOfficialRecord(
  tx: Prisma.TransactionClient,
  actor: Actor,
  planId: string,
  stored: Parameters<Parameters<typeof storeThenRecord>[2]>[0],
) {
  const created = await tx.attachment.create({ data: { planId, ...stored, uploadedById: actor.user.id, isOfficialRecord: true } });
  await recordAudit(tx, actor, {
    entity: "Attachment",
    entityId: created.id,
    action: "create",
    after: { ...auditFields(created), isOfficialRecord: true },
  });
  return created;
}

async function loadAttachment(attachmentId: string) {
  const attachment = await db.attachment.findUnique({
    where: { id: attachmentId },
    include: { plan: { select: { organizationId: true, status: true } }, report: { select: { organizationId: true } } },
  });
  if (!attachment) throw new NotFoundError();
  const owner = attachment.plan ?? attachment.report;
  if (!owner) throw new NotFoundError();
  return { attachment, owner, area: attachment.plan ? ("plan" as const) : ("report" as const) };
}

export async function removeAttachment(actor: Actor, attachmentId: string): Promise<void> {
  const { attachment, owner, area } = await loadAttachment(attachmentId);
  authorize(actor, `${area}:update`, owner);
  if (attachment.isOfficialRecord)
    throw new InvalidStateError("The signed copy of a sending is the official record and cannot be removed.");
  if (attachment.plan) assertAttachmentsChangeable(attachment.plan);
  await db.$transaction(async (tx) => {
    if (attachment.planId) {
      const [locked] = await tx.$queryRaw<
        { status: PlanStatus }[]
      >`SELECT status::text AS status FROM "ActionPlan" WHERE id = ${attachment.planId} FOR UPDATE`;
      if (locked) assertAttachmentsChangeable(locked);
    }
    const { count } = await tx.attachment.deleteMany({ where: { id: attachmentId } });
    if (!count) throw new NotFoundError();
    await recordAudit(tx, actor, { entity: "Attachment", entityId: attachmentId, action: "delete", before: auditFields(attachment) });
  });
  // After the commit: a failure here leaves an unreferenced file, never a row without its file.
  await getFileStorage()
    .delete(attachment.storageKey)
    .catch((error: unknown) => console.error(`Could not delete stored file ${attachment.storageKey}`, error));
}

// The file and what to call it, for a viewer who may read the plan (or report) it belongs to; NotFoundError
// for anyone else, so ids cannot be probed.
export async function openAttachment(viewer: Actor | SessionUser, attachmentId: string) {
  const { attachment, owner, area } = await loadAttachment(attachmentId);
  authorize(viewer, `${area}:read`, owner);
  const bytes = await getFileStorage().get(attachment.storageKey);
  return { ...toDto(attachment), bytes };
}
