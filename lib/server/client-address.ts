import "server-only";
import { readServerEnv } from "./env";

// The one place that decides who a request comes from, for the rate limiter, the audit trail and the
// sign-in attempt records alike.
//
// - Behind a reverse proxy (TRUST_PROXY=true) the client is the last X-Forwarded-For entry: the address the
//   nearest proxy saw, which the client cannot choose (anything the client sent comes before it).
// - Otherwise the TCP peer. Next.js does not hand route handlers the socket, and fills X-Forwarded-For from
//   it only when the client sent none, so lib/server/socket-address.ts (installed by instrumentation.ts)
//   writes the peer address into SOCKET_ADDRESS_HEADER on every incoming request, replacing whatever a client
//   put there. Where it is not installed (another server, unit tests) the header is not believed.
// - Failing both, every client shares "unknown": the anonymous bucket is then one for all, which is why
//   authenticated callers are counted apart (lib/server/rate-limit.ts).
export const SOCKET_ADDRESS_HEADER = "x-portal-socket-address";
export const SOCKET_ADDRESS_MARK = Symbol.for("portal.socket-address-installed");

const MAX_ADDRESS_LENGTH = 64;
const MAX_USER_AGENT_LENGTH = 500;

type HeaderSource = Pick<Headers, "get">;

function isSocketAddressInstalled(): boolean {
  return (globalThis as Record<symbol, unknown>)[SOCKET_ADDRESS_MARK] === true;
}

// An IPv4/IPv6 address as text (IPv4-mapped IPv6 shown as IPv4), or null for anything else.
function plausibleAddress(value: string | null | undefined): string | null {
  const trimmed = value?.trim().slice(0, MAX_ADDRESS_LENGTH + 1) ?? "";
  if (!trimmed || trimmed.length > MAX_ADDRESS_LENGTH || !/^[0-9A-Fa-f:.]+$/.test(trimmed)) return null;
  return trimmed.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
}

export function clientAddressOf(headers: HeaderSource): string | null {
  if (readServerEnv().TRUST_PROXY) {
    const forwarded = headers.get("x-forwarded-for")?.slice(0, 4096).split(",");
    return plausibleAddress(forwarded?.at(-1));
  }
  if (isSocketAddressInstalled()) return plausibleAddress(headers.get(SOCKET_ADDRESS_HEADER));
  return null;
}

// Recorded as the client sent it (bounded), for the audit trail only: it is never used to decide anything.
export function userAgentOf(headers: HeaderSource): string | null {
  return headers.get("user-agent")?.slice(0, MAX_USER_AGENT_LENGTH) || null;
}

export function requestMetaOf(headers: HeaderSource): { ip: string | null; userAgent: string | null } {
  return { ip: clientAddressOf(headers), userAgent: userAgentOf(headers) };
}
