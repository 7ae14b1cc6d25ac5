import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import type { PolicyUser } from "@/lib/domain/policy";
import type { Role } from "@/lib/domain/roles";
import { Prisma } from "@/lib/generated/prisma/client";
import { DATA_VERSION_COLUMNS, dataVersionsOf, type DataVersions } from "../cache/rollup-cache";
import { requestMetaOf } from "../client-address";
import { db } from "../db";
import { SESSION_ABSOLUTE_SECONDS } from "./config";
import { decodeSessionToken, sessionCookieOf, type SessionClaims } from "./session-token";

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

type SessionRow = {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string;
  isActive: boolean;
  mustChangePassword: boolean;
  sessionVersion: number;
  organizationId: string;
  code: string;
  nameVi: string;
  nameEn: string | null;
  kind: string;
  predecessors: string[];
  sessionOpen: boolean | null;
  rateCount: number | null;
  dataVersionAll: bigint | null;
  dataVersionReporting: bigint | null;
};

type SessionCheck = { user: SessionUser | null; rateCount: number | null; versions: DataVersions | null };

// The acting user, checked against the database on every request so that a deactivation, a forced sign-out,
// a password change or a sign-out elsewhere takes effect on the next request on every instance. One indexed
// round trip: the user, the organization, its predecessors and, for a browser session, the server-side
// session row (not ended, not past its absolute lifetime).
async function querySessionUser(
  userId: string,
  sessionVersion: number | undefined,
  sessionId: string | undefined,
  now: Date,
  options: { countFirst?: Prisma.Sql; withDataVersions?: boolean } = {},
): Promise<SessionCheck> {
  const { countFirst, withDataVersions } = options;
  const rows = await db.$queryRaw<SessionRow[]>`
    ${countFirst ? Prisma.sql`WITH ${countFirst}` : Prisma.empty}
    SELECT u."id", u."email", u."name", u."role"::text AS "role", u."locale", u."isActive", u."mustChangePassword",
           u."sessionVersion", u."organizationId", o."code", o."nameVi", o."nameEn", o."kind"::text AS "kind",
           ARRAY(
             WITH RECURSIVE chain(id) AS (
               SELECT p.id FROM "Organization" p WHERE p."successorId" = u."organizationId"
               UNION
               SELECT p.id FROM "Organization" p JOIN chain c ON p."successorId" = c.id
             )
             SELECT id FROM chain
           ) AS "predecessors",
           (SELECT s."endedAt" IS NULL AND s."expiresAt" > ${now}
              FROM "UserSession" s WHERE s."id" = ${sessionId ?? ""} AND s."userId" = u."id") AS "sessionOpen",
           ${countFirst ? Prisma.sql`(SELECT "count" FROM "rateLimit")` : Prisma.sql`NULL::int`} AS "rateCount",
           ${withDataVersions ? DATA_VERSION_COLUMNS : Prisma.sql`NULL::bigint AS "dataVersionAll", NULL::bigint AS "dataVersionReporting"`}
    FROM "User" u JOIN "Organization" o ON o."id" = u."organizationId"
    WHERE u."id" = ${userId}`;
  const row = rows[0];
  const rateCount = row?.rateCount ?? null;
  const versions = row && withDataVersions ? dataVersionsOf(row) : null;
  const refused = { user: null, rateCount, versions };
  // A deactivated account, or a session issued before a password change or forced sign-out, is no session.
  if (!row || !row.isActive) return refused;
  if (sessionVersion !== undefined && sessionVersion !== row.sessionVersion) return refused;
  // A browser session that was signed out, or has reached its absolute lifetime, is no session either.
  if (sessionId !== undefined && row.sessionOpen !== true) return refused;
  const user: SessionUser = {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    locale: row.locale,
    isActive: row.isActive,
    mustChangePassword: row.mustChangePassword,
    sessionVersion: row.sessionVersion,
    organizationId: row.organizationId,
    readableOrganizationIds: [row.organizationId, ...row.predecessors],
    organization: { id: row.organizationId, code: row.code, nameVi: row.nameVi, nameEn: row.nameEn, kind: row.kind },
  };
  return { user, rateCount, versions };
}

// The acting user, checked against the database on every request so that a deactivation, a forced sign-out,
// a password change or a sign-out elsewhere takes effect on the next request on every instance. One indexed
// round trip: the user, the organization, its predecessors and, for a browser session, the server-side
// session row (not ended, not past its absolute lifetime).
export async function loadSessionUser(
  userId: string,
  sessionVersion?: number,
  sessionId?: string,
  now = new Date(),
): Promise<SessionUser | null> {
  return (await querySessionUser(userId, sessionVersion, sessionId, now)).user;
}

// The same check for an API call, which also counts the call against the user's rate limit in the same
// statement (`countFirst` is the "rateLimit" CTE of lib/server/rate-limit.ts), and for a read-only call also
// reads the data versions the roll-up cache checks (`withDataVersions`): one round trip per call.
export async function loadSessionUserCounting(
  claims: SessionClaims,
  options: { countFirst?: Prisma.Sql; withDataVersions?: boolean },
  now = new Date(),
): Promise<SessionCheck> {
  return querySessionUser(claims.uid, claims.sv, claims.sid, now, options);
}

// The claims of this request's session cookie, if it is valid and within its idle and absolute lifetimes.
export async function getSessionClaims(): Promise<SessionClaims | null> {
  const cookie = sessionCookieOf(await cookies());
  return cookie ? decodeSessionToken(cookie.value, cookie.name) : null;
}

// The signed-in user of this request (from the session cookie), or null. Cached per request.
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await getSessionClaims();
  if (!claims) return null;
  return loadSessionUser(claims.uid, claims.sv, claims.sid);
});

// Opens the server-side session of a sign-in; its id travels in the cookie.
export async function openSession(userId: string, now = new Date()): Promise<{ sessionId: string; signedInAt: number }> {
  const row = await db.userSession.create({
    data: { userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_SECONDS * 1000) },
    select: { id: true },
  });
  return { sessionId: row.id, signedInAt: Math.floor(now.getTime() / 1000) };
}

// Signing out ends the session on the server: a copy of the cookie stops working at once. Ended and expired
// rows older than the absolute lifetime are removed on the way.
export async function endSession(sessionId: string, now = new Date()): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now } });
  await db.userSession.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - SESSION_ABSOLUTE_SECONDS * 1000) } } });
}

// Where the request came from, for the audit trail (lib/server/client-address.ts decides for every caller).
export async function requestMeta(): Promise<{ ip: string | null; userAgent: string | null }> {
  return requestMetaOf(await headers());
}
