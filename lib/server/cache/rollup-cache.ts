import "server-only";
import { db } from "../db";
import { readServerEnv } from "../env";

// Memoised dashboard roll-ups, invalidated precisely by the database itself.
//
// Every write to a table the dashboards read moves "DataVersion".version forward inside the writing
// transaction (deferred row triggers, see prisma/migrations/*_rollup_data_version). A roll-up computed after
// reading version V is stored under V; a request is served from the cache only when the current version is
// still V, so a committed write is visible on the very next request, on every instance of the web tier (each
// instance keeps its own entries; the version they are checked against lives in PostgreSQL).
//
// Reading the version costs one primary-key lookup per request; the version is read BEFORE the roll-up's
// queries, so a stored value is never older than its version (a write landing in between only makes the entry
// fresher than its key, and the next request recomputes it). Concurrent misses for the same key share one
// computation. Values are shared between requests: callers must not mutate them.

const MAX_ENTRIES = 256;

type Entry = { version: bigint; value: Promise<unknown> };

type CacheState = { entries: Map<string, Entry>; version: bigint | null; hits: number; misses: number; enabled: boolean };

const globalForCache = globalThis as unknown as { portalRollupCache?: CacheState };
const state: CacheState = (globalForCache.portalRollupCache ??= {
  entries: new Map(),
  version: null,
  hits: 0,
  misses: 0,
  enabled: readServerEnv().ROLLUP_CACHE !== "off",
});

async function currentVersion(): Promise<bigint | null> {
  const rows = await db.$queryRaw<{ version: bigint }[]>`SELECT version FROM "DataVersion" WHERE id = 1`;
  return rows[0]?.version ?? null;
}

// The value of `compute()` for `key` as of the current data version. `key` must name everything the result
// depends on except the data (the roll-up's name, its filters, the calendar hour it is computed for).
export async function cachedRollup<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (!state.enabled) return compute();
  const version = await currentVersion();
  // No counter row (a database emptied by hand): nothing can be proven fresh, so nothing is cached.
  if (version === null) return compute();
  if (state.version !== version) {
    // A write happened: every entry is stale.
    state.entries.clear();
    state.version = version;
  }
  const found = state.entries.get(key);
  if (found && found.version === version) {
    state.hits += 1;
    // Most recently used last, so eviction drops the least recently used.
    state.entries.delete(key);
    state.entries.set(key, found);
    return found.value as Promise<T>;
  }
  state.misses += 1;
  const value = compute();
  state.entries.set(key, { version, value });
  // A failed computation is not kept.
  value.catch(() => {
    if (state.entries.get(key)?.value === value) state.entries.delete(key);
  });
  while (state.entries.size > MAX_ENTRIES) {
    const oldest = state.entries.keys().next().value;
    if (oldest === undefined) break;
    state.entries.delete(oldest);
  }
  return value;
}

// Tests and benchmarks: forget every entry (the next call recomputes from scratch) and read the counters.
export function clearRollupCache(): void {
  state.entries.clear();
  state.version = null;
}

export function rollupCacheStats(): { entries: number; hits: number; misses: number; enabled: boolean } {
  return { entries: state.entries.size, hits: state.hits, misses: state.misses, enabled: state.enabled };
}
