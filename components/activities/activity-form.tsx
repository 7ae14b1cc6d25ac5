"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ACTIVITY_KINDS, ACTIVITY_STATUSES } from "@/lib/domain/activity-kinds";
import { FormField, FormMessage, inputClass, primaryButtonClass, secondaryButtonClass, TextField } from "@/components/ui/form-field";
import { useFieldError } from "@/components/ui/use-field-error";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";
import { textValue, type FormAction, type FormValues } from "@/lib/schemas/action-state";

type Duplicate = {
  id: string;
  titleVi: string;
  startDate: string;
  endDate: string;
  countryCode: string;
  city: string | null;
  leadOrganization: { nameVi: string };
};

const TEXT_FIELDS = [
  "titleVi",
  "titleEn",
  "startDate",
  "endDate",
  "countryCode",
  "city",
  "provinceCode",
  "coOrganizerCodes",
  "taskGroupCodes",
  "participants",
  "mediaItems",
  "onlineViews",
  "budgetVnd",
] as const;

type EditProps = {
  action: FormAction;
  // Editing: the record's values as the form's text, its id and the version they were read at.
  edit: { activityId: string; version: number; values: FormValues };
  joinAction?: undefined;
};
type CreateProps = { action: FormAction; joinAction: FormAction; edit?: undefined };

// Recording an activity; when the register answers with likely duplicates the form lists them, each with a
// "join" button, and offers to confirm a new activity — the typed input is kept throughout. The same form edits
// an activity: prefilled from the record, it sends the version it was read at; after a conflict it carries the
// current version, so that saving again deliberately replaces the other change.
export function ActivityForm({ action, joinAction, edit }: CreateProps | EditProps) {
  const t = useTranslations("activities");
  const [state, formAction, isPending] = useActionState(action, {});
  const [, joinFormAction] = useActionState(joinAction ?? action, {});
  const messageRef = useFocusOnError(state);
  const fieldError = useFieldError(state.fieldErrors);
  const value = (field: string, fallback = "") => textValue(state.values, field, textValue(edit?.values, field, fallback));
  const version = state.version ?? edit?.version;
  const duplicates = (state.current?.duplicates ?? []) as Duplicate[];
  return (
    <div className="space-y-6">
      {duplicates.length > 0 && (
        <section
          role="alert"
          className="space-y-3 rounded border-2 border-cb-orange bg-amber-50 p-4 text-amber-950"
          data-testid="activity-duplicates"
        >
          <h2 className="font-semibold">{t("new.duplicatesTitle")}</h2>
          <p className="text-sm">{t("new.duplicatesHelp")}</p>
          <ul className="space-y-2">
            {duplicates.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center gap-3">
                <Link href={`/activities/${d.id}`} className="font-medium text-cb-blue underline">
                  {d.titleVi}
                </Link>
                <span className="text-sm">
                  {d.startDate} – {d.endDate} · {d.countryCode}
                  {d.city ? `, ${d.city}` : ""} · {d.leadOrganization.nameVi}
                </span>
                <form action={joinFormAction}>
                  <input type="hidden" name="activityId" value={d.id} />
                  <button type="submit" className={secondaryButtonClass}>
                    {t("new.joinThis")}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      )}
      <form
        action={formAction}
        onSubmit={submitWithoutReset(formAction)}
        noValidate
        className="max-w-3xl space-y-4"
        data-testid="activity-form"
      >
        {edit && <input type="hidden" name="activityId" value={edit.activityId} />}
        {version !== undefined && <input type="hidden" name="version" value={version} />}
        <div ref={messageRef} tabIndex={-1} className="outline-none">
          {duplicates.length === 0 && <FormMessage status={state.status} message={state.message} />}
        </div>
        {TEXT_FIELDS.slice(0, 2).map((field) => (
          <TextField
            key={field}
            id={`activity-${field}`}
            label={t(`fields.${field}`)}
            error={fieldError(field)}
            isRequired={field === "titleVi"}
            name={field}
            lang={field === "titleEn" ? "en" : "vi"}
            maxLength={500}
            defaultValue={value(field)}
          />
        ))}
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id="activity-kind" label={t("fields.kind")} error={fieldError("kind")} isRequired>
            {(a11y) => (
              <select {...a11y} name="kind" defaultValue={value("kind", "CULTURE_DAYS_ABROAD")} className={inputClass}>
                {ACTIVITY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`kinds.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id="activity-status" label={t("fields.status")} error={fieldError("status")} isRequired>
            {(a11y) => (
              <select {...a11y} name="status" defaultValue={value("status", "PLANNED")} className={inputClass}>
                {ACTIVITY_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`statuses.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {TEXT_FIELDS.slice(2).map((field) => (
            <TextField
              key={field}
              id={`activity-${field}`}
              label={t(`fields.${field}`)}
              error={fieldError(field)}
              isRequired={["startDate", "endDate", "countryCode"].includes(field)}
              name={field}
              maxLength={field === "coOrganizerCodes" ? 2000 : 200}
              defaultValue={value(field)}
            />
          ))}
        </div>
        <FormField id="activity-description" label={t("fields.description")} error={fieldError("description")}>
          {(a11y) => (
            <textarea {...a11y} name="description" rows={4} maxLength={5000} defaultValue={value("description")} className={inputClass} />
          )}
        </FormField>
        <div className="flex flex-wrap gap-3">
          <button type="submit" disabled={isPending} className={primaryButtonClass}>
            {edit ? t("edit.submit") : t("new.submit")}
          </button>
          {duplicates.length > 0 && (
            <button
              type="submit"
              name="confirmNew"
              value="1"
              disabled={isPending}
              className={secondaryButtonClass}
              data-testid="activity-confirm-new"
            >
              {t("new.confirmNew")}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
