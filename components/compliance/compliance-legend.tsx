import { useTranslations } from "next-intl";
import { ComplianceBadge } from "./compliance-status";
import { COMPLIANCE_CELL_STATUSES } from "./compliance-symbols";

export function ComplianceLegend() {
  const t = useTranslations("reports.complianceView");
  return (
    <section
      aria-labelledby="compliance-legend-heading"
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm"
      data-testid="compliance-legend"
    >
      <h2 id="compliance-legend-heading" className="font-semibold">
        {t("legend")}
      </h2>
      <ul className="flex flex-wrap gap-2">
        {COMPLIANCE_CELL_STATUSES.map((status) => (
          <li key={status}>
            <ComplianceBadge status={status} />
          </li>
        ))}
      </ul>
      <p className="text-slate-700">{t("legendNote")}</p>
    </section>
  );
}
