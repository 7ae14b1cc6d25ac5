import { useTranslations } from "next-intl";
import { Cell, DataTable, HeaderCell } from "@/components/ui/table";
import { formatDateTime } from "@/lib/i18n/format";

export type SubmissionView = { number: number; submittedAt: string; decision: string | null; decidedAt: string | null; comment: string | null };

// Each submission for review, with the Steering Committee's decision (newest first).
export function PlanSubmissions({ submissions }: { submissions: SubmissionView[] }) {
  const t = useTranslations("plans.submissions");
  if (submissions.length === 0) return <p className="text-sm text-slate-700">{t("empty")}</p>;
  const newestFirst = [...submissions].sort((a, b) => b.number - a.number);
  return (
    <DataTable caption={t("caption")} isCaptionHidden>
      <thead>
        <tr>
          <HeaderCell>{t("number")}</HeaderCell>
          <HeaderCell>{t("submittedAt")}</HeaderCell>
          <HeaderCell>{t("decision")}</HeaderCell>
          <HeaderCell>{t("decidedAt")}</HeaderCell>
          <HeaderCell className="min-w-72">{t("comment")}</HeaderCell>
        </tr>
      </thead>
      <tbody>
        {newestFirst.map((submission) => (
          <tr key={submission.number} data-testid="submission-row">
            <th scope="row" className="border-b border-slate-100 px-3 py-2 align-top font-medium">
              {t("numberValue", { number: submission.number })}
            </th>
            <Cell className="whitespace-nowrap">{formatDateTime(submission.submittedAt)}</Cell>
            <Cell>
              {submission.decision === "APPROVED" ? (
                <span>
                  <span aria-hidden="true">✓ </span>
                  {t("approved")}
                </span>
              ) : submission.decision === "RETURNED" ? (
                <span>
                  <span aria-hidden="true">↩ </span>
                  {t("returned")}
                </span>
              ) : (
                <span>
                  <span aria-hidden="true">… </span>
                  {t("pending")}
                </span>
              )}
            </Cell>
            <Cell className="whitespace-nowrap">{submission.decidedAt ? formatDateTime(submission.decidedAt) : t("none")}</Cell>
            <Cell className="whitespace-pre-line">{submission.comment ?? t("none")}</Cell>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
