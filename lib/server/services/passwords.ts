import "server-only";
import { ValidationError } from "@/lib/domain/errors";
import { changePasswordSchema } from "@/lib/schemas/auth";
import { hashPassword, verifyPassword } from "@/lib/security/password";
import { recordAudit } from "../audit";
import { db } from "../db";
import { parseInput } from "../validation";
import type { Actor } from "../auth/session";

// Changing one's password ends every other session (sessionVersion moves on); the caller re-issues the
// current session with the new version.
export async function changeOwnPassword(actor: Actor, input: unknown): Promise<{ sessionVersion: number }> {
  const { currentPassword, newPassword } = parseInput(changePasswordSchema, input);
  const row = await db.user.findUniqueOrThrow({ where: { id: actor.user.id }, select: { passwordHash: true } });
  if (!row.passwordHash || !(await verifyPassword(row.passwordHash, currentPassword))) {
    throw new ValidationError({ currentPassword: ["wrong_password"] });
  }
  if (currentPassword === newPassword) throw new ValidationError({ newPassword: ["same_password"] });
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: actor.user.id },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await recordAudit(tx, actor, {
      entity: "User",
      entityId: actor.user.id,
      action: "change-password",
      changes: { password: { before: "(hidden)", after: "(changed)" }, mustChangePassword: { before: actor.user.mustChangePassword, after: false } },
    });
    return updated;
  });
}

export async function setOwnLocale(actor: Actor, locale: "vi" | "en"): Promise<void> {
  if (actor.user.locale === locale) return;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.user.id }, data: { locale } });
    await recordAudit(tx, actor, { entity: "User", entityId: actor.user.id, action: "update", before: { locale: actor.user.locale }, after: { locale } });
  });
}
