import "server-only";
import {
  CrossSiteRequestError,
  UnauthenticatedError,
  UnsupportedMediaTypeError,
  ValidationError,
  ForbiddenError,
  NotFoundError,
} from "@/lib/domain/errors";
import type { Locale } from "@/lib/i18n/config";
import { isStorableText } from "@/lib/schemas/text";
import { getSessionClaims, loadSessionUser, loadSessionUserCounting, type Actor } from "../auth/session";
import { withDataVersionsRead, type DataVersions } from "../cache/rollup-cache";
import { requestMetaOf } from "../client-address";
import { readServerEnv, readSessionEnv } from "../env";
import {
  bearerTokenOf,
  consumeRequestRateLimit,
  prepareRateLimit,
  rateLimitedProblem,
  rateLimitHeaders,
  rateLimitRuleFor,
  type RateLimitDecision,
} from "../rate-limit";
import { resolveApiToken } from "../services/api-tokens";
import { problemFromError } from "./problem";
import { readBodyText } from "./read-body";

const MAX_JSON_BYTES = 1_048_576 * 2;

export type ApiContext<P> = { request: Request; actor: Actor; params: P; locale: Locale };

export function localeOf(request: Request): Locale {
  return /^vi\b/i.test(request.headers.get("accept-language") ?? "") ? "vi" : "en";
}

type Authenticated = { actor: Actor; rateLimit: RateLimitDecision | null; versions: DataVersions | null };

// Who is calling, a personal API token (Authorization: Bearer …) or the session cookie, counted against that
// caller's own rate limit. A token ends with the session version it was created under; neither works while
// the account must change its password. For a session the count and the user's reload are one statement.
async function resolveActor(request: Request): Promise<Authenticated> {
  const meta = requestMetaOf(request.headers);
  if (request.headers.get("authorization")) {
    const token = bearerTokenOf(request);
    const resolved = token ? await resolveApiToken(token) : null;
    const user = resolved ? await loadSessionUser(resolved.userId, resolved.sessionVersion) : null;
    if (!user || !token) throw new UnauthenticatedError();
    if (user.mustChangePassword) throw new ForbiddenError("You must change your password first.");
    return { actor: { user, ...meta, via: "token" }, rateLimit: await consumeRequestRateLimit({ kind: "token", token }), versions: null };
  }
  const claims = await getSessionClaims();
  if (!claims) throw new UnauthenticatedError();
  const pending = prepareRateLimit(rateLimitRuleFor({ kind: "user", userId: claims.uid }));
  // A read-only call also reads the data versions in that statement (the roll-up cache checks them).
  const withDataVersions = request.method === "GET";
  const { user, rateCount, versions } = await loadSessionUserCounting(claims, { countFirst: pending?.cte, withDataVersions });
  if (!user) throw new UnauthenticatedError();
  const rateLimit = (await pending?.settle(rateCount)) ?? null;
  if (user.mustChangePassword && !rateLimit?.isLimited) throw new ForbiddenError("You must change your password first.");
  return { actor: { user, ...meta, via: "session" }, rateLimit, versions };
}

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
export const JSON_BODY = ["application/json"];

function allowedOrigins(request: Request): Set<string> {
  const origins = new Set<string>();
  const { AUTH_URL, NEXTAUTH_URL } = readSessionEnv();
  const authUrl = AUTH_URL ?? NEXTAUTH_URL;
  if (authUrl && URL.canParse(authUrl)) origins.add(new URL(authUrl).host);
  const host = (readServerEnv().TRUST_PROXY && request.headers.get("x-forwarded-host")) || request.headers.get("host");
  if (host) origins.add(host.toLowerCase());
  return origins;
}

// Cross-site request forgery: a browser attaches the session cookie to a form or fetch from any page, so an
// unsafe cookie-authenticated call (and the API sign-in, against login CSRF) is accepted only from the portal's
// own origin. Browsers say where a request comes from in Sec-Fetch-Site and, on every cross-origin or unsafe
// request, Origin; a client that sends neither is not a browser and attaches no one else's cookie. Callers
// with a bearer token are exempt: a page on another site cannot make a browser send one.
export function assertSameOriginRequest(request: Request): void {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") throw new CrossSiteRequestError();
  const origin = request.headers.get("origin");
  if (origin === null) return;
  const host = URL.canParse(origin) ? new URL(origin).host.toLowerCase() : null;
  if (!host || !allowedOrigins(request).has(host)) throw new CrossSiteRequestError();
}

// A body that is not of the route's type is refused before it is read: a cross-site HTML form can only send
// text/plain, urlencoded or multipart bodies, never application/json without a CORS preflight.
export function assertBodyType(request: Request, accepted: readonly string[]): void {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  const hasBody = Number(request.headers.get("content-length") ?? 0) > 0 || request.headers.has("transfer-encoding");
  if (type === undefined ? hasBody : !accepted.includes(type)) throw new UnsupportedMediaTypeError();
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

// Authenticates, counting a caller without a valid credential against the anonymous budget of its address.
async function authenticate(request: Request, locale: Locale): Promise<Authenticated | Response> {
  try {
    return await resolveActor(request);
  } catch (error) {
    // Only a presented credential that does not hold is counted (per client address): a token can be guessed
    // at, a missing one cannot. A request with none is refused without touching the database, so a flood of
    // them costs the server almost nothing (npm run test:hostile).
    if (error instanceof UnauthenticatedError && request.headers.has("authorization")) {
      const rateLimit = await consumeRequestRateLimit({ kind: "anonymous", request });
      if (rateLimit?.isLimited) return rateLimitedProblem(rateLimit, locale);
    }
    throw error;
  }
}

// Wraps a JSON API handler: refuses cross-site cookie calls, authenticates, counts the request against the
// caller's rate limit, runs it, and turns every failure into problem+json. `bodyTypes`: the content types an
// unsafe cookie-authenticated call may send (JSON unless the route takes a file).
export function apiRoute<P = Record<string, never>>(
  handler: (ctx: ApiContext<P>) => Promise<unknown>,
  options: { bodyTypes?: readonly string[] } = {},
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const locale = localeOf(request);
    try {
      if (UNSAFE_METHODS.has(request.method) && !request.headers.has("authorization")) {
        assertSameOriginRequest(request);
        assertBodyType(request, options.bodyTypes ?? JSON_BODY);
      }
      const authenticated = await authenticate(request, locale);
      if (authenticated instanceof Response) return authenticated;
      const { actor, rateLimit, versions } = authenticated;
      if (rateLimit?.isLimited) return rateLimitedProblem(rateLimit, locale);
      const params = (await context?.params) ?? ({} as P);
      assertPlausibleParams(params);
      const run = () => handler({ request, actor, params, locale });
      const result = versions ? await withDataVersionsRead(versions, run) : await run();
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
