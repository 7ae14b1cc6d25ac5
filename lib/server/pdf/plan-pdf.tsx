import "server-only";
import path from "node:path";
import { Document, Font, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";

// A plan as a printable PDF: its identity, then the task table (the header row repeats on every page).
// DejaVu Sans covers every Vietnamese letter; it is read from node_modules by absolute path at run time.
const FONT_FAMILY = "DejaVu Sans";

// Registrations are process-wide (the meeting briefs register DejaVu Serif the same way): once per family.
function registerFonts() {
  if (Font.getRegisteredFontFamilies().includes(FONT_FAMILY)) return;
  const directory = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
  Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: path.join(directory, "DejaVuSans.ttf"), fontWeight: "normal" },
      { src: path.join(directory, "DejaVuSans-Bold.ttf"), fontWeight: "bold" },
    ],
  });
  // The default hyphenation is English; Vietnamese syllables are never split.
  Font.registerHyphenationCallback((word) => [word]);
}

export type PlanPdfData = {
  labels: {
    documentTitle: string;
    organization: string;
    title: string;
    period: string;
    document: string;
    status: string;
    tasks: string;
    noTasks: string;
    generatedAt: string;
    page: string; // "{page}/{total}" placeholders
    columns: {
      code: string;
      title: string;
      group: string;
      lead: string;
      start: string;
      due: string;
      budget: string;
      status: string;
      progress: string;
    };
  };
  plan: { organization: string; title: string; titleEn: string | null; period: string; document: string; status: string };
  tasks: {
    code: string;
    title: string;
    group: string;
    lead: string;
    start: string;
    due: string;
    budget: string;
    status: string;
    progress: string;
  }[];
  generatedAt: string;
};

const COLUMN_WIDTHS = {
  code: "7%",
  title: "29%",
  group: "6%",
  lead: "16%",
  start: "8%",
  due: "8%",
  budget: "11%",
  status: "9%",
  progress: "6%",
} as const;
type ColumnKey = keyof typeof COLUMN_WIDTHS;
const COLUMNS = Object.keys(COLUMN_WIDTHS) as ColumnKey[];
const RIGHT_ALIGNED = new Set<ColumnKey>(["budget", "progress"]);

const styles = StyleSheet.create({
  page: { fontFamily: FONT_FAMILY, fontSize: 8.5, paddingTop: 32, paddingBottom: 40, paddingHorizontal: 32, color: "#111827" },
  heading: { fontSize: 14, fontWeight: "bold", marginBottom: 4 },
  subheading: { fontSize: 10, color: "#374151", marginBottom: 10 },
  facts: { marginBottom: 14, borderWidth: 0.5, borderColor: "#9ca3af", padding: 8 },
  fact: { flexDirection: "row", marginBottom: 2 },
  factLabel: { width: 120, fontWeight: "bold" },
  factValue: { flex: 1 },
  sectionTitle: { fontSize: 11, fontWeight: "bold", marginBottom: 6 },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderColor: "#d1d5db" },
  headerRow: { flexDirection: "row", backgroundColor: "#e5e7eb", borderBottomWidth: 0.75, borderColor: "#6b7280" },
  cell: { paddingVertical: 3, paddingHorizontal: 3 },
  headerCell: { paddingVertical: 4, paddingHorizontal: 3, fontWeight: "bold" },
  empty: { marginTop: 6, color: "#4b5563" },
  footer: {
    position: "absolute",
    bottom: 18,
    left: 32,
    right: 32,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 7.5,
    color: "#4b5563",
  },
});

const nfc = (text: string) => text.normalize("NFC");

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View style={styles.fact}>
      <Text style={styles.factLabel}>{nfc(label)}</Text>
      <Text style={styles.factValue}>{nfc(value)}</Text>
    </View>
  );
}

// react-pdf lays out one <Page> at a time and slows down sharply as a single page's flow grows (2,000 rows in
// one flow take minutes). The rows are therefore packed onto pages by their estimated height; should an
// estimate fall short, the page still wraps onto the next one with the header row repeated.
const USABLE_WIDTH = 841.89 - 2 * 32; // A4 landscape minus the side paddings, in points
const BODY_HEIGHT = 595.28 - 32 - 40 - 24; // minus top and bottom paddings and the header row
const FIRST_PAGE_BODY_HEIGHT = BODY_HEIGHT - 175; // the plan's identity comes first
const LINE_HEIGHT = 10.6;
const ROW_PADDING = 6.5;
const AVERAGE_CHARACTER_WIDTH = 4.9; // DejaVu Sans at 8.5 pt, generously

