// The enumerations the portal shares with its database, each declared once. Client-safe (no Prisma import):
// lib/server/prisma-enum-check.ts proves at compile time that every list equals Prisma's generated enum, so a
// value added to prisma/schema.prisma and not here (or the reverse) fails `tsc`. Order is the display order.

// ORG_LEADER (lãnh đạo đơn vị) reviews an officer's draft and authorizes sending it; ORG_EDITOR (the officer) drafts.
export const ROLES = ["ADMIN", "STEERING_COMMITTEE", "ORG_LEADER", "ORG_EDITOR", "ORG_VIEWER"] as const;
export type Role = (typeof ROLES)[number];

export const ORGANIZATION_KINDS = [
  "MINISTRY",
  "MINISTERIAL_AGENCY",
  "PROVINCE",
  "CITY",
  "FORMER_PROVINCE",
  "MOFA_UNIT",
  "REPRESENTATIVE_MISSION",
  "STEERING_COMMITTEE",
  "NATIONAL_BODY",
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const REGIONS = [
  "NORTHERN_MIDLANDS_MOUNTAINS",
  "RED_RIVER_DELTA",
  "NORTH_CENTRAL_COAST",
  "SOUTH_CENTRAL_COAST",
  "CENTRAL_HIGHLANDS",
  "SOUTHEAST",
  "MEKONG_DELTA",
] as const;
export type Region = (typeof REGIONS)[number];

// The plan life cycle (lib/domain/plan-workflow.ts): APPROVED only for the plans of MOFA's own units.
export const PLAN_STATUSES = ["DRAFT", "AWAITING_LEADER", "SENT", "RECORDED", "APPROVED", "COMMENTED", "REVISION"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const TASK_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "COMPLETED", "DELAYED", "CANCELLED"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const FUNDING_SOURCES = ["STATE_BUDGET", "PRIVATE_MOBILISED", "FOREIGN", "MIXED"] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const PERIOD_KINDS = ["MONTHLY", "QUARTERLY", "SEMIANNUAL", "NINE_MONTH", "ANNUAL", "AD_HOC"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const CONFIDENCE_LEVELS = ["CONFIRMED", "PARTIAL", "UNCONFIRMED"] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];
