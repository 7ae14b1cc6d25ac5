import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { HSTS_HEADER, STATIC_SECURITY_HEADERS } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The launcher owns the database and passes DATABASE_URL; nothing is read at build time.
  serverExternalPackages: ["@node-rs/argon2", "pg"],
  // Attachments up to 20 MB travel through server actions (and the proxy, which buffers bodies).
  experimental: { serverActions: { bodySizeLimit: "25mb" }, proxyClientMaxBodySize: "25mb" },
  async headers() {
    return [
      { source: "/:path*", headers: STATIC_SECURITY_HEADERS },
      // Pages, API and downloads alike, whenever the request reached the portal over HTTPS (the proxy says so).
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [HSTS_HEADER] },
    ];
  },
};

export default withNextIntl(nextConfig);
