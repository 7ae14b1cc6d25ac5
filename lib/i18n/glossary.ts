// The portal's words for statuses and administrative terms, one place for both languages. The catalogues
// (lib/i18n/messages/*) must use these words exactly, and never the older or informal words listed in
// BANNED_TERMS: lib/i18n/glossary.test.ts reads every catalogue string and fails on a banned word, on a
// known misspelling of a term, or on a bound key whose text differs from its term. Code that builds labels
// (objective and task-group names, quarters) takes them from here too.
//
// Sources of the Vietnamese wording: Decree 09/2019/NĐ-CP ("gửi báo cáo", "thời gian chốt số liệu", "đối tượng
// thực hiện báo cáo"); Decree 30/2020/NĐ-CP (document parts, Roman numerals for quarters); Decision 2013/QĐ-TTg
// ("mục tiêu cụ thể", the five task verbs; the Strategy runs "đến năm 2030").

export type Term = {
  vi: string;
  en: string;
  // Catalogue keys ("namespace.path.key") whose whole text is this term, in both languages.
  keys?: readonly string[];
  // Other spellings of the same term that must not appear (Vietnamese catalogues; case-insensitive).
  misspellingsVi?: readonly string[];
};

export const GLOSSARY = {
  draft: { vi: "Dự thảo", en: "Draft", keys: ["reports.status.DRAFT"], misspellingsVi: ["bản nháp", "lưu nháp"] },
  sentOnTime: {
    vi: "Gửi đúng hạn",
    en: "Sent on time",
    keys: ["reports.compliance.ON_TIME", "dashboard.compliance.ON_TIME"],
    misspellingsVi: ["nộp đúng hạn"],
  },
  sentLate: {
    vi: "Gửi chậm",
    en: "Sent late",
    keys: ["reports.compliance.LATE", "dashboard.compliance.LATE"],
    misspellingsVi: ["nộp muộn", "gửi muộn", "nộp chậm"],
  },
  notSent: {
    vi: "Chưa gửi",
    en: "Not sent",
    keys: ["reports.compliance.MISSING", "dashboard.compliance.MISSING"],
    misspellingsVi: ["chưa nộp"],
  },
  received: { vi: "Đã tiếp nhận", en: "Received", keys: ["reports.status.ACCEPTED"], misspellingsVi: ["đã chấp nhận báo cáo"] },
  completionRequested: {
    vi: "Đề nghị bổ sung, hoàn thiện",
    en: "Completion requested",
    keys: ["reports.status.RETURNED", "reports.compliance.RETURNED", "dashboard.compliance.RETURNED", "dashboard.reportStatus.RETURNED"],
    misspellingsVi: ["đề nghị bổ sung hoàn thiện", "bị trả lại, cần bổ sung"],
  },
  // Plan states of the institutional model: MOFA records a ministry's or province's plan, or comments on it;
  // it approves only the plans of its own units.
  recorded: { vi: "Đã ghi nhận", en: "Recorded" },
  mofaComments: { vi: "Bộ Ngoại giao có ý kiến, đề nghị hoàn thiện", en: "MOFA has commented and asks for completion" },
  reportingStatus: {
    vi: "Tình hình gửi báo cáo",
    en: "Report submission status",
    keys: ["nav.compliance", "reports.complianceView.metaTitle", "reports.list.complianceLink"],
    misspellingsVi: ["tuân thủ", "tình hình nộp báo cáo"],
  },
  resultsTracker: {
    vi: "Bảng theo dõi kết quả",
    en: "Results tracker",
    keys: ["dashboard.xlsx.sheets.scorecards"],
    misspellingsVi: ["thẻ điểm", "bảng điểm"],
  },
  planIssuance: {
    vi: "Tình hình ban hành kế hoạch",
    en: "Plan issuance",
    keys: ["dashboard.widgets.coverage.title", "dashboard.xlsx.sheets.coverage"],
    misspellingsVi: ["bao phủ kế hoạch", "mức độ bao phủ"],
  },
  awayFromTarget: {
    vi: "Đi ngược mục tiêu",
    en: "Moving away from the target",
    keys: ["dashboard.status.DETERIORATION"],
    misspellingsVi: ["thụt lùi"],
  },
  dataCutoff: { vi: "Thời gian chốt số liệu", en: "Data cut-off period", misspellingsVi: ["kỳ chốt số liệu", "thời điểm chốt số liệu"] },
  reportingEntity: {
    vi: "Đối tượng thực hiện báo cáo",
    en: "Reporting entities",
    keys: ["reportingConfig.expectations.heading"],
    misspellingsVi: ["đối tượng báo cáo:", "đơn vị thực hiện báo cáo"],
  },
  nextPeriodDirections: {
    vi: "Phương hướng, nhiệm vụ kỳ tới",
    en: "Directions and tasks for the next period",
    keys: ["reports.sections.nextPeriodTasks"],
    misspellingsVi: ["phương hướng nhiệm vụ kỳ tới"],
  },
  proposals: { vi: "Đề xuất, kiến nghị", en: "Proposals and recommendations", keys: ["reports.sections.proposals"] },
  apiToken: { vi: "Mã truy cập API", en: "API token", keys: ["audit.entities.ApiToken"], misspellingsVi: ["khóa api", "token api"] },
  period: { vi: "Thời kỳ", en: "Period", keys: ["strategy.horizon"], misspellingsVi: ["tầm nhìn"] },
  generalObjective: { vi: "Mục tiêu tổng quát", en: "General objective" },
  specificObjective: { vi: "Mục tiêu cụ thể", en: "Specific objective" },
  taskGroup: { vi: "Nhóm nhiệm vụ", en: "Task group" },
  quarter: { vi: "Quý", en: "Quarter" },
} as const satisfies Record<string, Term>;

