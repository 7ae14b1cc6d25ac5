// The production server's V8 heap bounds (issue 16), shared by `npm start` (scripts/start.ts) and every
// measuring script (scripts/lib/portal-server.ts), so that what the benchmark measures is what production runs.
// Without them V8 sizes the heap from the machine's memory (≈ 4 GB here) and, under 50 concurrent page
// renders, lets garbage pile up to 650–750 MB of RSS before a full collection, although the live heap after
// the load is ≈ 120 MB. docs/scaling.md ("Memory") has the measurements behind the values.
import path from "node:path";
import { z } from "zod";
import { ROOT } from "./database";
import { StartupError } from "./startup-error";

// The old generation's ceiling: V8 collects earlier as the heap nears it, and a request that needs more than
// the ceiling crashes the process ("JavaScript heap out of memory"), so it is a setting an operator may raise
// (PORTAL_MAX_OLD_SPACE_MB) on a machine with more memory, or for exports larger than the ×10 benchmark's.
export const DEFAULT_MAX_OLD_SPACE_MB = 256;
// Each of the young generation's two semi-spaces (V8's default on 64-bit: 16 MB). Smaller means more frequent
// but shorter scavenges.
export const MAX_SEMI_SPACE_MB = 8;

export const maxOldSpaceMbSchema = z.coerce
  .number()
  .int("must be a whole number of megabytes")
  .min(128, "must be at least 128 (MB)")
  .max(65_536, "must be at most 65536 (MB)")
  .default(DEFAULT_MAX_OLD_SPACE_MB);

// The node binary's own flags for `next start`. They go on node's command line (not NODE_OPTIONS) so that an
// inherited NODE_OPTIONS cannot silently override them and the build (`next build`) keeps V8's defaults.
export function serverNodeFlags(maxOldSpaceMb: number = DEFAULT_MAX_OLD_SPACE_MB): string[] {
  return [`--max-old-space-size=${maxOldSpaceMb}`, `--max-semi-space-size=${MAX_SEMI_SPACE_MB}`];
}

// PORTAL_MAX_OLD_SPACE_MB from the environment, validated like the launcher's other settings.
export function readMaxOldSpaceMb(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PORTAL_MAX_OLD_SPACE_MB?.trim();
  const parsed = maxOldSpaceMbSchema.safeParse(raw ? raw : undefined);
  if (!parsed.success)
    throw new StartupError(
      `The environment is not valid: PORTAL_MAX_OLD_SPACE_MB ${parsed.error.issues[0]?.message ?? "is not valid"}. See README.md, section Configuration.`,
    );
  return parsed.data;
}

// Next.js's own entry point, run by `node <flags> NEXT_BIN start …` instead of node_modules/.bin/next.
export const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
