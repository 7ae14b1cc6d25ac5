"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FieldErrorText, FormField, FormMessage, inputClass, primaryButtonClass } from "@/components/ui/form-field";
import { useFieldError } from "./use-field-error";
import { TASK_COMMENT_PREFIX, textValue, type PlanFormAction } from "./form-state";
import { submitWithoutReset } from "./submit-without-reset";
import { useFocusOnError } from "./use-focus-on-error";
import { PlanTaskTable, type PlanTaskRow, type TaskCommentView, type TaskGroupLabel } from "./plan-task-table";

// The Steering Committee's decision: approve or return, a general comment, and optional comments per task.
export function PlanReviewForm({
  action,
  planId,
  version,
  tasks,
  taskGroups,
  comments,
  caption,
}: {
  action: PlanFormAction;
  planId: string;
  version: number;
  tasks: PlanTaskRow[];
  taskGroups: TaskGroupLabel[];
  comments: TaskCommentView[];
  caption: string;
}) {
  const t = useTranslations("plans.review");
  const [state, formAction, isPending] = useActionState(action, {});
  const messageRef = useFocusOnError(state);
  const fieldError = useFieldError(state.fieldErrors);
  const decision = textValue(state.values, "decision");
  const decisionError = fieldError("decision");
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="space-y-6" data-testid="review-form">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        <FormMessage status={state.status} message={state.message} />
      </div>
      <section aria-labelledby="review-tasks-heading" className="space-y-2">
        <h2 id="review-tasks-heading" className="text-xl font-semibold">
          {t("tasksHeading", { count: tasks.length })}
        </h2>
        <p className="text-sm text-slate-700">{t("tasksIntro")}</p>
        <PlanTaskTable
          tasks={tasks}
          taskGroups={taskGroups}
          comments={comments}
          caption={caption}
          extraColumn={{
            header: t("taskComment"),
            render: (task) => {
              const name = `${TASK_COMMENT_PREFIX}${task.id}`;
              const id = `task-comment-${task.id}`;
              const error = fieldError(name);
              return (
                <>
                  <label htmlFor={id} className="sr-only">
                    {t("taskCommentFor", { code: task.code })}
                  </label>
                  <textarea
                    id={id}
                    name={name}
                    lang="vi"
                    rows={2}
                    maxLength={2000}
                    defaultValue={textValue(state.values, name)}
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
      <section aria-labelledby="review-decision-heading" className="max-w-3xl space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
        <h2 id="review-decision-heading" className="text-xl font-semibold">
          {t("decisionHeading")}
        </h2>
        <FormField id="review-comment" label={t("comment")} error={fieldError("comment")} hint={t("commentHint")}>
          {(a11y) => <textarea {...a11y} name="comment" lang="vi" rows={4} maxLength={5000} defaultValue={textValue(state.values, "comment")} className={inputClass} />}
        </FormField>
        <fieldset aria-describedby={decisionError ? "review-decision-error" : undefined} className="space-y-2">
          <legend className="font-medium">
            {t("decision")}
            <span className="ml-1 text-red-800" aria-hidden="true">
              *
            </span>
          </legend>
          <div className="flex items-start gap-2">
            <input id="decision-approve" type="radio" name="decision" value="approve" required defaultChecked={decision === "approve"} className="mt-1 h-4 w-4" />
            <label htmlFor="decision-approve">
              <span className="font-medium">
                <span aria-hidden="true">✓ </span>
                {t("approve")}
              </span>
              <span className="block text-sm text-slate-700">{t("approveHint")}</span>
            </label>
          </div>
          <div className="flex items-start gap-2">
            <input id="decision-return" type="radio" name="decision" value="return" required defaultChecked={decision === "return"} className="mt-1 h-4 w-4" />
            <label htmlFor="decision-return">
              <span className="font-medium">
                <span aria-hidden="true">↩ </span>
                {t("return")}
              </span>
              <span className="block text-sm text-slate-700">{t("returnHint")}</span>
            </label>
          </div>
          <FieldErrorText id="review-decision-error" error={decisionError ? t("decisionRequired") : undefined} />
        </fieldset>
        <button type="submit" disabled={isPending} className={primaryButtonClass} data-testid="review-submit">
          {isPending ? t("deciding") : t("submit")}
        </button>
      </section>
    </form>
  );
}
