import "server-only";
import type { z } from "zod";
import type { organizationListQuerySchema } from "@/lib/schemas/api";
import { NotFoundError } from "@/lib/domain/errors";
import { db } from "../db";
import { authorize } from "../guards";
import type { Actor } from "../auth/session";

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
const num = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());

// The whole directory for API clients (a few hundred rows: no paging needed).
export async function listOrganizationsForApi(actor: Actor, query: z.output<typeof organizationListQuerySchema>) {
  authorize(actor, "organization:read");
  const rows = await db.organization.findMany({
    where: {
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.includeFormer === "false" ? { kind: { not: "FORMER_PROVINCE" }, ...(query.kind ? { kind: query.kind } : {}) } : {}),
    },
    include: { parent: { select: { code: true } }, successor: { select: { code: true } }, predecessors: { select: { code: true } } },
    orderBy: [{ kind: "asc" }, { code: "asc" }],
  });
  return {
    organizations: rows.map((o) => ({
      id: o.id,
      code: o.code,
      kind: o.kind,
      nameVi: o.nameVi,
      nameEn: o.nameEn,
      shortNameVi: o.shortNameVi,
      region: o.region,
      parentCode: o.parent?.code ?? null,
      validFrom: day(o.validFrom),
      validTo: day(o.validTo),
      successorCode: o.successor?.code ?? null,
      predecessorCodes: o.predecessors.map((p) => p.code).sort(),
      sourceUrls: o.sourceUrls,
      confidence: o.confidence,
    })),
    total: rows.length,
  };
}

export async function getStrategyForApi(actor: Actor) {
  authorize(actor, "strategy:read");
  const strategy = await db.strategy.findFirst({
    include: {
      objectives: { include: { taskGroup: true }, orderBy: { sortOrder: "asc" } },
      indicators: {
        include: { objective: { select: { code: true } }, observations: { where: { organizationId: null }, orderBy: { year: "asc" } } },
        orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      },
    },
  });
  if (!strategy) throw new NotFoundError("The strategy has not been loaded yet.");
  return {
    strategy: {
      code: strategy.code,
      number: strategy.number,
      titleVi: strategy.titleVi,
      titleEn: strategy.titleEn,
      issuedDate: day(strategy.issuedDate)!,
      horizonYear: strategy.horizonYear,
      sourceUrls: strategy.sourceUrls,
    },
    objectives: strategy.objectives.map((o) => ({
      code: o.code,
      level: o.level,
      titleVi: o.titleVi,
      titleEn: o.titleEn,
      taskGroup: o.taskGroup
        ? { code: o.taskGroup.code, verbVi: o.taskGroup.verbVi, nameVi: o.taskGroup.nameVi, nameEn: o.taskGroup.nameEn }
        : null,
      sourceUrls: o.sourceUrls,
      confidence: o.confidence,
    })),
    indicators: strategy.indicators.map((i) => ({
      code: i.code,
      nameVi: i.nameVi,
      nameEn: i.nameEn,
      unitVi: i.unitVi,
      unitEn: i.unitEn,
      direction: i.direction,
      aggregation: i.aggregation,
      isReportable: i.isReportable,
      objectiveCode: i.objective?.code ?? null,
      baseline: i.baselineValue === null ? null : { year: i.baselineYear, value: num(i.baselineValue)! },
      target:
        i.targetValue === null
          ? null
          : {
              year: i.targetYear,
              value: num(i.targetValue)!,
              confidence: i.targetConfidence,
              note: i.targetNote,
              sourceUrls: i.targetSourceUrls,
            },
      series: i.observations.map((o) => ({
        year: o.year,
        value: o.value.toNumber(),
        confidence: o.confidence,
        sourceUrls: o.sourceUrls,
        sourceNote: o.sourceNote,
      })),
      sourceUrls: i.sourceUrls,
      confidence: i.confidence,
    })),
  };
}
