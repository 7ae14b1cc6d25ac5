"use client";

import { useActionState, useId } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ConfirmActionForm } from "@/components/ui/confirm-dialog-form";
import { Cell, DataTable, HeaderCell, RowHeaderCell } from "@/components/ui/table";
import { FILE_KINDS, type FileKind } from "@/lib/domain/file-types";
import { toLocale, type Locale } from "@/lib/i18n/config";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import type { AttachmentAction, AttachmentItem } from "./plan-attachment-state";

const KIND_BY_MIME = new Map(Object.entries(FILE_KINDS).map(([kind, { mimeType }]) => [mimeType, kind as FileKind]));

function formatSize(bytes: number, locale: Locale): string {
  if (bytes < 1024) return `${formatNumber(bytes, locale)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, locale, 0)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, locale, 1)} MB`;
}

function StateMessage({ state, testId }: { state: { status?: string; message?: string }; testId: string }) {
  if (!state.message) return null;
  return state.status === "success" ? (
    <p
      role="status"
      className="rounded border border-cb-green bg-emerald-50 p-2 text-sm text-emerald-950"
      data-testid={`${testId}-success`}
    >
      <span aria-hidden="true">✓ </span>
      {state.message}
    </p>
  ) : (
    <p role="alert" className="rounded border border-cb-vermillion bg-red-50 p-2 text-sm text-red-900" data-testid={`${testId}-error`}>
      {state.message}
    </p>
  );
}

function RemoveAttachmentButton({ planId, attachment, action }: { planId: string; attachment: AttachmentItem; action: AttachmentAction }) {
  const t = useTranslations("files.attachments");
  return (
    <ConfirmActionForm
      action={action}
      hiddenFields={{ planId, attachmentId: attachment.id }}
      triggerLabel={t("remove")}
      pendingLabel={t("removing")}
      triggerContext={attachment.fileName}
      title={t("removeTitle")}
      body={<p className="break-words">{t("removeBody", { name: attachment.fileName })}</p>}
      confirmLabel={t("confirmRemove")}
      tone="danger"
      size="xs"
      testId="attachment-remove"
    />
  );
}

function UploadAttachmentForm({ planId, action }: { planId: string; action: AttachmentAction }) {
  const t = useTranslations("files.attachments");
  const [state, formAction, isPending] = useActionState(action, {});
  const inputId = useId();
  const helpId = useId();
  const messageId = useId();
  // React resets the form after each submission, so a refused file has to be chosen again (a file input
  // cannot be refilled); the reason stays on screen next to it.
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3" data-testid="attachment-upload-form">
      <input type="hidden" name="planId" value={planId} />
      <div className="space-y-1">
        <label htmlFor={inputId} className="block font-medium">
          {t("fileLabel")}
        </label>
        <input
          id={inputId}
          name="file"
          type="file"
          required
          accept=".pdf,.docx,.xlsx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={state.status === "error" ? `${helpId} ${messageId}` : helpId}
          aria-invalid={state.status === "error" || undefined}
          className="file-input"
        />
      </div>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {isPending ? t("uploading") : t("upload")}
      </button>
      <p id={helpId} className="w-full text-sm text-slate-600">
        {t("fileHelp")}
      </p>
      <div id={messageId} aria-live="polite" className="w-full">
        <StateMessage state={state} testId="attachment-upload" />
      </div>
    </form>
  );
}

export function PlanAttachments({
  planId,
  attachments,
  canManage,
  uploadAction,
  removeAction,
}: {
  planId: string;
  attachments: AttachmentItem[];
  canManage: boolean;
  uploadAction: AttachmentAction;
  removeAction: AttachmentAction;
}) {
  const t = useTranslations("files.attachments");
  const locale = toLocale(useLocale());
  return (
    <div className="space-y-3">
      {attachments.length === 0 ? (
        <p className="text-sm text-slate-700" data-testid="attachments-empty">
          {t("empty")}
        </p>
      ) : (
        <DataTable caption={t("caption")} isCaptionHidden>
          <thead>
            <tr>
              <HeaderCell>{t("name")}</HeaderCell>
              <HeaderCell>{t("type")}</HeaderCell>
              <HeaderCell className="text-right">{t("size")}</HeaderCell>
              <HeaderCell>{t("uploadedAt")}</HeaderCell>
              {canManage && <HeaderCell>{t("actions")}</HeaderCell>}
            </tr>
          </thead>
          <tbody data-testid="attachments-list">
            {attachments.map((attachment) => {
              const kind = KIND_BY_MIME.get(attachment.mimeType);
              return (
                <tr key={attachment.id}>
                  <RowHeaderCell className="max-w-md break-words">
                    {/* A plain link: the route answers with a download, not a page to navigate to. */}
                    <a
                      href={`/attachments/${encodeURIComponent(attachment.id)}`}
                      download
                      className="text-brand underline hover:text-brand-dark"
                      aria-label={t("download", { name: attachment.fileName })}
                    >
                      {attachment.fileName}
                    </a>
                  </RowHeaderCell>
                  <Cell>{t(`kinds.${kind ?? "other"}`)}</Cell>
                  <Cell className="text-right whitespace-nowrap">{formatSize(attachment.sizeBytes, locale)}</Cell>
                  <Cell className="whitespace-nowrap">{formatDateTime(attachment.createdAt)}</Cell>
                  {canManage && (
                    <Cell>
                      {attachment.isOfficialRecord ? (
                        <span className="text-sm text-slate-700">{t("officialRecord")}</span>
                      ) : (
                        <RemoveAttachmentButton planId={planId} attachment={attachment} action={removeAction} />
                      )}
                    </Cell>
                  )}
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
      {canManage && <UploadAttachmentForm planId={planId} action={uploadAction} />}
    </div>
  );
}
