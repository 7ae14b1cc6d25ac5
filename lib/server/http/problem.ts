import "server-only";
import { ConflictError, DomainError, RateLimitedError, ValidationError } from "@/lib/domain/errors";
import type { Locale } from "@/lib/i18n/config";
import { translateFieldErrors } from "@/lib/i18n/validation";

// RFC 9457 problem details.
export function problem(status: number, code: string, title: string, extra: Record<string, unknown> = {}, headers: HeadersInit = {}) {
  return new Response(JSON.stringify({ type: `/problems/${code}`, title, status, ...extra }), {
    status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...headers },
  });
}

const TITLES: Record<number, string> = {
  400: "The request is not valid.",
  401: "Authentication required: sign in, or send a personal API token as `Authorization: Bearer …`.",
  403: "You are not allowed to do this.",
  404: "Not found.",
  409: "Conflict with the current state of the resource.",
  413: "The request is too large.",
  429: "Too many requests.",
  500: "An unexpected error occurred. It has been logged.",
  503: "The service is temporarily unavailable. Please try again shortly.",
};

export function problemFromError(error: unknown, locale: Locale): Response {
  if (error instanceof ValidationError) {
    return problem(400, error.code, TITLES[400]!, { errors: translateFieldErrors(error.fieldErrors, locale) });
  }
  if (error instanceof ConflictError) {
    return problem(409, error.code, error.message, error.current === undefined ? {} : { current: error.current });
  }
  if (error instanceof RateLimitedError) {
    return problem(429, error.code, error.message, {}, error.retryAfterSeconds ? { "Retry-After": String(error.retryAfterSeconds) } : {});
  }
  if (error instanceof DomainError) {
    return problem(error.status, error.code, error.status === 404 || error.status === 401 ? TITLES[error.status]! : error.message);
  }
  if (isDatabaseUnavailable(error)) return problem(503, "database_unavailable", TITLES[503]!, {}, { "Retry-After": "5" });
  console.error("Unexpected API error", error);
  return problem(500, "internal_error", TITLES[500]!);
}

export function isDatabaseUnavailable(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message} ${(error as { code?: string }).code ?? ""}` : String(error);
  // P2028 "Unable to start a transaction in the given time": every connection stayed busy (overload), so retry.
  return /ECONNREFUSED|ETIMEDOUT|ECONNRESET|DatabaseNotReachable|Can't reach database|Connection terminated|timeout exceeded when trying to connect|P1001|P1017|P2028|57P01|the database system is (shutting down|starting up)/i.test(
    text,
  );
}