function estimateRowHeight(task: PlanPdfData["tasks"][number]): number {
  let lines = 1;
  for (const key of COLUMNS) {
    const width = (Number.parseFloat(COLUMN_WIDTHS[key]) / 100) * USABLE_WIDTH - 6;
    const perLine = Math.max(1, Math.floor(width / AVERAGE_CHARACTER_WIDTH));
    const text = task[key];
    const columnLines = text.split("\n").reduce((sum, part) => sum + Math.max(1, Math.ceil(Array.from(part).length / perLine)), 0);
    lines = Math.max(lines, columnLines);
  }
  return lines * LINE_HEIGHT + ROW_PADDING;
}

export function paginateRows<T extends PlanPdfData["tasks"][number]>(rows: T[]): T[][] {
  const pages: T[][] = [[]];
  let room = FIRST_PAGE_BODY_HEIGHT;
  for (const row of rows) {
    const height = estimateRowHeight(row);
    const current = pages.at(-1)!;
    if (height > room && current.length > 0) {
      pages.push([row]);
      room = BODY_HEIGHT - height;
    } else {
      current.push(row);
      room -= height;
    }
  }
  return pages;
}

function TableHeader({ labels }: { labels: PlanPdfData["labels"] }) {
  return (
    <View style={styles.headerRow} fixed>
      {COLUMNS.map((key) => (
        <Text key={key} style={[styles.headerCell, { width: COLUMN_WIDTHS[key], textAlign: RIGHT_ALIGNED.has(key) ? "right" : "left" }]}>
          {nfc(labels.columns[key])}
        </Text>
      ))}
    </View>
  );
}

function Footer({ labels, generatedAt }: { labels: PlanPdfData["labels"]; generatedAt: string }) {
  return (
    <View style={styles.footer} fixed>
      <Text>{nfc(`${labels.generatedAt} ${generatedAt}`)}</Text>
      <Text
        render={({ pageNumber, totalPages }) => labels.page.replace("{page}", String(pageNumber)).replace("{total}", String(totalPages))}
      />
    </View>
  );
}

function PlanDocument({ data }: { data: PlanPdfData }) {
  const { labels, plan } = data;
  return (
    <Document title={nfc(plan.title)} author={nfc(plan.organization)} language="vi">
      {paginateRows(data.tasks).map((rows, pageIndex) => (
        <Page key={pageIndex} size="A4" orientation="landscape" style={styles.page} wrap>
          {pageIndex === 0 && (
            <>
              <Text style={styles.heading}>{nfc(labels.documentTitle)}</Text>
              <Text style={styles.subheading}>{nfc(plan.title)}</Text>
              <View style={styles.facts}>
                <Fact label={labels.organization} value={plan.organization} />
                <Fact label={labels.title} value={plan.titleEn ? `${plan.title}\n${plan.titleEn}` : plan.title} />
                <Fact label={labels.period} value={plan.period} />
                <Fact label={labels.document} value={plan.document} />
                <Fact label={labels.status} value={plan.status} />
              </View>
              <Text style={styles.sectionTitle}>{nfc(labels.tasks)}</Text>
            </>
          )}
          <TableHeader labels={labels} />
          {data.tasks.length === 0 && <Text style={styles.empty}>{nfc(labels.noTasks)}</Text>}
          {rows.map((task, i) => (
            <View key={`${task.code}-${i}`} style={styles.row} wrap={false}>
              {COLUMNS.map((key) => (
                <Text key={key} style={[styles.cell, { width: COLUMN_WIDTHS[key], textAlign: RIGHT_ALIGNED.has(key) ? "right" : "left" }]}>
                  {nfc(task[key])}
                </Text>
              ))}
            </View>
          ))}
          <Footer labels={labels} generatedAt={data.generatedAt} />
        </Page>
      ))}
    </Document>
  );
}

export async function renderPlanPdf(data: PlanPdfData): Promise<Uint8Array> {
  registerFonts();
  return new Uint8Array(await renderToBuffer(<PlanDocument data={data} />));
}
