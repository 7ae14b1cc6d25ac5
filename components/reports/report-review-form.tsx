"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-field";
import { ReviewDecisionSection, ReviewNoteBox } from "@/components/ui/review-decision";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";
import { fieldAnchor, reasonSectionField, reasonTaskField } from "@/lib/domain/report-form";
import type { ReportSection } from "@/lib/domain/report-rules";
import { IndicatorsReadOnly, SectionsReadOnly, TaskRowsReadOnly } from "./report-content";
import { textValue, type FormAction } from "@/lib/schemas/action-state";
import type { ReportIndicatorView, ReportTaskRowView } from "./types";
import { useFieldError } from "@/components/ui/use-field-error";

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
  action: FormAction;
  reportId: string;
  version: number;
  sections: Record<ReportSection, string | null>;
  taskRows: ReportTaskRowView[];
  indicators: ReportIndicatorView[];
}) {
  const t = useTranslations("reports");
  const tr = useTranslations("reports.review");
  const [state, formAction, isPending] = useActionState(action, {});
  const value = (name: string) => textValue(state.values, name);
  const errorOf = useFieldError(state.fieldErrors);
  const reasonBox = (name: string, label: string, isLabelVisible: boolean) => (
    <ReviewNoteBox
      id={fieldAnchor(name)}
      name={name}
      label={label}
      isLabelVisible={isLabelVisible}
      defaultValue={value(name)}
      error={errorOf(name)}
    />
  );
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
        <SectionsReadOnly
          sections={sections}
          renderExtra={(section) => reasonBox(reasonSectionField(section), tr("reasonFor", { section: t(`sections.${section}`) }), true)}
        />
      </section>

      <section aria-labelledby="review-tasks-heading" className="space-y-3">
        <h2 id="review-tasks-heading" className="text-xl font-semibold">
          {t("detail.tasksHeading", { count: taskRows.length })}
        </h2>
        <TaskRowsReadOnly
          rows={taskRows}
          extraColumn={{
            header: tr("reasonTaskColumn"),
            render: (row) => reasonBox(reasonTaskField(row.taskId), tr("reasonForTask", { code: row.code }), false),
          }}
        />
      </section>

      <section aria-labelledby="review-indicators-heading" className="space-y-3">
        <h2 id="review-indicators-heading" className="text-xl font-semibold">
          {t("detail.indicatorsHeading")}
        </h2>
        <IndicatorsReadOnly indicators={indicators} />
      </section>

      <ReviewDecisionSection
        heading={tr("decisionHeading")}
        commentLabel={tr("comment")}
        commentHint={tr("commentHint")}
        commentValue={value("comment")}
        commentError={errorOf("comment")}
        legend={tr("decision")}
        options={[
          { value: "accept", symbol: "✓", label: tr("accept"), hint: tr("acceptHint") },
          { value: "return", symbol: "↩", label: tr("return"), hint: tr("returnHint") },
        ]}
        decision={value("decision")}
        decisionError={errorOf("decision") ? tr("decisionRequired") : errorOf("reasons")}
        submitLabel={tr("submit")}
        pendingLabel={tr("deciding")}
        isPending={isPending}
        submitTestId="report-review-submit"
      />
    </form>
  );
}
