import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The launcher owns the database and passes DATABASE_URL; nothing is read at build time.
  serverExternalPackages: ["@node-rs/argon2", "pg"],
};

export default withNextIntl(nextConfig);
