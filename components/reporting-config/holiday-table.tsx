import type { ComponentProps } from "react";
import { useTranslations } from "next-intl";
import { Cell, DataTable, HeaderCell, RowHeaderCell } from "@/components/ui/table";
import { formatDate } from "@/lib/i18n/format";
import { HolidayRowActions, type HolidayView } from "./holiday-row-actions";

type RowActionProps = Pick<ComponentProps<typeof HolidayRowActions>, "renameAction" | "deleteAction">;

export function HolidayTable({ holidays, caption, ...actions }: { holidays: HolidayView[]; caption: string } & RowActionProps) {
  const t = useTranslations("reportingConfig.holidays");
  return (
    // The section heading above says the same: the caption stays for screen readers only.
    <DataTable caption={caption} isCaptionHidden>
      <thead>
        <tr>
          <HeaderCell>{t("date")}</HeaderCell>
          <HeaderCell>{t("weekday")}</HeaderCell>
          <HeaderCell>{t("nameVi")}</HeaderCell>
          <HeaderCell>{t("nameEn")}</HeaderCell>
          <HeaderCell>{t("actions")}</HeaderCell>
        </tr>
      </thead>
      <tbody>
        {holidays.map((holiday) => {
          const date = formatDate(holiday.date);
          const weekday = String(new Date(`${holiday.date}T00:00:00Z`).getUTCDay()) as "0";
          return (
            <tr key={holiday.id} data-testid="holiday-row">
              <RowHeaderCell className="whitespace-nowrap">
                <time dateTime={holiday.date}>{date}</time>
              </RowHeaderCell>
              <Cell className="whitespace-nowrap">{t(`weekdays.${weekday}`)}</Cell>
              <Cell>
                <span lang="vi">{holiday.nameVi}</span>
              </Cell>
              <Cell>
                <span lang="en">{holiday.nameEn}</span>
              </Cell>
              <Cell>
                <HolidayRowActions holiday={holiday} dateLabel={date} {...actions} />
              </Cell>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
