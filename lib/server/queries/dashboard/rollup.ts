import "server-only";
import type { Actor, SessionUser } from "../../auth/session";
import { cachedRollup } from "../../cache/rollup-cache";
import type { Scope } from "./scope";

export type Viewer = SessionUser | Actor;

// Every roll-up is memoised per (name, scope, arguments) until the next write to the data it reads
// (lib/server/cache/rollup-cache.ts). The viewer is not part of the key: these roll-ups are the same for
// everyone allowed to read the dashboard, and each exported function authorizes before it asks.
export function rollup<T>(name: string, scope: Scope, args: unknown, compute: () => Promise<T>): Promise<T> {
  return cachedRollup(`${name}:${JSON.stringify(scope)}:${JSON.stringify(args ?? null)}`, compute);
}
