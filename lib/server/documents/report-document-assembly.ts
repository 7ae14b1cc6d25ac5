import "server-only";
import {
  administrativeDateParts,
  DOCUMENT_SECTION_ORDER,
  documentNumberLine,
  documentPeriodText,
  issuerName,
  issuingBodyLines,
  paragraphsOf,
  placeName,
  romanNumeral,
  signatureBlock,
  signatureIssuerOf,
  type OrganizationForDocument,
  type ProvincialIssuer,
  type SignatureBlock,
  type Signer,
} from "@/lib/domain/report-document";
import { periodLabel } from "@/lib/domain/reporting-calendar";
import { TASK_STATUS_LABELS } from "@/lib/domain/spreadsheet-columns";
import { formatDate, formatNumber } from "@/lib/i18n/format";
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
  // The signer's position lines (TM. / KT. …) and name; no name leaves the space blank for the signature.
  signature: SignatureBlock;
  pageLabel: string; // "{page}/{total}" placeholders
};

// Who issues and who signs: a province's choice of issuing body and the report's signer are recorded with the
// report when it is sent; until then the Committee issues and the signer's name is left blank.
export type DocumentIssuing = { provincialIssuer?: ProvincialIssuer; signer?: Signer };

// What the document prints of a report. `basisVi`: the document that asks for reports of this type (ReportType.basisVi,
// e.g. MOFA's request letter), cited in the basis line; without one the line cites the Strategy itself.
export type ReportForDocument = Pick<ReportDetail, "documentNumber" | "sections"> & {
  basisVi?: string | null;
  report: Pick<ReportDetail["report"], "period" | "submittedAt" | "status">;
  taskRows: Pick<ReportDetail["taskRows"][number], "code" | "titleVi" | "status" | "progress" | "resultAchieved" | "evidence">[];
  indicatorValues: Pick<ReportDetail["indicatorValues"][number], "nameVi" | "unitVi" | "value" | "note">[];
};

export type ReportsTranslator = (key: string, values?: Record<string, string | number>) => string;

// The administrator's text is a noun phrase ("Công văn số …"): a final full stop or comma would break the sentence.
function withoutFinalPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && " \t\r\n.,;:".includes(text[end - 1]!)) end--;
  return text.slice(0, end).trim();
}

// "Căn cứ <the document that asks for the report>, …" when the report type names one; otherwise the Strategy.
function basisLine(t: ReportsTranslator, basisVi: string | null | undefined, values: Record<string, string>): string {
  const basis = withoutFinalPunctuation(basisVi?.normalize("NFC") ?? "");
  return basis ? t("document.basisCited", { ...values, basis }) : t("document.basis", values);
}

// The model from loaded facts (the Vietnamese "reports" messages, the issuer, the report): no database.
export function assembleReportDocumentModel(
  t: ReportsTranslator,
  issuer: OrganizationForDocument,
  detail: ReportForDocument,
  now: Date,
  issuing: DocumentIssuing = {},
): ReportDocumentModel {
  const { report } = detail;
  const provincialIssuer = issuing.provincialIssuer ?? "PEOPLES_COMMITTEE";
  const period = periodLabel(report.period, "vi");
  const periodText = documentPeriodText(report.period);
  // A submitted report carries the date it was (last) sent; a draft the day it is printed.
  const date = administrativeDateParts(report.submittedAt ? new Date(report.submittedAt) : now);
  const isDraft = report.status === "DRAFT" || report.status === "RETURNED";
  return {
    metaTitle: t("document.title", { period, organization: issuer.nameVi }),
    author: issuer.nameVi,
    draftMark: isDraft ? t("document.draftMark") : null,
    issuingBody: issuingBodyLines(issuer, provincialIssuer),
    numberLine: documentNumberLine(detail.documentNumber, issuer, provincialIssuer),
    nationalTitle: t("document.nationalTitle"),
    motto: t("document.motto"),
    dateLine: t("document.dateLine", { place: placeName(issuer), ...date }),
    kind: t("document.kind"),
    subject: t("document.subject", { period: periodText }),
    basis: basisLine(t, detail.basisVi, {
      organization: issuerName(issuer, provincialIssuer),
      period: periodText,
      start: formatDate(report.period.cutoffStart),
      end: formatDate(report.period.cutoffEnd),
    }),
    sections: DOCUMENT_SECTION_ORDER.map((section, index) => {
      const paragraphs = paragraphsOf(detail.sections[section]);
      return {
        heading: `${romanNumeral(index + 1)}. ${t(`document.sectionsUpper.${section}`)}`,
        paragraphs: paragraphs.length ? paragraphs : [t("document.emptySection")],
      };
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
    signature: signatureBlock(signatureIssuerOf(issuer, provincialIssuer), issuing.signer ?? { role: "HEAD", name: null }),
    pageLabel: t("document.page", { page: "{page}", total: "{total}" }),
  };
}
