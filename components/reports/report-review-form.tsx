"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FieldErrorText, FormMessage, inputClass, primaryButtonClass } from "@/components/ui/form-field";
import { submitWithoutReset } from "@/components/plans/submit-without-reset";
import { fieldAnchor, reasonSectionField, reasonTaskField } from "@/lib/domain/report-form";
import type { ReportSection } from "@/lib/domain/report-rules";
import { IndicatorsReadOnly, SectionsReadOnly, TaskRowsReadOnly } from "./report-content";
import type { ReportFormAction, ReportFormState } from "./form-state";
import type { ReportIndicatorView, ReportTaskRowView } from "./types";

// The Steering Committee's decision on a submitted report: the whole report read-only, with an optional reason
// box next to each section and each task (a returned report reopens exactly those parts), a general comment,
// and accept or return.
export function ReportReviewForm({
  action,
  reportId,
  version,
  sections,
  taskRows,
  indicators,
}: {
  action: ReportFormAction;
  reportId: string;
  version: number;
  sections: Record<ReportSection, string | null>;
  taskRows: ReportTaskRowView[];
  indicators: ReportIndicatorView[];
}) {
  const t = useTranslations("reports");
  const tr = useTranslations("reports.review");
  const [state, formAction, isPending] = useActionState(action, {} as ReportFormState);
  const value = (name: string) => state.values?.[name] ?? "";
  const errorOf = (name: string) => state.fieldErrors?.[name]?.[0];
  const decision = value("decision");
  const decisionError = errorOf("decision") ? tr("decisionRequired") : errorOf("reasons");
  const reasonBox = (name: string, label: string) => {
    const id = fieldAnchor(name);
    const error = errorOf(name);
    return (
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {label}
        </label>
        <textarea
          id={id}
          name={name}
          lang="vi"
          rows={2}
          maxLength={2000}
          defaultValue={value(name)}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          className={`${inputClass} text-sm`}
        />
        <FieldErrorText id={`${id}-error`} error={error} />
      </div>
    );
  };
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="space-y-8" data-testid="report-review-form">
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage status={state.status} message={state.message} />
      <p className="text-sm text-slate-700">{tr("intro")}</p>

      <section aria-labelledby="review-sections-heading" className="space-y-4">
        <h2 id="review-sections-heading" className="text-xl font-semibold">
          {t("detail.sectionsHeading")}
        </h2>
        <SectionsReadOnly sections={sections} renderExtra={(section) => reasonBox(reasonSectionField(section), tr("reasonFor", { section: t(`sections.${section}`) }))} />
      </section>

      <section aria-labelledby="review-tasks-heading" className="space-y-3">
        <h2 id="review-tasks-heading" className="text-xl font-semibold">
          {t("detail.tasksHeading", { count: taskRows.length })}
        </h2>
        <TaskRowsReadOnly
          rows={taskRows}
          extraColumn={{
            header: tr("reasonTaskColumn"),
            render: (row) => {
              const name = reasonTaskField(row.taskId);
              const id = fieldAnchor(name);
              const error = errorOf(name);
              return (
                <>
                  <label htmlFor={id} className="sr-only">
                    {tr("reasonForTask", { code: row.code })}
                  </label>
                  <textarea
                    id={id}
                    name={name}
                    lang="vi"
                    rows={2}
                    maxLength={2000}
                    defaultValue={value(name)}
                    aria-invalid={Boolean(error)}
                    aria-describedby={error ? `${id}-error` : undefined}
                    className={`${inputClass} text-sm`}
                  />
                  <FieldErrorText id={`${id}-error`} error={error} />
                </>
              );
            },
          }}
        />
      </section>

      <section aria-labelledby="review-indicators-heading" className="space-y-3">
        <h2 id="review-indicators-heading" className="text-xl font-semibold">
          {t("detail.indicatorsHeading")}
        </h2>
        <IndicatorsReadOnly indicators={indicators} />
      </section>

      <section aria-labelledby="review-decision-heading" className="max-w-3xl space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
        <h2 id="review-decision-heading" className="text-xl font-semibold">
          {tr("decisionHeading")}
        </h2>
        <div className="space-y-1">
          <label htmlFor="review-comment" className="block font-medium">
            {tr("comment")}
          </label>
          <textarea
            id="review-comment"
            name="comment"
            lang="vi"
            rows={4}
            maxLength={5000}
            defaultValue={value("comment")}
            aria-describedby={["review-comment-hint", errorOf("comment") ? "review-comment-error" : null].filter(Boolean).join(" ")}
            aria-invalid={Boolean(errorOf("comment"))}
            className={inputClass}
          />
          <p id="review-comment-hint" className="text-xs text-slate-600">
            {tr("commentHint")}
          </p>
          <FieldErrorText id="review-comment-error" error={errorOf("comment")} />
        </div>
        <fieldset aria-describedby={decisionError ? "review-decision-error" : undefined} className="space-y-2">
          <legend className="font-medium">
            {tr("decision")}
            <span className="ml-1 text-red-800" aria-hidden="true">
              *
            </span>
          </legend>
          <div className="flex items-start gap-2">
            <input id="decision-accept" type="radio" name="decision" value="accept" required defaultChecked={decision === "accept"} className="mt-1 h-4 w-4" />
            <label htmlFor="decision-accept">
              <span className="font-medium">
                <span aria-hidden="true">✓ </span>
                {tr("accept")}
              </span>
              <span className="block text-sm text-slate-700">{tr("acceptHint")}</span>
            </label>
          </div>
          <div className="flex items-start gap-2">
            <input id="decision-return" type="radio" name="decision" value="return" required defaultChecked={decision === "return"} className="mt-1 h-4 w-4" />
            <label htmlFor="decision-return">
              <span className="font-medium">
                <span aria-hidden="true">↩ </span>
                {tr("return")}
              </span>
              <span className="block text-sm text-slate-700">{tr("returnHint")}</span>
            </label>
          </div>
          <FieldErrorText id="review-decision-error" error={decisionError} />
        </fieldset>
        <button type="submit" disabled={isPending} className={primaryButtonClass} data-testid="report-review-submit">
          {isPending ? tr("deciding") : tr("submit")}
        </button>
      </section>
    </form>
  );
}
