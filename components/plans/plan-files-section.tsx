import { useTranslations } from "next-intl";
import { PlanAttachments } from "./plan-attachments";
import type { AttachmentAction, AttachmentItem } from "./plan-attachment-state";
import { PlanImportForm } from "./plan-import-form";
import type { ImportAction } from "./plan-import-state";

const linkClass =
  "inline-flex items-center rounded border border-slate-500 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:border-brand hover:text-brand";

// The plan page's files: the Excel template, the spreadsheet import, the exports (.xlsx and PDF) and the
// attachments. What each person may do is decided by the page (with the same policy the server enforces) and
// passed in; the actions are the server actions of app/plans/[id]/import and app/plans/[id]/attachments.
export function PlanFilesSection({
  planId,
  attachments,
  canDownloadTemplate,
  canImport,
  isLocked,
  canManageAttachments,
  importAction,
  uploadAttachmentAction,
  removeAttachmentAction,
}: {
  planId: string;
  attachments: AttachmentItem[];
  // can(user, "plan:create")
  canDownloadTemplate: boolean;
  // The plan's content is editable and can(user, "task:update", plan)
  canImport: boolean;
  // The plan is submitted or approved (not DRAFT, RETURNED or REVISION): editors see why import is missing
  isLocked: boolean;
  // can(user, "plan:update", plan)
  canManageAttachments: boolean;
  importAction: ImportAction;
  uploadAttachmentAction: AttachmentAction;
  removeAttachmentAction: AttachmentAction;
}) {
  const t = useTranslations("files");
  const base = `/plans/${encodeURIComponent(planId)}`;
  return (
    <section
      id="plan-files"
      aria-labelledby="plan-files-heading"
      className="space-y-5 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
    >
      <h2 id="plan-files-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>

      <div className="space-y-2">
        <h3 className="font-semibold">{t("export.heading")}</h3>
        <p className="text-sm text-slate-700">{t("export.help")}</p>
        <div className="flex flex-wrap gap-2">
          {/* Plain links, not next/link: these answer with a file download. */}
          <a href={`${base}/export.xlsx`} download className={linkClass} data-testid="export-xlsx">
            {t("export.xlsx")}
          </a>
          <a href={`${base}/export.pdf`} download className={linkClass} data-testid="export-pdf">
            {t("export.pdf")}
          </a>
        </div>
      </div>

      {(canImport || (isLocked && canManageAttachments)) && (
        <div className="space-y-2">
          <h3 className="font-semibold">{t("import.heading")}</h3>
          {canDownloadTemplate && (
            <p className="text-sm text-slate-700">
              {t("template.help")}{" "}
              <a
                href="/plans/template"
                download
                className="font-medium text-brand underline hover:text-brand-dark"
                data-testid="download-template"
              >
                {t("template.download")}
              </a>
            </p>
          )}
          {canImport ? (
            <PlanImportForm planId={planId} action={importAction} />
          ) : (
            <p className="text-sm text-slate-700" data-testid="import-locked">
              {t("import.locked")}
            </p>
          )}
        </div>
      )}

      <div className="space-y-2">
        <h3 className="font-semibold">{t("attachments.heading")}</h3>
        <PlanAttachments
          planId={planId}
          attachments={attachments}
          canManage={canManageAttachments}
          uploadAction={uploadAttachmentAction}
          removeAction={removeAttachmentAction}
        />
      </div>
    </section>
  );
}
