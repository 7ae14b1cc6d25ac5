"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormAction, FormValues } from "@/lib/schemas/action-state";
import type { UserResult } from "@/lib/schemas/admin-forms";
import { ROLES, type Role } from "@/lib/domain/roles";
import { FormField, FormMessage, inputClass, TextField } from "@/components/ui/form-field";
import { OrganizationOptions, type OrganizationOption } from "./organization-options";
import { useFieldError } from "@/components/ui/use-field-error";

export function UserEditForm({
  action,
  user,
  isSelf,
  organizations,
}: {
  action: FormAction<FormValues, UserResult>;
  user: { id: string; name: string; role: Role; organizationId: string };
  isSelf: boolean;
  organizations: OrganizationOption[];
}) {
  const t = useTranslations("admin");
  const [state, formAction, isPending] = useActionState(action, {});
  const values = state.values ?? { name: user.name, role: user.role, organizationId: user.organizationId };
  const error = useFieldError(state.fieldErrors);
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-4" data-testid="user-edit-form">
      <input type="hidden" name="userId" value={user.id} />
      <FormMessage status={state.status} message={state.message} />
      <TextField
        id="edit-name"
        label={t("users.fields.name")}
        error={error("name")}
        isRequired
        requiredLabel={t("form.required")}
        name="name"
        maxLength={200}
        required
        defaultValue={values.name}
      />
      {isSelf ? (
        // An administrator cannot change their own role (the service refuses it too).
        <FormField id="edit-role" label={t("users.fields.role")} hint={t("users.ownRoleHint")}>
          {(a11y) => (
            <>
              <input type="hidden" name="role" value={user.role} />
              <input {...a11y} readOnly value={t(`roles.${user.role}`)} className={`${inputClass} bg-slate-100`} />
            </>
          )}
        </FormField>
      ) : (
        <FormField
          id="edit-role"
          label={t("users.fields.role")}
          error={error("role")}
          isRequired
          requiredLabel={t("form.required")}
          hint={t("users.roleHint")}
        >
          {(a11y) => (
            <select {...a11y} name="role" required defaultValue={values.role} className={inputClass}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <FormField
        id="edit-organization"
        label={t("users.fields.organization")}
        error={error("organizationId")}
        isRequired
        requiredLabel={t("form.required")}
      >
        {(a11y) => (
          <select {...a11y} name="organizationId" required defaultValue={values.organizationId} className={inputClass}>
            <OrganizationOptions
              options={organizations}
              kindLabel={(kind) => t(`kinds.${kind}`)}
              inactiveLabel={t("inactive")}
              pick={(o) => o.nameVi}
            />
          </select>
        )}
      </FormField>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {isPending ? t("form.saving") : t("form.save")}
      </button>
    </form>
  );
}
