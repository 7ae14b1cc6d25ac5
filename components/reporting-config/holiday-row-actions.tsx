"use client";

import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/schemas/action-state";
import { useFieldError } from "@/components/ui/use-field-error";
import { ConfirmDialogForm } from "@/components/ui/confirm-dialog-form";
import { FormMessage, inputClass } from "@/components/ui/form-field";

type Action = FormAction;

export type HolidayView = { id: string; date: string; nameVi: string; nameEn: string };

// Rename (inside a disclosure, so the table stays compact) and delete (after a confirmation dialog).
export function HolidayRowActions({
  holiday,
  dateLabel,
  renameAction,
  deleteAction,
}: {
  holiday: HolidayView;
  dateLabel: string;
  renameAction: Action;
  deleteAction: Action;
}) {
  const t = useTranslations("reportingConfig.holidays");
  const tf = useTranslations("admin.form");
  const [renameState, renameFormAction, isRenaming] = useActionState(renameAction, {});
  const [deleteState, deleteFormAction, isDeleting] = useActionState(deleteAction, {});
  const id = useId();
  const values = renameState.values ?? { nameVi: holiday.nameVi, nameEn: holiday.nameEn };
  const error = useFieldError(renameState.fieldErrors);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-start gap-2">
        <details className="group">
          <summary className="cursor-pointer rounded border border-slate-500 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:border-brand">
            {t("rename")}
            <span className="sr-only"> — {dateLabel}</span>
          </summary>
          <form action={renameFormAction} noValidate className="mt-2 w-72 space-y-2" aria-label={t("renameOf", { date: dateLabel })}>
            <input type="hidden" name="holidayId" value={holiday.id} />
            <div>
              <label htmlFor={`${id}-vi`} className="block text-sm font-medium">
                {t("nameVi")}
              </label>
              <input
                id={`${id}-vi`}
                name="nameVi"
                lang="vi"
                maxLength={200}
                required
                defaultValue={values.nameVi}
                aria-invalid={Boolean(error("nameVi"))}
                aria-describedby={error("nameVi") ? `${id}-vi-error` : undefined}
                className={inputClass}
              />
              {error("nameVi") && (
                <p id={`${id}-vi-error`} className="text-sm text-red-800">
                  {error("nameVi")}
                </p>
              )}
            </div>
            <div>
              <label htmlFor={`${id}-en`} className="block text-sm font-medium">
                {t("nameEn")}
              </label>
              <input
                id={`${id}-en`}
                name="nameEn"
                lang="en"
                maxLength={200}
                required
                defaultValue={values.nameEn}
                aria-invalid={Boolean(error("nameEn"))}
                aria-describedby={error("nameEn") ? `${id}-en-error` : undefined}
                className={inputClass}
              />
              {error("nameEn") && (
                <p id={`${id}-en-error`} className="text-sm text-red-800">
                  {error("nameEn")}
                </p>
              )}
            </div>
            <button
              type="submit"
              disabled={isRenaming}
              className="rounded bg-brand px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
            >
              {isRenaming ? tf("saving") : tf("save")}
            </button>
          </form>
        </details>
        <ConfirmDialogForm
          formAction={deleteFormAction}
          isPending={isDeleting}
          hiddenFields={{ holidayId: holiday.id, year: holiday.date.slice(0, 4) }}
          triggerLabel={t("delete")}
          pendingLabel={tf("working")}
          title={t("deleteTitle", { date: dateLabel })}
          body={<p>{t("deleteBody", { name: holiday.nameVi })}</p>}
          confirmLabel={t("deleteConfirm")}
          tone="danger"
          size="sm"
          testId={`delete-holiday-${holiday.date}`}
        />
      </div>
      <FormMessage status={renameState.status} message={renameState.message} />
      <FormMessage status={deleteState.status} message={deleteState.message} />
    </div>
  );
}
