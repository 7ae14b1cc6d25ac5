import { useTranslations } from "next-intl";
import { linkClass } from "@/components/ui/text-link";

function describeSource(source: string): { href: string | null; text: string } {
  try {
    const url = new URL(source);
    if (url.protocol === "http:" || url.protocol === "https:") return { href: url.href, text: url.hostname.replace(/^www\./, "") };
  } catch {
    // Not a URL (e.g. a note naming an offline document): shown as text.
  }
  return { href: null, text: source };
}

// Sources of an official fact. Each link names its site (the browser shows the full address on hover and focus).
// Compact lists are small text: each link gets a 24 px tall target (WCAG 2.5.8).
export function SourceLinks({ urls, label, compact = false }: { urls: readonly string[]; label?: string; compact?: boolean }) {
  const t = useTranslations("common");
  if (urls.length === 0) return null;
  const heading = label ?? t("sources");
  return (
    <div className={compact ? "text-xs source-targets" : "text-sm"}>
      <span className={compact ? "sr-only" : "font-medium text-slate-700"}>{heading}: </span>
      <ol className="inline">
        {urls.map((source, index) => {
          const { href, text } = describeSource(source);
          return (
            // The list is fixed for the render; the position tells apart a source named twice.
            <li key={index} className="source-item">
              {href ? (
                <a href={href} rel="noopener noreferrer" className={`${linkClass} break-words`}>
                  <span className="sr-only">{`${heading} ${index + 1}: `}</span>
                  {text}
                </a>
              ) : (
                <span className="text-slate-700">{text}</span>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
