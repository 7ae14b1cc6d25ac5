import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";

// One dashboard widget: a titled section; the heading names the region for screen readers.
export function Widget({
  id,
  title,
  description,
  children,
  actions,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Card as="section" className="space-y-4" id={id}>
      <div className="panel-head">
        <div className="space-y-1">
          <h2 id={`${id}-heading`} className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          {description && <div className="max-w-3xl text-sm text-slate-700">{description}</div>}
        </div>
        {actions}
      </div>
      {children}
    </Card>
  );
}

// The placeholder a widget streams into: a polite status with words, grey blocks for the eye.
export function WidgetSkeleton({ label, lines = 4 }: { label: string; lines?: number }) {
  return (
    <div role="status" aria-live="polite" className="skeleton" data-testid="widget-skeleton">
      <span className="sr-only">{label}</span>
      <div className="h-5 w-1/3 rounded bg-slate-200" />
      {/* The lines are one element drawn by CSS: every widget's placeholder is in every overview page's HTML. */}
      <div className="skeleton-lines" style={{ height: `${lines * 1.75 - 0.75}rem` }} />
    </div>
  );
}

// The table equivalent of a chart, folded away so the chart stays the first thing seen. With `deferredHref`
// the table is not in the page at all, only a link to the page that shows it (the overview's tables view): a
// folded table is sent twice (HTML and RSC payload) yet not seen at first, and the overview must stay small.
export function DataTableDetails({ children, open = false, deferredHref }: { children: ReactNode; open?: boolean; deferredHref?: string }) {
  const t = useTranslations("dashboard");
  if (deferredHref)
    return (
      <p className="text-sm">
        <a href={deferredHref} className="text-link font-medium">
          {t("showDataTable")}
        </a>
      </p>
    );
  return (
    <details className="group rounded border border-slate-200 bg-slate-50 px-3 py-2" open={open}>
      <summary className="cursor-pointer text-sm font-medium text-cb-blue underline underline-offset-2">{t("showDataTable")}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}

// A headline number with its label.
export function Stat({ label, value, hint, testId }: { label: string; value: ReactNode; hint?: ReactNode; testId?: string }) {
  return (
    <div className="stat">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="stat-value" data-testid={testId}>
        {value}
      </dd>
      {hint && <dd className="text-xs text-slate-600">{hint}</dd>}
    </div>
  );
}
