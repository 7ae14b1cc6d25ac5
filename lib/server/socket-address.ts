import "server-only";
import http from "node:http";
import { SOCKET_ADDRESS_HEADER, SOCKET_ADDRESS_MARK } from "./client-address";

// Next.js 16 keeps the TCP peer address from route handlers and the proxy (request.ip is gone, and
// X-Forwarded-For is only filled from the socket when the client sent none). Every HTTP server in this process
// emits "request" through http.Server.prototype.emit, so the address is stamped there, before Next.js sees
// the request, over any value a client sent under the same name.
export function installSocketAddressHeader(): void {
  const marks = globalThis as Record<symbol, unknown>;
  if (marks[SOCKET_ADDRESS_MARK]) return;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- re-applied below with the server as `this`
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithSocketAddress(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[SOCKET_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
    }
    return emit.apply(this, [event, ...args] as unknown as Parameters<typeof emit>);
  } as typeof emit;
  marks[SOCKET_ADDRESS_MARK] = true;
}
