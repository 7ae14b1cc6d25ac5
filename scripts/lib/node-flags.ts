// The production server's V8 heap settings (issue 16), shared by `npm start` (scripts/start.ts) and every
// measuring script (scripts/lib/portal-server.ts), so that what the benchmark measures is what production runs.
// docs/scaling.md ("Memory under load") has the measurements behind the values.
//
// Without them V8 sizes the heap from the machine's memory (a 4 GB ceiling here) and, with a ceiling that large,
// lets the old generation grow to up to four times what survived the last full collection: under 50 concurrent
// overview renders the server reached ≈ 700 MB of RSS although 115–175 MB was live after the load. A low
// ceiling alone bounded the RSS but killed the server on exports: at 256 MB during one ×10 dashboard workbook
// after the page load, at 512 MB ("JavaScript heap out of memory") on three at once. So the bound comes from
// the growth factor, and the ceiling only stops a runaway process.
import path from "node:path";
import { z } from "zod";
import { ROOT } from "./database";
import { StartupError } from "./startup-error";

// The old generation's hard ceiling: a request that needs more crashes the process. PORTAL_MAX_OLD_SPACE_MB
// changes it (more for larger exports, less on a small machine); it does not set the RSS under ordinary load.
export const DEFAULT_MAX_OLD_SPACE_MB = 1024;
// After each full collection V8 lets the old generation grow to (1 + this / 100) × what survived it before the
// next one, instead of up to 4× with the default ceiling. 20 held the RSS lowest but cost a quarter of the API's
// throughput in collections; since the whole-page cache and the summary kept as bytes produce far less garbage,
// 50 keeps every page and the summary API under 400 MB at 50 connections with the API's throughput back
// (docs/scaling.md, "Memory under load").
export const HEAP_GROWING_PERCENT = 50;
// Each of the young generation's semi-spaces: V8's 64-bit default, stated so that the benchmark prints it (4 MB
// meant more frequent scavenges for no measurable gain once the growth factor bounds the old generation).
export const MAX_SEMI_SPACE_MB = 16;

export const maxOldSpaceMbSchema = z.coerce
  .number()
  .int("must be a whole number of megabytes")
  .min(256, "must be at least 256 (MB)")
  .max(65_536, "must be at most 65536 (MB)")
  .default(DEFAULT_MAX_OLD_SPACE_MB);

// The node binary's own flags for `next start`. They go on node's command line: --heap-growing-percent is not
// allowed in NODE_OPTIONS, an inherited NODE_OPTIONS cannot override them there, and the build (`next build`)
// keeps V8's defaults.
export function serverNodeFlags(maxOldSpaceMb: number = DEFAULT_MAX_OLD_SPACE_MB): string[] {
  return [
    `--max-old-space-size=${maxOldSpaceMb}`,
    `--max-semi-space-size=${MAX_SEMI_SPACE_MB}`,
    `--heap-growing-percent=${HEAP_GROWING_PERCENT}`,
  ];
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
