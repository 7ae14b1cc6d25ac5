// The real facts: the Strategy, its objectives and task groups, the organizations, the indicators with their
// sourced observations, and the report types. Safe to run any number of times: rows are keyed by code and a
// second run changes nothing.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { syncUnescoTitleObservations } from "../../lib/server/unesco-titles";
import { buildIndicatorSpecs, seedIndicators } from "./indicators";
import { seedOrganizations } from "./organizations";
import { loadReferenceData } from "./reference-data";
import { seedReportTypes } from "./report-types";
import { seedReportingDefaults, syncReportingPeriods, upgradeReportingCalendar } from "./reporting";
import { seedObjectives, seedStrategy, seedTaskGroups } from "./strategy";
import { seedUnesco } from "./unesco";

export async function seedReference(prisma: PrismaClient): Promise<void> {
  const data = loadReferenceData();
  const indicatorSpecs = buildIndicatorSpecs(data);
  // One transaction: a failure leaves the database as it was, never half-seeded.
  await prisma.$transaction(
    async (tx) => {
      const strategyId = await seedStrategy(tx, data);
      const objectiveIds = await seedObjectives(tx, data, strategyId);
      await seedTaskGroups(tx, data, strategyId, objectiveIds);
      await seedOrganizations(tx, data);
      await seedIndicators(tx, indicatorSpecs, strategyId, objectiveIds);
      await seedReportTypes(tx);
      // Holidays first: the periods' deadlines skip them. Both steps leave administrators' later changes alone.
      await seedReportingDefaults(tx);
      await upgradeReportingCalendar(tx);
      await syncReportingPeriods(tx);
      await seedUnesco(tx);
      // The UNESCO-titles indicators' yearly series come from the dossiers just seeded: one source of truth.
      await syncUnescoTitleObservations(tx);
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}
