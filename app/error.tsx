"use client";

import { useTranslations } from "next-intl";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/domain/service-unavailable";

// A page that fails because the database is unreachable says so (lib/server/database-errors.ts stamps the
// digest); any other failure gets the generic message. The HTTP status of such a page is Next's own (500):
// an error boundary cannot set it. API routes answer 503 with Retry-After (lib/server/http/problem.ts),
// and /api/health answers 503 for load balancers.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  const isOutage = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <div
      role="alert"
      className="space-y-4 rounded border border-cb-vermillion bg-white p-4"
      data-testid={isOutage ? "service-unavailable" : "page-error"}
    >
      <h1 className="text-xl font-bold">{t(isOutage ? "unavailableTitle" : "errorTitle")}</h1>
      <p>{t(isOutage ? "unavailableBody" : "errorBody")}</p>
      <button type="button" onClick={reset} className="rounded bg-brand px-3 py-1.5 text-white">
        {t("retry")}
      </button>
    </div>
  );
}
