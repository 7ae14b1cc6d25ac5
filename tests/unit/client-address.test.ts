// The one client-address resolver (lib/server/client-address.ts) used by the rate limiter, the audit trail
// and the sign-in attempts: X-Forwarded-For only behind TRUST_PROXY (and then the proxy's entry), otherwise
// the socket address stamped by lib/server/socket-address.ts, never a header the client chose.
import http from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";

async function resolverWith(env: { TRUST_PROXY?: string }) {
  vi.resetModules();
  process.env.DATABASE_URL = "postgresql://unit@127.0.0.1:1/unit";
  if (env.TRUST_PROXY) process.env.TRUST_PROXY = env.TRUST_PROXY;
  else delete process.env.TRUST_PROXY;
  return import("@/lib/server/client-address");
}

afterEach(() => {
  delete process.env.TRUST_PROXY;
  delete (globalThis as Record<symbol, unknown>)[Symbol.for("portal.socket-address-installed")];
});

describe("without a trusted proxy", () => {
  it("believes neither X-Forwarded-For nor the socket header when the socket address is not stamped", async () => {
    const { clientAddressOf, SOCKET_ADDRESS_HEADER } = await resolverWith({});
    expect(clientAddressOf(new Headers({ "x-forwarded-for": "6.6.6.6", [SOCKET_ADDRESS_HEADER]: "7.7.7.7" }))).toBeNull();
  });

  it("takes the stamped socket address (IPv4-mapped shown as IPv4), never X-Forwarded-For", async () => {
    const { clientAddressOf, SOCKET_ADDRESS_HEADER, SOCKET_ADDRESS_MARK } = await resolverWith({});
    (globalThis as Record<symbol, unknown>)[SOCKET_ADDRESS_MARK] = true;
    expect(clientAddressOf(new Headers({ "x-forwarded-for": "6.6.6.6", [SOCKET_ADDRESS_HEADER]: "::ffff:192.0.2.4" }))).toBe("192.0.2.4");
    expect(clientAddressOf(new Headers({ [SOCKET_ADDRESS_HEADER]: "2001:db8::1" }))).toBe("2001:db8::1");
    expect(clientAddressOf(new Headers({ [SOCKET_ADDRESS_HEADER]: "<script>" }))).toBeNull();
  });
});

describe("behind a trusted proxy", () => {
  it("takes the proxy's entry (the last one), whatever the client put before it", async () => {
    const { clientAddressOf } = await resolverWith({ TRUST_PROXY: "true" });
    expect(clientAddressOf(new Headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.1, 203.0.113.20" }))).toBe("203.0.113.20");
    expect(clientAddressOf(new Headers({ "x-forwarded-for": "203.0.113.20, not-an-address" }))).toBeNull();
    expect(clientAddressOf(new Headers())).toBeNull();
  });
});

describe("the User-Agent", () => {
  it("is kept as sent, at most 500 characters", async () => {
    const { requestMetaOf } = await resolverWith({});
    expect(requestMetaOf(new Headers({ "user-agent": "x".repeat(2000) })).userAgent).toHaveLength(500);
    expect(requestMetaOf(new Headers()).userAgent).toBeNull();
  });
});

describe("the socket-address stamp", () => {
  it("writes the TCP peer over any value the client sent under the same name", async () => {
    const { SOCKET_ADDRESS_HEADER } = await resolverWith({});
    const { installSocketAddressHeader } = await import("@/lib/server/socket-address");
    installSocketAddressHeader();
    const server = http.createServer((request, response) => response.end(String(request.headers[SOCKET_ADDRESS_HEADER])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as { port: number };
      const body = await new Promise<string>((resolve, reject) => {
        http
          .get({ host: "127.0.0.1", port, headers: { [SOCKET_ADDRESS_HEADER]: "6.6.6.6" } }, (res) => {
            let text = "";
            res.on("data", (chunk) => (text += chunk));
            res.on("end", () => resolve(text));
          })
          .on("error", reject);
      });
      expect(body).toBe("127.0.0.1");
    } finally {
      server.close();
    }
  });
});
