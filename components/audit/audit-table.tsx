import { useTranslations } from "next-intl";
import { Cell, DataTable, HeaderCell } from "@/components/ui/table";
import { formatDateTime } from "@/lib/i18n/format";
import { AuditChanges, useAuditLabels } from "./audit-changes";
import type { AuditEntryDto } from "@/lib/dto/audit";
import { TextLink } from "@/components/ui/text-link";

export function AuditTable({
  entries,
  caption,
  hrefForEntity,
}: {
  entries: AuditEntryDto[];
  caption: string;
  hrefForEntity: (entity: string, entityId: string) => string;
}) {
  const t = useTranslations("audit");
  const labels = useAuditLabels();
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <HeaderCell>{t("columns.at")}</HeaderCell>
          <HeaderCell>{t("columns.actor")}</HeaderCell>
          <HeaderCell>{t("columns.entity")}</HeaderCell>
          <HeaderCell>{t("columns.entityId")}</HeaderCell>
          <HeaderCell>{t("columns.action")}</HeaderCell>
          <HeaderCell className="min-w-72">{t("columns.changes")}</HeaderCell>
          <HeaderCell>{t("columns.ip")}</HeaderCell>
          <HeaderCell>{t("columns.userAgent")}</HeaderCell>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} data-testid="audit-row">
            <th scope="row" className="whitespace-nowrap border-b border-slate-100 px-3 py-2 align-top font-medium text-slate-900">
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
            </th>
            <Cell className="break-words">{labels.actor(entry.actorEmail)}</Cell>
            <Cell>{labels.entity(entry.entity)}</Cell>
            <Cell>
              <TextLink
                href={hrefForEntity(entry.entity, entry.entityId)}
                className="break-all font-mono text-xs"
                aria-label={t("filterByEntity", { entity: labels.entity(entry.entity), id: entry.entityId })}
              >
                {entry.entityId}
              </TextLink>
            </Cell>
            <Cell>{labels.action(entry.action)}</Cell>
            <Cell>
              <AuditChanges changes={entry.changes} />
            </Cell>
            <Cell className="whitespace-nowrap font-mono text-xs">{entry.ip ?? t("emptyValue")}</Cell>
            <Cell className="max-w-56 text-xs">
              {entry.userAgent ? (
                <span title={entry.userAgent} className="line-clamp-2 break-all">
                  {entry.userAgent}
                </span>
              ) : (
                t("emptyValue")
              )}
            </Cell>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
