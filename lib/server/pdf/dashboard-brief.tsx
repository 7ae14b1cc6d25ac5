import "server-only";
import type { ReactNode } from "react";
import { Document, Page, Rect, StyleSheet, Svg, Text, View, renderToBuffer } from "@react-pdf/renderer";
import {
  formatAverage,
  formatCount,
  formatIsoDay,
  formatPeriod,
  formatRate,
  formatValue,
  type FormatLocale,
} from "@/lib/domain/dashboard-format";
import type { CompletionRow, DashboardSummary, OrganizationScorecard } from "@/lib/domain/dashboard-types";
import { registerSerifFont, SERIF_FAMILY } from "../documents/pdf-fonts";
import { objectiveLabel, taskGroupLabel } from "@/lib/i18n/glossary";

// Briefs for Steering Committee meetings: the overview (or one organization's scorecard) as a PDF with simple
// bar charts drawn with SVG primitives next to the tables they summarise. Statuses are always written in
// words. The font registration is the portal's (lib/server/documents/pdf-fonts.ts: DejaVu, every Vietnamese
// letter). Tables are bounded (top rows only where a list can be long) because react-pdf slows down sharply as
// one page's flow grows; the .xlsx export holds every row.

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export const BRIEF_LIMITS = { overdue: 30, coverageMatrix: 60, lacking: 80, trend: 24 } as const;

const nfc = (text: string) => text.normalize("NFC");
// Objective titles run to several lines; the brief names them by code and the first words.
const shorten = (text: string, max = 90) =>
  Array.from(text).length > max
    ? `${Array.from(text)
        .slice(0, max - 1)
        .join("")
        .trimEnd()}…`
    : text;
const BAR_COLOUR = "#0072b2";
const TRACK_COLOUR = "#e5e7eb";

const styles = StyleSheet.create({
  page: { fontFamily: SERIF_FAMILY, fontSize: 9, paddingTop: 36, paddingBottom: 44, paddingHorizontal: 40, color: "#111827" },
  title: { fontSize: 14, fontWeight: "bold", textAlign: "center", marginBottom: 3 },
  subtitle: { fontSize: 10, textAlign: "center", marginBottom: 10, color: "#374151" },
  meta: { fontSize: 8.5, marginBottom: 2, color: "#374151" },
  section: { marginTop: 12 },
  sectionTitle: { fontSize: 11, fontWeight: "bold", marginBottom: 5 },
  subTitle: { fontSize: 9.5, fontWeight: "bold", marginTop: 6, marginBottom: 3 },
  paragraph: { marginBottom: 3, lineHeight: 1.35 },
  table: { borderTopWidth: 0.75, borderColor: "#6b7280" },
  headerRow: { flexDirection: "row", backgroundColor: "#e5e7eb", borderBottomWidth: 0.75, borderColor: "#6b7280" },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderColor: "#d1d5db" },
  totalRow: { flexDirection: "row", borderBottomWidth: 0.75, borderColor: "#6b7280", backgroundColor: "#f3f4f6" },
  cell: { paddingVertical: 2.5, paddingHorizontal: 3 },
  headerCell: { paddingVertical: 3, paddingHorizontal: 3, fontWeight: "bold", fontSize: 8 },
  bars: { marginBottom: 6 },
  barRow: { flexDirection: "row", alignItems: "center", marginBottom: 2.5 },
  barLabel: { width: 150, paddingRight: 6 },
  barValue: { width: 70, paddingLeft: 6 },
  stats: { flexDirection: "row", flexWrap: "wrap", marginBottom: 4 },
  stat: { width: "25%", paddingVertical: 3, paddingRight: 6 },
  statLabel: { fontSize: 8, color: "#374151" },
  statValue: { fontSize: 12, fontWeight: "bold" },
  footer: {
    position: "absolute",
    bottom: 20,
    left: 40,
    right: 40,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 7.5,
    color: "#4b5563",
  },
});

export type Column = { header: string; width: string; align?: "left" | "right" };

