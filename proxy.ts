// Runs before every page request, prefetches included: sets a per-request Content-Security-Policy nonce and
// keeps an active session's cookie alive. Authorization is not done here: every page, action and API handler
// checks the session (against the database) and the policy itself.
import { NextResponse, type NextRequest } from "next/server";
import { bodyLimitRefusal } from "@/lib/domain/body-limits";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/server/auth/config";
import { decodeSessionToken, encodeSessionToken, sessionCookieOf } from "@/lib/server/auth/session-token";
import { cachedPage, isDocumentLoad, isPageFillRequest, PAGE_FILL_NONCE_HEADER, selfRenderer } from "@/lib/server/cache/page-cache";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { contentSecurityPolicy } from "@/lib/security/headers";

// The idle lifetime is renewed at most once per this part of it (an hour of an 8-hour idle lifetime), not on
// every request: re-encrypting the cookie per page view cost as much CPU as reading it (docs/scaling.md).
const RENEW_AFTER_SECONDS = Math.max(60, Math.floor(SESSION_MAX_AGE_SECONDS / 8));

async function renewSessionCookie(request: NextRequest, response: NextResponse): Promise<void> {
  const cookie = sessionCookieOf(request.cookies);
  if (!cookie) return;
  const claims = await decodeSessionToken(cookie.value, cookie.name);
  const now = Date.now();
  if (!claims || now / 1000 - claims.iat < RENEW_AFTER_SECONDS) return;
  const renewed = await encodeSessionToken(claims, cookie.name, now);
  if (renewed.maxAge <= 0) return;
  response.cookies.set(cookie.name, renewed.value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: cookie.name.startsWith("__Secure-"),
    maxAge: renewed.maxAge,
  });
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  // Next answers its own server-action body limit with a 500: refuse a larger or unsized body here first.
  const refusal = bodyLimitRefusal(request.method, request.headers);
  if (refusal)
    return new NextResponse(refusal === 413 ? "Request body too large.\n" : "Length required.\n", {
      status: refusal,
      headers: { "Content-Type": "text/plain; charset=utf-8", Connection: "close" },
    });
  // A render for the page cache (a request from this same server) uses the nonce the cache will replace.
  const isFill = isPageFillRequest(request.headers);
  const nonce =
    (isFill && request.headers.get(PAGE_FILL_NONCE_HEADER)) || Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce, { isDevelopment: process.env.NODE_ENV === "development" });
  // Whole pages from the cache, except in development (where pages change with the code). Anything the cache
  // cannot do (the database unreachable, its own render failing) falls back to the normal render, which answers
  // as it would without the cache (the 503 page during an outage).
  const cacheable = !isFill && process.env.NODE_ENV === "production";
  const cached = cacheable
    ? await cachedPage(pageRequestOf(request), nonce, selfRenderer({ pathname: request.nextUrl.pathname, headers: request.headers })).catch(
        () => null,
      )
    : null;
  if (cached) {
    const response = new NextResponse(new Uint8Array(cached.body), { status: 200, headers: cached.headers });
    response.headers.set("Content-Security-Policy", csp);
    await renewSessionCookie(request, response);
    return response;
  }
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  if (!isFill) await renewSessionCookie(request, response);
  return response;
}

function pageRequestOf(request: NextRequest) {
  return {
    method: request.method,
    pathname: request.nextUrl.pathname,
    search: request.nextUrl.search,
    isDocumentLoad: isDocumentLoad(request.headers),
    session: sessionCookieOf(request.cookies),
    localeCookie: request.cookies.get(LOCALE_COOKIE)?.value,
  };
}

export const config = {
  // Pages only, prefetches included (a prefetched page is shown without another request, so it needs its own
  // policy): API routes, file downloads (which set their own stricter policy) and static assets are skipped.
  // HSTS is set for every response behind HTTPS in next.config.ts.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/|attachments/|plans/template|.*export\\.).*)"],
};
