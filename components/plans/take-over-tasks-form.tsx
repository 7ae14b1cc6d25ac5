"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/schemas/action-state";
import { FormField, FormMessage, inputClass } from "@/components/ui/form-field";

type Target = { id: string; title: string; periodStart: number; periodEnd: number };

// Shown on a predecessor's plan to the successor's editors: carry the open tasks into one of their own plans.
export function TakeOverTasksForm({
  planId,
  openTaskCount,
  targets,
  action,
}: {
  planId: string;
  openTaskCount: number;
  targets: Target[];
  action: FormAction;
}) {
  const t = useTranslations("plans.takeOver");
  const [state, formAction, isPending] = useActionState(action, {});
  if (openTaskCount === 0) return <p className="text-sm text-slate-700">{t("nothingOpen")}</p>;
  if (targets.length === 0) return <p className="text-sm text-slate-700">{t("noTarget")}</p>;
  return (
    <form action={formAction} noValidate className="space-y-3" data-testid="take-over-form">
      <input type="hidden" name="fromPlanId" value={planId} />
      <p className="text-sm">{t("intro", { count: openTaskCount })}</p>
      <FormField id="take-over-target" label={t("target")} error={state.fieldErrors?.toPlanId?.[0]}>
        {(a11y) => (
          <select {...a11y} name="toPlanId" defaultValue={targets[0]!.id} className={`${inputClass} max-w-xl`}>
            {targets.map((target) => (
              <option key={target.id} value={target.id}>
                {target.title} ({target.periodStart}–{target.periodEnd})
              </option>
            ))}
          </select>
        )}
      </FormField>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {isPending ? t("working") : t("submit")}
      </button>
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
