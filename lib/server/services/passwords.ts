import "server-only";
import { ValidationError } from "@/lib/domain/errors";
import { changePasswordSchema } from "@/lib/schemas/auth";
import { hashPassword, verifyPassword } from "@/lib/security/password";
import { recordAudit } from "../audit";
import { db } from "../db";
import { parseInput } from "../validation";
import type { Actor } from "../auth/session";
import { reservePasswordAttempt } from "./authenticate";

// Changing one's password ends every other session and every API token (sessionVersion moves on); the caller
// re-issues the current session with the new version. The current-password check is a password guess like a
// sign-in: it is counted against the account's lockout (5 failures in 15 minutes lock it), so a stolen
// session cannot be used to find the password.
export async function changeOwnPassword(actor: Actor, input: unknown, now = new Date()): Promise<{ sessionVersion: number }> {
  const { currentPassword, newPassword } = parseInput(changePasswordSchema, input);
  const reservation = await reservePasswordAttempt({ email: actor.user.email.toLowerCase(), userId: actor.user.id, ip: actor.ip, now });
  if (reservation.outcome === "locked") throw new ValidationError({ currentPassword: ["too_many_attempts"] });
  const row = await db.user.findUniqueOrThrow({ where: { id: actor.user.id }, select: { passwordHash: true } });
  if (!row.passwordHash || !(await verifyPassword(row.passwordHash, currentPassword))) {
    throw new ValidationError({ currentPassword: ["wrong_password"] });
  }
  await db.loginAttempt.update({ where: { id: reservation.attemptId }, data: { succeeded: true } });
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
      changes: {
        password: { before: "(hidden)", after: "(changed)" },
        mustChangePassword: { before: actor.user.mustChangePassword, after: false },
      },
    });
    return updated;
  });
}

export async function setOwnLocale(actor: Actor, locale: "vi" | "en"): Promise<void> {
  if (actor.user.locale === locale) return;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.user.id }, data: { locale } });
    await recordAudit(tx, actor, {
      entity: "User",
      entityId: actor.user.id,
      action: "update",
      before: { locale: actor.user.locale },
      after: { locale },
    });
  });
}
