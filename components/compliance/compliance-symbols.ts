export type ComplianceCellStatus = "ON_TIME" | "LATE" | "MISSING" | "RETURNED" | "NOT_DUE" | "NOT_OWED";

export const COMPLIANCE_CELL_STATUSES: readonly ComplianceCellStatus[] = ["ON_TIME", "LATE", "MISSING", "RETURNED", "NOT_DUE", "NOT_OWED"];

// A symbol and a word for each status (the screen, the workbook), and Okabe–Ito tints (app/globals.css) only to
// help the eye: the status must read the same without colour vision. The text stays dark on every tint.
export const COMPLIANCE_STYLES: Record<ComplianceCellStatus, { symbol: string; className: string }> = {
  ON_TIME: { symbol: "✓", className: "border-cb-green bg-cb-green/15" },
  LATE: { symbol: "⏰", className: "border-cb-orange bg-cb-orange/20" },
  MISSING: { symbol: "✗", className: "border-cb-vermillion bg-cb-vermillion/15" },
  RETURNED: { symbol: "↩", className: "border-cb-purple bg-cb-purple/20" },
  NOT_DUE: { symbol: "·", className: "border-slate-300 bg-slate-50" },
  NOT_OWED: { symbol: "–", className: "border-dashed border-slate-300 bg-white" },
};
