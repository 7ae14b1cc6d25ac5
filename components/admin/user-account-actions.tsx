"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormAction, FormValues } from "@/lib/schemas/action-state";
import type { UserResult } from "@/lib/schemas/admin-forms";
import { ConfirmDialogForm } from "@/components/ui/confirm-dialog-form";
import { FormMessage } from "@/components/ui/form-field";
import { TemporaryPasswordNotice } from "./temporary-password-notice";

type Action = FormAction<FormValues, UserResult>;

// Deactivation, password reset and forced sign-out. Each destructive step asks for confirmation first.
export function UserAccountActions({
  user,
  isSelf,
  setActiveAction,
  resetPasswordAction,
  forceSignOutAction,
}: {
  user: { id: string; name: string; email: string; isActive: boolean };
  isSelf: boolean;
  setActiveAction: Action;
  resetPasswordAction: Action;
  forceSignOutAction: Action;
}) {
  const t = useTranslations("admin");
  const [statusState, statusFormAction, isStatusPending] = useActionState(setActiveAction, {});
  const [resetState, resetFormAction, isResetPending] = useActionState(resetPasswordAction, {});
  const [signOutState, signOutFormAction, isSignOutPending] = useActionState(forceSignOutAction, {});
  const who = { name: user.name, email: user.email };
  return (
    <div className="space-y-6">
      <section aria-labelledby="account-status-heading" className="space-y-2">
        <h3 id="account-status-heading" className="font-semibold">
          {t("users.statusHeading")}
        </h3>
        <p className="text-sm text-slate-700">{user.isActive ? t("users.statusActive") : t("users.statusInactive")}</p>
        {user.isActive ? (
          isSelf ? (
            <p className="text-sm text-slate-700">{t("users.cannotDeactivateSelf")}</p>
          ) : (
            <ConfirmDialogForm
              formAction={statusFormAction}
              isPending={isStatusPending}
              hiddenFields={{ userId: user.id, intent: "deactivate" }}
              triggerLabel={t("users.deactivate")}
              pendingLabel={t("form.working")}
              title={t("users.deactivateTitle")}
              body={<p>{t("users.deactivateBody", who)}</p>}
              confirmLabel={t("users.deactivateConfirm")}
              tone="danger"
              size="sm"
              testId="deactivate"
            />
          )
        ) : (
          <form action={statusFormAction}>
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="intent" value="reactivate" />
            <button
              type="submit"
              disabled={isStatusPending}
              className="rounded bg-brand px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
            >
              {isStatusPending ? t("form.working") : t("users.reactivate")}
            </button>
          </form>
        )}
        <FormMessage status={statusState.status} message={statusState.message} />
      </section>

      <section aria-labelledby="reset-password-heading" className="space-y-2">
        <h3 id="reset-password-heading" className="font-semibold">
          {t("users.resetHeading")}
        </h3>
        <p className="text-sm text-slate-700">{t("users.resetIntro")}</p>
        <ConfirmDialogForm
          formAction={resetFormAction}
          isPending={isResetPending}
          hiddenFields={{ userId: user.id }}
          triggerLabel={t("users.resetPassword")}
          pendingLabel={t("form.working")}
          title={t("users.resetTitle")}
          body={<p>{t("users.resetBody", who)}</p>}
          confirmLabel={t("users.resetConfirm")}
          tone="danger"
          size="sm"
          testId="reset-password"
        />
        {resetState.status === "success" && resetState.data?.temporaryPassword ? (
          <TemporaryPasswordNotice password={resetState.data?.temporaryPassword} />
        ) : (
          <FormMessage status={resetState.status} message={resetState.message} />
        )}
      </section>

      <section aria-labelledby="sign-out-heading" className="space-y-2">
        <h3 id="sign-out-heading" className="font-semibold">
          {t("users.signOutHeading")}
        </h3>
        <p className="text-sm text-slate-700">{t("users.signOutIntro")}</p>
        <ConfirmDialogForm
          formAction={signOutFormAction}
          isPending={isSignOutPending}
          hiddenFields={{ userId: user.id }}
          triggerLabel={t("users.forceSignOut")}
          pendingLabel={t("form.working")}
          title={t("users.signOutTitle")}
          body={<p>{t("users.signOutBody", who)}</p>}
          confirmLabel={t("users.signOutConfirm")}
          tone="danger"
          size="sm"
          testId="force-sign-out"
        />
        <FormMessage status={signOutState.status} message={signOutState.message} />
      </section>
    </div>
  );
}
