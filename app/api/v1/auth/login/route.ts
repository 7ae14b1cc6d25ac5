import { isSecureCookieRequest, sessionCookieName } from "@/lib/server/auth/config";
import { openSession } from "@/lib/server/auth/session";
import { encodeSessionToken } from "@/lib/server/auth/session-token";
import { signInSchema } from "@/lib/schemas/auth";
import { requestMetaOf } from "@/lib/server/client-address";
import { assertBodyType, assertSameOriginRequest, JSON_BODY, localeOf, readJson } from "@/lib/server/http/api";
import { consumeRequestRateLimit, rateLimitedProblem } from "@/lib/server/rate-limit";
import { problem, problemDetail, problemFromError } from "@/lib/server/http/problem";
import { authenticateWithPassword } from "@/lib/server/services/authenticate";
import { parseInput } from "@/lib/server/validation";

// Password sign-in for API clients that prefer a session cookie to a personal token. Same rules as the
// sign-in page: 5 failures in 15 minutes lock the account for 15 minutes (429), and a refusal never says
// whether the e-mail has an account. Only JSON from the portal's own origin or a non-browser client is
// accepted (no login CSRF), and the sign-in has its own per-address rate limit.
export async function POST(request: Request): Promise<Response> {
  const locale = localeOf(request);
  try {
    assertSameOriginRequest(request);
    assertBodyType(request, JSON_BODY);
    const rateLimit = await consumeRequestRateLimit({ kind: "sign-in", request });
    if (rateLimit?.isLimited) return rateLimitedProblem(rateLimit, locale);
    const input = parseInput(signInSchema, await readJson(request));
    const result = await authenticateWithPassword({ ...input, ...requestMetaOf(request.headers) });
    if (result.outcome === "locked") {
      const retryAfter = Math.max(1, Math.ceil((result.until.getTime() - Date.now()) / 1000));
      return problem(
        429,
        "account_locked",
        "Too many failed sign-in attempts for this account. Try again in 15 minutes.",
        problemDetail("account_locked", locale),
        {
          "Retry-After": String(retryAfter),
        },
      );
    }
    if (result.outcome !== "ok")
      return problem(401, "invalid_credentials", "E-mail or password is incorrect.", problemDetail("invalid_credentials", locale));
    const secure = isSecureCookieRequest(request);
    const cookieName = sessionCookieName(secure);
    const session = await openSession(result.user.id);
    const token = await encodeSessionToken(
      {
        uid: result.user.id,
        sv: result.user.sessionVersion,
        sid: session.sessionId,
        at: session.signedInAt,
        email: result.user.email,
        name: result.user.name,
      },
      cookieName,
    );
    const cookie = [
      `${cookieName}=${token.value}`,
      "Path=/",
      "HttpOnly",
      "SameSite=Lax",
      `Max-Age=${token.maxAge}`,
      ...(secure ? ["Secure"] : []),
    ].join("; ");
    return Response.json(
      { id: result.user.id, email: result.user.email, name: result.user.name },
      { headers: { "Set-Cookie": cookie, "Cache-Control": "no-store" } },
    );
  } catch (error) {
    return problemFromError(error, locale);
  }
}
