import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import type { PolicyUser } from "@/lib/domain/policy";
import type { Role } from "@/lib/domain/roles";
import { db } from "../db";
import { auth } from "./index";

export type SessionUser = PolicyUser & {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string;
  mustChangePassword: boolean;
  sessionVersion: number;
  organization: { id: string; code: string; nameVi: string; nameEn: string | null; kind: string };
};

// Who is acting, and from where: every service takes one.
export type Actor = { user: SessionUser; ip: string | null; userAgent: string | null; via: "session" | "token" };

// Every organization this one succeeded, transitively (a province reads what its predecessors filed).
export async function predecessorIds(organizationId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE chain(id) AS (
      SELECT id FROM "Organization" WHERE "successorId" = ${organizationId}
      UNION
      SELECT o.id FROM "Organization" o JOIN chain c ON o."successorId" = c.id
    )
    SELECT id FROM chain`;
  return rows.map((r) => r.id);
}

export async function loadSessionUser(userId: string, sessionVersion?: number): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { organization: { select: { id: true, code: true, nameVi: true, nameEn: true, kind: true } } },
  });
  // A deactivated account, or a session issued before a password change or forced sign-out, is no session.
  if (!user || !user.isActive) return null;
  if (sessionVersion !== undefined && sessionVersion !== user.sessionVersion) return null;
  const predecessors = await predecessorIds(user.organizationId);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    isActive: user.isActive,
    mustChangePassword: user.mustChangePassword,
    sessionVersion: user.sessionVersion,
    organizationId: user.organizationId,
    readableOrganizationIds: [user.organizationId, ...predecessors],
    organization: user.organization,
  };
}

// The signed-in user of this request (from the session cookie), or null. Cached per request.
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await auth()) as unknown as { uid?: string; sv?: number } | null;
  if (!session?.uid) return null;
  return loadSessionUser(session.uid, session.sv);
});

export async function requestMeta(): Promise<{ ip: string | null; userAgent: string | null }> {
  const h = await headers();
  return {
    ip: h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? h.get("x-real-ip") ?? null,
    userAgent: h.get("user-agent")?.slice(0, 500) ?? null,
  };
}
