"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import {
  DateField,
  FormMessage,
  primaryButtonClass,
  secondaryButtonClass,
  SelectField,
  TextAreaField,
  TextField,
} from "@/components/ui/form-field";
import { useFieldError } from "@/components/ui/use-field-error";
import { listValue, textValue, type FormAction } from "@/lib/schemas/action-state";
import { TASK_FIELDS } from "@/lib/domain/task-fields";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";
import { toLocale } from "@/lib/i18n/config";
import { formatDate, formatVnd, pickLocalized } from "@/lib/i18n/format";
import { CheckboxList } from "./checkbox-list";
import { budgetText, TASK_LIST_FIELDS, TASK_TEXT_FIELDS, type TaskFormValues } from "./task-form-values";
import { objectiveLabel, taskGroupLabel } from "@/lib/i18n/glossary";
import { textOf } from "@/lib/domain/text-of";
import { FUNDING_SOURCES, TASK_STATUSES } from "@/lib/domain/enums";

export type TaskFormOptions = {
  taskGroups: { code: string; verbVi: string; nameVi: string; nameEn: string }[];
  objectives: { code: string; level: string; titleVi: string; titleEn: string }[];
  indicators: { code: string; nameVi: string; nameEn: string; unitVi: string; unitEn: string; objectiveCode: string | null }[];
  organizations: { code: string; nameVi: string; nameEn: string | null; kind: string; isActive: boolean }[];
};

const KIND_ORDER = [
  "MINISTRY",
  "MINISTERIAL_AGENCY",
  "CITY",
  "PROVINCE",
  "MOFA_UNIT",
  "REPRESENTATIVE_MISSION",
  "STEERING_COMMITTEE",
  "FORMER_PROVINCE",
];

type ConflictField = (typeof TASK_TEXT_FIELDS)[number] | (typeof TASK_LIST_FIELDS)[number];
const CONFLICT_FIELDS: readonly ConflictField[] = TASK_FIELDS;

