"use client";

import { useActionState, useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { FieldErrorText, FormMessage, inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/ui/form-field";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";
import { ProgressValue, TaskStatusBadge } from "@/components/tasks/task-status";
import { Cell, DataTable, HeaderCell, RowHeaderCell } from "@/components/ui/table";
import {
  autosaveKey,
  differsFromForm,
  editableNumber,
  fieldAnchor,
  indicatorField,
  parseAutosaveKey,
  sectionField,
  taskField,
  type AutosaveCopy,
} from "@/lib/domain/report-form";
import { REPORT_SECTIONS, type ReportSection } from "@/lib/domain/report-rules";
import { toLocale } from "@/lib/i18n/config";
import { formatDateTime, formatNumber, pickLocalized } from "@/lib/i18n/format";
import { EvidenceText, ReadOnlyText, ReturnReasonNote, TaskIdentity } from "./report-content";
import { textValue } from "@/lib/schemas/action-state";
import type { ReportFormAction } from "./form-state";
import type { ReportIndicatorView, ReportTaskRowView } from "./types";
import { useFieldError } from "@/components/ui/use-field-error";
import { TASK_STATUSES } from "@/lib/domain/enums";

// Fields that describe the request, not the report's content: never kept in the autosave copy.
const CONTROL_FIELDS = new Set(["reportId", "version", "intent"]);
const AUTOSAVE_DELAY_MS = 800;

type Props = {
  action: ReportFormAction;
  reportId: string;
  version: number;
  isResubmission: boolean;
  // Only the unit leader sends; the officer saves the draft for the leader.
  canSubmit: boolean;
  documentNumber: string | null;
  isDocumentNumberEditable: boolean;
  sections: Record<ReportSection, string | null>;
  editableSections: ReportSection[];
  sectionReasons: Partial<Record<ReportSection, string>>;
  taskRows: ReportTaskRowView[];
  indicators: ReportIndicatorView[];
  isIndicatorsEditable: boolean;
};

function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form).entries()) {
    if (typeof value === "string" && !CONTROL_FIELDS.has(name) && !name.startsWith("$ACTION")) values[name] = value;
  }
  return values;
}

function readStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be disabled (private mode, policies): the form works without the copy.
    return null;
  }
}

// The newest copy this browser keeps of the report's unsaved text, whatever version it was typed on.
function findAutosave(reportId: string): { key: string; version: number; copy: AutosaveCopy } | null {
  const storage = readStorage();
  if (!storage) return null;
  let found: { key: string; version: number; copy: AutosaveCopy } | null = null;
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    const parsed = key ? parseAutosaveKey(key) : null;
    if (!key || parsed?.reportId !== reportId) continue;
    try {
      const copy = JSON.parse(storage.getItem(key) ?? "") as AutosaveCopy;
      if (copy && typeof copy.values === "object" && (!found || parsed.version > found.version))
        found = { key, version: parsed.version, copy };
    } catch {
      storage.removeItem(key);
    }
  }
  return found;
}

function removeAutosaves(reportId: string, except?: string) {
  const storage = readStorage();
  if (!storage) return;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key && key !== except && parseAutosaveKey(key)?.reportId === reportId) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}

