import { useTranslations } from "next-intl";

export type ConfidenceLevel = "CONFIRMED" | "PARTIAL" | "UNCONFIRMED";

// Colour, a symbol and words: the level must be readable without colour vision.
const styles: Record<ConfidenceLevel, { symbol: string; className: string }> = {
  CONFIRMED: { symbol: "✓", className: "border-cb-green bg-cb-green/10" },
  PARTIAL: { symbol: "◐", className: "border-cb-orange bg-cb-orange/15" },
  UNCONFIRMED: { symbol: "?", className: "border-cb-vermillion bg-cb-vermillion/10" },
};

// A shared (non-async) component: next-intl's hook works in server and client components alike.
export function ConfidenceBadge({ confidence }: { confidence: ConfidenceLevel }) {
  const t = useTranslations("common.confidence");
  const style = styles[confidence];
  return (
    <span data-confidence={confidence} className={`badge ${style.className}`}>
      <span aria-hidden="true" className="font-bold">
        {style.symbol}
      </span>
      {t(confidence)}
    </span>
  );
}
