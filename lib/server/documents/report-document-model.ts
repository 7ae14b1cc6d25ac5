import "server-only";
import { getTranslations } from "next-intl/server";
import { administrativeDateParts, documentNumberLine, issuerName, issuingBodyLines, paragraphsOf, placeName, romanNumeral } from "@/lib/domain/report-document";
import { REPORT_SECTIONS } from "@/lib/domain/report-rules";
import { periodLabel } from "@/lib/domain/reporting-calendar";
import { TASK_STATUS_LABELS } from "@/lib/domain/spreadsheet-columns";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { authorize } from "../guards";
import type { ReportDetail } from "../queries/reports";

// Everything the .docx and the PDF print, already in words: both builders lay out the same model, so the two
// files always say the same thing. The document is an administrative text in Vietnamese whatever the interface
// language (Decree 30/2020/NĐ-CP layout; the report's own text is Vietnamese).
export type ReportDocumentModel = {
  metaTitle: string;
  author: string;
  draftMark: string | null;
  issuingBody: string[];
  numberLine: string;
  nationalTitle: string;
  motto: string;
  dateLine: string;
  kind: string;
  subject: string;
  basis: string;
  sections: { heading: string; paragraphs: string[] }[];
  tasks: {
    title: string;
    empty: string;
    columns: { index: string; task: string; status: string; progress: string; result: string; evidence: string };
    rows: { index: string; task: string; status: string; progress: string; result: string; evidence: string }[];
  };
  indicators: {
    title: string;
    empty: string;
    columns: { index: string; indicator: string; unit: string; value: string; note: string };
    rows: { index: string; indicator: string; unit: string; value: string; note: string }[];
  };
  recipientsLabel: string;
  recipients: string[];
  signatureTitle: string;
  signatureHint: string;
  pageLabel: string; // "{page}/{total}" placeholders
  // Which body issues a province's reports (Organization.reportIssuer): the People's Committee, or its foreign
  // affairs department (UBND tỉnh / SỞ NGOẠI VỤ, symbol BC-SNgV); null for other organizations.
  reportIssuer: "PEOPLES_COMMITTEE" | "FOREIGN_AFFAIRS_DEPARTMENT" | null;
};

// The issuer's kind and code (public directory facts) decide the issuing-body lines and the symbol.
async function loadIssuer(viewer: SessionUser, organizationId: string) {
  authorize(viewer, "organization:read");
  return db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { kind: true, code: true, nameVi: true, reportIssuer: true } });
}

export async function buildReportDocumentModel(viewer: SessionUser, detail: ReportDetail, now = new Date()): Promise<ReportDocumentModel> {
  const { report } = detail;
  const [t, issuer] = await Promise.all([getTranslations({ locale: "vi", namespace: "reports" }), loadIssuer(viewer, report.organization.id)]);
  const period = periodLabel(report.period, "vi");
  // A submitted report carries the date it was (last) sent; a draft the day it is printed.
  const date = administrativeDateParts(report.submittedAt ? new Date(report.submittedAt) : now);
  const isDraft = report.status === "DRAFT" || report.status === "RETURNED";
  return {
    metaTitle: t("document.title", { period, organization: issuer.nameVi }),
    reportIssuer: issuer.kind === "PROVINCE" || issuer.kind === "CITY" ? (issuer.reportIssuer ?? "PEOPLES_COMMITTEE") : null,
    author: issuer.nameVi,
    draftMark: isDraft ? t("document.draftMark") : null,
    issuingBody: issuingBodyLines(issuer),
    numberLine: documentNumberLine(detail.documentNumber, issuer),
    nationalTitle: t("document.nationalTitle"),
    motto: t("document.motto"),
    dateLine: t("document.dateLine", { place: placeName(issuer), ...date }),
    kind: t("document.kind"),
    subject: t("document.subject", { period }),
    basis: t("document.basis", { organization: issuerName(issuer), period: period.charAt(0).toLocaleLowerCase("vi") + period.slice(1), start: formatDate(report.period.cutoffStart), end: formatDate(report.period.cutoffEnd) }),
    sections: REPORT_SECTIONS.map((section, index) => {
      const paragraphs = paragraphsOf(detail.sections[section]);
      return { heading: `${romanNumeral(index + 1)}. ${t(`document.sectionsUpper.${section}`)}`, paragraphs: paragraphs.length ? paragraphs : [t("document.emptySection")] };
    }),
    tasks: {
      title: t("document.tasksTitle"),
      empty: t("document.noTasks"),
      columns: {
        index: t("document.columns.index"),
        task: t("document.columns.task"),
        status: t("document.columns.status"),
        progress: t("document.columns.progress"),
        result: t("document.columns.result"),
        evidence: t("document.columns.evidence"),
      },
      rows: detail.taskRows.map((row, index) => ({
        index: String(index + 1),
        task: `${row.code}. ${row.titleVi}`.normalize("NFC"),
        status: TASK_STATUS_LABELS[row.status].vi,
        progress: `${row.progress}%`,
        result: (row.resultAchieved ?? "").normalize("NFC"),
        evidence: (row.evidence ?? "").normalize("NFC"),
      })),
    },
    indicators: {
      title: t("document.indicatorsTitle"),
      empty: t("document.noIndicators"),
      columns: {
        index: t("document.columns.index"),
        indicator: t("document.columns.indicator"),
        unit: t("document.columns.unit"),
        value: t("document.columns.value"),
        note: t("document.columns.note"),
      },
      rows: detail.indicatorValues
        .filter((indicator) => indicator.value !== null)
        .map((indicator, index) => ({
          index: String(index + 1),
          indicator: indicator.nameVi.normalize("NFC"),
          unit: indicator.unitVi,
          value: formatNumber(indicator.value, "vi", 4),
          note: (indicator.note ?? "").normalize("NFC"),
        })),
    },
    recipientsLabel: t("document.recipients"),
    recipients: [t("document.recipientSteering"), t("document.recipientArchive")],
    signatureTitle: t("document.signatureTitle"),
    signatureHint: t("document.signatureHint"),
    pageLabel: t("document.page", { page: "{page}", total: "{total}" }),
  };
}
