import "server-only";
import { UnauthenticatedError, ValidationError, ForbiddenError, PayloadTooLargeError } from "@/lib/domain/errors";
import type { Locale } from "@/lib/i18n/config";
import { getSessionUser, loadSessionUser, type Actor } from "../auth/session";
import { readServerEnv } from "../env";
import { consumeRateLimit, rateLimitHeaders, type RateLimitDecision } from "../rate-limit";
import { hashToken, resolveApiToken } from "../services/api-tokens";
import { problemFromError, rateLimitedProblem } from "./problem";

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

function bearerTokenOf(request: Request): string | null {
  return /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1] ?? null;
}

// The client's address for rate limiting. X-Forwarded-For is believed only with TRUST_PROXY=true, and then
// its last entry: the address the nearest (trusted) proxy saw, which the client cannot choose. Without a
// trusted proxy a route handler cannot see the socket address (Next.js fills X-Forwarded-For from it only
// when the client did not send one), so every client shares the bucket "local".
export function clientAddressOf(request: Request): string {
  if (!readServerEnv().TRUST_PROXY) return "local";
  const forwarded = request.headers.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean);
  return forwarded?.at(-1) ?? "local";
}

// Counts the request against its limits: per client address always, per bearer token when one is sent
// (keyed by the token's hash, before the token is looked up, so unknown tokens are counted too).
export async function consumeRequestRateLimit(request: Request, now = new Date()): Promise<RateLimitDecision | null> {
  const env = readServerEnv();
  const token = bearerTokenOf(request);
  return consumeRateLimit(
    [
      { key: `ip:${clientAddressOf(request)}`, limit: env.RATE_LIMIT_IP_PER_MINUTE },
      ...(token ? [{ key: `token:${hashToken(token)}`, limit: env.RATE_LIMIT_TOKEN_PER_MINUTE }] : []),
    ],
    now,
  );
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
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_JSON_BYTES) throw new PayloadTooLargeError("The request body is too large.");
  const text = await request.text();
  if (text.length > MAX_JSON_BYTES) throw new PayloadTooLargeError("The request body is too large.");
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError({ _form: ["invalid_json"] });
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
