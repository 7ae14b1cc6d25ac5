"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormAction, FormValues } from "@/lib/schemas/action-state";
import type { UserResult } from "@/lib/schemas/admin-forms";
import { ROLES } from "@/lib/domain/roles";
import { FormField, FormMessage, inputClass, TextField } from "@/components/ui/form-field";
import { OrganizationOptions, type OrganizationOption } from "./organization-options";
import { TemporaryPasswordNotice } from "./temporary-password-notice";
import { useFieldError } from "@/components/ui/use-field-error";
import { TextLink } from "@/components/ui/text-link";

export function UserCreateForm({
  action,
  organizations,
}: {
  action: FormAction<FormValues, UserResult>;
  organizations: OrganizationOption[];
}) {
  const t = useTranslations("admin");
  const [state, formAction, isPending] = useActionState(action, {});
  const values = state.values ?? {};
  const error = useFieldError(state.fieldErrors);
  return (
    <div className="space-y-6">
      {state.status === "success" && state.data?.temporaryPassword ? (
        <TemporaryPasswordNotice password={state.data?.temporaryPassword}>
          <p className="text-sm">
            {state.message}{" "}
            {state.data?.userId && (
              <TextLink href={`/admin/users/${state.data?.userId}`} className="font-medium">
                {t("users.openCreated")}
              </TextLink>
            )}
          </p>
        </TemporaryPasswordNotice>
      ) : (
        <FormMessage status={state.status} message={state.message} />
      )}
      <form action={formAction} noValidate className="max-w-xl space-y-4" data-testid="user-create-form">
        <TextField
          id="user-name"
          label={t("users.fields.name")}
          error={error("name")}
          isRequired
          requiredLabel={t("form.required")}
          name="name"
          maxLength={200}
          required
          defaultValue={values.name}
        />
        <TextField
          id="user-email"
          label={t("users.fields.email")}
          error={error("email")}
          isRequired
          requiredLabel={t("form.required")}
          hint={t("users.emailHint")}
          name="email"
          type="email"
          maxLength={254}
          required
          defaultValue={values.email}
        />
        <FormField
          id="user-role"
          label={t("users.fields.role")}
          error={error("role")}
          isRequired
          requiredLabel={t("form.required")}
          hint={t("users.roleHint")}
        >
          {(a11y) => (
            <select {...a11y} name="role" required defaultValue={values.role ?? ""} className={inputClass}>
              <option value="">{t("form.choose")}</option>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id="user-organization"
          label={t("users.fields.organization")}
          error={error("organizationId")}
          isRequired
          requiredLabel={t("form.required")}
        >
          {(a11y) => (
            <select {...a11y} name="organizationId" required defaultValue={values.organizationId ?? ""} className={inputClass}>
              <option value="">{t("form.choose")}</option>
              <OrganizationOptions
                options={organizations}
                kindLabel={(kind) => t(`kinds.${kind}`)}
                inactiveLabel={t("inactive")}
                pick={(o) => o.nameVi}
              />
            </select>
          )}
        </FormField>
        <p className="text-sm text-slate-700">{t("users.createNote")}</p>
        <button
          type="submit"
          disabled={isPending}
          className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
        >
          {isPending ? t("form.saving") : t("users.create")}
        </button>
      </form>
    </div>
  );
}
