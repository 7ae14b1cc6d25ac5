import { useTranslations } from "next-intl";
import { COMPLIANCE_STYLES, type ComplianceCellStatus } from "./compliance-symbols";

export function ComplianceBadge({ status }: { status: ComplianceCellStatus }) {
  const t = useTranslations("reports.compliance");
  const style = COMPLIANCE_STYLES[status];
  return (
    <span
      data-compliance={status}
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium text-slate-900 ${style.className}`}
    >
      <span aria-hidden="true">{style.symbol}</span>
      {t(status)}
    </span>
  );
}
