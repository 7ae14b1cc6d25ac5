// The session cookie's content, shared by the request proxy (which renews it) and the session check (which
// reads it); no database here. The cookie is next-auth's JWE (lib/server/auth/config.ts issues it through
// next-auth, app/api/v1/auth/login through encode()), read back with next-auth's own decode().
import { decode, encode } from "next-auth/jwt";
import { SESSION_ABSOLUTE_SECONDS, SESSION_MAX_AGE_SECONDS, sessionCookieName } from "./config";
import { readSessionEnv } from "../env";

// uid: user id; sv: the user's session version at sign-in; sid: the server-side session (UserSession.id);
// at: the sign-in time (seconds), which fixes the absolute lifetime; iat/exp: this cookie's issue and expiry.
export type SessionClaims = { uid: string; sv: number; sid: string; at: number; iat: number; exp: number };

// Decrypting a JWE means deriving its key (HKDF) and decrypting (AES-CBC + HMAC) on every request: half of a
// cheap API call's CPU (docs/scaling.md). A cookie's content never changes, so the result is kept per cookie
// value, bounded; expiry and the absolute lifetime are still checked on every use, and the server-side state
// (session ended, version moved on, account deactivated) is read from the database on every request.
const DECODED_LIMIT = 5_000;
const decoded = new Map<string, SessionClaims | null>();

function secret(): string {
  return readSessionEnv().AUTH_SECRET ?? "";
}

function claimsOf(payload: Record<string, unknown> | null): SessionClaims | null {
  if (!payload) return null;
  const { uid, sv, sid, at, iat, exp } = payload;
  if (typeof uid !== "string" || typeof sv !== "number" || typeof sid !== "string") return null;
  if (typeof at !== "number" || typeof iat !== "number" || typeof exp !== "number") return null;
  return { uid, sv, sid, at, iat, exp };
}

export function isSessionCurrent(claims: SessionClaims, now = Date.now()): boolean {
  return claims.exp * 1000 > now && (claims.at + SESSION_ABSOLUTE_SECONDS) * 1000 > now;
}

export async function decodeSessionToken(value: string, cookieName: string, now = Date.now()): Promise<SessionClaims | null> {
  const key = `${cookieName}=${value}`;
  let claims = decoded.get(key);
  if (claims === undefined) {
    try {
      claims = claimsOf(await decode<Record<string, unknown>>({ token: value, secret: secret(), salt: cookieName }));
    } catch {
      claims = null;
    }
    if (decoded.size >= DECODED_LIMIT) decoded.delete(decoded.keys().next().value!);
    decoded.set(key, claims);
  }
  return claims && isSessionCurrent(claims, now) ? claims : null;
}

// The session cookie of a request, under its secure or plain name.
export function sessionCookieOf(cookies: { get(name: string): { value: string } | undefined }): { name: string; value: string } | null {
  for (const name of [sessionCookieName(true), sessionCookieName(false)]) {
    const value = cookies.get(name)?.value;
    if (value) return { name, value };
  }
  return null;
}

// A cookie lives for the idle lifetime from its issue, but never past the absolute lifetime from sign-in.
export function cookieMaxAgeSeconds(signedInAt: number, now = Date.now()): number {
  return Math.max(0, Math.min(SESSION_MAX_AGE_SECONDS, signedInAt + SESSION_ABSOLUTE_SECONDS - Math.floor(now / 1000)));
}

export async function encodeSessionToken(
  claims: Pick<SessionClaims, "uid" | "sv" | "sid" | "at"> & { email?: string; name?: string },
  cookieName: string,
  now = Date.now(),
): Promise<{ value: string; maxAge: number }> {
  const maxAge = cookieMaxAgeSeconds(claims.at, now);
  const value = await encode({ token: { ...claims, sub: claims.uid }, secret: secret(), salt: cookieName, maxAge });
  return { value, maxAge };
}
