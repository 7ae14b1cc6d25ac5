"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-field";
import { ReviewDecisionSection, ReviewNoteBox } from "@/components/ui/review-decision";
import { useFieldError } from "@/components/ui/use-field-error";
import { textValue, type FormAction } from "@/lib/schemas/action-state";
import { TASK_COMMENT_PREFIX } from "./form-state";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";
import { PlanTaskTable, type PlanTaskRow, type TaskCommentView, type TaskGroupLabel } from "./plan-task-table";

const DECISION_SYMBOLS = { record: "✓", approve: "✓", comment: "↩" } as const;

// MOFA's decision on a sent plan: record it (approve it, for MOFA's own units) or send comments asking for
// completion; a general comment, and optional comments per task.
export function PlanReviewForm({
  action,
  planId,
  version,
  decisions,
  tasks,
  taskGroups,
  comments,
  caption,
}: {
  action: FormAction;
  planId: string;
  version: number;
  decisions: readonly ("record" | "approve" | "comment")[];
  tasks: PlanTaskRow[];
  taskGroups: TaskGroupLabel[];
  comments: TaskCommentView[];
  caption: string;
}) {
  const t = useTranslations("plans.review");
  const [state, formAction, isPending] = useActionState(action, {});
  const messageRef = useFocusOnError(state);
  const fieldError = useFieldError(state.fieldErrors);
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
              return (
                <ReviewNoteBox
                  id={`task-comment-${task.id}`}
                  name={name}
                  label={t("taskCommentFor", { code: task.code })}
                  defaultValue={textValue(state.values, name)}
                  error={fieldError(name)}
                />
              );
            },
          }}
        />
      </section>
      <ReviewDecisionSection
        heading={t("decisionHeading")}
        commentLabel={t("comment")}
        commentHint={t("commentHint")}
        commentValue={textValue(state.values, "comment")}
        commentError={fieldError("comment")}
        legend={t("decision")}
        options={decisions.map((value) => ({
          value,
          symbol: DECISION_SYMBOLS[value],
          label: t(`decisions.${value}`),
          hint: t(`decisions.${value}Hint`),
        }))}
        decision={textValue(state.values, "decision")}
        decisionError={fieldError("decision") ? t("decisionRequired") : undefined}
        submitLabel={t("submit")}
        pendingLabel={t("deciding")}
        isPending={isPending}
        submitTestId="review-submit"
      />
    </form>
  );
}
