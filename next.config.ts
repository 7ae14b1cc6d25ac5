import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./lib/domain/body-limits";
import { HSTS_HEADER, STATIC_SECURITY_HEADERS } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The launcher owns the database and passes DATABASE_URL; nothing is read at build time.
  serverExternalPackages: ["@node-rs/argon2", "pg"],
  // Attachments up to 20 MB travel through server actions (and the proxy, which buffers bodies up to its own
  // limit and cuts the rest). Both limits are the same, and proxy.ts refuses a larger body (413) or one without a
  // length (411) before either reads it: Next answers its own limit with a 500.
  experimental: {
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT_BYTES },
    proxyClientMaxBodySize: SERVER_ACTION_BODY_LIMIT_BYTES,
  },
  async headers() {
    return [
      { source: "/:path*", headers: STATIC_SECURITY_HEADERS },
      // Pages, API and downloads alike, whenever the request reached the portal over HTTPS (the proxy says so).
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [HSTS_HEADER] },
    ];
  },
};

export default withNextIntl(nextConfig);
