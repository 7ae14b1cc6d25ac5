import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ConfidenceBadge, type ConfidenceLevel } from "@/components/ui/confidence-badge";
import { SourceLinks } from "@/components/ui/source-links";
import { formatDate } from "@/lib/i18n/format";

export type StrategyIdentity = {
  number: string;
  issuedDate: string;
  effectiveDate: string;
  issuerVi: string;
  signer: string | null;
  horizonYear: number;
  sourceUrls: string[];
  confidence: ConfidenceLevel;
};

export async function StrategyIdentityCard({ strategy }: { strategy: StrategyIdentity }) {
  const t = await getTranslations("strategy");
  const facts: { label: string; value: string; testId: string }[] = [
    { label: t("number"), value: strategy.number, testId: "strategy-number" },
    { label: t("issuedDate"), value: formatDate(strategy.issuedDate), testId: "strategy-issued-date" },
    { label: t("effectiveDate"), value: formatDate(strategy.effectiveDate), testId: "strategy-effective-date" },
    { label: t("issuer"), value: strategy.issuerVi, testId: "strategy-issuer" },
    ...(strategy.signer ? [{ label: t("signer"), value: strategy.signer, testId: "strategy-signer" }] : []),
    { label: t("horizon"), value: t("horizonValue", { year: strategy.horizonYear }), testId: "strategy-horizon" },
  ];
  return (
    <Card as="section" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold text-slate-900">{t("identityHeading")}</h2>
        <ConfidenceBadge confidence={strategy.confidence} />
      </div>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-3">
        {facts.map((fact) => (
          <div key={fact.testId}>
            <dt className="text-sm text-slate-600">{fact.label}</dt>
            <dd className="font-medium text-slate-900" data-testid={fact.testId}>
              {fact.value}
            </dd>
          </div>
        ))}
      </dl>
      <SourceLinks urls={strategy.sourceUrls} />
    </Card>
  );
}
