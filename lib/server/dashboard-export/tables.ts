import "server-only";
import { formatPeriod, type FormatLocale } from "@/lib/domain/dashboard-format";
import type { CompletionRow, DashboardSummary, Scorecard } from "@/lib/domain/dashboard-types";
import type { DashboardTable } from "@/lib/schemas/dashboard";

type Translate = (key: string, values?: Record<string, string | number>) => string;

// One table of the dashboards as plain cells: numbers stay numbers (shares as fractions, shown as %), so the
// workbook can be sorted and summed.
export type ColumnKind = "text" | "integer" | "decimal" | "rate" | "percent" | "date";
export type SheetColumn = { header: string; kind: ColumnKind; width?: number };
export type SheetTable = { key: DashboardTable; title: string; columns: SheetColumn[]; rows: (string | number | null)[][] };

const text = (header: string, width = 30): SheetColumn => ({ header, kind: "text", width });
const integer = (header: string): SheetColumn => ({ header, kind: "integer", width: 12 });
const rate = (header: string): SheetColumn => ({ header, kind: "rate", width: 13 });

function completionColumns(t: Translate, first: string): SheetColumn[] {
  return [
    text(first, 44),
    integer(t("completion.columns.total")),
    integer(t("pdf.columns.notStarted")),
    integer(t("pdf.columns.inProgress")),
    integer(t("pdf.columns.completed")),
    integer(t("pdf.columns.delayed")),
    integer(t("pdf.columns.cancelled")),
    integer(t("completion.columns.overdue")),
    rate(t("completion.columns.complete")),
    { header: t("completion.columns.averageProgress"), kind: "percent", width: 14 },
  ];
}

function completionCells(row: CompletionRow, label: string): (string | number | null)[] {
  const c = row.counts;
  return [
    label,
    row.total,
    c.NOT_STARTED,
    c.IN_PROGRESS,
    c.COMPLETED,
    c.DELAYED,
    c.CANCELLED,
    row.overdue,
    row.completionRate,
    row.averageProgress === null ? null : row.averageProgress / 100,
  ];
}

