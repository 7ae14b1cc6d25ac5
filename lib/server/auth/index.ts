import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Provider } from "next-auth/providers";
import { signInSchema } from "@/lib/schemas/auth";
import { requestMetaOf } from "../client-address";
import { readServerEnv } from "../env";
import { authenticateWithPassword, findActiveUserForSso } from "../services/authenticate";
import { baseAuthConfig } from "./config";
import { endSession, openSession } from "./session";

class LockedSignin extends CredentialsSignin {
  override code = "locked";
}
class InvalidSignin extends CredentialsSignin {
  override code = "invalid";
}

function providers(): Provider[] {
  const env = readServerEnv();
  const list: Provider[] = [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) throw new InvalidSignin();
        const result = await authenticateWithPassword({ ...parsed.data, ...requestMetaOf(request.headers) });
        if (result.outcome === "locked") throw new LockedSignin();
        if (result.outcome !== "ok") throw new InvalidSignin();
        const session = await openSession(result.user.id);
        return {
          id: result.user.id,
          email: result.user.email,
          name: result.user.name,
          sessionVersion: result.user.sessionVersion,
          ...session,
        } as never;
      },
    }),
  ];
  // Optional single sign-on with the government identity provider (any OIDC issuer, e.g. Keycloak).
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET) {
    list.push({
      id: "oidc",
      name: env.OIDC_NAME,
      type: "oidc",
      issuer: env.OIDC_ISSUER,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
    });
  }
  return list;
}

export const { handlers, signIn, signOut } = NextAuth(() => ({
  ...baseAuthConfig,
  providers: providers(),
  callbacks: {
    ...baseAuthConfig.callbacks,
    // SSO users must already have an active account (matched by e-mail); SSO never creates accounts.
    async signIn({ account, profile }) {
      if (account?.provider !== "oidc") return true;
      return Boolean(profile?.email && (await findActiveUserForSso(profile.email)));
    },
    async jwt(params) {
      if (params.account?.provider === "oidc" && params.profile?.email) {
        const user = await findActiveUserForSso(params.profile.email);
        if (user) {
          const session = await openSession(user.id);
          params.token.uid = user.id;
          params.token.sv = user.sessionVersion;
          params.token.sid = session.sessionId;
          params.token.at = session.signedInAt;
        }
        return params.token;
      }
      return baseAuthConfig.callbacks.jwt(params);
    },
  },
  events: {
    // Signing out ends the server-side session, so a copy of the cookie stops working too.
    async signOut(message) {
      const sessionId = "token" in message ? message.token?.sid : undefined;
      if (typeof sessionId === "string") await endSession(sessionId);
    },
  },
}));

export function isSsoConfigured(): boolean {
  const env = readServerEnv();
  return Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET);
}
export function ssoName(): string {
  return readServerEnv().OIDC_NAME;
}
