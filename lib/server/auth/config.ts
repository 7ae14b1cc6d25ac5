// The part of the next-auth configuration that needs no database: shared by the request proxy (which keeps
// idle sessions alive) and the full configuration in ./index.ts.
import type { NextAuthConfig } from "next-auth";

const idleHours = Number(process.env.SESSION_IDLE_HOURS ?? 8) || 8;

export const SESSION_MAX_AGE_SECONDS = Math.round(idleHours * 3600);

export const baseAuthConfig = {
  trustHost: true,
  pages: { signIn: "/signin" },
  // A session ends after SESSION_IDLE_HOURS without activity: every request within the window renews it.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 60 },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as { id?: string; sessionVersion?: number };
        token.uid = u.id;
        token.sv = u.sessionVersion;
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
