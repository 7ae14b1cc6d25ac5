import "server-only";
import type { Confidence, ObjectiveLevel } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";

// The acting user, for authorization to come; the strategy is public reference data within the portal.
type Viewer = { id: string } | null;

function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export type TaskGroupDto = {
  code: string;
  sortOrder: number;
  verbVi: string;
  nameVi: string;
  nameEn: string;
  sourceUrls: string[];
};

export type ObjectiveDto = {
  id: string;
  code: string;
  level: ObjectiveLevel;
  sortOrder: number;
  titleVi: string;
  titleEn: string;
  sourceUrls: string[];
  confidence: Confidence;
  taskGroup: TaskGroupDto | null;
  indicatorCount: number;
};

// Calendar dates are ISO `yyyy-mm-dd` strings (serializable; formatDate renders them dd/MM/yyyy).
export type StrategyDto = {
  id: string;
  code: string;
  number: string;
  titleVi: string;
  titleEn: string;
  issuedDate: string;
  effectiveDate: string;
  issuerVi: string;
  signer: string | null;
  horizonYear: number;
  sourceUrls: string[];
  confidence: Confidence;
  objectives: ObjectiveDto[];
};

// The portal tracks one strategy; if a successor is ever loaded, the most recently issued one is shown.
export async function getStrategy(_viewer: Viewer): Promise<StrategyDto | null> {
  const strategy = await db.strategy.findFirst({
    orderBy: { issuedDate: "desc" },
    include: {
      objectives: {
        orderBy: [{ level: "asc" }, { sortOrder: "asc" }, { code: "asc" }],
        include: { taskGroup: true, _count: { select: { indicators: true } } },
      },
    },
  });
  if (!strategy) return null;
  return {
    id: strategy.id,
    code: strategy.code,
    number: strategy.number,
    titleVi: strategy.titleVi,
    titleEn: strategy.titleEn,
    issuedDate: toIsoDate(strategy.issuedDate),
    effectiveDate: toIsoDate(strategy.effectiveDate),
    issuerVi: strategy.issuerVi,
    signer: strategy.signer,
    horizonYear: strategy.horizonYear,
    sourceUrls: strategy.sourceUrls,
    confidence: strategy.confidence,
    objectives: strategy.objectives.map((objective) => ({
      id: objective.id,
      code: objective.code,
      level: objective.level,
      sortOrder: objective.sortOrder,
      titleVi: objective.titleVi,
      titleEn: objective.titleEn,
      sourceUrls: objective.sourceUrls,
      confidence: objective.confidence,
      taskGroup: objective.taskGroup
        ? {
            code: objective.taskGroup.code,
            sortOrder: objective.taskGroup.sortOrder,
            verbVi: objective.taskGroup.verbVi,
            nameVi: objective.taskGroup.nameVi,
            nameEn: objective.taskGroup.nameEn,
            sourceUrls: objective.taskGroup.sourceUrls,
          }
        : null,
      indicatorCount: objective._count.indicators,
    })),
  };
}
