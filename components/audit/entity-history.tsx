import { useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/i18n/format";
import { AuditChanges, useAuditLabels } from "./audit-changes";
import type { AuditEntryDto } from "@/lib/dto/audit";

// "Lịch sử thay đổi / Change history" of one record, from entries the page has already loaded (and whose
// reading it has authorized). Newest first, as given.
export function EntityHistory({
  entries,
  headingLevel = 2,
  id = "change-history",
}: {
  entries: AuditEntryDto[];
  headingLevel?: 2 | 3;
  id?: string;
}) {
  const t = useTranslations("audit");
  const labels = useAuditLabels();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={id} className="space-y-3" data-testid="entity-history">
      <Heading id={id} className="text-lg font-semibold">
        {t("history.title")}
      </Heading>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-700">{t("history.empty")}</p>
      ) : (
        <ol className="space-y-3 border-l-2 border-slate-200 pl-4">
          {entries.map((entry) => (
            <li key={entry.id} className="text-sm">
              <p>
                <time dateTime={entry.at} className="font-medium">
                  {formatDateTime(entry.at)}
                </time>
                {" · "}
                <span className="font-semibold">{labels.action(entry.action)}</span>
                {" · "}
                <span className="break-all">{labels.actor(entry.actorEmail)}</span>
              </p>
              {entry.changes.length > 0 && (
                <div className="mt-1 text-slate-800">
                  <AuditChanges changes={entry.changes} />
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
