import { useTranslations } from "next-intl";
import type { ReportEventView, ReturnReasonView } from "./types";

// At the top of a returned report: who returned it and why, and which parts are open again.
export function ReturnedNote({
  event,
  reasons,
  taskCodes,
}: {
  event: ReportEventView | undefined;
  reasons: ReturnReasonView[];
  taskCodes: Record<string, string>;
}) {
  const t = useTranslations("reports");
  return (
    <div
      role="note"
      className="space-y-2 rounded border-2 border-cb-vermillion bg-red-50 p-4 text-red-950"
      data-testid="report-returned-note"
    >
      <p className="font-semibold">
        <span aria-hidden="true">↩ </span>
        {t("detail.returnedHeading", { number: event?.version ?? 0 })}
      </p>
      <p className="text-sm">{t("detail.returnedIntro")}</p>
      {event?.comment && (
        <p className="whitespace-pre-line break-words text-sm">
          <span className="font-medium">{t("detail.returnedComment")}</span> {event.comment}
        </p>
      )}
      {reasons.length > 0 && (
        <ul className="list-disc space-y-0.5 pl-5 text-sm">
          {reasons.map((reason, index) => (
            <li key={index} className="whitespace-pre-line break-words">
              {reason.section
                ? t("events.reasonSection", { section: t(`sections.${reason.section}`), reason: reason.reason })
                : reason.taskId
                  ? t("events.reasonTask", { code: taskCodes[reason.taskId] ?? reason.taskId, reason: reason.reason })
                  : t("events.reasonSection", { section: t("detail.returnedIndicators"), reason: reason.reason })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
