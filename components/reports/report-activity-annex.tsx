"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, primaryButtonClass } from "@/components/ui/form-field";
import { formatDate } from "@/lib/i18n/format";
import type { FormAction } from "@/lib/schemas/action-state";

type AnnexActivity = {
  id: string;
  titleVi: string;
  kind: string;
  startDate: string;
  endDate: string;
  countryCode: string;
  city: string | null;
  leadOrganization: { nameVi: string };
};

function Place({ a }: { a: AnnexActivity }) {
  return (
    <span className="text-sm text-slate-700">
      {formatDate(a.startDate)} – {formatDate(a.endDate)} · {a.countryCode}
      {a.city ? `, ${a.city}` : ""} · {a.leadOrganization.nameVi}
    </span>
  );
}

// The report's activity annex: the activities the organization held in the period, prefilled from the register.
// While the report is open its editors untick what does not belong and confirm; the confirmed list is shown to
// every reader of the report.
export function ReportActivityAnnex({
  reportId,
  proposed,
  confirmed,
  action,
}: {
  reportId: string;
  proposed: AnnexActivity[];
  confirmed: { confirmedAt: string; activities: AnnexActivity[] } | null;
  // Absent when the reader may not change the annex (or the report is no longer open).
  action?: FormAction;
}) {
  const t = useTranslations("activities.annex");
  const [state, formAction, isPending] = useActionState(action ?? (async (s) => s), {});
  const confirmedIds = new Set(confirmed?.activities.map((a) => a.id));
  return (
    <section aria-labelledby="report-activity-annex-heading" className="space-y-3" data-testid="report-activity-annex">
      <h2 id="report-activity-annex-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      {confirmed ? (
        <p className="text-sm text-slate-700" data-testid="report-activity-annex-status">
          {t("confirmedOn", { date: formatDate(confirmed.confirmedAt), count: confirmed.activities.length })}
        </p>
      ) : (
        <p className="text-sm text-slate-700">{t("notConfirmed")}</p>
      )}
      {action ? (
        <form action={formAction} className="space-y-3">
          <input type="hidden" name="reportId" value={reportId} />
          <FormMessage status={state.status} message={state.message} />
          {proposed.length === 0 ? (
            <p className="text-sm">{t("none")}</p>
          ) : (
            <fieldset className="space-y-2">
              <legend className="text-sm">{t("help")}</legend>
              {proposed.map((a) => (
                <div key={a.id} className="flex flex-wrap items-baseline gap-2">
                  <input
                    id={`annex-${a.id}`}
                    type="checkbox"
                    name="activityIds"
                    value={a.id}
                    defaultChecked={!confirmed || confirmedIds.has(a.id)}
                  />
                  <label htmlFor={`annex-${a.id}`} className="font-medium">
                    {a.titleVi}
                  </label>
                  <Place a={a} />
                </div>
              ))}
            </fieldset>
          )}
          <button type="submit" disabled={isPending} className={primaryButtonClass} data-testid="report-activity-annex-confirm">
            {t("confirm")}
          </button>
        </form>
      ) : (
        confirmed &&
        (confirmed.activities.length === 0 ? (
          <p className="text-sm">{t("none")}</p>
        ) : (
          <ol className="list-decimal space-y-1 pl-6">
            {confirmed.activities.map((a) => (
              <li key={a.id}>
                <Link href={`/activities/${a.id}`} className="text-cb-blue underline">
                  {a.titleVi}
                </Link>{" "}
                <Place a={a} />
              </li>
            ))}
          </ol>
        ))
      )}
    </section>
  );
}
