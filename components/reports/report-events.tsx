import { useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/i18n/format";
import type { ReportEventView } from "./types";

const SYMBOLS: Record<ReportEventView["type"], string> = { SUBMITTED: "⇪", RETURNED: "↩", ACCEPTED: "✓" };

// Submissions and the Steering Committee's decisions, oldest first, each with its time, actor and reasons.
export function ReportEvents({ events, taskCodes }: { events: ReportEventView[]; taskCodes: Record<string, string> }) {
  const t = useTranslations("reports");
  if (events.length === 0) return <p className="text-sm text-slate-700">{t("events.empty")}</p>;
  return (
    <ol className="space-y-3 border-l-2 border-slate-200 pl-4" data-testid="report-events">
      {events.map((event) => (
        <li key={event.id} className="text-sm" data-event={event.type}>
          <p>
            <time dateTime={event.at} className="font-medium tabular-nums">
              {formatDateTime(event.at)}
            </time>
            {" · "}
            <span className="font-semibold">
              <span aria-hidden="true">{SYMBOLS[event.type]} </span>
              {t(`events.${event.type}`, { version: event.version })}
            </span>
            {" · "}
            {event.actorName ? t("events.by", { name: event.actorName }) : t("events.unknownActor")}
          </p>
          {event.comment && (
            <p className="mt-1 whitespace-pre-line break-words">
              <span className="font-medium">{t("events.comment")}</span> {event.comment}
            </p>
          )}
          {event.reasons.length > 0 && (
            <div className="mt-1">
              <p className="font-medium">{t("events.reasons")}</p>
              <ul className="list-disc space-y-0.5 pl-5">
                {event.reasons.map((reason, index) => (
                  <li key={index} className="whitespace-pre-line break-words">
                    {reason.section
                      ? t("events.reasonSection", { section: t(`sections.${reason.section}`), reason: reason.reason })
                      : reason.taskId
                        ? t("events.reasonTask", { code: taskCodes[reason.taskId] ?? reason.taskId, reason: reason.reason })
                        : t("events.reasonOther", { reason: reason.reason })}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
