// The part of the next-auth configuration that needs no database: shared by the request proxy (which keeps
// idle sessions alive) and the full configuration in ./index.ts.
import type { NextAuthConfig } from "next-auth";
import { readSessionEnv } from "../env";

// Idle lifetime: a session unused this long ends (the proxy renews the cookie, see proxy.ts).
export const SESSION_MAX_AGE_SECONDS = Math.round(readSessionEnv().SESSION_IDLE_HOURS * 3600);
// Absolute lifetime: however active, a session ends this long after sign-in (also stored server-side in
// UserSession.expiresAt).
export const SESSION_ABSOLUTE_SECONDS = Math.round(readSessionEnv().SESSION_ABSOLUTE_HOURS * 3600);

// Session cookies are always HttpOnly and SameSite=Lax, and Secure with the `__Secure-` prefix whenever the
// portal is reached over HTTPS: AUTH_URL names an https:// address or, without AUTH_URL, the request came over
// https, directly or through a TLS-terminating proxy that sets X-Forwarded-Proto. This is next-auth's own rule
// (@auth/core lib/init.js, `useSecureCookies`), written out so the API sign-in (app/api/v1/auth/login) issues
// exactly the cookie next-auth reads back. Set AUTH_URL=https://… in production so it does not depend on the
// proxy's headers.
export function isSecureCookieRequest(request: Request): boolean {
  const { AUTH_URL, NEXTAUTH_URL } = readSessionEnv();
  const authUrl = AUTH_URL ?? NEXTAUTH_URL;
  if (authUrl) return authUrl.startsWith("https:");
  const protocol = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(/:$/, "");
  return protocol === "https";
}

export function sessionCookieName(isSecure: boolean): string {
  return `${isSecure ? "__Secure-" : ""}authjs.session-token`;
}

export const baseAuthConfig = {
  trustHost: true,
  pages: { signIn: "/signin" },
  // A session ends after SESSION_IDLE_HOURS without activity: every request within the window renews it.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 60 },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        // The credentials provider returns the server-side session it opened (lib/server/auth/index.ts).
        const u = user as { id?: string; sessionVersion?: number; sessionId?: string; signedInAt?: number };
        token.uid = u.id;
        token.sv = u.sessionVersion;
        token.sid = u.sessionId;
        token.at = u.signedInAt;
      }
      return token;
    },
    session({ session, token }) {
      // Only identifiers travel in the session; lib/server/auth/session.ts loads the user from the database.
      (session as unknown as { uid?: unknown; sv?: unknown }).uid = token.uid;
      (session as unknown as { uid?: unknown; sv?: unknown }).sv = token.sv;
      return session;
    },
  },
} satisfies NextAuthConfig;
