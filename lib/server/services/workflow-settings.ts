import "server-only";
import { createHash } from "node:crypto";
import { ConflictError } from "@/lib/domain/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mofaRecipientInputSchema, type MofaRecipient, type MofaRecipientFormValues } from "@/lib/schemas/workflow-settings";
import { recordAudit } from "../audit";
import type { Actor, SessionUser } from "../auth/session";
import { db } from "../db";
import { authorize } from "../guards";
import { MOFA_RECIPIENT_SETTING, readMofaRecipient } from "../queries/workflow-settings";
import { parseInput } from "../validation";

// A fingerprint of the value in effect: the settings form sends back the one it was loaded with (optimistic
// concurrency without a version column on AppSetting).
export function recipientRevision(recipient: MofaRecipient): string {
  return createHash("sha256").update(JSON.stringify(recipient)).digest("hex").slice(0, 32);
}

function toFormValues(recipient: MofaRecipient): MofaRecipientFormValues {
  return {
    nameVi: recipient.nameVi,
    nameEn: recipient.nameEn,
    sourceUrls: recipient.sourceUrls.join("\n"),
    confidence: recipient.confidence,
    revision: recipientRevision(recipient),
  };
}

// The recipient setting as the administrator's form shows it, and whether it is still the portal's default.
export async function getMofaRecipientSetting(viewer: SessionUser): Promise<{ values: MofaRecipientFormValues; isDefault: boolean }> {
  authorize(viewer, "reference:manage");
  const row = await db.appSetting.findUnique({ where: { key: MOFA_RECIPIENT_SETTING } });
  const { recipient, isDefault } = readMofaRecipient(row?.value);
  return { values: toFormValues(recipient), isDefault };
}

// Sets the name of the body at MOFA that plans and reports are sent to. The form carries the fingerprint of the
// value it was loaded with: if the value in effect has changed since, nothing is written (409, with the current
// values). The setting and its audit entry are written together.
export async function updateMofaRecipient(actor: Actor, input: unknown): Promise<{ revision: string }> {
  authorize(actor, "reference:manage");
  const { revision, ...next } = parseInput(mofaRecipientInputSchema, input);
  return db.$transaction(async (tx) => {
    // Serialises concurrent saves of the setting, so that the fingerprint check and the write are one step.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${MOFA_RECIPIENT_SETTING}))`;
    const row = await tx.appSetting.findUnique({ where: { key: MOFA_RECIPIENT_SETTING } });
    const { recipient: before } = readMofaRecipient(row?.value);
    if (recipientRevision(before) !== revision) throw new ConflictError(undefined, toFormValues(before));
    const after: MofaRecipient = next;
    const nextRevision = recipientRevision(after);
    // Saving the value in effect writes nothing: no row, no empty audit entry.
    if (nextRevision === revision) return { revision };
    const value = after as unknown as Prisma.InputJsonValue;
    await tx.appSetting.upsert({
      where: { key: MOFA_RECIPIENT_SETTING },
      create: { key: MOFA_RECIPIENT_SETTING, value },
      update: { value },
    });
    await recordAudit(tx, actor, {
      entity: "AppSetting",
      entityId: MOFA_RECIPIENT_SETTING,
      action: "update",
      before: { ...before, sourceUrls: before.sourceUrls.join(" ") },
      after: { ...after, sourceUrls: after.sourceUrls.join(" ") },
    });
    return { revision: nextRevision };
  });
}
