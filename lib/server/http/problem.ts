import "server-only";
import { ConflictError, DomainError, RateLimitedError, ValidationError } from "@/lib/domain/errors";
import type { Locale } from "@/lib/i18n/config";
import { translateFieldErrors, translateValidationCode } from "@/lib/i18n/validation";
import { isDatabaseUnavailable } from "../database-errors";

export { isDatabaseUnavailable };

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

// What went wrong in a sentence of the request's language (the title stays English, for logs and clients).
export function problemDetail(code: string, locale: Locale): { detail: string } {
  const key = `problem_${code}`;
  const detail = translateValidationCode(key, locale);
  return { detail: detail === key ? translateValidationCode("problem_domain_error", locale) : detail };
}

export function problemFromError(error: unknown, locale: Locale): Response {
  if (error instanceof ValidationError) {
    return problem(400, error.code, TITLES[400]!, {
      ...problemDetail(error.code, locale),
      errors: translateFieldErrors(error.fieldErrors, locale),
    });
  }
  if (error instanceof ConflictError) {
    return problem(409, error.code, error.message, {
      ...problemDetail(error.code, locale),
      ...(error.current === undefined ? {} : { current: error.current }),
    });
  }
  if (error instanceof RateLimitedError) {
    return problem(
      429,
      error.code,
      error.message,
      problemDetail(error.code, locale),
      error.retryAfterSeconds ? { "Retry-After": String(error.retryAfterSeconds) } : {},
    );
  }
  if (error instanceof DomainError) {
    return problem(
      error.status,
      error.code,
      error.status === 404 || error.status === 401 ? TITLES[error.status]! : error.message,
      problemDetail(error.code, locale),
    );
  }
  if (isDatabaseUnavailable(error))
    return problem(503, "database_unavailable", TITLES[503]!, problemDetail("database_unavailable", locale), { "Retry-After": "5" });
  console.error("Unexpected API error", error);
  return problem(500, "internal_error", TITLES[500]!, problemDetail("internal_error", locale));
}
