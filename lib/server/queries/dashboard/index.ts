// The Steering Committee's roll-ups, one module per widget (see ./scope.ts for the rules every roll-up
// shares). Every count, share and average is aggregated by PostgreSQL (tagged `$queryRaw` templates: every
// value is a bound parameter; the only SQL chosen from input is a fixed fragment picked from a whitelist,
// e.g. the scorecards' ORDER BY); only the indicator progress status is computed in JavaScript, by the pure
// rules of lib/domain/dashboard-summary.ts. Each function authorizes the viewer before it asks.
export { getHeadlineIndicators } from "./indicators";
export { getTaskCompletion } from "./task-completion";
export { listOverdueTasks } from "./overdue";
export { getBreakthroughs } from "./breakthroughs";
export { getPlanCoverage } from "./plan-coverage";
export { getReportingCompliance, listDashboardPeriods } from "./reporting-compliance";
export { getDashboardSummary, getDashboardSummaryJson, getDeliveryOutcomeFlags } from "./summary";
export { getOrganizationScorecard, listAllScorecards, listProvinceScorecards, listScorecards } from "./scorecards";
export { getObjectiveDetail } from "./objective-detail";
