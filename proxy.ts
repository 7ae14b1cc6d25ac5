// Runs before every page request: renews the idle session cookie (next-auth) and sets a per-request
// Content-Security-Policy nonce. Authorization is not done here: every page, action and API handler checks
// the policy itself.
import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { bodyLimitRefusal } from "@/lib/domain/body-limits";
import { baseAuthConfig } from "@/lib/server/auth/config";
import { contentSecurityPolicy, HSTS_HEADER } from "@/lib/security/headers";

const { auth } = NextAuth(baseAuthConfig);

export const proxy = auth((request) => {
  const refusal = bodyLimitRefusal(request.method, request.headers);
  if (refusal) return new NextResponse(refusal === 413 ? "Request body too large.\n" : "Length required.\n", { status: refusal, headers: { "Content-Type": "text/plain; charset=utf-8", Connection: "close" } });
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, { isDevelopment: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  const isHttps = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  if (isHttps) response.headers.set(HSTS_HEADER.key, HSTS_HEADER.value);
  return response;
});

export const config = {
  // Pages only: API routes, file downloads (which set their own stricter policy) and static assets are skipped.
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|api/|attachments/|plans/template|.*export\\.).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};
