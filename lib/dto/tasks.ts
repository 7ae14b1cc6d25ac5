// What a page receives for one task (lib/server/queries/plans.ts builds it; components render it). Client-safe:
// plain JSON values only, so server and client share this one declaration.
import type { TaskStatus } from "@/lib/domain/enums";

export type TaskDto = {
  id: string;
  code: string;
  titleVi: string;
  titleEn: string | null;
  description: string | null;
  taskGroupCode: string | null;
  objectiveCodes: string[];
  indicatorCodes: string[];
  leadOrganizationCode: string | null;
  leadOrganizationName: string | null;
  leadUnitName: string | null;
  coordinatorCodes: string[];
  // yyyy-MM-dd
  startDate: string | null;
  dueDate: string | null;
  // Decimal as a string (VND amounts exceed Number's safe integers).
  budgetVnd: string | null;
  fundingSource: string | null;
  expectedOutputs: string | null;
  isBreakthrough: boolean;
  breakthroughPhase: string | null;
  status: TaskStatus;
  progress: number;
  version: number;
  // ISO timestamp
  updatedAt: string;
};
