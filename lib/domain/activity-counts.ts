// The count indicators computed from the activities register. Each activity is counted once, however many
// organizations co-organized it (the register holds one record per real activity and the count is over
// distinct ids), only once it is HELD, in the year it started, under every task group it serves.
// "UNESCO dossiers supported" counts UNESCO-related activities for now; the nomination pipeline will replace it.
import { isInVietnam, type ActivityKind, type ActivityStatus } from "./activity-kinds";

export const ACTIVITY_COUNT_INDICATORS = [
  "EVENTS_ABROAD",
  "EVENTS_IN_VIETNAM",
  "COUNTRIES_REACHED",
  "DELEGATIONS_RECEIVED",
  "UNESCO_SUPPORTED",
] as const;
export type ActivityCountIndicator = (typeof ACTIVITY_COUNT_INDICATORS)[number];

// Which activities stand behind each number: the same definition filters the drill-down list.
export type ActivityCountFilter = {
  place: "ABROAD" | "VIETNAM" | "ANY";
  kinds?: readonly ActivityKind[];
  excludeKinds?: readonly ActivityKind[];
};

const NOT_EVENTS: readonly ActivityKind[] = ["DELEGATION_VISIT", "ONLINE_CAMPAIGN"];

export const ACTIVITY_COUNT_FILTERS: Record<ActivityCountIndicator, ActivityCountFilter> = {
  EVENTS_ABROAD: { place: "ABROAD", excludeKinds: NOT_EVENTS },
  EVENTS_IN_VIETNAM: { place: "VIETNAM", excludeKinds: NOT_EVENTS },
  COUNTRIES_REACHED: { place: "ABROAD", excludeKinds: ["ONLINE_CAMPAIGN"] },
  DELEGATIONS_RECEIVED: { place: "VIETNAM", kinds: ["DELEGATION_VISIT"] },
  UNESCO_SUPPORTED: { place: "ANY", kinds: ["UNESCO_EVENT"] },
};

export type CountableActivity = {
  id: string;
  status: ActivityStatus;
  kind: ActivityKind;
  countryCode: string;
  startDate: Date;
  taskGroupCodes: readonly string[];
};

export function matchesCountFilter(
  activity: Pick<CountableActivity, "status" | "kind" | "countryCode">,
  filter: ActivityCountFilter,
): boolean {
  if (activity.status !== "HELD") return false;
  if (filter.place === "ABROAD" && isInVietnam(activity)) return false;
  if (filter.place === "VIETNAM" && !isInVietnam(activity)) return false;
  if (filter.kinds && !filter.kinds.includes(activity.kind)) return false;
  if (filter.excludeKinds?.includes(activity.kind)) return false;
  return true;
}

// The key of the "all task groups" cell.
export const ALL_TASK_GROUPS = "ALL";

export type ActivityCounts = Record<ActivityCountIndicator, Map<number, Map<string, number>>>;

// Counts by indicator → year → task group code (and ALL_TASK_GROUPS). Rows may repeat an activity (e.g. one row
// per co-organizer from a join): each id counts once.
export function countActivities(activities: readonly CountableActivity[]): ActivityCounts {
  const unique = new Map<string, CountableActivity>();
  for (const a of activities) if (!unique.has(a.id)) unique.set(a.id, a);
  const result = Object.fromEntries(ACTIVITY_COUNT_INDICATORS.map((k) => [k, new Map()])) as ActivityCounts;
  for (const indicator of ACTIVITY_COUNT_INDICATORS) {
    const filter = ACTIVITY_COUNT_FILTERS[indicator];
    const seen = new Map<number, Map<string, Set<string>>>();
    for (const a of unique.values()) {
      if (!matchesCountFilter(a, filter)) continue;
      const year = a.startDate.getUTCFullYear();
      // Countries reached counts distinct countries, the others distinct activities.
      const unit = indicator === "COUNTRIES_REACHED" ? a.countryCode.toUpperCase() : a.id;
      const byGroup = seen.get(year) ?? new Map<string, Set<string>>();
      for (const group of [ALL_TASK_GROUPS, ...new Set(a.taskGroupCodes)]) {
        const units = byGroup.get(group) ?? new Set<string>();
        units.add(unit);
        byGroup.set(group, units);
      }
      seen.set(year, byGroup);
    }
    for (const [year, byGroup] of seen) {
      result[indicator].set(year, new Map([...byGroup].map(([group, units]) => [group, units.size])));
    }
  }
  return result;
}

export function countFor(
  counts: ActivityCounts,
  indicator: ActivityCountIndicator,
  year: number,
  taskGroup: string = ALL_TASK_GROUPS,
): number {
  return counts[indicator].get(year)?.get(taskGroup) ?? 0;
}
