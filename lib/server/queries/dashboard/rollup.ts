import "server-only";
import type { Actor, SessionUser } from "../../auth/session";
import { cachedRollup, type RollupSource } from "../../cache/rollup-cache";
import type { Scope } from "./scope";

export type Viewer = SessionUser | Actor;

// Every roll-up is memoised per (name, scope, arguments) until the next write to the data it reads
// (lib/server/cache/rollup-cache.ts). The viewer is not part of the key: these roll-ups are the same for
// everyone allowed to read the dashboard, and each exported function authorizes before it asks.
// `source: "reporting"` for roll-ups that read only the reporting tables and organizations: they stay cached
// through task and plan writes.
export function rollup<T>(name: string, scope: Scope, args: unknown, compute: () => Promise<T>, source: RollupSource = "all"): Promise<T> {
  return cachedRollup(`${name}:${JSON.stringify(scope)}:${JSON.stringify(args ?? null)}`, compute, source);
}
