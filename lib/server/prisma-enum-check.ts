// Compile-time proof that the client-safe enumerations of lib/domain/enums.ts equal Prisma's generated enums.
// Nothing runs here: if a value is added to prisma/schema.prisma and not to lib/domain/enums.ts (or the reverse),
// `tsc --noEmit` (the types tier) fails on the line of that enumeration.
import type * as domain from "@/lib/domain/enums";
import type * as prisma from "@/lib/generated/prisma/enums";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

export type PrismaEnumsMatchDomain = [
  Assert<Same<domain.Role, prisma.Role>>,
  Assert<Same<domain.OrganizationKind, prisma.OrganizationKind>>,
  Assert<Same<domain.Region, prisma.Region>>,
  Assert<Same<domain.PlanStatus, prisma.PlanStatus>>,
  Assert<Same<domain.TaskStatus, prisma.TaskStatus>>,
  Assert<Same<domain.FundingSource, prisma.FundingSource>>,
  Assert<Same<domain.PeriodKind, prisma.PeriodKind>>,
  Assert<Same<domain.Confidence, prisma.Confidence>>,
];
