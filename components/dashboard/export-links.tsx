import { getTranslations } from "next-intl/server";

// Downloads of the current view (same filters): a PDF brief and the tables as a workbook.
export async function ExportLinks({ pdfHref, xlsxHref }: { pdfHref?: string; xlsxHref?: string }) {
  const t = await getTranslations("dashboard.export");
  const linkClass =
    "inline-flex items-center gap-1 rounded border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:border-brand";
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t("label")}>
      {pdfHref && (
        <li>
          <a href={pdfHref} className={linkClass} data-testid="export-pdf">
            <span aria-hidden="true">⬇</span>
            {t("pdf")}
          </a>
        </li>
      )}
      {xlsxHref && (
        <li>
          <a href={xlsxHref} className={linkClass} data-testid="export-xlsx">
            <span aria-hidden="true">⬇</span>
            {t("xlsx")}
          </a>
        </li>
      )}
    </ul>
  );
}
