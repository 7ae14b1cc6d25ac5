"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, primaryButtonClass, SelectField, TextAreaField, TextField } from "@/components/ui/form-field";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";
import { useFieldError } from "@/components/ui/use-field-error";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";
import { UNESCO_PROGRAMMES, type UnescoProgramme } from "@/lib/domain/unesco-pipeline";
import { textValue, type FormAction, type FormValues } from "@/lib/schemas/action-state";

export type DossierFormOrganization = { id: string; label: string };

// What the form starts from: a new dossier's defaults, or the dossier as saved.
export type DossierFormInitial = {
  elementVi: string;
  elementEn: string;
  programme: UnescoProgramme;
  leadOrganizationId: string;
  supporterIds: string[];
  notes: string;
  sourceUrls: string;
  confidence: "CONFIRMED" | "PARTIAL" | "UNCONFIRMED";
};

const CONFIDENCES = ["CONFIRMED", "PARTIAL", "UNCONFIRMED"] as const;
const START_STAGES = ["INVENTORIED", "NATIONAL_LIST", "IN_PREPARATION"] as const;

function listValue(values: FormValues | undefined, field: string, fallback: string[]): string[] {
  const value = values?.[field];
  return Array.isArray(value) ? value : fallback;
}

// Creates a dossier (with its starting stage) or edits one (its stage moves by the advance-stage form). On a
// concurrent edit the values someone else saved are listed, what the user typed stays in the controls, and saving
// again replaces the newer values on purpose.
export function UnescoDossierForm({
  action,
  dossierId,
  version,
  initial,
  leadOptions,
  supporterOptions,
  today,
}: {
  action: FormAction;
  dossierId?: string;
  version?: number;
  initial: DossierFormInitial;
  leadOptions: readonly DossierFormOrganization[];
  supporterOptions: readonly DossierFormOrganization[];
  today: string;
}) {
  const t = useTranslations("unesco.form");
  const tp = useTranslations("unesco.programmes");
  const ts = useTranslations("unesco.stages");
  const tc = useTranslations("unesco.confidence");
  const tf = useTranslations("admin.form");
  const [state, formAction, isPending] = useActionState(action, {});
  const values = state.values;
  const error = useFieldError(state.fieldErrors);
  const focusRef = useFocusOnError(state);
  const isNew = dossierId === undefined;
  const currentVersion = state.version ?? version;
  const current = state.kind === "conflict" ? state.current : undefined;
  const text = (value: unknown, fallback: string) => (typeof value === "string" && value !== "" ? value : fallback);
  const label = (id: unknown) => supporterOptions.find((o) => o.id === id)?.label ?? leadOptions.find((o) => o.id === id)?.label ?? "";

  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="space-y-4" data-testid="unesco-dossier-form">
      {dossierId ? <input type="hidden" name="dossierId" value={dossierId} /> : null}
      {currentVersion !== undefined ? <input type="hidden" name="version" value={String(currentVersion)} /> : null}
      <div ref={focusRef} tabIndex={-1} className="outline-none">
        <FormMessage status={state.status} message={state.message} />
        {current ? (
          <div className="mt-2 rounded border border-slate-300 bg-slate-50 p-3 text-sm" data-testid="unesco-conflict">
            <p>{t("conflictHelp")}</p>
            <dl className="mt-2 grid gap-1 md:grid-cols-[12rem_1fr]">
              <dt className="font-semibold">{t("elementVi")}</dt>
              <dd>{text(current.elementVi, "")}</dd>
              <dt className="font-semibold">{t("elementEn")}</dt>
              <dd>{text(current.elementEn, "—")}</dd>
              <dt className="font-semibold">{t("programme")}</dt>
              <dd>{typeof current.programme === "string" ? tp(current.programme as UnescoProgramme) : ""}</dd>
              <dt className="font-semibold">{t("lead")}</dt>
              <dd>{label(current.leadOrganizationId)}</dd>
              <dt className="font-semibold">{t("notes")}</dt>
              <dd>{text(current.notes, "—")}</dd>
            </dl>
          </div>
        ) : null}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          id="unesco-element-vi"
          name="elementVi"
          label={t("elementVi")}
          error={error("elementVi")}
          isRequired
          requiredLabel={tf("required")}
          maxLength={300}
          defaultValue={textValue(values, "elementVi", initial.elementVi)}
        />
        <TextField
          id="unesco-element-en"
          name="elementEn"
          label={t("elementEn")}
          error={error("elementEn")}
          maxLength={300}
          defaultValue={textValue(values, "elementEn", initial.elementEn)}
        />
        <SelectField
          id="unesco-programme"
          name="programme"
          label={t("programme")}
          error={error("programme")}
          isRequired
          requiredLabel={tf("required")}
          defaultValue={textValue(values, "programme", initial.programme)}
          options={UNESCO_PROGRAMMES.map((p) => ({ value: p, label: tp(p) }))}
        />
        <SelectField
          id="unesco-lead"
          name="leadOrganizationId"
          label={t("lead")}
          hint={t("leadHint")}
          error={error("leadOrganizationId")}
          isRequired
          requiredLabel={tf("required")}
          defaultValue={textValue(values, "leadOrganizationId", initial.leadOrganizationId)}
          options={leadOptions.map((o) => ({ value: o.id, label: o.label }))}
        />
        {isNew ? (
          <>
            <SelectField
              id="unesco-start-stage"
              name="stage"
              label={t("stage")}
              error={error("stage")}
              isRequired
              requiredLabel={tf("required")}
              defaultValue={textValue(values, "stage", "IN_PREPARATION")}
              options={START_STAGES.map((s) => ({ value: s, label: ts(s) }))}
            />
            <TextField
              id="unesco-stage-date"
              name="stageDate"
              type="date"
              label={t("stageDate")}
              error={error("stageDate")}
              maxLength={10}
              defaultValue={textValue(values, "stageDate", today)}
            />
          </>
        ) : null}
      </div>
      <SelectField
        id="unesco-supporters"
        name="supporterIds"
        label={t("supporters")}
        hint={t("supportersHint")}
        error={error("supporterIds")}
        multiple
        size={8}
        defaultValue={listValue(values, "supporterIds", initial.supporterIds)}
        options={supporterOptions.map((o) => ({ value: o.id, label: o.label }))}
      />
      <TextAreaField
        id="unesco-notes"
        name="notes"
        label={t("notes")}
        error={error("notes")}
        rows={3}
        maxLength={2000}
        defaultValue={textValue(values, "notes", initial.notes)}
      />
      <div className="grid gap-4 md:grid-cols-[1fr_16rem]">
        <TextAreaField
          id="unesco-sources"
          name="sourceUrls"
          label={t("sourceUrls")}
          hint={t("sourceUrlsHint")}
          error={error("sourceUrls")}
          rows={3}
          maxLength={5200}
          defaultValue={textValue(values, "sourceUrls", initial.sourceUrls)}
        />
        <SelectField
          id="unesco-confidence"
          name="confidence"
          label={t("confidence")}
          error={error("confidence")}
          isRequired
          requiredLabel={tf("required")}
          defaultValue={textValue(values, "confidence", initial.confidence)}
          options={CONFIDENCES.map((c) => ({ value: c, label: tc(c) }))}
        />
      </div>
      <button type="submit" disabled={isPending} className={primaryButtonClass}>
        {isPending ? tf("saving") : isNew ? t("create") : t("save")}
      </button>
    </form>
  );
}
