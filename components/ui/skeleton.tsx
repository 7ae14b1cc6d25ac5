// Loading placeholder for a page: a live status with words for screen readers, grey blocks for the eye.
export function PageSkeleton({ label, blocks = 3 }: { label: string; blocks?: number }) {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-6" data-testid="page-skeleton">
      <span className="sr-only">{label}</span>
      <div className="space-y-3 border-b border-slate-200 pb-4">
        <div className="h-8 w-2/5 rounded bg-slate-200" />
        <div className="h-4 w-3/5 rounded bg-slate-200" />
      </div>
      {Array.from({ length: blocks }, (_, index) => (
        <div key={index} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
          <div className="h-5 w-1/3 rounded bg-slate-200" />
          <div className="h-4 w-full rounded bg-slate-100" />
          <div className="h-4 w-5/6 rounded bg-slate-100" />
        </div>
      ))}
    </div>
  );
}
