import type { PrismaClient } from "../../lib/generated/prisma/client";

export async function countSeededRows(prisma: PrismaClient) {
  const [strategies, objectives, taskGroups, organizations, indicators, observations, reportTypes, users, plans, tasks, taskUpdates] =
    await Promise.all([
      prisma.strategy.count(),
      prisma.objective.count(),
      prisma.taskGroup.count(),
      prisma.organization.count(),
      prisma.indicator.count(),
      prisma.indicatorObservation.count(),
      prisma.reportType.count(),
      prisma.user.count(),
      prisma.actionPlan.count(),
      prisma.planTask.count(),
      prisma.taskUpdate.count(),
    ]);
  return {
    strategies,
    objectives,
    taskGroups,
    organizations,
    indicators,
    observations,
    reportTypes,
    users,
    plans,
    tasks,
    taskUpdates,
  };
}

export function formatSeedSummary(counts: Awaited<ReturnType<typeof countSeededRows>>): string {
  return Object.entries(counts)
    .map(([name, count]) => `${count} ${name}`)
    .join(", ");
}
