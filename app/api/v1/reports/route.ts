import { reportListQuerySchema, reportOpenSchema } from "@/lib/schemas/reports";
import { apiRoute, jsonCreated, readJson } from "@/lib/server/http/api";
import { db } from "@/lib/server/db";
import { getReportDetail, listReports } from "@/lib/server/queries/reports";
import { openReport } from "@/lib/server/services/reports";
import { parseInput } from "@/lib/server/validation";

// ?period=<period id>&organization=<organization code or id>&status=…
export const GET = apiRoute(async ({ request, actor }) => {
  const query = parseInput(reportListQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  const organization = query.organization
    ? await db.organization.findFirst({ where: { OR: [{ id: query.organization }, { code: query.organization }] }, select: { id: true } })
    : null;
  if (query.organization && !organization) return { reports: [] };
  return { reports: await listReports(actor, { periodId: query.period, organizationId: organization?.id, status: query.status }) };
});

// Opens (creating if needed) the caller's organization's report for a period, prefilled from its approved plans.
export const POST = apiRoute(async ({ request, actor }) => {
  const { periodId } = parseInput(reportOpenSchema, await readJson(request));
  const { id, created } = await openReport(actor, periodId);
  const detail = await getReportDetail(actor, id);
  return created ? jsonCreated(detail, `/api/v1/reports/${id}`) : detail;
});
