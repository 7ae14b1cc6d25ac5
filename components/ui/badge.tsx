import type { ReactNode } from "react";

type BadgeTone = "neutral" | "brand" | "info";

const toneClasses: Record<BadgeTone, string> = {
  neutral: "border-slate-300 bg-slate-100 text-slate-800",
  brand: "border-brand/30 bg-brand/5 text-brand-dark",
  info: "border-cb-blue/40 bg-cb-blue/5 text-slate-900",
};

export function Badge({ children, tone = "neutral" }: { children: ReactNode; tone?: BadgeTone }) {
  return (
    <span className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-medium ${toneClasses[tone]}`}>
      {children}
    </span>
  );
}