function Table({ columns, rows, total }: { columns: Column[]; rows: string[][]; total?: string[] }) {
  const line = (cells: string[], style: (typeof styles)["row"], key: string, bold = false) => (
    <View key={key} style={style} wrap={false}>
      {columns.map((column, i) => (
        <Text key={i} style={[styles.cell, { width: column.width, textAlign: column.align ?? "left" }, bold ? { fontWeight: "bold" } : {}]}>
          {nfc(cells[i] ?? "")}
        </Text>
      ))}
    </View>
  );
  return (
    <View style={styles.table}>
      <View style={styles.headerRow} wrap={false} minPresenceAhead={60}>
        {columns.map((column, i) => (
          <Text key={i} style={[styles.headerCell, { width: column.width, textAlign: column.align ?? "left" }]}>
            {nfc(column.header)}
          </Text>
        ))}
      </View>
      {rows.map((cells, i) => line(cells, styles.row, String(i)))}
      {total && line(total, styles.totalRow, "total", true)}
    </View>
  );
}

// Horizontal bars: a label, a track with the bar (share of `max`), and the value written out.
function Bars({ items, max }: { items: { label: string; value: number | null; text: string }[]; max: number }) {
  const width = 260;
  return (
    <View style={styles.bars}>
      {items.map((item, i) => (
        <View key={i} style={styles.barRow} wrap={false}>
          <Text style={styles.barLabel}>{nfc(item.label)}</Text>
          <Svg width={width} height={10}>
            <Rect x={0} y={0} width={width} height={10} fill={TRACK_COLOUR} />
            {item.value !== null && max > 0 && (
              <Rect x={0} y={0} width={Math.max(0, Math.min(1, item.value / max)) * width} height={10} fill={BAR_COLOUR} />
            )}
          </Svg>
          <Text style={styles.barValue}>{nfc(item.text)}</Text>
        </View>
      ))}
    </View>
  );
}

function Stats({ items }: { items: { label: string; value: string }[] }) {
  return (
    <View style={styles.stats}>
      {items.map((item, i) => (
        <View key={i} style={styles.stat}>
          <Text style={styles.statLabel}>{nfc(item.label)}</Text>
          <Text style={styles.statValue}>{nfc(item.value)}</Text>
        </View>
      ))}
    </View>
  );
}

function Section({ title, children, breakBefore = false }: { title: string; children: ReactNode; breakBefore?: boolean }) {
  return (
    <View style={styles.section} break={breakBefore}>
      <Text style={styles.sectionTitle} minPresenceAhead={60}>
        {nfc(title)}
      </Text>
      {children}
    </View>
  );
}

function Footer({ t, generatedAt }: { t: Translate; generatedAt: string }) {
  return (
    <View style={styles.footer} fixed>
      <Text>{nfc(t("pdf.generatedAt", { at: generatedAt }))}</Text>
      <Text render={({ pageNumber, totalPages }) => nfc(t("pdf.page", { page: pageNumber, total: totalPages }))} />
    </View>
  );
}

const completionColumns = (t: Translate, first: string): Column[] => [
  { header: first, width: "28%" },
  { header: t("pdf.columns.total"), width: "9%", align: "right" },
  { header: t("pdf.columns.completed"), width: "11%", align: "right" },
  { header: t("pdf.columns.inProgress"), width: "11%", align: "right" },
  { header: t("pdf.columns.delayed"), width: "10%", align: "right" },
  { header: t("pdf.columns.notStarted"), width: "11%", align: "right" },
  { header: t("pdf.columns.overdue"), width: "9%", align: "right" },
  { header: t("pdf.columns.complete"), width: "11%", align: "right" },
];

function completionCells(row: CompletionRow, label: string, locale: FormatLocale): string[] {
  return [
    label,
    String(row.total),
    String(row.counts.COMPLETED),
    String(row.counts.IN_PROGRESS),
    String(row.counts.DELAYED),
    String(row.counts.NOT_STARTED),
    String(row.overdue),
    formatRate(row.completionRate, locale),
  ];
}

export type BriefInput = { summary: DashboardSummary; t: Translate; locale: FormatLocale; filtersText: string; generatedAt: string };