// Creating a task in a plan, or editing one with the version it was loaded with (optimistic concurrency).
export function TaskForm({
  action,
  initial,
  options,
  planId,
  taskId,
  version,
  cancelHref,
}: {
  action: FormAction;
  initial: TaskFormValues;
  options: TaskFormOptions;
  planId?: string;
  taskId?: string;
  version?: number;
  cancelHref: string;
}) {
  const t = useTranslations("plans");
  const tk = useTranslations("organizations.kind");
  const locale = toLocale(useLocale());
  const [state, formAction, isPending] = useActionState(action, {});
  const messageRef = useFocusOnError(state);
  const fieldError = useFieldError(state.fieldErrors);
  const text = (field: (typeof TASK_TEXT_FIELDS)[number]) => {
    const fallback = initial[field as keyof TaskFormValues];
    return textValue(state.values, field, typeof fallback === "boolean" ? (fallback ? "on" : "") : String(fallback));
  };
  const list = (field: (typeof TASK_LIST_FIELDS)[number]) => listValue(state.values, field, initial[field]);
  const currentVersion = state.version ?? version;

  const organizationName = (code: string) => {
    const organization = options.organizations.find((o) => o.code === code);
    return organization ? pickLocalized(locale, organization.nameVi, organization.nameEn) : code;
  };
  const taskGroupName = (code: string) => {
    const group = options.taskGroups.find((g) => g.code === code);
    if (!group) return code;
    return taskGroupLabel(group.code, locale === "en" ? group.nameEn : group.verbVi, locale);
  };

  // The saved value of a field, as the user would type it (to compare) and in words (to show).
  const savedText = (field: ConflictField, value: unknown): string => {
    if (value === null || value === undefined) return "";
    if (Array.isArray(value)) return (value as unknown[]).map(textOf).sort().join(", ");
    if (field === "startDate" || field === "dueDate") return formatDate(textOf(value));
    if (field === "budgetVnd") return budgetText(textOf(value));
    if (field === "isBreakthrough") return value ? "on" : "";
    return textOf(value);
  };
  const typedText = (field: ConflictField): string => {
    if ((TASK_LIST_FIELDS as readonly string[]).includes(field))
      return [...list(field as (typeof TASK_LIST_FIELDS)[number])].sort().join(", ");
    return text(field as (typeof TASK_TEXT_FIELDS)[number]).trim();
  };
  const savedWords = (field: ConflictField, value: unknown): string => {
    const raw = savedText(field, value);
    if (field === "isBreakthrough") return raw ? t("yes") : t("no");
    if (!raw) return t("emptyValue");
    if (field === "budgetVnd") return formatVnd(String(value), locale);
    if (field === "status") return t(`taskStatus.${raw}`);
    if (field === "fundingSource") return t(`fundingSource.${raw}`);
    if (field === "taskGroupCode") return taskGroupName(raw);
    if (field === "leadOrganizationCode") return organizationName(raw);
    if (field === "coordinatorCodes") return (value as string[]).map(organizationName).join("; ");
    return raw;
  };
  const conflictFields = state.current
    ? CONFLICT_FIELDS.filter((field) => savedText(field, state.current![field]) !== typedText(field))
    : [];

  const organizationsByKind = KIND_ORDER.map((kind) => ({ kind, organizations: options.organizations.filter((o) => o.kind === kind) }))
    .concat([{ kind: "", organizations: options.organizations.filter((o) => !KIND_ORDER.includes(o.kind)) }])
    .filter((group) => group.organizations.length > 0);
  const organizationLabel = (o: TaskFormOptions["organizations"][number]) =>
    `${pickLocalized(locale, o.nameVi, o.nameEn)}${o.isActive ? "" : ` (${t("form.inactive")})`}`;
  const kindLabel = (kind: string) => (kind && tk.has(kind) ? tk(kind) : t("form.otherOrganizations"));

  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="space-y-6" data-testid="task-form">
      {planId && <input type="hidden" name="planId" value={planId} />}
      {taskId && <input type="hidden" name="taskId" value={taskId} />}
      {currentVersion !== undefined && <input type="hidden" name="version" value={currentVersion} />}
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        {state.current ? (
          <div
            role="alert"
            className="space-y-2 rounded border-2 border-cb-orange bg-amber-50 p-4 text-amber-950"
            data-testid="task-conflict"
          >
            <p className="font-semibold">{state.message}</p>
            <p className="text-sm">{t("conflict.help")}</p>
            {conflictFields.length > 0 && (
              <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
                {conflictFields.map((field) => (
                  <div key={field} className="contents">
                    <dt className="font-medium">{t(`taskFields.${field}`)}</dt>
                    <dd className="whitespace-pre-line">{savedWords(field, state.current![field])}</dd>
                  </div>
                ))}
              </dl>
            )}
          </div>
        ) : (
          <FormMessage status={state.status} message={state.message} />
        )}
      </div>
      <p className="text-sm text-slate-700">{t("form.requiredNote")}</p>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">{t("taskForm.general")}</legend>
        <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
          <TextField
            id="task-code"
            label={t("taskFields.code")}
            error={fieldError("code")}
            hint={t("taskForm.codeHint")}
            isRequired
            name="code"
            maxLength={30}
            required
            defaultValue={text("code")}
          />
          <SelectField
            id="task-group"
            label={t("taskFields.taskGroupCode")}
            error={fieldError("taskGroupCode")}
            isRequired
            name="taskGroupCode"
            defaultValue={text("taskGroupCode")}
            options={options.taskGroups.map((group) => ({ value: group.code, label: taskGroupName(group.code) }))}
          >
            <option value="">{t("form.choose")}</option>
          </SelectField>
        </div>
        <TextAreaField
          id="task-title-vi"
          label={t("taskFields.titleVi")}
          error={fieldError("titleVi")}
          isRequired
          name="titleVi"
          lang="vi"
          rows={2}
          maxLength={500}
          defaultValue={text("titleVi")}
        />
        <TextAreaField
          id="task-title-en"
          label={t("taskFields.titleEn")}
          error={fieldError("titleEn")}
          name="titleEn"
          lang="en"
          rows={2}
          maxLength={500}
          defaultValue={text("titleEn")}
        />
        <TextAreaField
          id="task-description"
          label={t("taskFields.description")}
          error={fieldError("description")}
          name="description"
          lang="vi"
          rows={4}
          maxLength={10000}
          defaultValue={text("description")}
        />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">{t("taskForm.objectives")}</legend>
        <CheckboxList
          id="task-objectives"
          name="objectiveCodes"
          legend={t("taskFields.objectiveCodes")}
          error={fieldError("objectiveCodes")}
          defaultValues={list("objectiveCodes")}
          options={options.objectives.map((o) => ({ value: o.code, label: o.code, detail: pickLocalized(locale, o.titleVi, o.titleEn) }))}
        />
        <CheckboxList
          id="task-indicators"
          name="indicatorCodes"
          legend={t("taskFields.indicatorCodes")}
          error={fieldError("indicatorCodes")}
          hint={t("taskForm.indicatorsHint")}
          isSearchable={options.indicators.length > 12}
          defaultValues={list("indicatorCodes")}
          options={options.indicators.map((i) => ({
            value: i.code,
            label: `${i.code} · ${pickLocalized(locale, i.nameVi, i.nameEn)}`,
            detail: locale === "en" ? i.unitEn : i.unitVi,
            group: i.objectiveCode ? objectiveLabel(i.objectiveCode, locale) : undefined,
          }))}
        />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">{t("taskForm.organizations")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            id="task-lead"
            label={t("taskFields.leadOrganizationCode")}
            error={fieldError("leadOrganizationCode")}
            name="leadOrganizationCode"
            defaultValue={text("leadOrganizationCode")}
          >
            <option value="">{t("form.none")}</option>
            {organizationsByKind.map((group) => (
              <optgroup key={group.kind || "other"} label={kindLabel(group.kind)}>
                {group.organizations.map((o) => (
                  <option key={o.code} value={o.code}>
                    {organizationLabel(o)}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
          <TextField
            id="task-lead-unit"
            label={t("taskFields.leadUnitName")}
            error={fieldError("leadUnitName")}
            hint={t("taskForm.leadUnitHint")}
            name="leadUnitName"
            lang="vi"
            maxLength={300}
            defaultValue={text("leadUnitName")}
          />
        </div>
        <CheckboxList
          id="task-coordinators"
          name="coordinatorCodes"
          legend={t("taskFields.coordinatorCodes")}
          error={fieldError("coordinatorCodes")}
          hint={t("taskForm.coordinatorsHint")}
          isSearchable
          defaultValues={list("coordinatorCodes")}
          options={organizationsByKind.flatMap((group) =>
            group.organizations.map((o) => ({ value: o.code, label: organizationLabel(o), group: kindLabel(group.kind) })),
          )}
        />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">{t("taskForm.schedule")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <DateField
            id="task-start"
            label={t("taskFields.startDate")}
            error={fieldError("startDate")}
            hint={t("form.dateHint")}
            name="startDate"
            defaultValue={text("startDate")}
          />
          <DateField
            id="task-due"
            label={t("taskFields.dueDate")}
            error={fieldError("dueDate")}
            hint={t("form.dateHint")}
            name="dueDate"
            defaultValue={text("dueDate")}
          />
          <TextField
            id="task-budget"
            label={t("taskFields.budgetVnd")}
            error={fieldError("budgetVnd")}
            hint={t("taskForm.budgetHint")}
            name="budgetVnd"
            inputMode="numeric"
            maxLength={30}
            defaultValue={text("budgetVnd")}
          />
          <SelectField
            id="task-funding"
            label={t("taskFields.fundingSource")}
            error={fieldError("fundingSource")}
            name="fundingSource"
            defaultValue={text("fundingSource")}
            options={FUNDING_SOURCES.map((source) => ({ value: source, label: t(`fundingSource.${source}`) }))}
          >
            <option value="">{t("form.notSpecified")}</option>
          </SelectField>
        </div>
        <TextAreaField
          id="task-outputs"
          label={t("taskFields.expectedOutputs")}
          error={fieldError("expectedOutputs")}
          name="expectedOutputs"
          lang="vi"
          rows={3}
          maxLength={5000}
          defaultValue={text("expectedOutputs")}
        />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">{t("taskForm.breakthrough")}</legend>
        <div className="flex items-start gap-2">
          <input
            id="task-breakthrough"
            type="checkbox"
            name="isBreakthrough"
            defaultChecked={text("isBreakthrough") === "on"}
            aria-describedby="task-breakthrough-hint"
            className="mt-1 h-4 w-4"
          />
          <div>
            <label htmlFor="task-breakthrough" className="font-medium">
              {t("taskFields.isBreakthrough")}
            </label>
            <p id="task-breakthrough-hint" className="text-xs text-slate-600">
              {t("taskForm.breakthroughHint")}
            </p>
          </div>
        </div>
        <div className="max-w-md">
          <TextField
            id="task-breakthrough-phase"
            label={t("taskFields.breakthroughPhase")}
            error={fieldError("breakthroughPhase")}
            hint={t("taskForm.phaseHint")}
            name="breakthroughPhase"
            maxLength={100}
            defaultValue={text("breakthroughPhase")}
          />
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">{t("taskForm.progress")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            id="task-status"
            label={t("taskFields.status")}
            error={fieldError("status")}
            name="status"
            defaultValue={text("status")}
            options={TASK_STATUSES.map((status) => ({ value: status, label: t(`taskStatus.${status}`) }))}
          />
          <TextField
            id="task-progress"
            label={t("taskFields.progressPercent")}
            error={fieldError("progress")}
            hint={t("taskForm.progressHint")}
            name="progress"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            defaultValue={text("progress")}
          />
        </div>
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={isPending} className={primaryButtonClass} data-testid="task-save">
          {isPending ? t("form.saving") : taskId ? t("form.save") : t("taskForm.create")}
        </button>
        <Link href={cancelHref} className={secondaryButtonClass}>
          {t("form.cancel")}
        </Link>
      </div>
    </form>
  );
}
