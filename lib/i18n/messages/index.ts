// Message catalogues, one JSON file per feature area and language, merged here. Every key must exist in both
// languages (tests/unit/i18n-catalogues.test.ts checks it). To add a feature's strings: add vi/<area>.json and
// en/<area>.json and one import line per language below.
import type { Locale } from "../config";
import viCore from "./vi/core.json";
import enCore from "./en/core.json";
import viStrategy from "./vi/strategy.json";
import enStrategy from "./en/strategy.json";
import viIndicators from "./vi/indicators.json";
import enIndicators from "./en/indicators.json";
import viOrganizations from "./vi/organizations.json";
import enOrganizations from "./en/organizations.json";
import viValidation from "./vi/validation.json";
import enValidation from "./en/validation.json";
import viAuth from "./vi/auth.json";
import enAuth from "./en/auth.json";
import viAccount from "./vi/account.json";
import enAccount from "./en/account.json";
import viWorkspace from "./vi/workspace.json";
import enWorkspace from "./en/workspace.json";
import viAdmin from "./vi/admin.json";
import enAdmin from "./en/admin.json";
import viAudit from "./vi/audit.json";
import enAudit from "./en/audit.json";
import viPlans from "./vi/plans.json";
import enPlans from "./en/plans.json";
import viFiles from "./vi/files.json";
import enFiles from "./en/files.json";
import viReportingConfig from "./vi/reporting-config.json";
import enReportingConfig from "./en/reporting-config.json";
import viNotifications from "./vi/notifications.json";
import enNotifications from "./en/notifications.json";
import viReports from "./vi/reports.json";
import enReports from "./en/reports.json";
import viDashboard from "./vi/dashboard.json";
import enDashboard from "./en/dashboard.json";
import viProblems from "./vi/problems.json";
import enProblems from "./en/problems.json";
import viUi from "./vi/ui.json";
import enUi from "./en/ui.json";
import viUnesco from "./vi/unesco.json";
import enUnesco from "./en/unesco.json";
import viWorldMap from "./vi/world-map.json";
import enWorldMap from "./en/world-map.json";
import viTimeline from "./vi/timeline.json";
import enTimeline from "./en/timeline.json";
import viActivities from "./vi/activities.json";
import enActivities from "./en/activities.json";

export const catalogues: Record<Locale, Record<string, unknown>> = {
  vi: {
    ...viCore,
    ...viValidation,
    ...viAuth,
    ...viAccount,
    ...viWorkspace,
    ...viStrategy,
    ...viIndicators,
    ...viOrganizations,
    ...viAdmin,
    ...viAudit,
    ...viPlans,
    ...viFiles,
    ...viReportingConfig,
    ...viNotifications,
    ...viReports,
    ...viDashboard,
    ...viProblems,
    ...viUi,
    ...viUnesco,
    ...viWorldMap,
    ...viTimeline,
    ...viActivities,
  },
  en: {
    ...enCore,
    ...enValidation,
    ...enAuth,
    ...enAccount,
    ...enWorkspace,
    ...enStrategy,
    ...enIndicators,
    ...enOrganizations,
    ...enAdmin,
    ...enAudit,
    ...enPlans,
    ...enFiles,
    ...enReportingConfig,
    ...enNotifications,
    ...enReports,
    ...enDashboard,
    ...enProblems,
    ...enUi,
    ...enUnesco,
    ...enWorldMap,
    ...enTimeline,
    ...enActivities,
  },
};
