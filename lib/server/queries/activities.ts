import "server-only";
import { ACTIVITY_COUNT_FILTERS, countActivities, type ActivityCounts } from "@/lib/domain/activity-counts";
import { VIETNAM_COUNTRY_CODE } from "@/lib/domain/activity-kinds";
import { findLikelyDuplicates, type DuplicateProbe } from "@/lib/domain/activity-duplicates";
import { toIsoDate } from "@/lib/domain/dates";
import { NotFoundError } from "@/lib/domain/errors";
import { readableOrganizations } from "@/lib/domain/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { activityListQuerySchema, type ActivityDto, type ActivityListQuery, type ActivitySummaryDto } from "@/lib/schemas/activities";
import type { Actor, SessionUser } from "../auth/session";
import { cachedRollup } from "../cache/rollup-cache";
import { db } from "../db";
import { authorize } from "../guards";
import { parseInput } from "../validation";

type Viewer = Actor | SessionUser;
const userOf = (viewer: Viewer): SessionUser => ("user" in viewer ? viewer.user : viewer);

const orgRef = { select: { id: true, code: true, nameVi: true, nameEn: true } } as const;

const summaryInclude = {
  province: orgRef,
  leadOrganization: orgRef,
  coOrganizers: { select: { organization: orgRef }, orderBy: { joinedAt: "asc" } },
} as const;

type SummaryRow = Prisma.ActivityGetPayload<{ include: typeof summaryInclude }>;

function toSummary(a: SummaryRow): ActivitySummaryDto {
  return {
    id: a.id,
    titleVi: a.titleVi,
    titleEn: a.titleEn,
    kind: a.kind,
    status: a.status,
    startDate: toIsoDate(a.startDate),
    endDate: toIsoDate(a.endDate),
    countryCode: a.countryCode,
    city: a.city,
    province: a.province,
    leadOrganization: a.leadOrganization,
    coOrganizers: a.coOrganizers.map((c) => c.organization),
    isDemo: a.isDemo,
    version: a.version,
  };
}

// The rows a viewer may see: everything for the Steering Committee, administrators and MOFA; otherwise the
// activities its organizations lead or co-organize.
export function visibleActivitiesWhere(viewer: Viewer): Prisma.ActivityWhereInput {
  const organizations = readableOrganizations(userOf(viewer), "activity:read");
  if (!organizations) return {};
  return {
    OR: [{ leadOrganizationId: { in: [...organizations] } }, { coOrganizers: { some: { organizationId: { in: [...organizations] } } } }],
  };
}

const yearRange = (year: number) => ({ gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) });

// The filters of the list page and the API; `indicator` applies the count's own definition (drill-down).
export function activityFilterWhere(query: ActivityListQuery): Prisma.ActivityWhereInput[] {
  const where: Prisma.ActivityWhereInput[] = [];
  if (query.q)
    where.push({
      OR: [
        { titleVi: { contains: query.q, mode: "insensitive" } },
        { titleKey: { contains: query.q.toLowerCase() } },
        { titleEn: { contains: query.q, mode: "insensitive" } },
      ],
    });
  if (query.year) where.push({ startDate: yearRange(query.year) });
  if (query.kind) where.push({ kind: query.kind });
  if (query.status) where.push({ status: query.status });
  if (query.countryCode) where.push({ countryCode: query.countryCode });
  if (query.place === "ABROAD") where.push({ countryCode: { not: VIETNAM_COUNTRY_CODE } });
  if (query.place === "VIETNAM") where.push({ countryCode: VIETNAM_COUNTRY_CODE });
  if (query.organizationId)
    where.push({
      OR: [{ leadOrganizationId: query.organizationId }, { coOrganizers: { some: { organizationId: query.organizationId } } }],
    });
  if (query.taskGroup) where.push({ taskGroups: { some: { code: query.taskGroup.toUpperCase() } } });
  if (query.indicator) {
    const filter = ACTIVITY_COUNT_FILTERS[query.indicator];
    where.push({ status: "HELD" });
    if (filter.place === "ABROAD") where.push({ countryCode: { not: VIETNAM_COUNTRY_CODE } });
    if (filter.place === "VIETNAM") where.push({ countryCode: VIETNAM_COUNTRY_CODE });
    if (filter.kinds) where.push({ kind: { in: [...filter.kinds] } });
    if (filter.excludeKinds) where.push({ kind: { notIn: [...filter.excludeKinds] } });
  }
  return where;
}

export async function listActivities(viewer: Viewer, rawQuery: unknown): Promise<{ activities: ActivitySummaryDto[]; total: number }> {
  authorize(viewer, "activity:read");
  const query = parseInput(activityListQuerySchema, rawQuery);
  const where: Prisma.ActivityWhereInput = { AND: [visibleActivitiesWhere(viewer), ...activityFilterWhere(query)] };
  const [rows, total] = await Promise.all([
    db.activity.findMany({
      where,
      include: summaryInclude,
      orderBy: [{ startDate: "desc" }, { id: "asc" }],
      take: query.limit,
      skip: query.offset,
    }),
    db.activity.count({ where }),
  ]);
  return { activities: rows.map(toSummary), total };
}

