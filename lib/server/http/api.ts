import "server-only";
import { UnauthenticatedError, ValidationError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import type { Locale } from "@/lib/i18n/config";
import { isStorableText } from "@/lib/schemas/text";
import { getSessionUser, loadSessionUser, type Actor } from "../auth/session";
import { bearerTokenOf, consumeRequestRateLimit, rateLimitedProblem, rateLimitHeaders } from "../rate-limit";
import { resolveApiToken } from "../services/api-tokens";
import { problemFromError } from "./problem";
import { readBodyText } from "./read-body";

const MAX_JSON_BYTES = 1_048_576 * 2;

export type ApiContext<P> = { request: Request; actor: Actor; params: P; locale: Locale };

export function localeOf(request: Request): Locale {
  return /^vi\b/i.test(request.headers.get("accept-language") ?? "") ? "vi" : "en";
}

function metaOf(request: Request) {
  return {
    ip: request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null,
    userAgent: request.headers.get("user-agent")?.slice(0, 500) ?? null,
  };
}

// Who is calling: a personal API token (Authorization: Bearer …) or the session cookie.
export async function resolveActor(request: Request): Promise<Actor> {
  if (request.headers.get("authorization")) {
    const token = bearerTokenOf(request);
    const resolved = token ? await resolveApiToken(token) : null;
    const user = resolved ? await loadSessionUser(resolved.userId) : null;
    if (!user) throw new UnauthenticatedError();
    return { user, ...metaOf(request), via: "token" };
  }
  const user = await getSessionUser();
  if (!user) throw new UnauthenticatedError();
  if (user.mustChangePassword) throw new ForbiddenError("You must change your password first.");
  return { user, ...metaOf(request), via: "session" };
}

export async function readJson(request: Request): Promise<unknown> {
  const text = await readBodyText(request, MAX_JSON_BYTES);
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError({ _form: ["invalid_json"] });
  }
}

// Path ids are cuids or codes. One with control characters, broken Unicode or an absurd length names nothing,
// and the database would fail on it (NUL, lone surrogates) instead of finding nothing: answer 404 first.
function assertPlausibleParams(params: unknown): void {
  for (const value of Object.values(params ?? {})) {
    if (typeof value === "string" && (value.length > 200 || !isStorableText(value))) throw new NotFoundError();
  }
}

// Wraps a JSON API handler: counts the request against the rate limits, authenticates, runs it, and turns
// every failure into problem+json.
export function apiRoute<P = Record<string, never>>(handler: (ctx: ApiContext<P>) => Promise<unknown>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const locale = localeOf(request);
    try {
      const rateLimit = await consumeRequestRateLimit(request);
      if (rateLimit?.isLimited) return rateLimitedProblem(rateLimit, locale);
      const actor = await resolveActor(request);
      const params = (await context?.params) ?? ({} as P);
      assertPlausibleParams(params);
      const result = await handler({ request, actor, params, locale });
      const response = result instanceof Response ? result : Response.json(result, { headers: { "Cache-Control": "no-store" } });
      if (rateLimit) for (const [name, value] of Object.entries(rateLimitHeaders(rateLimit))) response.headers.set(name, value);
      return response;
    } catch (error) {
      return problemFromError(error, locale);
    }
  };
}

export function jsonCreated(body: unknown, location?: string): Response {
  return Response.json(body, { status: 201, headers: location ? { Location: location } : {} });
}
