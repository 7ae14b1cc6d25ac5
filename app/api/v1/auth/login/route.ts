import { encode } from "next-auth/jwt";
import { isSecureCookieRequest, SESSION_MAX_AGE_SECONDS, sessionCookieName } from "@/lib/server/auth/config";
import { signInSchema } from "@/lib/schemas/auth";
import { readServerEnv } from "@/lib/server/env";
import { localeOf, readJson } from "@/lib/server/http/api";
import { consumeRequestRateLimit, rateLimitedProblem } from "@/lib/server/rate-limit";
import { problem, problemDetail, problemFromError } from "@/lib/server/http/problem";
import { authenticateWithPassword } from "@/lib/server/services/authenticate";
import { parseInput } from "@/lib/server/validation";

// Password sign-in for API clients that prefer a session cookie to a personal token. Same rules as the
// sign-in page: 5 failures in 15 minutes lock the e-mail for 15 minutes (429), and a refusal never says
// whether the e-mail has an account. The per-address API rate limit applies as well.
export async function POST(request: Request): Promise<Response> {
  const locale = localeOf(request);
  try {
    const rateLimit = await consumeRequestRateLimit(request);
    if (rateLimit?.isLimited) return rateLimitedProblem(rateLimit, locale);
    const input = parseInput(signInSchema, await readJson(request));
    const result = await authenticateWithPassword({
      ...input,
      ip: request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null,
      userAgent: request.headers.get("user-agent"),
    });
    if (result.outcome === "locked") {
      const retryAfter = Math.max(1, Math.ceil((result.until.getTime() - Date.now()) / 1000));
      return problem(429, "account_locked", "Too many failed sign-in attempts for this account. Try again in 15 minutes.", problemDetail("account_locked", locale), {
        "Retry-After": String(retryAfter),
      });
    }
    if (result.outcome !== "ok") return problem(401, "invalid_credentials", "E-mail or password is incorrect.", problemDetail("invalid_credentials", locale));
    const secure = isSecureCookieRequest(request);
    const cookieName = sessionCookieName(secure);
    const token = await encode({
      token: { uid: result.user.id, sv: result.user.sessionVersion, sub: result.user.id, email: result.user.email, name: result.user.name },
      secret: readServerEnv().AUTH_SECRET ?? "",
      salt: cookieName,
      maxAge: SESSION_MAX_AGE_SECONDS,
    });
    const cookie = [
      `${cookieName}=${token}`,
      "Path=/",
      "HttpOnly",
      "SameSite=Lax",
      `Max-Age=${SESSION_MAX_AGE_SECONDS}`,
      ...(secure ? ["Secure"] : []),
    ].join("; ");
    return Response.json({ id: result.user.id, email: result.user.email, name: result.user.name }, { headers: { "Set-Cookie": cookie, "Cache-Control": "no-store" } });
  } catch (error) {
    return problemFromError(error, locale);
  }
}