// The report form: the four narrative sections, one row per task, the indicator values and the document number.
// Only the parts open for editing are controls (and so sent); the rest is shown read-only. Drafts are never lost:
// leaving with unsaved changes asks first, and a copy of the typed text is kept in this browser (per report and
// version) until a save goes through, and offered back when a save failed.
export function ReportForm(props: Props) {
  const { action, reportId, taskRows, indicators, sections, sectionReasons } = props;
  const t = useTranslations("reports");
  const tf = useTranslations("reports.form");
  const tv = useTranslations("plans.taskStatus");
  const locale = toLocale(useLocale());
  const [state, formAction, isPending] = useActionState(action, {});
  const formRef = useRef<HTMLFormElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const timerRef = useRef<number | undefined>(undefined);
  const [isDirty, setIsDirty] = useState(false);
  const [offer, setOffer] = useState<{ key: string; version: number; copy: AutosaveCopy } | null>(null);
  const [isRestored, setIsRestored] = useState(false);
  const version = state.version ?? props.version;
  const versionRef = useRef(version);
  const dirtyRef = useRef(isDirty);
  // The listeners below read the latest version and dirtiness through refs, kept current after each render.
  useEffect(() => {
    versionRef.current = version;
    dirtyRef.current = isDirty;
  });
  // A submission refused after its save went through: the saved text is no longer "unsaved" (adjusted while
  // rendering the new state, not in an effect).
  const [seenState, setSeenState] = useState(state);
  if (seenState !== state) {
    setSeenState(state);
    if (state.data?.isSaved) setIsDirty(false);
  }

  const value = (name: string, fallback: string) => textValue(state.values, name, fallback);
  const errorOf = useFieldError(state.fieldErrors);
  const a11y = (name: string, hintId?: string) => {
    const error = errorOf(name);
    const describedBy = [hintId, error ? `${fieldAnchor(name)}-error` : null].filter(Boolean).join(" ") || undefined;
    return { id: fieldAnchor(name), name, "aria-invalid": Boolean(error), "aria-describedby": describedBy };
  };

  const writeAutosave = useCallback(() => {
    const form = formRef.current;
    const storage = readStorage();
    if (!form || !storage) return;
    const key = autosaveKey(reportId, versionRef.current);
    try {
      storage.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), values: formValues(form) } satisfies AutosaveCopy));
      removeAutosaves(reportId, key);
    } catch {
      // A full storage quota only loses the local copy, never the form's text.
    }
  }, [reportId]);

  // Offer a kept copy that says something the form does not (e.g. after a failed save and a reload).
  useEffect(() => {
    const found = findAutosave(reportId);
    if (found && formRef.current && differsFromForm(found.copy, formValues(formRef.current))) setOffer(found);
  }, [reportId]);

  // Typing marks the form as changed and refreshes the local copy shortly after.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const onEdit = () => {
      setIsDirty(true);
      window.clearTimeout(timerRef.current);
      timerRef.current = window.setTimeout(writeAutosave, AUTOSAVE_DELAY_MS);
    };
    form.addEventListener("input", onEdit);
    form.addEventListener("change", onEdit);
    return () => {
      form.removeEventListener("input", onEdit);
      form.removeEventListener("change", onEdit);
      window.clearTimeout(timerRef.current);
    };
    // writeAutosave reads the form and the version through refs, so the listeners never go stale.
  }, [reportId, writeAutosave]);

  // Leaving with unsaved changes asks first: closing or reloading the tab, and links inside the portal.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!dirtyRef.current) return;
      event.preventDefault();
      event.returnValue = "";
    };
    const onClick = (event: MouseEvent) => {
      if (
        !dirtyRef.current ||
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      const link = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
      if (!link || link.target === "_blank" || link.hasAttribute("download")) return;
      // The conflict's reload link: the typed text is already kept in this browser and offered back after it.
      if (link.dataset.keepsLocalCopy !== undefined) {
        dirtyRef.current = false;
        setIsDirty(false);
        return;
      }
      const url = new URL(link.href, window.location.href);
      if (
        url.origin === window.location.origin &&
        url.pathname === window.location.pathname &&
        url.search === window.location.search &&
        url.hash
      )
        return;
      if (!window.confirm(tf("leaveWarning"))) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [tf]);

  // After a save went through, the local copy follows the saved text.
  useEffect(() => {
    if (state.data?.isSaved) writeAutosave();
    if (state.status === "error" && state.kind !== "conflict" && state.fieldErrors && Object.keys(state.fieldErrors).length)
      summaryRef.current?.focus();
  }, [state, writeAutosave]);

  function restore() {
    const form = formRef.current;
    if (!form || !offer) return;
    for (const [name, saved] of Object.entries(offer.copy.values)) {
      const control = form.elements.namedItem(name);
      if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement || control instanceof HTMLSelectElement)
        control.value = saved;
    }
    setOffer(null);
    setIsRestored(true);
    setIsDirty(true);
    writeAutosave();
  }

  function discard() {
    if (!offer) return;
    readStorage()?.removeItem(offer.key);
    setOffer(null);
  }

  const submitHandler = submitWithoutReset(formAction);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    dialogRef.current?.close();
    window.clearTimeout(timerRef.current);
    writeAutosave();
    submitHandler(event);
  };

  const rowsById = new Map(taskRows.map((row) => [row.taskId, row]));
  const summaryLabel = (name: string): string => {
    const [kind, id, field] = name.split(":");
    if (kind === "section") return t(`sections.${id as ReportSection}`);
    if (kind === "task") {
      const code = rowsById.get(id ?? "")?.code ?? id ?? "";
      return field ? `${tf("summaryTask", { code })} — ${t(`taskFields.${field as "status"}`)}` : tf("summaryTask", { code });
    }
    if (kind === "indicator") return tf("summaryIndicator", { code: id ?? "" });
    if (name === "documentNumber") return tf("documentNumber");
    return name;
  };
  const errorEntries = Object.entries(state.fieldErrors ?? {}).filter(([, messages]) => messages.length > 0);
  const isEditableSection = (section: ReportSection) => props.editableSections.includes(section);
  const hasEditableRows = taskRows.some((row) => row.editable);

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      aria-label={tf("label")}
      className="space-y-8"
      data-testid="report-form"
    >
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />

      {offer && (
        <div
          role="region"
          aria-labelledby="report-restore-heading"
          className="space-y-2 rounded border-2 border-cb-blue bg-sky-50 p-4 text-slate-900"
          data-testid="report-restore"
        >
          <p id="report-restore-heading" className="font-semibold">
            {tf("restoreHeading")}
          </p>
          <p className="text-sm">{tf("restoreBody", { time: formatDateTime(offer.copy.savedAt), version: offer.version })}</p>
          {offer.version < version && <p className="text-sm font-medium">{tf("restoreOlder", { current: version })}</p>}
          <div className="flex flex-wrap gap-2">
            <button type="button" onClick={restore} className={primaryButtonClass} data-testid="report-restore-apply">
              {tf("restore")}
            </button>
            <button type="button" onClick={discard} className={secondaryButtonClass}>
              {tf("discard")}
            </button>
          </div>
        </div>
      )}
      {isRestored && (
        <p role="status" className="rounded border border-cb-blue bg-sky-50 p-3 text-sm">
          {tf("restored")}
        </p>
      )}

      {state.kind === "conflict" ? (
        <div
          role="alert"
          className="space-y-2 rounded border-2 border-cb-orange bg-amber-50 p-4 text-amber-950"
          data-testid="report-conflict"
        >
          <p className="font-semibold">{state.message}</p>
          <p className="text-sm">{tf("conflictHelp")}</p>
          <p>
            {/* A full page load: the form must be rebuilt from the newest saved version. */}
            <a href={`/reports/${reportId}`} className={secondaryButtonClass} data-keeps-local-copy data-testid="report-reload">
              {tf("reload")}
            </a>
          </p>
        </div>
      ) : errorEntries.length > 0 ? (
        <div
          ref={summaryRef}
          tabIndex={-1}
          role="alert"
          className="space-y-2 rounded border-2 border-cb-vermillion bg-red-50 p-4 text-red-950"
          data-testid="report-error-summary"
        >
          <p className="font-semibold">{state.message}</p>
          <p className="text-sm font-medium">{tf("summaryHeading", { count: errorEntries.length })}</p>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {errorEntries.map(([name, messages]) => (
              <li key={name}>
                <a href={`#${fieldAnchor(name)}`} className="text-red-950 underline underline-offset-2">
                  {summaryLabel(name)}
                </a>
                : {messages[0]}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <FormMessage status={state.status} message={state.message} />
      )}

      <p className="text-sm text-slate-700">{tf("requiredNote")}</p>

      <div className="max-w-md space-y-1">
        {props.isDocumentNumberEditable ? (
          <>
            <label htmlFor={fieldAnchor("documentNumber")} className="block font-medium">
              {tf("documentNumber")}
            </label>
            <input
              {...a11y("documentNumber", "report-document-number-hint")}
              autoComplete="off"
              maxLength={60}
              defaultValue={value("documentNumber", props.documentNumber ?? "")}
              className={inputClass}
            />
            <p id="report-document-number-hint" className="text-xs text-slate-600">
              {tf("documentNumberHint")}
            </p>
            <FieldErrorText id={`${fieldAnchor("documentNumber")}-error`} error={errorOf("documentNumber")} />
          </>
        ) : (
          <p>
            <span className="font-medium">{tf("documentNumber")}: </span>
            {props.documentNumber ?? t("detail.noDocumentNumber")}
          </p>
        )}
      </div>

      <section aria-labelledby="report-sections-heading" className="space-y-5">
        <h2 id="report-sections-heading" className="text-xl font-semibold">
          {t("detail.sectionsHeading")}
        </h2>
        {REPORT_SECTIONS.map((section, index) => {
          const name = sectionField(section);
          const isEditable = isEditableSection(section);
          const hintId = `${fieldAnchor(name)}-hint`;
          const reasonId = `${fieldAnchor(name)}-reason`;
          return (
            <div key={section} className="space-y-2" data-testid={`section-${section}`} data-editable={isEditable}>
              {isEditable ? (
                <label htmlFor={fieldAnchor(name)} className="block text-lg font-semibold">
                  {index + 1}. {t(`sections.${section}`)}
                  <span className="ml-1 text-red-800" aria-hidden="true">
                    *
                  </span>
                </label>
              ) : (
                <h3 className="text-lg font-semibold">
                  {index + 1}. {t(`sections.${section}`)} <span className="text-sm font-normal text-slate-700">({tf("locked")})</span>
                </h3>
              )}
              {sectionReasons[section] && <ReturnReasonNote reason={sectionReasons[section]} id={reasonId} />}
              {isEditable ? (
                <>
                  <p id={hintId} className="text-sm text-slate-700">
                    {t(`sectionHints.${section}`)}
                  </p>
                  <textarea
                    {...a11y(name, [sectionReasons[section] ? reasonId : null, hintId].filter(Boolean).join(" "))}
                    lang="vi"
                    rows={8}
                    maxLength={20000}
                    required
                    defaultValue={value(name, sections[section] ?? "")}
                    className={inputClass}
                  />
                  <FieldErrorText id={`${fieldAnchor(name)}-error`} error={errorOf(name)} />
                </>
              ) : (
                <ReadOnlyText text={sections[section]} />
              )}
            </div>
          );
        })}
      </section>

      <section aria-labelledby="report-tasks-heading" className="space-y-3">
        <h2 id="report-tasks-heading" className="text-xl font-semibold">
          {t("detail.tasksHeading", { count: taskRows.length })}
        </h2>
        {taskRows.length === 0 ? (
          <p className="text-slate-700">{t("detail.noTasks")}</p>
        ) : (
          <DataTable caption={t("detail.tasksCaption")} isCaptionHidden>
            <thead>
              <tr>
                <HeaderCell className="min-w-64">{t("taskFields.task")}</HeaderCell>
                <HeaderCell className="min-w-40">{t("taskFields.status")}</HeaderCell>
                <HeaderCell className="w-28">{t("taskFields.progress")}</HeaderCell>
                <HeaderCell className="min-w-72">{t("taskFields.resultAchieved")}</HeaderCell>
                <HeaderCell className="min-w-56">{t("taskFields.evidence")}</HeaderCell>
              </tr>
            </thead>
            <tbody>
              {taskRows.map((row) => {
                const rowError = errorOf(taskField(row.taskId));
                const rowAnchor = fieldAnchor(taskField(row.taskId));
                const field = (f: "status" | "progress" | "resultAchieved" | "evidence") => taskField(row.taskId, f);
                return (
                  <tr
                    key={row.taskId}
                    data-testid="report-task-row"
                    data-task-code={row.code}
                    data-editable={row.editable}
                    className={rowError ? "bg-red-50" : undefined}
                  >
                    <RowHeaderCell className="font-normal">
                      <TaskIdentity row={row} anchorId={rowAnchor} />
                      {row.returnReason && (
                        <div className="mt-2">
                          <ReturnReasonNote reason={row.returnReason} id={`${rowAnchor}-reason`} />
                        </div>
                      )}
                      {!row.editable && hasEditableRows && <p className="mt-1 text-xs text-slate-700">({tf("locked")})</p>}
                      <FieldErrorText id={`${rowAnchor}-error`} error={rowError} />
                    </RowHeaderCell>
                    {row.editable ? (
                      <>
                        <Cell>
                          <label htmlFor={fieldAnchor(field("status"))} className="sr-only">
                            {tf("statusFor", { code: row.code })}
                          </label>
                          <select
                            {...a11y(field("status"))}
                            defaultValue={value(field("status"), row.status)}
                            className={`${inputClass} text-sm`}
                          >
                            {TASK_STATUSES.map((status) => (
                              <option key={status} value={status}>
                                {tv(status)}
                              </option>
                            ))}
                          </select>
                          <FieldErrorText id={`${fieldAnchor(field("status"))}-error`} error={errorOf(field("status"))} />
                        </Cell>
                        <Cell>
                          <label htmlFor={fieldAnchor(field("progress"))} className="sr-only">
                            {tf("progressFor", { code: row.code })}
                          </label>
                          <input
                            {...a11y(field("progress"))}
                            inputMode="numeric"
                            autoComplete="off"
                            maxLength={4}
                            required
                            defaultValue={value(field("progress"), String(row.progress))}
                            className={`${inputClass} text-sm tabular-nums`}
                          />
                          <FieldErrorText id={`${fieldAnchor(field("progress"))}-error`} error={errorOf(field("progress"))} />
                        </Cell>
                        <Cell>
                          <label htmlFor={fieldAnchor(field("resultAchieved"))} className="sr-only">
                            {tf("resultFor", { code: row.code })}
                          </label>
                          <textarea
                            {...a11y(field("resultAchieved"), rowError ? `${rowAnchor}-error` : undefined)}
                            lang="vi"
                            rows={3}
                            maxLength={5000}
                            required
                            defaultValue={value(field("resultAchieved"), row.resultAchieved ?? "")}
                            className={`${inputClass} text-sm`}
                          />
                          <FieldErrorText id={`${fieldAnchor(field("resultAchieved"))}-error`} error={errorOf(field("resultAchieved"))} />
                        </Cell>
                        <Cell>
                          <label htmlFor={fieldAnchor(field("evidence"))} className="sr-only">
                            {tf("evidenceFor", { code: row.code })}
                          </label>
                          <textarea
                            {...a11y(field("evidence"), `${rowAnchor}-evidence-hint`)}
                            lang="vi"
                            rows={2}
                            maxLength={2000}
                            defaultValue={value(field("evidence"), row.evidence ?? "")}
                            className={`${inputClass} text-sm`}
                          />
                          <p id={`${rowAnchor}-evidence-hint`} className="text-xs text-slate-600">
                            {tf("evidenceHint")}
                          </p>
                          <FieldErrorText id={`${fieldAnchor(field("evidence"))}-error`} error={errorOf(field("evidence"))} />
                        </Cell>
                      </>
                    ) : (
                      <>
                        <Cell>
                          <TaskStatusBadge status={row.status} />
                        </Cell>
                        <Cell>
                          <ProgressValue progress={row.progress} />
                        </Cell>
                        <Cell className="whitespace-pre-line break-words">
                          {row.resultAchieved?.trim() ? (
                            row.resultAchieved
                          ) : (
                            <span className="text-slate-600 italic">{t("notProvided")}</span>
                          )}
                        </Cell>
                        <Cell>
                          <EvidenceText evidence={row.evidence} />
                        </Cell>
                      </>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </DataTable>
        )}
      </section>

      <section aria-labelledby="report-indicators-heading" className="space-y-3">
        <h2 id="report-indicators-heading" className="text-xl font-semibold">
          {t("detail.indicatorsHeading")}
        </h2>
        {props.isIndicatorsEditable && indicators.length > 0 && <p className="text-sm text-slate-700">{t("detail.indicatorsIntro")}</p>}
        {indicators.length === 0 ? (
          <p className="text-slate-700">{t("detail.noIndicators")}</p>
        ) : (
          <DataTable caption={t("detail.indicatorsCaption")} isCaptionHidden>
            <thead>
              <tr>
                <HeaderCell className="min-w-64">{t("detail.indicator")}</HeaderCell>
                <HeaderCell>{t("detail.unit")}</HeaderCell>
                <HeaderCell className="w-40">{t("detail.value")}</HeaderCell>
                <HeaderCell className="min-w-56">{t("detail.note")}</HeaderCell>
              </tr>
            </thead>
            <tbody>
              {indicators.map((indicator) => {
                const name = pickLocalized(locale, indicator.nameVi, indicator.nameEn);
                const valueName = indicatorField(indicator.code, "value");
                const noteName = indicatorField(indicator.code, "note");
                const partError = errorOf(indicatorField(indicator.code));
                return (
                  <tr key={indicator.code} data-testid="report-indicator-row" data-indicator={indicator.code}>
                    <RowHeaderCell className="font-normal">
                      <span id={fieldAnchor(indicatorField(indicator.code))} tabIndex={-1}>
                        <span className="font-mono text-xs font-semibold text-slate-700">{indicator.code}</span> {name}
                      </span>
                      <FieldErrorText id={`${fieldAnchor(indicatorField(indicator.code))}-error`} error={partError} />
                    </RowHeaderCell>
                    <Cell>{pickLocalized(locale, indicator.unitVi, indicator.unitEn)}</Cell>
                    {props.isIndicatorsEditable ? (
                      <>
                        <Cell>
                          <label htmlFor={fieldAnchor(valueName)} className="sr-only">
                            {tf("valueFor", { name })}
                          </label>
                          <input
                            {...a11y(valueName, `${fieldAnchor(valueName)}-hint`)}
                            inputMode="decimal"
                            autoComplete="off"
                            maxLength={24}
                            defaultValue={value(valueName, editableNumber(indicator.value, locale))}
                            className={`${inputClass} text-sm tabular-nums`}
                          />
                          <p id={`${fieldAnchor(valueName)}-hint`} className="text-xs text-slate-600">
                            {tf("valueHint")}
                          </p>
                          <FieldErrorText id={`${fieldAnchor(valueName)}-error`} error={errorOf(valueName)} />
                        </Cell>
                        <Cell>
                          <label htmlFor={fieldAnchor(noteName)} className="sr-only">
                            {tf("noteFor", { name })}
                          </label>
                          <textarea
                            {...a11y(noteName)}
                            lang="vi"
                            rows={2}
                            maxLength={1000}
                            defaultValue={value(noteName, indicator.note ?? "")}
                            className={`${inputClass} text-sm`}
                          />
                          <FieldErrorText id={`${fieldAnchor(noteName)}-error`} error={errorOf(noteName)} />
                        </Cell>
                      </>
                    ) : (
                      <>
                        <Cell className="text-right tabular-nums">
                          {indicator.value === null ? "—" : formatNumber(indicator.value, locale, 4)}
                        </Cell>
                        <Cell className="whitespace-pre-line break-words">{indicator.note ?? ""}</Cell>
                      </>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </DataTable>
        )}
      </section>

      <div
        className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-3 border-t border-slate-300 bg-white/95 px-4 py-3 shadow-[0_-2px_6px_rgba(0,0,0,0.06)]"
        data-testid="report-actions"
      >
        <button type="submit" name="intent" value="save" disabled={isPending} className={secondaryButtonClass} data-testid="report-save">
          {isPending ? tf("saving") : tf("save")}
        </button>
        {props.canSubmit && (
          <button
            type="button"
            aria-haspopup="dialog"
            disabled={isPending}
            onClick={() => dialogRef.current?.showModal()}
            className={primaryButtonClass}
            data-testid="report-submit-open"
          >
            {isPending ? tf("submitting") : props.isResubmission ? tf("resubmit") : tf("submit")}
          </button>
        )}
        <span aria-live="polite" className="text-sm text-slate-700">
          {isDirty ? (
            <>
              <span aria-hidden="true">● </span>
              {tf("unsaved")} {tf("savedLocally")}
            </>
          ) : null}
        </span>
      </div>

      <dialog
        ref={dialogRef}
        aria-labelledby="report-submit-title"
        aria-describedby="report-submit-body"
        className="m-auto w-full max-w-md rounded-lg p-5 shadow-xl backdrop:bg-black/40"
        data-testid="report-submit-dialog"
      >
        <h2 id="report-submit-title" className="mb-2 text-lg font-semibold">
          {tf("submitConfirmTitle")}
        </h2>
        <div id="report-submit-body" className="mb-4 space-y-2 text-sm text-slate-800">
          <p>{tf("submitConfirmBody")}</p>
          <p>{tf("submitConfirmCompleteness")}</p>
        </div>
        <div className="flex justify-end gap-2">
          <button
            type="button"
            autoFocus
            onClick={() => dialogRef.current?.close()}
            className="rounded border border-slate-400 px-3 py-1.5"
          >
            {tf("cancel")}
          </button>
          <button
            type="submit"
            name="intent"
            value="submit"
            className="rounded bg-brand px-3 py-1.5 font-semibold text-white hover:bg-brand-dark"
            data-testid="report-submit-confirm"
          >
            {tf("submitConfirm")}
          </button>
        </div>
      </dialog>
    </form>
  );
}
