// Runs before every page request only to keep idle sessions alive (next-auth renews the session cookie).
// Authorization is not done here: every page, action and API handler checks the policy itself.
import NextAuth from "next-auth";
import { baseAuthConfig } from "@/lib/server/auth/config";

const { auth } = NextAuth(baseAuthConfig);

export const proxy = auth;

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/health|api/v1).*)"],
};
