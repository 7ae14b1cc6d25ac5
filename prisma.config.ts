import { defineConfig } from "prisma/config";

// `prisma generate` reads DATABASE_URL and tries to download engines when it is undefined; any value will do.
process.env.DATABASE_URL ??= "postgresql://placeholder:placeholder@127.0.0.1:1/placeholder";

// The wasm schema engine leaves long timers behind that keep the CLI alive for a minute after its work
// (migrate deploy 11.6 s → 1.2 s once they are unref'd). This file is loaded only by the Prisma CLI.
const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((handler: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) => {
  const timer = originalSetTimeout(handler, delay, ...args);
  if ((delay ?? 0) >= 5000) timer.unref?.();
  return timer;
}) as typeof setTimeout;

const originalSetInterval = globalThis.setInterval;
globalThis.setInterval = ((handler: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) => {
  const timer = originalSetInterval(handler, delay, ...args);
  if ((delay ?? 0) >= 5000) timer.unref?.();
  return timer;
}) as typeof setInterval;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    const { createCliAdapter } = await import("./prisma/cli-adapter");
    return createCliAdapter(process.env.DATABASE_URL!);
  },
});