const detailInclude = {
  ...summaryInclude,
  partners: { select: { name: true, countryCode: true }, orderBy: { name: "asc" } },
  taskGroups: { select: { code: true }, orderBy: { sortOrder: "asc" } },
  objectives: { select: { code: true }, orderBy: { sortOrder: "asc" } },
  tasks: { select: { id: true, code: true, titleVi: true } },
  evidence: { include: { organization: orgRef }, orderBy: { createdAt: "asc" } },
} as const;

// The activity as a policy resource: its lead and co-organizers.
export function activityResource(a: { leadOrganizationId: string; coOrganizers: readonly { organizationId: string }[] }) {
  return { organizationId: a.leadOrganizationId, coOrganizerIds: a.coOrganizers.map((c) => c.organizationId) };
}

export async function getActivity(viewer: Viewer, id: string): Promise<ActivityDto> {
  const access = await db.activity.findUnique({
    where: { id },
    select: { leadOrganizationId: true, coOrganizers: { select: { organizationId: true } } },
  });
  if (!access) throw new NotFoundError();
  authorize(viewer, "activity:read", activityResource(access));
  const a = await db.activity.findUniqueOrThrow({ where: { id }, include: detailInclude });
  return {
    ...toSummary(a),
    description: a.description,
    partners: a.partners,
    taskGroupCodes: a.taskGroups.map((t) => t.code),
    objectiveCodes: a.objectives.map((o) => o.code),
    tasks: a.tasks,
    participants: a.participants,
    mediaItems: a.mediaItems,
    onlineViews: a.onlineViews,
    budgetVnd: a.budgetVnd === null ? null : a.budgetVnd.toString(),
    fundingSource: a.fundingSource,
    evidence: a.evidence.map((e) => ({
      id: e.id,
      kind: e.kind,
      url: e.url,
      label: e.label,
      fileName: e.fileName,
      sizeBytes: e.sizeBytes,
      organization: e.organization,
      createdAt: e.createdAt.toISOString(),
    })),
    updatedAt: a.updatedAt.toISOString(),
  };
}

// What a co-organizer needs to recognise a likely duplicate (title, dates, place, lead) — shown even when the
// activity is not yet theirs to read, so that they can join it instead of creating a copy.
export type DuplicateProposal = {
  id: string;
  titleVi: string;
  startDate: string;
  endDate: string;
  countryCode: string;
  city: string | null;
  leadOrganization: { id: string; code: string; nameVi: string; nameEn: string | null };
};

export async function findDuplicateProposals(probe: DuplicateProbe, excludeId?: string): Promise<DuplicateProposal[]> {
  // The database narrows to the same country and overlapping dates; the title rule runs on that short list.
  const candidates = await db.activity.findMany({
    where: {
      countryCode: probe.countryCode.toUpperCase(),
      startDate: { lte: probe.endDate },
      endDate: { gte: probe.startDate },
      status: { not: "CANCELLED" },
      ...(excludeId ? { id: { not: excludeId } } : {}),
    },
    select: { id: true, titleVi: true, countryCode: true, startDate: true, endDate: true, city: true, leadOrganization: orgRef },
    take: 500,
  });
  return findLikelyDuplicates(probe, candidates)
    .slice(0, 10)
    .map((c) => ({
      id: c.id,
      titleVi: c.titleVi,
      startDate: toIsoDate(c.startDate),
      endDate: toIsoDate(c.endDate),
      countryCode: c.countryCode,
      city: c.city,
      leadOrganization: c.leadOrganization,
    }));
}

// The count indicators over the whole register (national figures: visible to dashboard readers), each
// activity once. Only HELD rows are read, one small row per activity and task group.
export async function countActivityIndicators(viewer: Viewer, years?: { from: number; to: number }): Promise<ActivityCounts> {
  authorize(viewer, "dashboard:read");
  // From the roll-up cache: the register's tables move the data version like every table the dashboards read.
  return cachedRollup(`activity-counts:${years ? `${years.from}-${years.to}` : "all"}`, () => computeActivityCounts(years));
}

export async function computeActivityCounts(years?: { from: number; to: number }): Promise<ActivityCounts> {
  const rows = await db.activity.findMany({
    where: {
      status: "HELD",
      ...(years ? { startDate: { gte: new Date(Date.UTC(years.from, 0, 1)), lt: new Date(Date.UTC(years.to + 1, 0, 1)) } } : {}),
    },
    select: { id: true, status: true, kind: true, countryCode: true, startDate: true, taskGroups: { select: { code: true } } },
  });
  return countActivities(rows.map((r) => ({ ...r, taskGroupCodes: r.taskGroups.map((t) => t.code) })));
}

// The activities a report's organization held in the period, as lead or co-organizer: the report's annex.
export async function listActivitiesHeldBy(organizationId: string, period: { start: Date; end: Date }): Promise<ActivitySummaryDto[]> {
  const rows = await db.activity.findMany({
    where: {
      status: "HELD",
      startDate: { lte: period.end },
      endDate: { gte: period.start },
      OR: [{ leadOrganizationId: organizationId }, { coOrganizers: { some: { organizationId } } }],
    },
    include: summaryInclude,
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    take: 500,
  });
  return rows.map(toSummary);
}