function OverviewBrief({ summary, t, locale, filtersText, generatedAt }: BriefInput) {
  const title = (vi: string, en: string) => (locale === "en" && en ? en : vi);
  const { taskCompletion: completion, compliance, coverage } = summary;
  const totalRow = { ...completion.total, code: null, titleVi: "", titleEn: "" };
  const latest = compliance.latest;
  const lacking = coverage.organizations.filter((o) => o.planState !== "APPROVED");
  return (
    <Document title={nfc(t("pdf.title"))} author={nfc(t("pdf.author"))} language={locale}>
      <Page size="A4" style={styles.page} wrap>
        <Text style={styles.title}>{nfc(t("pdf.title"))}</Text>
        <Text style={styles.subtitle}>{nfc(t("pdf.subtitle"))}</Text>
        <Text style={styles.meta}>{nfc(t("pdf.asOf", { date: formatIsoDay(summary.asOf.today) }))}</Text>
        <Text style={styles.meta}>{nfc(t("pdf.filters", { filters: filtersText }))}</Text>

        <Section title={t("pdf.sections.indicators")}>
          <Table
            columns={[
              { header: t("pdf.columns.indicator"), width: "38%" },
              { header: t("pdf.columns.latest"), width: "20%" },
              { header: t("pdf.columns.target"), width: "16%" },
              { header: t("pdf.columns.confidence"), width: "10%" },
              { header: t("pdf.columns.status"), width: "16%" },
            ]}
            rows={summary.indicators.indicators.map((i) => [
              `${title(i.nameVi, i.nameEn)} (${i.code})`,
              i.latest ? t("pdf.valueInYear", { value: formatValue(i.latest.value, locale), year: i.latest.year }) : t("pdf.noValue"),
              i.targetValue !== null && i.targetYear !== null
                ? t("pdf.valueInYear", { value: formatValue(i.targetValue, locale), year: i.targetYear })
                : t("pdf.noTarget"),
              i.latest ? t(`confidence.${i.latest.confidence}`) : "—",
              t(`status.${i.progress.status}`),
            ])}
          />
        </Section>

        <Section title={t("pdf.sections.completion")}>
          <Stats
            items={[
              { label: t("completion.stats.tasks"), value: formatCount(completion.total.total, locale) },
              { label: t("completion.stats.complete"), value: formatRate(completion.total.completionRate, locale) },
              { label: t("completion.stats.averageProgress"), value: formatAverage(completion.total.averageProgress, locale) },
              { label: t("completion.stats.overdue"), value: formatCount(completion.total.overdue, locale) },
            ]}
          />
          <Text style={styles.subTitle}>{nfc(t("pdf.chartCompleteByObjective"))}</Text>
          <Bars
            items={completion.byObjective.map((row) => ({
              label: objectiveLabel(row.code ?? "", locale),
              value: row.completionRate,
              text: formatRate(row.completionRate, locale),
            }))}
            max={1}
          />
          <Table
            columns={completionColumns(t, t("completion.columns.objective"))}
            rows={completion.byObjective.map((row) =>
              completionCells(row, `${row.code}: ${shorten(title(row.titleVi, row.titleEn))}`, locale),
            )}
            total={completionCells(totalRow, t("completion.total"), locale)}
          />
          <Text style={styles.subTitle}>{nfc(t("pdf.chartCompleteByGroup"))}</Text>
          <Bars
            items={completion.byTaskGroup.map((row) => ({
              label: row.code ? taskGroupLabel(row.code, null, locale) : t("completion.noGroup"),
              value: row.completionRate,
              text: formatRate(row.completionRate, locale),
            }))}
            max={1}
          />
          <Table
            columns={completionColumns(t, t("completion.columns.taskGroup"))}
            rows={completion.byTaskGroup.map((row) =>
              completionCells(row, row.code ? `${row.code}: ${title(row.titleVi, row.titleEn)}` : t("completion.noGroup"), locale),
            )}
          />
        </Section>

        <Section title={t("pdf.sections.flags")}>
          <Text style={styles.subTitle}>{nfc(t("flags.deliveryAheadHeading"))}</Text>
          {summary.deliveryOutcome.deliveryAhead.length === 0 && <Text style={styles.paragraph}>{nfc(t("flags.none"))}</Text>}
          {summary.deliveryOutcome.deliveryAhead.map((flag) => (
            <Text key={flag.objectiveCode} style={styles.paragraph}>
              {nfc(
                `• ${flag.objectiveCode}: ${t("flags.completion", { rate: formatRate(flag.completionRate, locale), count: flag.taskCount })} — ${flag.indicators.map((i) => `${i.code} (${t(`status.${i.status}`)})`).join(", ")}`,
              )}
            </Text>
          ))}
          <Text style={styles.subTitle}>{nfc(t("flags.outcomeAheadHeading"))}</Text>
          {summary.deliveryOutcome.outcomeAhead.length === 0 && <Text style={styles.paragraph}>{nfc(t("flags.none"))}</Text>}
          {summary.deliveryOutcome.outcomeAhead.map((flag) => (
            <Text key={flag.objectiveCode} style={styles.paragraph}>
              {nfc(
                `• ${flag.objectiveCode}: ${t("flags.completion", { rate: formatRate(flag.completionRate, locale), count: flag.taskCount })} — ${flag.indicators.map((i) => `${i.code} (${t(`status.${i.status}`)})`).join(", ")}`,
              )}
            </Text>
          ))}
        </Section>

        <Section title={t("pdf.sections.compliance")}>
          {latest ? (
            <>
              <Text style={styles.subTitle}>
                {nfc(t("reporting.latestHeading", { period: formatPeriod(latest, locale), deadline: formatIsoDay(latest.deadline) }))}
              </Text>
              <Bars
                items={[
                  { label: t("compliance.ON_TIME"), value: latest.onTime, text: String(latest.onTime) },
                  { label: t("compliance.LATE"), value: latest.late, text: String(latest.late) },
                  { label: t("compliance.MISSING"), value: latest.missing, text: String(latest.missing) },
                  { label: t("compliance.RETURNED"), value: latest.returned, text: String(latest.returned) },
                ]}
                max={Math.max(1, latest.owed)}
              />
              <Text style={styles.paragraph}>
                {nfc(`${t("reporting.owed")}: ${latest.owed} · ${t("reporting.timeliness")}: ${formatRate(latest.timeliness, locale)}`)}
              </Text>
            </>
          ) : (
            <Text style={styles.paragraph}>{nfc(t("reporting.empty"))}</Text>
          )}
          {compliance.trend.length > 0 && (
            <>
              <Text style={styles.subTitle}>{nfc(t("reporting.trendHeading"))}</Text>
              <Table
                columns={[
                  { header: t("reporting.columns.period"), width: "24%" },
                  { header: t("reporting.columns.deadline"), width: "14%" },
                  { header: t("reporting.owed"), width: "10%", align: "right" },
                  { header: t("compliance.ON_TIME"), width: "10%", align: "right" },
                  { header: t("compliance.LATE"), width: "10%", align: "right" },
                  { header: t("compliance.MISSING"), width: "10%", align: "right" },
                  { header: t("compliance.RETURNED"), width: "10%", align: "right" },
                  { header: t("reporting.timeliness"), width: "12%", align: "right" },
                ]}
                rows={compliance.trend
                  .slice(-BRIEF_LIMITS.trend)
                  .map((p) => [
                    formatPeriod(p, locale),
                    formatIsoDay(p.deadline),
                    String(p.owed),
                    String(p.onTime),
                    String(p.late),
                    String(p.missing),
                    String(p.returned),
                    formatRate(p.timeliness, locale),
                  ])}
              />
            </>
          )}
        </Section>

        <Section title={t("pdf.sections.coverage")}>
          <Stats
            items={[
              { label: t("coverage.stats.organizations"), value: String(coverage.totals.organizations) },
              { label: t("coverage.stats.approved"), value: String(coverage.totals.approved) },
              { label: t("coverage.stats.submitted"), value: String(coverage.totals.submitted) },
              { label: t("coverage.stats.none"), value: String(coverage.totals.none + coverage.totals.inPreparation) },
            ]}
          />
          <Text style={styles.paragraph}>
            {nfc(
              `${t("coverage.unaddressedHeading")}: ${coverage.unaddressedObjectives.length === 0 ? t("coverage.allAddressed") : coverage.unaddressedObjectives.map((o) => `${o.code} (${shorten(title(o.titleVi, o.titleEn))})`).join("; ")}`,
            )}
          </Text>
          {lacking.length > 0 && (
            <Text style={styles.paragraph}>
              {nfc(
                `${t("pdf.lacking", { count: lacking.length })}: ${lacking
                  .slice(0, BRIEF_LIMITS.lacking)
                  .map((o) => `${title(o.nameVi, o.nameEn ?? "")} (${t(`planState.${o.planState}`)})`)
                  .join("; ")}${lacking.length > BRIEF_LIMITS.lacking ? "; …" : ""}`,
              )}
            </Text>
          )}
          {coverage.matrix.length > 0 && (
            <>
              <Text style={styles.subTitle}>{nfc(t("coverage.matrixHeading"))}</Text>
              <Table
                columns={[
                  { header: t("coverage.columns.organization"), width: "34%" },
                  ...coverage.objectives.map((o) => ({
                    header: o.code,
                    width: `${Math.floor(48 / Math.max(1, coverage.objectives.length))}%`,
                    align: "right" as const,
                  })),
                  { header: t("coverage.columns.unlinked"), width: "9%", align: "right" },
                  { header: t("coverage.columns.total"), width: "9%", align: "right" },
                ]}
                rows={coverage.matrix
                  .slice(0, BRIEF_LIMITS.coverageMatrix)
                  .map((row) => [
                    title(row.organization.nameVi, row.organization.nameEn ?? ""),
                    ...coverage.objectives.map((o) => String(row.counts[o.code] ?? 0)),
                    String(row.unlinked),
                    String(row.total),
                  ])}
              />
            </>
          )}
        </Section>

        <Section title={t("pdf.sections.overdue", { count: summary.overdue.total })}>
          {summary.overdue.tasks.length === 0 ? (
            <Text style={styles.paragraph}>{nfc(t("overdue.empty"))}</Text>
          ) : (
            <Table
              columns={[
                { header: t("tasks.columns.task"), width: "40%" },
                { header: t("tasks.columns.organization"), width: "26%" },
                { header: t("tasks.columns.due"), width: "12%" },
                { header: t("tasks.columns.daysOverdue"), width: "10%", align: "right" },
                { header: t("tasks.columns.progress"), width: "12%", align: "right" },
              ]}
              rows={summary.overdue.tasks
                .slice(0, BRIEF_LIMITS.overdue)
                .map((task) => [
                  `${task.code} — ${title(task.titleVi, task.titleEn ?? "")}`,
                  title(task.organization.nameVi, task.organization.nameEn ?? ""),
                  formatIsoDay(task.dueDate),
                  String(task.daysOverdue ?? ""),
                  `${task.progress}%`,
                ])}
            />
          )}
          {summary.overdue.total > Math.min(summary.overdue.tasks.length, BRIEF_LIMITS.overdue) && (
            <Text style={styles.paragraph}>
              {nfc(
                t("pdf.moreInWorkbook", {
                  shown: Math.min(summary.overdue.tasks.length, BRIEF_LIMITS.overdue),
                  total: summary.overdue.total,
                }),
              )}
            </Text>
          )}
        </Section>

        <Section title={t("pdf.sections.breakthroughs")}>
          {summary.breakthroughs.byPhase.length === 0 ? (
            <Text style={styles.paragraph}>{nfc(t("breakthroughs.empty"))}</Text>
          ) : (
            <Table
              columns={completionColumns(t, t("breakthroughs.phase"))}
              rows={summary.breakthroughs.byPhase.map((p) =>
                completionCells({ ...p, code: p.phase, titleVi: "", titleEn: "" }, p.phase ?? t("breakthroughs.noPhase"), locale),
              )}
            />
          )}
        </Section>
        <Text style={[styles.paragraph, { marginTop: 10, fontSize: 8, color: "#374151" }]}>{nfc(t("overview.scopeNote"))}</Text>
        <Footer t={t} generatedAt={generatedAt} />
      </Page>
    </Document>
  );
}

