"use client";

import { useActionState, useId } from "react";
import { useLocale, useTranslations } from "next-intl";
import { FormMessage, primaryButtonClass } from "@/components/ui/form-field";
import { Cell, DataTable, HeaderCell, RowHeaderCell } from "@/components/ui/table";
import { toLocale } from "@/lib/i18n/config";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import type { FormAction } from "@/lib/schemas/action-state";

export type DossierDocumentItem = { id: string; fileName: string; sizeBytes: number; createdAt: string };

// The dossier's files (nomination form, maps, letters), downloaded through the dossier's route; the lead's and
// MOFA's editors add more. Files are checked by their content on the server, like plan attachments.
export function DossierDocuments({
  dossierId,
  documents,
  canUpload,
  uploadAction,
}: {
  dossierId: string;
  documents: readonly DossierDocumentItem[];
  canUpload: boolean;
  uploadAction: FormAction;
}) {
  const t = useTranslations("unesco.documents");
  const tf = useTranslations("files.attachments");
  const locale = toLocale(useLocale());
  const [state, formAction, isPending] = useActionState(uploadAction, {});
  const inputId = useId();
  const helpId = useId();
  return (
    <div className="space-y-3">
      {documents.length === 0 ? (
        <p className="text-sm text-slate-700">{t("empty")}</p>
      ) : (
        <DataTable caption={t("title")} isCaptionHidden>
          <thead>
            <tr>
              <HeaderCell>{tf("name")}</HeaderCell>
              <HeaderCell className="text-right">{tf("size")}</HeaderCell>
              <HeaderCell>{tf("uploadedAt")}</HeaderCell>
            </tr>
          </thead>
          <tbody data-testid="unesco-documents">
            {documents.map((d) => (
              <tr key={d.id}>
                <RowHeaderCell className="max-w-md break-words">
                  {/* A plain link: the route answers with a download, not a page. */}
                  <a
                    href={`/unesco/${encodeURIComponent(dossierId)}/documents/${encodeURIComponent(d.id)}`}
                    download
                    className="text-brand underline hover:text-brand-dark"
                    aria-label={tf("download", { name: d.fileName })}
                  >
                    {d.fileName}
                  </a>
                </RowHeaderCell>
                <Cell className="text-right whitespace-nowrap">{formatNumber(Math.max(1, Math.round(d.sizeBytes / 1024)), locale)} KB</Cell>
                <Cell className="whitespace-nowrap">{formatDateTime(d.createdAt)}</Cell>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {canUpload ? (
        <form action={formAction} className="flex flex-wrap items-end gap-3" data-testid="unesco-document-upload">
          <input type="hidden" name="dossierId" value={dossierId} />
          <div className="space-y-1">
            <label htmlFor={inputId} className="block font-medium">
              {tf("fileLabel")}
            </label>
            <input
              id={inputId}
              name="file"
              type="file"
              required
              accept=".pdf,.docx,.xlsx"
              aria-describedby={helpId}
              className="file-input"
            />
          </div>
          <button type="submit" disabled={isPending} className={primaryButtonClass}>
            {isPending ? tf("uploading") : tf("upload")}
          </button>
          <p id={helpId} className="w-full text-sm text-slate-600">
            {tf("fileHelp")}
          </p>
          <div className="w-full">
            <FormMessage status={state.status} message={state.message} />
          </div>
        </form>
      ) : null}
    </div>
  );
}
