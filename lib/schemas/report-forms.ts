// The report and review forms as their server actions read them (lib/server/action.ts). Their controls are
// named by part (`section:<name>`, `task:<id>:progress`, `indicator:<code>:value`, `reason:task:<id>`; see
// lib/domain/report-form.ts), so they are read as bounded name → text entries.
import { formEntries } from "./form-fields";

// 2,000 task rows of 4 controls, 200 indicators of 2, the sections and the hidden fields.
export const reportForm = formEntries(10_000, 40_000);

export const reportReviewForm = formEntries(3_000, 10_000);

// The sentence above the marked fields of a refused report (catalogue keys).
export function reportValidationMessage(codes: string[]): string | undefined {
  if (codes.length > 0 && codes.every((c) => c === "section_required" || c === "task_row_incomplete")) return "reports.errors.incomplete";
  if (codes.includes("part_locked")) return "reports.errors.locked";
  if (codes.includes("return_needs_reason")) return "reports.review.returnNeedsReason";
  return undefined;
}
