import Link from "next/link";

export type PageItem = { kind: "page"; page: number } | { kind: "gap"; key: string };

// Page numbers to show: the first, the last, and the current one with `radius` neighbours; gaps elsewhere.
export function buildPageItems(current: number, pageCount: number, radius = 1): PageItem[] {
  const pages = new Set<number>([1, pageCount]);
  for (let page = current - radius; page <= current + radius; page += 1) {
    if (page >= 1 && page <= pageCount) pages.add(page);
  }
  const sorted = [...pages].sort((a, b) => a - b);
  const items: PageItem[] = [];
  sorted.forEach((page, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && page - previous > 1) items.push({ kind: "gap", key: `gap-${previous}` });
    items.push({ kind: "page", page });
  });
  return items;
}

export type PaginationLabels = {
  navigation: string;
  previous: string;
  next: string;
  // e.g. "Page 3" / "Trang 3"
  page: (page: number) => string;
};

const linkClass = "inline-flex min-w-9 items-center justify-center rounded border px-3 py-1.5 text-sm";

export function Pagination({
  page,
  pageCount,
  hrefForPage,
  labels,
}: {
  page: number;
  pageCount: number;
  hrefForPage: (page: number) => string;
  labels: PaginationLabels;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={labels.navigation} className="mt-4" data-testid="pagination">
      <ul className="flex flex-wrap items-center gap-1">
        <li>
          {page > 1 ? (
            <Link
              href={hrefForPage(page - 1)}
              rel="prev"
              className={`${linkClass} border-slate-300 bg-white text-cb-blue hover:border-cb-blue`}
            >
              <span aria-hidden="true">‹</span>&nbsp;{labels.previous}
            </Link>
          ) : (
            <span aria-disabled="true" className={`${linkClass} border-slate-200 bg-slate-100 text-slate-600`}>
              <span aria-hidden="true">‹</span>&nbsp;{labels.previous}
            </span>
          )}
        </li>
        {buildPageItems(page, pageCount).map((item) =>
          item.kind === "gap" ? (
            <li key={item.key} aria-hidden="true" className="px-1 text-slate-600">
              …
            </li>
          ) : (
            <li key={item.page}>
              <Link
                href={hrefForPage(item.page)}
                aria-label={labels.page(item.page)}
                aria-current={item.page === page ? "page" : undefined}
                className={
                  item.page === page
                    ? `${linkClass} border-brand bg-brand font-semibold text-white`
                    : `${linkClass} border-slate-300 bg-white text-cb-blue hover:border-cb-blue`
                }
              >
                {item.page}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <Link
              href={hrefForPage(page + 1)}
              rel="next"
              className={`${linkClass} border-slate-300 bg-white text-cb-blue hover:border-cb-blue`}
            >
              {labels.next}&nbsp;<span aria-hidden="true">›</span>
            </Link>
          ) : (
            <span aria-disabled="true" className={`${linkClass} border-slate-200 bg-slate-100 text-slate-600`}>
              {labels.next}&nbsp;<span aria-hidden="true">›</span>
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
