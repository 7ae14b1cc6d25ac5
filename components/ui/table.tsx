import type { ReactNode } from "react";

// A table in a keyboard-reachable scroll region (narrow screens scroll it sideways); the caption names both.
// `isFixedLayout` keeps column widths (set on the header cells) equal across several tables on one page.
export function DataTable({
  caption,
  isCaptionHidden = false,
  isFixedLayout = false,
  children,
}: {
  caption: string;
  isCaptionHidden?: boolean;
  isFixedLayout?: boolean;
  children: ReactNode;
}) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="table-frame">
      <table className={`w-full border-collapse text-left text-sm ${isFixedLayout ? "min-w-3xl table-fixed" : ""}`}>
        <caption className={isCaptionHidden ? "sr-only" : "px-4 pt-3 text-left font-semibold text-slate-800"}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function HeaderCell({ children, className = "" }: { children: ReactNode; className?: string }) {
  return (
    <th scope="col" className={className ? `cell-head ${className}` : "cell-head"}>
      {children}
    </th>
  );
}

export function RowHeaderCell({ children, className = "" }: { children: ReactNode; className?: string }) {
  return (
    <th scope="row" className={className ? `cell-row-head ${className}` : "cell-row-head"}>
      {children}
    </th>
  );
}

// Styles in app/globals.css (.cell, .cell-num): short class names, since long tables are sent twice (HTML and RSC
// payload). The common right-aligned figure column is one class.
export function Cell({ children, className = "" }: { children: ReactNode; className?: string }) {
  const base = className === "text-right tabular-nums" ? "cell-num" : className ? `cell ${className}` : "cell";
  return <td className={base}>{children}</td>;
}
