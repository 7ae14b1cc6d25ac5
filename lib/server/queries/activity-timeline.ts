import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readableOrganizations } from "@/lib/domain/policy";
import type { Actor, SessionUser } from "../auth/session";
import { db } from "../db";
import { authorize } from "../guards";

export const TIMELINE_DAYS = 90;
const day = (d: Date) => d.toISOString().slice(0, 10);

export type TimelineActivity = {
  id: string;
  titleVi: string;
  titleEn: string | null;
  kind: string;
  status: string;
  startDate: string;
  endDate: string;
  countryCode: string;
  city: string | null;
  lead: { id: string; code: string; nameVi: string; nameEn: string | null };
  updatedAt: Date;
};

// The caller's visible activities in a date window (by overlap), optionally one organization's (lead or
// co-organizer). Used by the timeline and the calendar feeds.
export async function listActivitiesBetween(
  viewer: Actor | SessionUser,
  window: { from: Date; to: Date },
  options: { organizationId?: string | null; includeCancelled?: boolean; take?: number } = {},
): Promise<TimelineActivity[]> {
  authorize(viewer, "activity:read");
  const user = "user" in viewer ? viewer.user : viewer;
  const scope = readableOrganizations(user, "activity:read");
  const byOrganization = (ids: readonly string[]): Prisma.ActivityWhereInput => ({
    OR: [{ leadOrganizationId: { in: [...ids] } }, { coOrganizers: { some: { organizationId: { in: [...ids] } } } }],
  });
  const rows = await db.activity.findMany({
    where: {
      AND: [
        scope ? byOrganization(scope) : {},
        options.organizationId ? byOrganization([options.organizationId]) : {},
        { startDate: { lte: window.to }, endDate: { gte: window.from } },
        options.includeCancelled ? {} : { status: { not: "CANCELLED" } },
      ],
    },
    select: {
      id: true,
      titleVi: true,
      titleEn: true,
      kind: true,
      status: true,
      startDate: true,
      endDate: true,
      countryCode: true,
      city: true,
      updatedAt: true,
      leadOrganization: { select: { id: true, code: true, nameVi: true, nameEn: true } },
    },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    take: options.take ?? 2000,
  });
  return rows.map((r) => ({ ...r, startDate: day(r.startDate), endDate: day(r.endDate), lead: r.leadOrganization }));
}

export async function listUpcomingActivities(viewer: Actor | SessionUser, now: Date): Promise<TimelineActivity[]> {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const to = new Date(from.getTime() + TIMELINE_DAYS * 86_400_000);
  return listActivitiesBetween(viewer, { from, to });
}
