import type { ReactNode } from "react";

export function PageHeading({
  title,
  eyebrow,
  description,
  children,
}: {
  title: ReactNode;
  eyebrow?: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="mb-6 space-y-2 border-b border-slate-200 pb-4">
      {eyebrow && <p className="text-sm font-medium uppercase tracking-wide text-brand">{eyebrow}</p>}
      <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{title}</h1>
      {description && <div className="max-w-3xl text-slate-700">{description}</div>}
      {children}
    </div>
  );
}
