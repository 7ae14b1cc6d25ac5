import { useTranslations } from "next-intl";
import { COMPLIANCE_STYLES, type ComplianceCellStatus } from "./compliance-symbols";

export function ComplianceBadge({ status }: { status: ComplianceCellStatus }) {
  const t = useTranslations("reports.compliance");
  const style = COMPLIANCE_STYLES[status];
  return (
    <span data-compliance={status} className={`badge ${style.className}`}>
      <span aria-hidden="true">{style.symbol}</span>
      {t(status)}
    </span>
  );
}
