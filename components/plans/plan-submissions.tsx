import { useTranslations } from "next-intl";
import { Cell, DataTable, HeaderCell } from "@/components/ui/table";
import { formatDate, formatDateTime } from "@/lib/i18n/format";

export type SubmissionView = {
  number: number;
  submittedAt: string;
  decision: string | null;
  decidedAt: string | null;
  comment: string | null;
  documentNumber: string | null;
  documentDate: string | null;
  signerName: string | null;
  signedCopy: { id: string; fileName: string } | null;
};

// Words and a symbol for MOFA's decision on a sending, never colour alone.
const DECISIONS: Record<string, { symbol: string; key: "recorded" | "approved" | "commented" }> = {
  RECORDED: { symbol: "✓", key: "recorded" },
  APPROVED: { symbol: "✓", key: "approved" },
  COMMENTED: { symbol: "↩", key: "commented" },
};

// Each sending to MOFA with its issuing document and MOFA's decision (newest first).
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
          <HeaderCell className="min-w-56">{t("document")}</HeaderCell>
          <HeaderCell>{t("decision")}</HeaderCell>
          <HeaderCell>{t("decidedAt")}</HeaderCell>
          <HeaderCell className="min-w-72">{t("comment")}</HeaderCell>
        </tr>
      </thead>
      <tbody>
        {newestFirst.map((submission) => {
          const decision = submission.decision ? DECISIONS[submission.decision] : undefined;
          return (
            <tr key={submission.number} data-testid="submission-row">
              <th scope="row" className="border-b border-slate-100 px-3 py-2 align-top font-medium">
                {t("numberValue", { number: submission.number })}
              </th>
              <Cell className="whitespace-nowrap">{formatDateTime(submission.submittedAt)}</Cell>
              <Cell>
                {submission.documentNumber
                  ? t("documentValue", {
                      number: submission.documentNumber,
                      date: submission.documentDate ? formatDate(submission.documentDate) : t("none"),
                      signer: submission.signerName ?? t("none"),
                    })
                  : t("none")}
                {submission.signedCopy && (
                  <a
                    href={`/attachments/${encodeURIComponent(submission.signedCopy.id)}`}
                    className="mt-1 block text-cb-blue underline underline-offset-2"
                    data-testid="signed-copy-link"
                  >
                    {t("signedCopy", { name: submission.signedCopy.fileName })}
                  </a>
                )}
              </Cell>
              <Cell>
                <span data-testid="submission-decision">
                  <span aria-hidden="true">{decision?.symbol ?? "…"} </span>
                  {decision ? t(decision.key) : t("pending")}
                </span>
              </Cell>
              <Cell className="whitespace-nowrap">{submission.decidedAt ? formatDateTime(submission.decidedAt) : t("none")}</Cell>
              <Cell className="whitespace-pre-line">{submission.comment ?? t("none")}</Cell>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
