import { useLocale, useTranslations } from "next-intl";
import { Cell, DataTable, HeaderCell } from "@/components/ui/table";
import { toLocale } from "@/lib/i18n/config";
import { formatDateTime, pickLocalized } from "@/lib/i18n/format";
import { formatPeriod } from "./plan-facts";
import { TextLink } from "@/components/ui/text-link";

export type ReviewQueueRow = {
  id: string;
  title: string;
  titleEn: string | null;
  periodStart: number;
  periodEnd: number;
  organization: { nameVi: string; nameEn: string | null };
  taskCount: number;
  submittedAt: string | null;
  ageDays: number | null;
  submissionNumber: number | null;
  approvedNumber: number | null;
};

// Plans awaiting the Steering Committee's decision, oldest first.
export function ReviewQueueTable({ rows }: { rows: ReviewQueueRow[] }) {
  const t = useTranslations("plans.queue");
  const locale = toLocale(useLocale());
  return (
    <DataTable caption={t("caption")} isCaptionHidden>
      <thead>
        <tr>
          <HeaderCell className="min-w-72">{t("plan")}</HeaderCell>
          <HeaderCell className="min-w-48">{t("organization")}</HeaderCell>
          <HeaderCell>{t("submission")}</HeaderCell>
          <HeaderCell>{t("submittedAt")}</HeaderCell>
          <HeaderCell className="text-right">{t("age")}</HeaderCell>
          <HeaderCell className="text-right">{t("tasks")}</HeaderCell>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-testid="review-queue-row">
            <Cell>
              <TextLink href={`/plans/${row.id}/review`}>{pickLocalized(locale, row.title, row.titleEn)}</TextLink>
              <span className="block text-xs text-slate-700">{t("period", { period: formatPeriod(row) })}</span>
            </Cell>
            <Cell>{pickLocalized(locale, row.organization.nameVi, row.organization.nameEn)}</Cell>
            <Cell>
              {row.submissionNumber ? t("submissionValue", { number: row.submissionNumber }) : t("none")}
              <span className="block text-xs text-slate-700">
                {row.approvedNumber ? t("revisionOf", { number: row.approvedNumber }) : t("firstApproval")}
              </span>
            </Cell>
            <Cell className="whitespace-nowrap">{row.submittedAt ? formatDateTime(row.submittedAt) : t("none")}</Cell>
            <Cell className="whitespace-nowrap text-right tabular-nums">
              {row.ageDays === null ? t("none") : t("ageValue", { count: row.ageDays })}
            </Cell>
            <Cell className="text-right tabular-nums">{row.taskCount}</Cell>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
