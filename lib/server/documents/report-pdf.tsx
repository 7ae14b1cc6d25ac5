import "server-only";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { wrapLongWords } from "@/lib/domain/report-document";
import type { ReportDocumentModel } from "./report-document-assembly";
import { TIMES_FAMILY, registerTimesFont } from "./pdf-fonts";

// The same report as the .docx (same model), as a PDF in the Decree 30/2020 layout: Tinos (metric-compatible with
// Times New Roman, every Vietnamese letter) at the Decree's sizes — national title 12 pt, motto 13 pt with a rule
// of its own length, body 13 pt; the place-and-date line under the motto.
const MM = 72 / 25.4;
const CONTENT_WIDTH = 595.28 - 45 * MM; // A4 less the left and right margins, in points
// Characters of a long run that fit a table cell: 11 pt Tinos letters are about 6 pt wide at most.
const charactersFitting = (width: string) => Math.max(6, Math.floor(((Number.parseFloat(width) / 100) * CONTENT_WIDTH - 6) / 6));

const styles = StyleSheet.create({
  page: {
    fontFamily: TIMES_FAMILY,
    fontSize: 13,
    lineHeight: 1.3,
    paddingTop: 20 * MM,
    paddingBottom: 20 * MM,
    paddingLeft: 30 * MM,
    paddingRight: 15 * MM,
    color: "#000000",
  },
  pageNumber: { position: "absolute", top: 10 * MM, left: 0, right: 0, textAlign: "center", fontSize: 13 },
  draftMark: { textAlign: "right", fontSize: 11, fontWeight: "bold", marginBottom: 6 },
  headerRow: { flexDirection: "row" },
  headerLeft: { width: "40%", alignItems: "center" },
  headerRight: { width: "60%", alignItems: "center" },
  issuer: { fontSize: 12.5, fontWeight: "bold", textAlign: "center" },
  issuerRule: { width: "33%", borderBottomWidth: 0.75, borderColor: "#000000", marginTop: 1, marginBottom: 4 },
  number: { fontSize: 13, textAlign: "center" },
  nationalTitle: { fontSize: 12, fontWeight: "bold", textAlign: "center" },
  // The rule under the motto is the motto box's bottom border: the box shrinks to the text, so the rule is as long
  // as the motto.
  mottoBox: { alignSelf: "center", borderBottomWidth: 0.75, borderColor: "#000000", paddingBottom: 1 },
  motto: { fontSize: 13, fontWeight: "bold", textAlign: "center" },
  dateLine: { fontSize: 13, fontStyle: "italic", textAlign: "center", marginTop: 6 },
  headerGap: { marginBottom: 14 },
  kind: { fontSize: 14, fontWeight: "bold", textAlign: "center" },
  subject: { fontSize: 13, fontWeight: "bold", textAlign: "center" },
  subjectRule: { alignSelf: "center", width: "22%", borderBottomWidth: 0.75, borderColor: "#000000", marginTop: 3, marginBottom: 12 },
  paragraph: { textAlign: "justify", textIndent: 10 * MM, marginBottom: 4 },
  heading: { fontWeight: "bold", marginTop: 10, marginBottom: 4 },
  // Borders sit on rows and cells, not on the table: a table box split across pages would draw its side border
  // down to the foot of the first page.
  table: { marginBottom: 6 },
  row: { flexDirection: "row", borderLeftWidth: 0.75, borderColor: "#000000" },
  headRow: { borderTopWidth: 0.75 },
  headCell: {
    borderRightWidth: 0.75,
    borderBottomWidth: 0.75,
    borderColor: "#000000",
    padding: 3,
    fontSize: 11,
    fontWeight: "bold",
    textAlign: "center",
    backgroundColor: "#e7e6e6",
  },
  cell: { borderRightWidth: 0.75, borderBottomWidth: 0.75, borderColor: "#000000", padding: 3, fontSize: 11 },
  closing: { flexDirection: "row", marginTop: 16 },
  recipients: { width: "45%" },
  recipientsLabel: { fontSize: 12, fontWeight: "bold", fontStyle: "italic" },
  recipient: { fontSize: 11 },
  signature: { width: "55%", alignItems: "center" },
  signatureLine: { fontSize: 13, fontWeight: "bold", textAlign: "center" },
  // The space for the signature and seal.
  signatureSpace: { height: 60 },
});

type Column<K extends string> = { key: K; width: string; align?: "left" | "center" | "right" };

