"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormAction, FormValues } from "@/lib/schemas/action-state";
import type { ExpectationsResult } from "@/lib/schemas/admin-forms";
import { FormMessage } from "@/components/ui/form-field";
import { Badge } from "@/components/ui/badge";
import { Cell, DataTable, HeaderCell, RowHeaderCell } from "@/components/ui/table";
import { formatDate } from "@/lib/i18n/format";
import type { OrganizationKindValue } from "@/lib/schemas/organizations";

type Action = FormAction<FormValues, ExpectationsResult>;

export type ExpectationReportTypeView = { id: string; code: string; nameVi: string; nameEn: string; isActive: boolean };
export type ExpectationRowView = {
  id: string;
  code: string;
  kind: OrganizationKindValue;
  nameVi: string;
  nameEn: string | null;
  isActive: boolean;
  validFrom: string | null;
  validTo: string | null;
  expectedReportTypeIds: string[];
};

// Organizations × report types, one checkbox per cell. Saving sends the organizations shown and the ticked
// cells; if it fails the ticks stay as the administrator left them.
export function ExpectationMatrixForm({
  rows,
  reportTypes,
  caption,
  locale,
  action,
}: {
  rows: ExpectationRowView[];
  reportTypes: ExpectationReportTypeView[];
  caption: string;
  locale: "vi" | "en";
  action: Action;
}) {
  const t = useTranslations("reportingConfig.expectations");
  const ta = useTranslations("admin");
  const [state, formAction, isPending] = useActionState(action, {});
  const ticked = new Set(
    state.status === "error" && state.data?.cells
      ? state.data.cells
      : rows.flatMap((row) => row.expectedReportTypeIds.map((typeId) => `${row.id}:${typeId}`)),
  );
  const typeName = (type: ExpectationReportTypeView) => (locale === "en" ? type.nameEn : type.nameVi);
  const organizationName = (row: ExpectationRowView) => (locale === "en" && row.nameEn ? row.nameEn : row.nameVi);
  // Remount after each save so the checkboxes show what the server now holds.
  const formKey = `${state.data?.submittedAt ?? 0}:${rows.map((row) => `${row.id}=${row.expectedReportTypeIds.join("+")}`).join(",")}`;
  return (
    <div className="space-y-3">
      <FormMessage status={state.status} message={state.message} />
      <form key={formKey} action={formAction} className="space-y-3" data-testid="expectations-form">
        {rows.map((row) => (
          <input key={row.id} type="hidden" name="organizationIds" value={row.id} />
        ))}
        <DataTable caption={caption}>
          <thead>
            <tr>
              <HeaderCell>{t("organization")}</HeaderCell>
              <HeaderCell>{t("kind")}</HeaderCell>
              <HeaderCell>{t("validity")}</HeaderCell>
              {reportTypes.map((type) => (
                <HeaderCell key={type.id} className="text-center">
                  {typeName(type)}
                  {!type.isActive && <span className="block font-normal normal-case">{t("inactiveType")}</span>}
                </HeaderCell>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-testid="expectation-row">
                <RowHeaderCell>
                  <span id={`org-${row.id}`}>{organizationName(row)}</span>
                  <span className="block text-xs font-normal text-slate-600">
                    <code>{row.code}</code>
                    {!row.isActive && (
                      <>
                        {" "}
                        <Badge>{ta("inactive")}</Badge>
                      </>
                    )}
                  </span>
                </RowHeaderCell>
                <Cell>{ta(`kinds.${row.kind}`)}</Cell>
                <Cell className="whitespace-nowrap">
                  {row.validFrom || row.validTo ? `${formatDate(row.validFrom) || "…"} – ${formatDate(row.validTo) || "…"}` : t("always")}
                </Cell>
                {reportTypes.map((type) => {
                  const value = `${row.id}:${type.id}`;
                  return (
                    <Cell key={type.id} className="text-center">
                      <input
                        type="checkbox"
                        name="cells"
                        value={value}
                        defaultChecked={ticked.has(value)}
                        aria-label={t("checkboxLabel", {
                          organization: organizationName(row),
                          reportType: typeName(type).toLocaleLowerCase(locale),
                        })}
                        className="h-5 w-5"
                      />
                    </Cell>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </DataTable>
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            disabled={isPending}
            className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
          >
            {isPending ? ta("form.saving") : t("save")}
          </button>
          <p className="text-sm text-slate-700">{t("saveHint")}</p>
        </div>
      </form>
    </div>
  );
}
