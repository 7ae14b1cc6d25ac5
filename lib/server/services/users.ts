import "server-only";
import { randomInt } from "node:crypto";
import { NotFoundError, ValidationError } from "@/lib/domain/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { createUserSchema, updateUserSchema } from "@/lib/schemas/users";
import { hashPassword } from "@/lib/security/password";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/session";
import { db } from "../db";
import { authorize } from "../guards";
import { parseInput } from "../validation";
import { textOf } from "@/lib/domain/text-of";

type Tx = Prisma.TransactionClient;

// No look-alike characters (0/O, 1/l/I): the password is read off a screen and typed or dictated once.
const PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

// A temporary password from the operating system's CSPRNG (randomInt is unbiased), with at least one letter
// and one digit so that it also satisfies the password policy of lib/schemas/auth.ts.
export function generateTemporaryPassword(length = 16): string {
  for (;;) {
    let password = "";
    for (let index = 0; index < length; index += 1) password += PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)];
    if (/[A-Za-z]/.test(password) && /\d/.test(password)) return password;
  }
}

function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2002";
  const text = error instanceof Error ? `${error.message} ${textOf((error as { cause?: unknown }).cause)}` : "";
  return /23505|unique constraint/i.test(text);
}

// What the audit trail records about an account: never the password hash.
type UserSnapshot = {
  name: string;
  email: string;
  role: string;
  organizationId: string;
  organizationCode: string;
  isActive: boolean;
  mustChangePassword: boolean;
  sessionVersion: number;
};

async function loadUser(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, include: { organization: { select: { code: true } } } });
  if (!user) throw new NotFoundError();
  return user;
}

function snapshotOf(user: Awaited<ReturnType<typeof loadUser>>): UserSnapshot {
  return {
    name: user.name,
    email: user.email,
    role: user.role,
    organizationId: user.organizationId,
    organizationCode: user.organization.code,
    isActive: user.isActive,
    mustChangePassword: user.mustChangePassword,
    sessionVersion: user.sessionVersion,
  };
}

// Accounts may only be attached to an active organization (a former province cannot get new users).
async function requireActiveOrganization(tx: Tx, organizationId: string, currentOrganizationId?: string) {
  const organization = await tx.organization.findUnique({
    where: { id: organizationId },
    select: { id: true, code: true, isActive: true },
  });
  if (!organization) throw new ValidationError({ organizationId: ["unknown_organization"] });
  if (!organization.isActive && organization.id !== currentOrganizationId) {
    throw new ValidationError({ organizationId: ["organization_inactive"] });
  }
  return organization;
}

// The same exact, lower-cased comparison as the sign-in lookup and the unique index on lower(email) (never
// ILIKE, where `_` matches any character and would call a free address taken).
async function assertEmailFree(tx: Tx, email: string) {
  const existing = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "User" WHERE lower("email") = lower(${email}) LIMIT 1`;
  if (existing.length > 0) throw new ValidationError({ email: ["email_taken"] });
}

// Creates an account with a temporary password that is returned once (only its argon2id hash is stored) and
// must be changed at the first sign-in.
export async function createUser(actor: Actor, input: unknown): Promise<{ id: string; temporaryPassword: string }> {
  authorize(actor, "user:manage");
  const data = parseInput(createUserSchema, input);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  try {
    return await db.$transaction(async (tx) => {
      await requireActiveOrganization(tx, data.organizationId);
      await assertEmailFree(tx, data.email);
      const created = await tx.user.create({
        data: { ...data, passwordHash, mustChangePassword: true },
        select: { id: true },
      });
      const user = await loadUser(tx, created.id);
      await recordAudit(tx, actor, { entity: "User", entityId: user.id, action: "create", before: null, after: snapshotOf(user) });
      return { id: user.id, temporaryPassword };
    });
  } catch (error) {
    // Two administrators creating the same address at once: the unique index on lower(email) decides.
    if (isUniqueViolation(error)) throw new ValidationError({ email: ["email_taken"] });
    throw error;
  }
}

export async function updateUser(actor: Actor, userId: string, input: unknown): Promise<void> {
  authorize(actor, "user:manage");
  const data = parseInput(updateUserSchema, input);
  await db.$transaction(async (tx) => {
    const user = await loadUser(tx, userId);
    // An administrator cannot demote themself: there is always at least the acting administrator left.
    if (user.id === actor.user.id && data.role !== user.role) throw new ValidationError({ role: ["cannot_change_own_role"] });
    if (data.organizationId !== user.organizationId) await requireActiveOrganization(tx, data.organizationId, user.organizationId);
    const before = snapshotOf(user);
    await tx.user.update({ where: { id: userId }, data });
    const after = snapshotOf(await loadUser(tx, userId));
    await recordAudit(tx, actor, { entity: "User", entityId: userId, action: "update", before, after });
  });
}

// A deactivated account cannot sign in and its sessions and API tokens stop working (loadSessionUser refuses
// inactive accounts); the session version also moves on, so a later reactivation does not revive old sessions.
export async function deactivateUser(actor: Actor, userId: string): Promise<void> {
  authorize(actor, "user:manage");
  if (userId === actor.user.id) throw new ValidationError({ _form: ["cannot_deactivate_self"] });
  await db.$transaction(async (tx) => {
    const user = await loadUser(tx, userId);
    if (!user.isActive) return;
    const before = snapshotOf(user);
    await tx.user.update({ where: { id: userId }, data: { isActive: false, sessionVersion: { increment: 1 } } });
    const after = snapshotOf(await loadUser(tx, userId));
    await recordAudit(tx, actor, { entity: "User", entityId: userId, action: "deactivate", before, after });
  });
}

export async function reactivateUser(actor: Actor, userId: string): Promise<void> {
  authorize(actor, "user:manage");
  await db.$transaction(async (tx) => {
    const user = await loadUser(tx, userId);
    if (user.isActive) return;
    const before = snapshotOf(user);
    await tx.user.update({ where: { id: userId }, data: { isActive: true } });
    const after = snapshotOf(await loadUser(tx, userId));
    await recordAudit(tx, actor, { entity: "User", entityId: userId, action: "reactivate", before, after });
  });
}

// A new temporary password (returned once), to be changed at the next sign-in; every existing session ends.
export async function resetUserPassword(actor: Actor, userId: string): Promise<{ temporaryPassword: string }> {
  authorize(actor, "user:manage");
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await db.$transaction(async (tx) => {
    const user = await loadUser(tx, userId);
    const before = snapshotOf(user);
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
    });
    const after = snapshotOf(await loadUser(tx, userId));
    await recordAudit(tx, actor, { entity: "User", entityId: userId, action: "reset-password", before, after });
  });
  return { temporaryPassword };
}

// Ends every session of the account (sessions carry the session version they were issued with).
export async function forceSignOut(actor: Actor, userId: string): Promise<void> {
  authorize(actor, "user:manage");
  await db.$transaction(async (tx) => {
    const user = await loadUser(tx, userId);
    const before = snapshotOf(user);
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    const after = snapshotOf(await loadUser(tx, userId));
    await recordAudit(tx, actor, { entity: "User", entityId: userId, action: "force-sign-out", before, after });
  });
}
