import { getTranslations } from "next-intl/server";
import { FILE_KINDS } from "@/lib/domain/file-types";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { getPlanDetail } from "@/lib/server/queries/plans";
import { loadReferenceLists } from "@/lib/server/spreadsheets/reference-lists";
import { taskToRow } from "@/lib/server/spreadsheets/task-rows";
import { buildTaskWorkbook } from "@/lib/server/spreadsheets/task-workbook";
import { downloadRoute, fileResponse } from "@/lib/server/storage/download";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// A plan and all its tasks in the template's layout (re-importable into another plan). The workbook is in
// Vietnamese whatever the interface language, like the template.
export const GET = downloadRoute<{ id: string }>(async ({ user, params }) => {
  const { plan, tasks } = await getPlanDetail(user, params.id);
  const [t, tw, lists] = await Promise.all([
    getTranslations({ locale: "vi", namespace: "files.sheet" }),
    getTranslations({ locale: "vi", namespace: "workspace" }),
    loadReferenceLists(),
  ]);
  const info = [
    { label: t("organization"), value: plan.organization.nameVi },
    { label: t("organizationCode"), value: plan.organization.code },
    { label: t("title"), value: plan.title },
    { label: t("titleEn"), value: plan.titleEn ?? "" },
    { label: t("period"), value: `${plan.periodStart}–${plan.periodEnd}` },
    { label: t("documentNumber"), value: plan.documentNumber ?? "" },
    { label: t("documentDate"), value: formatDate(plan.documentDate) },
    { label: t("status"), value: tw(`planStatus.${plan.status}` as "planStatus.DRAFT") },
    { label: t("taskCount"), value: String(tasks.length) },
    { label: t("exportedAt"), value: formatDateTime(new Date()) },
  ];
  const bytes = await buildTaskWorkbook({ lists, tasks: tasks.map(taskToRow), plan: info });
  return fileResponse(bytes, {
    fileName: `ke-hoach-${plan.organization.code}-${plan.periodStart}-${plan.periodEnd}.xlsx`,
    contentType: FILE_KINDS.xlsx.mimeType,
  });
});
