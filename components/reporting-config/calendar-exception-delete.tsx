"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/schemas/action-state";
import { ConfirmDialogForm } from "@/components/ui/confirm-dialog-form";
import { FormMessage } from "@/components/ui/form-field";

type Action = FormAction;

export function CalendarExceptionDelete({
  exception,
  dateLabel,
  action,
}: {
  exception: { id: string; date: string; nameVi: string };
  dateLabel: string;
  action: Action;
}) {
  const t = useTranslations("reportingConfig.calendar");
  const tf = useTranslations("admin.form");
  const [state, formAction, isPending] = useActionState(action, {});
  return (
    <div className="space-y-1">
      <ConfirmDialogForm
        formAction={formAction}
        isPending={isPending}
        hiddenFields={{ exceptionId: exception.id, year: exception.date.slice(0, 4) }}
        triggerLabel={t("delete")}
        pendingLabel={tf("working")}
        title={t("deleteTitle", { date: dateLabel })}
        body={<p>{t("deleteBody", { name: exception.nameVi })}</p>}
        confirmLabel={t("deleteConfirm")}
        tone="danger"
        size="sm"
        testId={`delete-exception-${exception.date}`}
      />
      <FormMessage status={state.status} message={state.message} />
    </div>
  );
}