export function buildDashboardTables(input: {
  summary: DashboardSummary;
  scorecards: Scorecard[];
  t: Translate;
  locale: FormatLocale;
  labels: { kind: (kind: string) => string; region: (region: string) => string };
}): SheetTable[] {
  const { summary, scorecards, t, locale, labels } = input;
  const pick = (vi: string, en: string | null) => (locale === "en" && en ? en : vi);
  const total = { ...summary.taskCompletion.total, code: null, titleVi: "", titleEn: "" };
  return [
    {
      key: "indicators",
      title: t("xlsx.sheets.indicators"),
      columns: [
        text(t("xlsx.columns.code"), 22),
        text(t("indicators.columns.indicator"), 44),
        text(t("xlsx.columns.objective"), 10),
        text(t("xlsx.columns.unit"), 14),
        integer(t("xlsx.columns.latestYear")),
        { header: t("xlsx.columns.latestValue"), kind: "decimal", width: 14 },
        text(t("xlsx.columns.confidence"), 16),
        text(t("xlsx.columns.sources"), 50),
        integer(t("xlsx.columns.baselineYear")),
        { header: t("xlsx.columns.baselineValue"), kind: "decimal", width: 14 },
        integer(t("xlsx.columns.targetYear")),
        { header: t("xlsx.columns.targetValue"), kind: "decimal", width: 14 },
        text(t("indicators.columns.status"), 22),
        rate(t("method.observedRate")),
        rate(t("method.requiredRate")),
        { header: t("method.ratio"), kind: "decimal", width: 12 },
        { header: t("xlsx.columns.projection"), kind: "decimal", width: 14 },
        rate(t("method.requiredAnnualChange")),
      ],
      rows: summary.indicators.indicators.map((i) => [
        i.code,
        pick(i.nameVi, i.nameEn),
        i.objectiveCode,
        pick(i.unitVi, i.unitEn),
        i.latest?.year ?? null,
        i.latest?.value ?? null,
        i.latest ? t(`confidence.${i.latest.confidence}`) : null,
        i.latest?.sourceUrls.join("\n") ?? null,
        i.baselineYear,
        i.baselineValue,
        i.targetYear,
        i.targetValue,
        t(`status.${i.progress.status}`),
        i.progress.observedRate,
        i.progress.requiredRate,
        i.progress.ratio,
        i.progress.projection,
        i.progress.requiredAnnualChange,
      ]),
    },
    {
      key: "objectives",
      title: t("xlsx.sheets.objectives"),
      columns: completionColumns(t, t("completion.columns.objective")),
      rows: [
        ...summary.taskCompletion.byObjective.map((row) => completionCells(row, `${row.code}: ${pick(row.titleVi, row.titleEn)}`)),
        completionCells(total, t("completion.total")),
      ],
    },
    {
      key: "taskGroups",
      title: t("xlsx.sheets.taskGroups"),
      columns: completionColumns(t, t("completion.columns.taskGroup")),
      rows: [
        ...summary.taskCompletion.byTaskGroup.map((row) =>
          completionCells(row, row.code ? `${row.code}: ${pick(row.titleVi, row.titleEn)}` : t("completion.noGroup")),
        ),
        completionCells(total, t("completion.total")),
      ],
    },
    {
      key: "overdue",
      title: t("xlsx.sheets.overdue"),
      columns: [
        text(t("xlsx.columns.code"), 10),
        text(t("tasks.columns.task"), 50),
        text(t("tasks.columns.organization"), 34),
        text(t("xlsx.columns.plan"), 40),
        { header: t("tasks.columns.due"), kind: "date", width: 12 },
        integer(t("tasks.columns.daysOverdue")),
        text(t("tasks.columns.status"), 16),
        { header: t("tasks.columns.progress"), kind: "percent", width: 12 },
      ],
      rows: summary.overdue.tasks.map((task) => [
        task.code,
        pick(task.titleVi, task.titleEn),
        pick(task.organization.nameVi, task.organization.nameEn),
        task.plan.title,
        task.dueDate,
        task.daysOverdue,
        t(`taskStatus.${task.status}`),
        task.progress / 100,
      ]),
    },
    {
      key: "breakthroughs",
      title: t("xlsx.sheets.breakthroughs"),
      columns: completionColumns(t, t("breakthroughs.phase")),
      rows: summary.breakthroughs.byPhase.map((p) =>
        completionCells({ ...p, code: p.phase, titleVi: "", titleEn: "" }, p.phase ?? t("breakthroughs.noPhase")),
      ),
    },
    {
      key: "coverage",
      title: t("xlsx.sheets.coverage"),
      columns: [
        text(t("xlsx.columns.code"), 14),
        text(t("coverage.columns.organization"), 40),
        text(t("xlsx.columns.kind"), 24),
        text(t("xlsx.columns.region"), 28),
        text(t("coverage.columns.planState"), 22),
      ],
      rows: summary.coverage.organizations.map((o) => [
        o.code,
        pick(o.nameVi, o.nameEn),
        labels.kind(o.kind),
        o.region ? labels.region(o.region) : null,
        t(`planState.${o.planState}`),
      ]),
    },
    {
      key: "coverageMatrix",
      title: t("xlsx.sheets.coverageMatrix"),
      columns: [
        text(t("xlsx.columns.code"), 14),
        text(t("coverage.columns.organization"), 40),
        ...summary.coverage.objectives.map((o) => integer(o.code)),
        integer(t("coverage.columns.unlinked")),
        integer(t("coverage.columns.total")),
      ],
      rows: summary.coverage.matrix.map((row) => [
        row.organization.code,
        pick(row.organization.nameVi, row.organization.nameEn),
        ...summary.coverage.objectives.map((o) => row.counts[o.code] ?? 0),
        row.unlinked,
        row.total,
      ]),
    },
    {
      key: "compliance",
      title: t("xlsx.sheets.compliance"),
      columns: [
        text(t("reporting.columns.period"), 26),
        { header: t("reporting.columns.deadline"), kind: "date", width: 12 },
        integer(t("reporting.owed")),
        integer(t("compliance.ON_TIME")),
        integer(t("compliance.LATE")),
        integer(t("compliance.MISSING")),
        integer(t("compliance.RETURNED")),
        integer(t("compliance.NOT_DUE")),
        rate(t("reporting.timeliness")),
      ],
      rows: summary.compliance.latest
        ? [
            [
              formatPeriod(summary.compliance.latest, locale),
              summary.compliance.latest.deadline,
              summary.compliance.latest.owed,
              summary.compliance.latest.onTime,
              summary.compliance.latest.late,
              summary.compliance.latest.missing,
              summary.compliance.latest.returned,
              summary.compliance.latest.notDue,
              summary.compliance.latest.timeliness,
            ],
          ]
        : [],
    },
    {
      key: "complianceTrend",
      title: t("xlsx.sheets.complianceTrend"),
      columns: [
        text(t("reporting.columns.period"), 26),
        { header: t("reporting.columns.deadline"), kind: "date", width: 12 },
        integer(t("reporting.owed")),
        integer(t("compliance.ON_TIME")),
        integer(t("compliance.LATE")),
        integer(t("compliance.MISSING")),
        integer(t("compliance.RETURNED")),
        rate(t("reporting.timeliness")),
      ],
      rows: summary.compliance.trend.map((p) => [
        formatPeriod(p, locale),
        p.deadline,
        p.owed,
        p.onTime,
        p.late,
        p.missing,
        p.returned,
        p.timeliness,
      ]),
    },
    {
      key: "flags",
      title: t("xlsx.sheets.flags"),
      columns: [
        text(t("xlsx.columns.flag"), 36),
        text(t("xlsx.columns.objective"), 10),
        text(t("completion.columns.objective"), 50),
        rate(t("completion.columns.complete")),
        integer(t("completion.columns.total")),
        text(t("xlsx.columns.indicators"), 50),
      ],
      rows: [
        ...summary.deliveryOutcome.deliveryAhead.map((f) => [
          t("flags.deliveryAheadHeading"),
          f.objectiveCode,
          pick(f.titleVi, f.titleEn),
          f.completionRate,
          f.taskCount,
          f.indicators.map((i) => `${i.code} (${t(`status.${i.status}`)})`).join("; "),
        ]),
        ...summary.deliveryOutcome.outcomeAhead.map((f) => [
          t("flags.outcomeAheadHeading"),
          f.objectiveCode,
          pick(f.titleVi, f.titleEn),
          f.completionRate,
          f.taskCount,
          f.indicators.map((i) => `${i.code} (${t(`status.${i.status}`)})`).join("; "),
        ]),
      ],
    },
    {
      key: "scorecards",
      title: t("xlsx.sheets.scorecards"),
      columns: [
        text(t("xlsx.columns.code"), 14),
        text(t("scorecards.columns.name"), 40),
        text(t("scorecards.columns.kind"), 24),
        text(t("scorecards.columns.region"), 28),
        text(t("scorecards.columns.plan"), 22),
        integer(t("scorecards.columns.tasks")),
        integer(t("pdf.columns.completed")),
        integer(t("pdf.columns.cancelled")),
        rate(t("scorecards.columns.complete")),
        { header: t("completion.columns.averageProgress"), kind: "percent", width: 14 },
        integer(t("scorecards.columns.overdue")),
        text(t("scorecards.columns.lastReport"), 26),
        text(t("xlsx.columns.lastReportStatus"), 18),
        integer(t("xlsx.columns.dueReports")),
        integer(t("xlsx.columns.onTimeReports")),
        rate(t("scorecards.columns.timeliness")),
      ],
      rows: scorecards.map((s) => [
        s.organization.code,
        pick(s.organization.nameVi, s.organization.nameEn),
        labels.kind(s.organization.kind),
        s.organization.region ? labels.region(s.organization.region) : null,
        t(`planState.${s.planState}`),
        s.tasks,
        s.completed,
        s.cancelled,
        s.completionRate,
        s.averageProgress === null ? null : s.averageProgress / 100,
        s.overdue,
        s.lastReport ? formatPeriod(s.lastReport, locale) : null,
        s.lastReport ? t(`reportStatus.${s.lastReport.status}`) : null,
        s.dueReports,
        s.onTimeReports,
        s.timeliness,
      ]),
    },
  ];
}
