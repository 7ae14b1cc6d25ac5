import { getTranslations } from "next-intl/server";
import { TASK_STATUS_LABELS } from "@/lib/domain/spreadsheet-columns";
import { formatDate, formatDateTime, formatNumber, pickLocalized } from "@/lib/i18n/format";
import { renderPlanPdf } from "@/lib/server/pdf/plan-pdf";
import { getPlanDetail } from "@/lib/server/queries/plans";
import { downloadRoute, fileResponse } from "@/lib/server/storage/download";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// The plan as a printable PDF, labelled in the reader's language; the plan's own text stays as written.
export const GET = downloadRoute<{ id: string }>(async ({ user, params, locale }) => {
  const { plan, tasks } = await getPlanDetail(user, params.id);
  const [t, tw] = await Promise.all([
    getTranslations({ locale, namespace: "files.pdf" }),
    getTranslations({ locale, namespace: "workspace" }),
  ]);
  const period = plan.periodStart === plan.periodEnd ? String(plan.periodStart) : `${plan.periodStart}–${plan.periodEnd}`;
  const bytes = await renderPlanPdf({
    labels: {
      documentTitle: t("documentTitle"),
      organization: t("organization"),
      title: t("title"),
      period: t("period"),
      document: t("document"),
      status: t("status"),
      tasks: t("tasks", { count: tasks.length }),
      noTasks: t("noTasks"),
      generatedAt: t("generatedAt"),
      page: t("page", { page: "{page}", total: "{total}" }),
      columns: {
        code: t("columns.code"),
        title: t("columns.title"),
        group: t("columns.group"),
        lead: t("columns.lead"),
        start: t("columns.start"),
        due: t("columns.due"),
        budget: t("columns.budget"),
        status: t("columns.status"),
        progress: t("columns.progress"),
      },
    },
    plan: {
      organization: pickLocalized(locale, plan.organization.nameVi, plan.organization.nameEn),
      title: plan.title,
      titleEn: plan.titleEn,
      period,
      document: plan.documentNumber
        ? t("documentValue", { number: plan.documentNumber, date: formatDate(plan.documentDate) || "—" })
        : t("noDocument"),
      status: tw(`planStatus.${plan.status}` as "planStatus.DRAFT"),
    },
    tasks: tasks.map((task) => ({
      code: task.code,
      title: task.titleVi,
      group: task.taskGroupCode ?? "",
      lead: task.leadOrganizationName ?? task.leadUnitName ?? "",
      start: formatDate(task.startDate),
      due: formatDate(task.dueDate),
      budget: task.budgetVnd === null ? "" : formatNumber(BigInt(task.budgetVnd), "vi", 0),
      status: TASK_STATUS_LABELS[task.status][locale],
      progress: `${task.progress}%`,
    })),
    generatedAt: formatDateTime(new Date()),
  });
  return fileResponse(bytes, {
    fileName: `ke-hoach-${plan.organization.code}-${plan.periodStart}-${plan.periodEnd}.pdf`,
    contentType: "application/pdf",
  });
});
