import "server-only";
import {
  ACTIVITY_COUNT_FILTERS,
  ACTIVITY_COUNT_INDICATORS,
  ALL_TASK_GROUPS,
  type ActivityCountIndicator,
  type ActivityCounts,
} from "@/lib/domain/activity-counts";
import { VIETNAM_COUNTRY_CODE } from "@/lib/domain/activity-kinds";
import { findLikelyDuplicates, type DuplicateCandidate, type DuplicateProbe } from "@/lib/domain/activity-duplicates";
import { toIsoDate } from "@/lib/domain/dates";
import { NotFoundError } from "@/lib/domain/errors";
import { readableOrganizations } from "@/lib/domain/policy";
import { Prisma } from "@/lib/generated/prisma/client";
import { activityListQuerySchema, type ActivityDto, type ActivityListQuery, type ActivitySummaryDto } from "@/lib/schemas/activities";
import type { Actor, SessionUser } from "../auth/session";
import { cachedRollup } from "../cache/rollup-cache";
import { db } from "../db";
import { authorize } from "../guards";
import { parseInput } from "../validation";

const sql = Prisma.sql;

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
  return findLikelyDuplicates(probe, candidates).slice(0, 10).map(toProposal);
}

function toProposal(
  c: DuplicateCandidate & { city: string | null; leadOrganization: DuplicateProposal["leadOrganization"] },
): DuplicateProposal {
  return {
    id: c.id,
    titleVi: c.titleVi,
    startDate: toIsoDate(c.startDate),
    endDate: toIsoDate(c.endDate),
    countryCode: c.countryCode,
    city: c.city,
    leadOrganization: c.leadOrganization,
  };
}

// For many probes at once (a spreadsheet import): the most likely existing duplicate of each, or undefined.
// One query per country over the probes' date span; the title rule then runs in memory.
export async function findLikelyDuplicateProposals(probes: readonly DuplicateProbe[]): Promise<(DuplicateProposal | undefined)[]> {
  const byCountry = new Map<string, DuplicateProbe[]>();
  for (const p of probes) byCountry.set(p.countryCode.toUpperCase(), [...(byCountry.get(p.countryCode.toUpperCase()) ?? []), p]);
  const candidates = new Map<string, Awaited<ReturnType<typeof loadCandidates>>>();
  async function loadCandidates(countryCode: string, list: DuplicateProbe[]) {
    const start = new Date(Math.min(...list.map((p) => p.startDate.getTime())));
    const end = new Date(Math.max(...list.map((p) => p.endDate.getTime())));
    return db.activity.findMany({
      where: { countryCode, startDate: { lte: end }, endDate: { gte: start }, status: { not: "CANCELLED" } },
      select: { id: true, titleVi: true, countryCode: true, startDate: true, endDate: true, city: true, leadOrganization: orgRef },
      take: 20_000,
    });
  }
  for (const [countryCode, list] of byCountry) candidates.set(countryCode, await loadCandidates(countryCode, list));
  return probes.map((p) => {
    const [best] = findLikelyDuplicates(p, candidates.get(p.countryCode.toUpperCase()) ?? []);
    return best ? toProposal(best) : undefined;
  });
}

// The count indicators over the whole register (national figures: visible to dashboard readers), each
// activity once. Only HELD rows are read, one small row per activity and task group.
export async function countActivityIndicators(viewer: Viewer, years?: { from: number; to: number }): Promise<ActivityCounts> {
  authorize(viewer, "dashboard:read");
  // From the roll-up cache: the register's tables move the data version like every table the dashboards read.
  return cachedRollup(`activity-counts:${years ? `${years.from}-${years.to}` : "all"}`, () => computeActivityCounts(years));
}

// The counting itself runs in PostgreSQL (the register grows to hundreds of thousands of rows): distinct
// activities (or countries) per year and task group, under the filters of lib/domain/activity-counts.ts, whose
// pure `countActivities` is the reference the integration test compares this with.
function countFilterSql(indicator: ActivityCountIndicator): Prisma.Sql {
  const filter = ACTIVITY_COUNT_FILTERS[indicator];
  const parts: Prisma.Sql[] = [sql`TRUE`];
  if (filter.place === "ABROAD") parts.push(sql`country <> ${VIETNAM_COUNTRY_CODE}`);
  if (filter.place === "VIETNAM") parts.push(sql`country = ${VIETNAM_COUNTRY_CODE}`);
  if (filter.kinds) parts.push(sql`kind IN (${Prisma.join(filter.kinds)})`);
  if (filter.excludeKinds) parts.push(sql`kind NOT IN (${Prisma.join(filter.excludeKinds)})`);
  return Prisma.join(parts, " AND ");
}

export async function computeActivityCounts(years?: { from: number; to: number }): Promise<ActivityCounts> {
  const inYears = years
    ? sql`AND a."startDate" >= ${new Date(Date.UTC(years.from, 0, 1))} AND a."startDate" < ${new Date(Date.UTC(years.to + 1, 0, 1))}`
    : sql``;
  const columns = ACTIVITY_COUNT_INDICATORS.map((indicator) =>
    indicator === "COUNTRIES_REACHED"
      ? sql`COUNT(DISTINCT country) FILTER (WHERE ${countFilterSql(indicator)})::int`
      : sql`COUNT(DISTINCT id) FILTER (WHERE ${countFilterSql(indicator)})::int`,
  );
  const rows = await db.$queryRaw<{ year: number; task_group: string; counts: number[] }[]>`
    WITH held AS (
      SELECT a.id, a.kind::text AS kind, upper(a."countryCode") AS country, EXTRACT(YEAR FROM a."startDate")::int AS year
        FROM "Activity" a
       WHERE a.status = 'HELD' ${inYears}
    ), grouped AS (
      SELECT id, kind, country, year, ${ALL_TASK_GROUPS}::text AS task_group FROM held
      UNION
      SELECT h.id, h.kind, h.country, h.year, tg.code
        FROM held h
        JOIN "_ActivityTaskGroups" link ON link."A" = h.id
        JOIN "TaskGroup" tg ON tg.id = link."B"
    )
    SELECT year, task_group, ARRAY[${Prisma.join(columns)}] AS counts
      FROM grouped
     GROUP BY year, task_group`;
  const result = Object.fromEntries(ACTIVITY_COUNT_INDICATORS.map((indicator) => [indicator, new Map()])) as ActivityCounts;
  for (const row of rows) {
    ACTIVITY_COUNT_INDICATORS.forEach((indicator, i) => {
      const count = row.counts[i] ?? 0;
      if (count === 0) return;
      const byGroup = result[indicator].get(row.year) ?? new Map<string, number>();
      byGroup.set(row.task_group, count);
      result[indicator].set(row.year, byGroup);
    });
  }
  return result;
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

// Activities by id, in date order (a report's confirmed annex; its readers were authorized on the report).
export async function listActivitiesByIds(ids: readonly string[]): Promise<ActivitySummaryDto[]> {
  if (!ids.length) return [];
  const rows = await db.activity.findMany({
    where: { id: { in: [...ids] } },
    include: summaryInclude,
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
  });
  return rows.map(toSummary);
}
