// A browser session for integration tests: the server-side row and the cookie next-auth would set, sent with
// the following requests through the next/headers stand-in of ./request-scope.ts.
import { openSession } from "@/lib/server/auth/session";
import { encodeSessionToken } from "@/lib/server/auth/session-token";
import { sessionCookieName } from "@/lib/server/auth/config";
import { db } from "@/lib/server/db";
import { requestScope } from "./request-scope";

export async function sessionCookieFor(userId: string, now = new Date()): Promise<{ name: string; value: string; sessionId: string }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const session = await openSession(userId, now);
  const name = sessionCookieName(false);
  const { value } = await encodeSessionToken(
    { uid: userId, sv: user.sessionVersion, sid: session.sessionId, at: session.signedInAt },
    name,
    now.getTime(),
  );
  return { name, value, sessionId: session.sessionId };
}

// Sends `cookie` with every following request of the test (or none).
export function useSessionCookie(cookie: { name: string; value: string } | null): void {
  requestScope.cookies.clear();
  if (cookie) requestScope.cookies.set(cookie.name, cookie.value);
}
