// The activities register's maintained lists: kinds, statuses and the place rule. The database enums mirror
// these (prisma/schema.prisma); labels live in the vi/en catalogues under activities.kinds / activities.statuses.

export const ACTIVITY_KINDS = [
  "CULTURE_DAYS_ABROAD",
  "FESTIVAL",
  "EXHIBITION",
  "PERFORMANCE",
  "FILM_WEEK",
  "CUISINE_PROMOTION",
  "SEMINAR_CONFERENCE",
  "DELEGATION_VISIT",
  "UNESCO_EVENT",
  "ONLINE_CAMPAIGN",
  "OTHER",
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_STATUSES = ["PLANNED", "HELD", "CANCELLED"] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

// An activity "in Vietnam" has this country code; any other code is abroad.
export const VIETNAM_COUNTRY_CODE = "VN";

// Organization kinds that may stand for the place of an activity inside Vietnam.
export const PLACE_ORGANIZATION_KINDS = ["PROVINCE", "CITY"] as const;

export function isInVietnam(activity: { countryCode: string }): boolean {
  return activity.countryCode.toUpperCase() === VIETNAM_COUNTRY_CODE;
}