export type TermId = keyof typeof GLOSSARY;

// Words the catalogues must not use, with the term that replaces each. Vietnamese matching is case-insensitive
// on whole words; `pattern` catches codes such as "SO1"/"TG3" and Arabic quarter numbers ("Quý 4/2026").
export const BANNED_TERMS: readonly { vi?: string; en?: string; pattern?: RegExp; use: TermId | "objectiveLabel" | "taskGroupLabel" }[] = [
  { vi: "tuân thủ", en: "compliance", use: "reportingStatus" },
  { vi: "thẻ điểm", en: "scorecard", use: "resultsTracker" },
  { vi: "bao phủ", en: "coverage", use: "planIssuance" },
  { vi: "thụt lùi", en: "deterioration", use: "awayFromTarget" },
  { vi: "nộp", use: "sentOnTime" },
  { vi: "nháp", use: "draft" },
  { vi: "trả lại", use: "completionRequested" },
  { vi: "tầm nhìn", use: "period" },
  { vi: "khóa api", use: "apiToken" },
  { pattern: /\bSO\d\b/u, use: "objectiveLabel" },
  { pattern: /\bTG\d\b/u, use: "taskGroupLabel" },
  { pattern: /\bquý [1-4]\b/iu, use: "quarter" },
];

export type Locale = "vi" | "en";

export function term(id: TermId, locale: Locale): string {
  return GLOSSARY[id][locale];
}

// "SO3" → "Mục tiêu cụ thể 3"; the general objective ("GO") → "Mục tiêu tổng quát". Unknown codes are kept.
export function objectiveLabel(code: string, locale: Locale): string {
  if (code === "GO") return GLOSSARY.generalObjective[locale];
  const match = /^SO(\d{1,2})$/u.exec(code);
  return match ? `${GLOSSARY.specificObjective[locale]} ${match[1]}` : code;
}

// "TG1" + "Thúc đẩy" → "Nhóm nhiệm vụ 1 (Thúc đẩy)". Without a verb: "Nhóm nhiệm vụ 1".
export function taskGroupLabel(code: string, verb: string | null, locale: Locale): string {
  const match = /^TG(\d{1,2})$/u.exec(code);
  const base = match ? `${GLOSSARY.taskGroup[locale]} ${match[1]}` : code;
  return verb ? `${base} (${verb})` : base;
}