export async function renderDashboardBrief(input: BriefInput): Promise<Uint8Array> {
  registerSerifFont();
  return new Uint8Array(await renderToBuffer(<OverviewBrief {...input} />));
}

export type ScorecardBriefInput = {
  brief: OrganizationScorecard;
  t: Translate;
  locale: FormatLocale;
  filtersText: string;
  generatedAt: string;
  organizationName: string;
  kindLabel: string;
  regionLabel: string | null;
};

function ScorecardBrief({ brief, t, locale, filtersText, generatedAt, organizationName, kindLabel, regionLabel }: ScorecardBriefInput) {
  const card = brief.scorecard;
  const title = (vi: string, en: string | null) => (locale === "en" && en ? en : vi);
  const due = brief.compliance.filter((c) => c.status !== "NOT_DUE");
  return (
    <Document title={nfc(t("pdf.scorecardTitle", { organization: organizationName }))} author={nfc(t("pdf.author"))} language={locale}>
      <Page size="A4" style={styles.page} wrap>
        <Text style={styles.title}>{nfc(t("pdf.scorecardTitle", { organization: organizationName }))}</Text>
        <Text style={styles.subtitle}>{nfc(t("pdf.subtitle"))}</Text>
        <Text style={styles.meta}>{nfc(`${kindLabel}${regionLabel ? ` · ${regionLabel}` : ""} · ${card.organization.code}`)}</Text>
        <Text style={styles.meta}>{nfc(t("pdf.filters", { filters: filtersText }))}</Text>

        <Section title={t("pdf.sections.scorecard")}>
          <Stats
            items={[
              { label: t("scorecards.columns.plan"), value: t(`planState.${card.planState}`) },
              { label: t("scorecards.columns.tasks"), value: String(card.tasks) },
              { label: t("scorecards.columns.complete"), value: formatRate(card.completionRate, locale) },
              { label: t("scorecards.columns.overdue"), value: String(card.overdue) },
              { label: t("completion.stats.averageProgress"), value: formatAverage(card.averageProgress, locale) },
              { label: t("scorecards.columns.timeliness"), value: formatRate(card.timeliness, locale) },
              { label: t("pdf.onTimeOf"), value: `${card.onTimeReports}/${card.dueReports}` },
              {
                label: t("scorecards.columns.lastReport"),
                value: card.lastReport
                  ? `${formatPeriod(card.lastReport, locale)} (${t(`reportStatus.${card.lastReport.status}`)})`
                  : t("scorecards.noReport"),
              },
            ]}
          />
        </Section>

        <Section title={t("pdf.sections.groups")}>
          <Bars
            items={brief.taskGroups.map((row) => ({
              label: row.code ?? t("completion.noGroup"),
              value: row.completionRate,
              text: `${formatRate(row.completionRate, locale)} (${row.counts.COMPLETED}/${row.total})`,
            }))}
            max={1}
          />
          <Table
            columns={completionColumns(t, t("completion.columns.taskGroup"))}
            rows={brief.taskGroups.map((row) =>
              completionCells(row, row.code ? `${row.code}: ${title(row.titleVi, row.titleEn)}` : t("completion.noGroup"), locale),
            )}
          />
        </Section>

        <Section title={t("pdf.sections.reports")}>
          {brief.compliance.length === 0 ? (
            <Text style={styles.paragraph}>{nfc(t("pdf.noObligations"))}</Text>
          ) : (
            <>
              <Bars
                items={(["ON_TIME", "LATE", "MISSING", "RETURNED"] as const).map((status) => {
                  const count = due.filter((c) => c.status === status).length;
                  return { label: t(`compliance.${status}`), value: count, text: String(count) };
                })}
                max={Math.max(1, due.length)}
              />
              <Table
                columns={[
                  { header: t("reporting.columns.period"), width: "40%" },
                  { header: t("reporting.columns.deadline"), width: "25%" },
                  { header: t("reporting.columns.status"), width: "35%" },
                ]}
                rows={brief.compliance.map((c) => [formatPeriod(c, locale), formatIsoDay(c.deadline), t(`compliance.${c.status}`)])}
              />
            </>
          )}
        </Section>

        <Section title={t("pdf.sections.organizationOverdue", { count: brief.overdue.total })}>
          {brief.overdue.tasks.length === 0 ? (
            <Text style={styles.paragraph}>{nfc(t("overdue.empty"))}</Text>
          ) : (
            <Table
              columns={[
                { header: t("tasks.columns.task"), width: "56%" },
                { header: t("tasks.columns.due"), width: "14%" },
                { header: t("tasks.columns.daysOverdue"), width: "14%", align: "right" },
                { header: t("tasks.columns.progress"), width: "16%", align: "right" },
              ]}
              rows={brief.overdue.tasks
                .slice(0, BRIEF_LIMITS.overdue)
                .map((task) => [
                  `${task.code} — ${title(task.titleVi, task.titleEn)}`,
                  formatIsoDay(task.dueDate),
                  String(task.daysOverdue ?? ""),
                  `${task.progress}%`,
                ])}
            />
          )}
        </Section>

        <Section title={t("pdf.sections.plans")}>
          {brief.plans.length === 0 ? (
            <Text style={styles.paragraph}>{nfc(t("planState.NONE"))}</Text>
          ) : (
            brief.plans.map((plan) => (
              <Text key={plan.id} style={styles.paragraph}>
                {nfc(`• ${plan.title} (${plan.periodStart}–${plan.periodEnd}) — ${t(`planStatus.${plan.status}`)}`)}
              </Text>
            ))
          )}
        </Section>
        <Footer t={t} generatedAt={generatedAt} />
      </Page>
    </Document>
  );
}

export async function renderScorecardBrief(input: ScorecardBriefInput): Promise<Uint8Array> {
  registerSerifFont();
  return new Uint8Array(await renderToBuffer(<ScorecardBrief {...input} />));
}
