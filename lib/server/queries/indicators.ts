import "server-only";
import { selectLatestObservation } from "@/lib/domain/indicator-path";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Confidence, IndicatorAggregation, IndicatorDirection, IndicatorMeasure, ObjectiveLevel } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";

// The acting user, for authorization to come; indicators and national figures are public within the portal.
type Viewer = { id: string } | null;

// A national yearly figure. Values are plain numbers (Decimal(20,4) fits a double for these magnitudes);
// calendar dates are ISO `yyyy-mm-dd` strings.
export type ObservationDto = {
  year: number;
  value: number;
  asOfDate: string | null;
  sourceUrls: string[];
  sourceNote: string | null;
  confidence: Confidence;
};

export type IndicatorObjectiveDto = {
  code: string;
  level: ObjectiveLevel;
  sortOrder: number;
  titleVi: string;
  titleEn: string;
};

export type IndicatorSummaryDto = {
  id: string;
  code: string;
  nameVi: string;
  nameEn: string;
  unitVi: string;
  unitEn: string;
  direction: IndicatorDirection;
  measure: IndicatorMeasure;
  // The portal's own definition, compiled from organizations' reports, not a published figure.
  isPortalDefined: boolean;
  aggregation: IndicatorAggregation;
  isReportable: boolean;
  latest: ObservationDto | null;
  targetYear: number | null;
  targetValue: number | null;
  targetConfidence: Confidence | null;
};

export type IndicatorGroupDto = {
  // null: indicators not attached to an objective.
  objective: IndicatorObjectiveDto | null;
  indicators: IndicatorSummaryDto[];
};

export type IndicatorDetailDto = IndicatorSummaryDto & {
  objective: IndicatorObjectiveDto | null;
  baselineYear: number | null;
  baselineValue: number | null;
  targetSourceUrls: string[];
  targetNote: string | null;
  sourceUrls: string[];
  confidence: Confidence;
  // National observations, oldest first.
  observations: ObservationDto[];
};

const nationalObservations = {
  where: { organizationId: null },
  orderBy: { year: "asc" },
} satisfies Prisma.Indicator$observationsArgs;

const objectiveSelect = {
  select: { code: true, level: true, sortOrder: true, titleVi: true, titleEn: true },
} satisfies Prisma.Indicator$objectiveArgs;

type IndicatorRow = Prisma.IndicatorGetPayload<{
  include: { observations: typeof nationalObservations; objective: typeof objectiveSelect };
}>;

function toNumber(value: Prisma.Decimal): number;
function toNumber(value: Prisma.Decimal | null): number | null;
function toNumber(value: Prisma.Decimal | null): number | null {
  return value === null ? null : value.toNumber();
}

function toObservationDto(row: IndicatorRow["observations"][number]): ObservationDto {
  return {
    year: row.year,
    value: toNumber(row.value),
    asOfDate: row.asOfDate ? row.asOfDate.toISOString().slice(0, 10) : null,
    sourceUrls: row.sourceUrls,
    sourceNote: row.sourceNote,
    confidence: row.confidence,
  };
}

function toSummaryDto(row: IndicatorRow, observations: ObservationDto[]): IndicatorSummaryDto {
  return {
    id: row.id,
    code: row.code,
    nameVi: row.nameVi,
    nameEn: row.nameEn,
    unitVi: row.unitVi,
    unitEn: row.unitEn,
    direction: row.direction,
    measure: row.measure,
    isPortalDefined: row.isPortalDefined,
    aggregation: row.aggregation,
    isReportable: row.isReportable,
    latest: selectLatestObservation(observations),
    targetYear: row.targetYear,
    targetValue: toNumber(row.targetValue),
    targetConfidence: row.targetConfidence,
  };
}

// Indicators grouped under their objective (general first, then SO1…SO5), unattached ones last.
export async function listIndicatorsByObjective(_viewer: Viewer): Promise<IndicatorGroupDto[]> {
  const rows = await db.indicator.findMany({
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    include: { observations: nationalObservations, objective: objectiveSelect },
  });
  const groups = new Map<string, IndicatorGroupDto>();
  for (const row of rows) {
    const key = row.objective?.code ?? "";
    let group = groups.get(key);
    if (!group) {
      group = { objective: row.objective, indicators: [] };
      groups.set(key, group);
    }
    group.indicators.push(toSummaryDto(row, row.observations.map(toObservationDto)));
  }
  return [...groups.values()].sort(compareGroups);
}

const levelOrder: Record<ObjectiveLevel, number> = { GENERAL: 0, SPECIFIC: 1 };

function compareGroups(a: IndicatorGroupDto, b: IndicatorGroupDto): number {
  if (!a.objective || !b.objective) return a.objective ? -1 : b.objective ? 1 : 0;
  return (
    levelOrder[a.objective.level] - levelOrder[b.objective.level] ||
    a.objective.sortOrder - b.objective.sortOrder ||
    a.objective.code.localeCompare(b.objective.code)
  );
}

export async function getIndicatorByCode(_viewer: Viewer, code: string): Promise<IndicatorDetailDto | null> {
  const row = await db.indicator.findUnique({
    where: { code },
    include: { observations: nationalObservations, objective: objectiveSelect },
  });
  if (!row) return null;
  const observations = row.observations.map(toObservationDto);
  return {
    ...toSummaryDto(row, observations),
    objective: row.objective,
    baselineYear: row.baselineYear,
    baselineValue: toNumber(row.baselineValue),
    targetSourceUrls: row.targetSourceUrls,
    targetNote: row.targetNote,
    sourceUrls: row.sourceUrls,
    confidence: row.confidence,
    observations,
  };
}