function Grid<K extends string>({ columns, head, rows }: { columns: Column<K>[]; head: Record<K, string>; rows: Record<K, string>[] }) {
  return (
    <View style={styles.table}>
      <View style={[styles.row, styles.headRow]} fixed wrap={false}>
        {columns.map((c) => (
          <Text key={c.key} style={[styles.headCell, { width: c.width }]}>
            {head[c.key]}
          </Text>
        ))}
      </View>
      {rows.map((row, i) => (
        <View key={i} style={styles.row} wrap={false}>
          {columns.map((c) => (
            <Text key={c.key} style={[styles.cell, { width: c.width, textAlign: c.align ?? "left" }]}>
              {wrapLongWords(row[c.key], charactersFitting(c.width))}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

const TASK_COLUMNS: Column<"index" | "task" | "status" | "progress" | "result" | "evidence">[] = [
  { key: "index", width: "7%", align: "center" },
  { key: "task", width: "26%" },
  { key: "status", width: "13%" },
  { key: "progress", width: "9%", align: "center" },
  { key: "result", width: "27%" },
  { key: "evidence", width: "18%" },
];

const INDICATOR_COLUMNS: Column<"index" | "indicator" | "unit" | "value" | "note">[] = [
  { key: "index", width: "7%", align: "center" },
  { key: "indicator", width: "40%" },
  { key: "unit", width: "16%" },
  { key: "value", width: "14%", align: "right" },
  { key: "note", width: "23%" },
];

function ReportDocument({ model }: { model: ReportDocumentModel }) {
  return (
    <Document title={model.metaTitle} author={model.author} language="vi">
      <Page size="A4" style={styles.page} wrap>
        <Text
          style={styles.pageNumber}
          fixed
          render={({ pageNumber, totalPages }) =>
            pageNumber > 1 ? model.pageLabel.replace("{page}", String(pageNumber)).replace("{total}", String(totalPages)) : ""
          }
        />
        {model.draftMark && <Text style={styles.draftMark}>{model.draftMark}</Text>}
        <View style={styles.headerRow}>
          <View style={styles.headerLeft}>
            {model.issuingBody.map((line) => (
              <Text key={line} style={styles.issuer}>
                {line}
              </Text>
            ))}
            <View style={styles.issuerRule} />
            <Text style={styles.number}>{model.numberLine}</Text>
          </View>
          <View style={styles.headerRight}>
            <Text style={styles.nationalTitle}>{model.nationalTitle}</Text>
            <View style={styles.mottoBox}>
              <Text style={styles.motto}>{model.motto}</Text>
            </View>
            <Text style={styles.dateLine}>{model.dateLine}</Text>
          </View>
        </View>
        <View style={styles.headerGap} />
        <Text style={styles.kind}>{model.kind}</Text>
        <Text style={styles.subject}>{model.subject}</Text>
        <View style={styles.subjectRule} />
        <Text style={styles.paragraph}>{model.basis}</Text>
        {model.sections.map((section) => (
          <View key={section.heading}>
            <Text style={styles.heading} minPresenceAhead={40}>
              {section.heading}
            </Text>
            {section.paragraphs.map((paragraph, i) => (
              <Text key={i} style={styles.paragraph}>
                {wrapLongWords(paragraph, 60)}
              </Text>
            ))}
          </View>
        ))}
        <Text style={styles.heading} minPresenceAhead={60}>
          {model.tasks.title}
        </Text>
        {model.tasks.rows.length === 0 ? (
          <Text style={styles.paragraph}>{model.tasks.empty}</Text>
        ) : (
          <Grid columns={TASK_COLUMNS} head={model.tasks.columns} rows={model.tasks.rows} />
        )}
        <Text style={styles.heading} minPresenceAhead={60}>
          {model.indicators.title}
        </Text>
        {model.indicators.rows.length === 0 ? (
          <Text style={styles.paragraph}>{model.indicators.empty}</Text>
        ) : (
          <Grid columns={INDICATOR_COLUMNS} head={model.indicators.columns} rows={model.indicators.rows} />
        )}
        <View style={styles.closing} wrap={false}>
          <View style={styles.recipients}>
            <Text style={styles.recipientsLabel}>{model.recipientsLabel}</Text>
            {model.recipients.map((line) => (
              <Text key={line} style={styles.recipient}>
                {line}
              </Text>
            ))}
          </View>
          <View style={styles.signature}>
            {model.signature.lines.map((line) => (
              <Text key={line} style={styles.signatureLine}>
                {line}
              </Text>
            ))}
            <View style={styles.signatureSpace} />
            {model.signature.name && <Text style={styles.signatureLine}>{model.signature.name}</Text>}
          </View>
        </View>
      </Page>
    </Document>
  );
}

export async function renderReportPdf(model: ReportDocumentModel): Promise<Uint8Array> {
  registerTimesFont();
  return new Uint8Array(await renderToBuffer(<ReportDocument model={model} />));
}
