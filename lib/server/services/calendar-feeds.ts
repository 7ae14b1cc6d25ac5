import "server-only";
import { randomBytes } from "node:crypto";
import { NotFoundError, ValidationError } from "@/lib/domain/errors";
import { renderCalendar, type CalendarEvent } from "@/lib/domain/icalendar";
import { can } from "@/lib/domain/policy";
import { recordAudit } from "../audit";
import { loadSessionUser, type Actor, type SessionUser } from "../auth/session";
import { db } from "../db";
import { authorize } from "../guards";
import { listActivitiesBetween } from "../queries/activity-timeline";
import { hashToken } from "./api-tokens";

export const FEED_PREFIX = "ngvhcal_";

// A subscription URL for the portal's activities (organizationId null) or one organization's. The secret is
// shown once; the feed carries exactly what its owner may read, and stops when it is revoked or the owner leaves.
export async function createCalendarFeed(actor: Actor, organizationId: string | null): Promise<{ id: string; token: string }> {
  authorize(actor, "activity:read");
  if (
    organizationId !== null &&
    (organizationId.length > 64 || !(await db.organization.findUnique({ where: { id: organizationId }, select: { id: true } })))
  ) {
    throw new ValidationError({ organizationId: ["invalid_value"] });
  }
  const token = `${FEED_PREFIX}${randomBytes(24).toString("base64url")}`;
  return db.$transaction(async (tx) => {
    const row = await tx.calendarFeed.create({
      data: {
        userId: actor.user.id,
        organizationId,
        prefix: token.slice(0, FEED_PREFIX.length + 6),
        tokenHash: hashToken(token),
        sessionVersion: actor.user.sessionVersion,
      },
    });
    await recordAudit(tx, actor, {
      entity: "CalendarFeed",
      entityId: row.id,
      action: "create",
      after: { organizationId, prefix: row.prefix },
    });
    return { id: row.id, token };
  });
}

export async function listOwnCalendarFeeds(viewer: Actor | SessionUser) {
  const user = "user" in viewer ? viewer.user : viewer;
  return db.calendarFeed.findMany({
    where: { userId: user.id, revokedAt: null },
    select: { id: true, prefix: true, createdAt: true, lastUsedAt: true, organization: { select: { nameVi: true, nameEn: true } } },
    orderBy: { createdAt: "desc" },
  });
}

export async function revokeCalendarFeed(actor: Actor, feedId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const feed = await tx.calendarFeed.findUnique({ where: { id: feedId.slice(0, 64) } });
    if (!feed || feed.userId !== actor.user.id) throw new NotFoundError();
    if (feed.revokedAt) return;
    const revokedAt = new Date();
    await tx.calendarFeed.update({ where: { id: feed.id }, data: { revokedAt } });
    await recordAudit(tx, actor, {
      entity: "CalendarFeed",
      entityId: feed.id,
      action: "revoke",
      before: { revokedAt: null },
      after: { revokedAt },
    });
  });
}

const STATUS: Record<string, CalendarEvent["status"]> = { PLANNED: "TENTATIVE", HELD: "CONFIRMED", CANCELLED: "CANCELLED" };

// The feed's .ics text, or null for an unknown or revoked token or an owner who may no longer read activities.
// Window: one year back to two years ahead (calendar clients keep what they fetched before).
export async function renderCalendarFeed(token: string, now: Date, baseUrl: string): Promise<string | null> {
  if (!token.startsWith(FEED_PREFIX) || token.length > 100) return null;
  const feed = await db.calendarFeed.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { organization: { select: { nameVi: true } } },
  });
  if (!feed || feed.revokedAt) return null;
  // Like a personal API token: a password change or reset, a forced sign-out or a deactivation ends the feed,
  // and none works while the owner must change the password.
  const owner = await loadSessionUser(feed.userId, feed.sessionVersion);
  if (!owner || owner.mustChangePassword || !can(owner, "activity:read")) return null;
  if (!feed.lastUsedAt || now.getTime() - feed.lastUsedAt.getTime() > 60_000)
    await db.calendarFeed.update({ where: { id: feed.id }, data: { lastUsedAt: now } });
  const year = now.getUTCFullYear();
  const activities = await listActivitiesBetween(
    owner,
    { from: new Date(Date.UTC(year - 1, 0, 1)), to: new Date(Date.UTC(year + 2, 11, 31)) },
    { organizationId: feed.organizationId, includeCancelled: true },
  );
  const events: CalendarEvent[] = activities.map((a) => ({
    uid: `${a.id}@ngvh2030`,
    summary: a.titleVi,
    description: [a.titleEn, a.lead.nameVi].filter(Boolean).join("\n"),
    location: [a.city, a.countryCode].filter(Boolean).join(", "),
    url: `${baseUrl}/activities/${a.id}`,
    startDate: a.startDate,
    endDate: a.endDate,
    status: STATUS[a.status],
    lastModified: a.updatedAt,
  }));
  const name = feed.organization ? `NGVH 2030 – ${feed.organization.nameVi}` : "NGVH 2030";
  return renderCalendar({ name, events, now });
}
