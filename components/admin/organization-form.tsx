"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/schemas/action-state";
import { ORGANIZATION_KINDS, REGIONS, type OrganizationFormValues } from "@/lib/schemas/organizations";
import { FormField, FormMessage, inputClass, TextField } from "@/components/ui/form-field";
import { OrganizationOptions, type OrganizationOption } from "./organization-options";
import { useFieldError } from "@/components/ui/use-field-error";
import { choosesIssuingBody, PROVINCIAL_ISSUERS } from "@/lib/domain/report-document";

type Action = FormAction;

const COMPARED_FIELDS = [
  "nameVi",
  "nameEn",
  "shortNameVi",
  "region",
  "parentId",
  "successorId",
  "validFrom",
  "validTo",
  "hostCountryCode",
  "accreditedCountryCodes",
  "officialCode",
  "reportIssuer",
  "isActive",
] as const;

function asStrings(values: OrganizationFormValues): Record<string, string> {
  return { ...values, isActive: values.isActive ? "on" : "", version: String(values.version) };
}

// Create (code and kind editable) or edit (with the version it was loaded with, for optimistic concurrency).
export function OrganizationForm({
  mode,
  action,
  organizationId,
  initial,
  options,
}: {
  mode: "create" | "edit";
  action: Action;
  organizationId?: string;
  initial: OrganizationFormValues;
  options: OrganizationOption[];
}) {
  const t = useTranslations("admin");
  const [state, formAction, isPending] = useActionState(action, {});
  const values = state.values ?? asStrings(initial);
  const version = state.version ?? initial.version;
  const error = useFieldError(state.fieldErrors);
  // What someone else saved meanwhile (the service sends it with the conflict).
  const conflict = state.current as OrganizationFormValues | undefined;
  const optionName = (id: string) => {
    const option = options.find((o) => o.id === id);
    return option ? `${option.nameVi} (${option.code})` : "";
  };
  const display = (field: (typeof COMPARED_FIELDS)[number], current: OrganizationFormValues): string => {
    const value = current[field];
    if (field === "isActive") return value ? t("yes") : t("no");
    if (field === "reportIssuer")
      return t(`organizations.reportIssuers.${(value || "PEOPLES_COMMITTEE") as (typeof PROVINCIAL_ISSUERS)[number]}`);
    if (value === "" || value === null) return t("emptyValue");
    if (field === "region") return t(`regions.${value as (typeof REGIONS)[number]}`);
    if (field === "parentId" || field === "successorId") return optionName(String(value));
    return String(value);
  };
  const conflictFields = conflict
    ? COMPARED_FIELDS.filter((field) => {
        const typed = field === "isActive" ? values.isActive === "on" : (values[field] ?? "");
        return String(conflict[field]) !== String(typed);
      })
    : [];
  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-4" data-testid="organization-form">
      {organizationId && <input type="hidden" name="organizationId" value={organizationId} />}
      {mode === "edit" && <input type="hidden" name="version" value={version} />}
      {conflict ? (
        <div role="alert" className="space-y-2 rounded border-2 border-cb-orange bg-amber-50 p-4 text-amber-950" data-testid="conflict">
          <p className="font-semibold">{state.message}</p>
          <p className="text-sm">{t("organizations.conflictHelp")}</p>
          {conflictFields.length > 0 && (
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              {conflictFields.map((field) => (
                <div key={field} className="contents">
                  <dt className="font-medium">{t(`organizations.fields.${field}`)}</dt>
                  <dd>{display(field, conflict)}</dd>
                </div>
              ))}
            </dl>
          )}
        </div>
      ) : (
        <FormMessage status={state.status} message={state.message} />
      )}

      {mode === "create" && (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id="org-code"
            label={t("organizations.fields.code")}
            error={error("code")}
            hint={t("organizations.codeHint")}
            isRequired
            requiredLabel={t("form.required")}
            name="code"
            maxLength={40}
            required
            defaultValue={values.code}
          />
          <FormField
            id="org-kind"
            label={t("organizations.fields.kind")}
            error={error("kind")}
            isRequired
            requiredLabel={t("form.required")}
          >
            {(a11y) => (
              <select {...a11y} name="kind" required defaultValue={values.kind ?? ""} className={inputClass}>
                <option value="">{t("form.choose")}</option>
                {ORGANIZATION_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`kinds.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
      )}

      <TextField
        id="org-name-vi"
        label={t("organizations.fields.nameVi")}
        error={error("nameVi")}
        isRequired
        requiredLabel={t("form.required")}
        name="nameVi"
        lang="vi"
        maxLength={300}
        required
        defaultValue={values.nameVi}
      />
      <TextField
        id="org-name-en"
        label={t("organizations.fields.nameEn")}
        error={error("nameEn")}
        name="nameEn"
        lang="en"
        maxLength={300}
        defaultValue={values.nameEn}
      />
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr_10rem]">
        <TextField
          id="org-host-country"
          label={t("organizations.fields.hostCountryCode")}
          hint={t("organizations.fields.hostCountryHint")}
          error={error("hostCountryCode")}
          name="hostCountryCode"
          maxLength={2}
          defaultValue={values.hostCountryCode}
          className="uppercase"
        />
        <TextField
          id="org-accredited"
          label={t("organizations.fields.accreditedCountryCodes")}
          hint={t("organizations.fields.accreditedHint")}
          error={error("accreditedCountryCodes")}
          name="accreditedCountryCodes"
          maxLength={600}
          defaultValue={values.accreditedCountryCodes}
          className="uppercase"
        />
        <TextField
          id="org-official-code"
          label={t("organizations.fields.officialCode")}
          hint={t("organizations.fields.officialCodeHint")}
          error={error("officialCode")}
          name="officialCode"
          inputMode="numeric"
          maxLength={8}
          defaultValue={values.officialCode}
        />
      </div>
      {(mode === "create" || choosesIssuingBody(initial.kind)) && (
        <FormField
          id="org-report-issuer"
          label={t("organizations.fields.reportIssuer")}
          hint={t("organizations.fields.reportIssuerHint")}
          error={error("reportIssuer")}
        >
          {(a11y) => (
            <select {...a11y} name="reportIssuer" defaultValue={values.reportIssuer ?? ""} className={inputClass}>
              {PROVINCIAL_ISSUERS.map((issuer) => (
                <option key={issuer} value={issuer === "PEOPLES_COMMITTEE" ? "" : issuer}>
                  {t(`organizations.reportIssuers.${issuer}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="org-short-name"
          label={t("organizations.fields.shortNameVi")}
          error={error("shortNameVi")}
          name="shortNameVi"
          lang="vi"
          maxLength={100}
          defaultValue={values.shortNameVi}
        />
        <FormField id="org-region" label={t("organizations.fields.region")} error={error("region")}>
          {(a11y) => (
            <select {...a11y} name="region" defaultValue={values.region ?? ""} className={inputClass}>
              <option value="">{t("organizations.noRegion")}</option>
              {REGIONS.map((region) => (
                <option key={region} value={region}>
                  {t(`regions.${region}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField id="org-parent" label={t("organizations.fields.parentId")} error={error("parentId")}>
        {(a11y) => (
          <select {...a11y} name="parentId" defaultValue={values.parentId ?? ""} className={inputClass}>
            <option value="">{t("organizations.noParent")}</option>
            <OrganizationOptions
              options={options}
              excludeId={organizationId}
              kindLabel={(kind) => t(`kinds.${kind}`)}
              inactiveLabel={t("inactive")}
              pick={(o) => o.nameVi}
            />
          </select>
        )}
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="org-valid-from"
          label={t("organizations.fields.validFrom")}
          error={error("validFrom")}
          hint={t("form.dateHint")}
          name="validFrom"
          inputMode="numeric"
          placeholder="dd/mm/yyyy"
          maxLength={10}
          defaultValue={values.validFrom}
        />
        <TextField
          id="org-valid-to"
          label={t("organizations.fields.validTo")}
          error={error("validTo")}
          hint={t("organizations.validToHint")}
          name="validTo"
          inputMode="numeric"
          placeholder="dd/mm/yyyy"
          maxLength={10}
          defaultValue={values.validTo}
        />
      </div>
      <FormField
        id="org-successor"
        label={t("organizations.fields.successorId")}
        error={error("successorId")}
        hint={t("organizations.successorHint")}
      >
        {(a11y) => (
          <select {...a11y} name="successorId" defaultValue={values.successorId ?? ""} className={inputClass}>
            <option value="">{t("organizations.noSuccessor")}</option>
            <OrganizationOptions
              options={options}
              excludeId={organizationId}
              kindLabel={(kind) => t(`kinds.${kind}`)}
              inactiveLabel={t("inactive")}
              pick={(o) => o.nameVi}
            />
          </select>
        )}
      </FormField>
      <div className="flex items-start gap-2">
        <input
          id="org-active"
          type="checkbox"
          name="isActive"
          defaultChecked={values.isActive === "on"}
          aria-describedby="org-active-hint"
          className="mt-1 h-4 w-4"
        />
        <div>
          <label htmlFor="org-active" className="font-medium">
            {t("organizations.fields.isActive")}
          </label>
          <p id="org-active-hint" className="text-xs text-slate-600">
            {t("organizations.activeHint")}
          </p>
        </div>
      </div>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {isPending
          ? t("form.saving")
          : mode === "create"
            ? t("organizations.create")
            : conflict
              ? t("organizations.saveAnyway")
              : t("form.save")}
      </button>
    </form>
  );
}
