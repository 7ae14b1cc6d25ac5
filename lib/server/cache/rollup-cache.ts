import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { Prisma } from "@/lib/generated/prisma/client";
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
// Reading the versions costs one index lookup per request; the version is read BEFORE the roll-up's
// queries, so a stored value is never older than its version (a write landing in between only makes the entry
// fresher than its key, and the next request recomputes it). Concurrent misses for the same key share one
// computation. Values are shared between requests: callers must not mutate them.

const MAX_ENTRIES = 256;

// What a roll-up reads: "all" (row 1 of "DataVersion", moved by a write to any table the dashboards read) or
// only "reporting" (row 2: report types, periods, expectations, reports and organizations), which task and plan
// writes leave alone (prisma/migrations/*_reporting_data_version).
export type RollupSource = "all" | "reporting";
const VERSION_ROW: Record<RollupSource, number> = { all: 1, reporting: 2 };

type Entry = { version: bigint; value: Promise<unknown> };

type CacheState = {
  entries: Map<string, Entry>;
  version: bigint | null;
  hits: number;
  misses: number;
  enabled: boolean;
  // The versions a read-only request read with its session check (see withDataVersionsRead).
  readAtStart: AsyncLocalStorage<DataVersions>;
};

const globalForCache = globalThis as unknown as { portalRollupCache?: CacheState };
const state: CacheState = (globalForCache.portalRollupCache ??= {
  entries: new Map(),
  version: null,
  hits: 0,
  misses: 0,
  enabled: readServerEnv().ROLLUP_CACHE !== "off",
  readAtStart: new AsyncLocalStorage(),
});

// Both counters, by row ("all" = 1, "reporting" = 2); a missing row is absent.
export type DataVersions = Map<number, bigint>;

// The two counters as columns of another statement (the session check), so that a read-only request reads
// them in the round trip it makes anyway: `SELECT …, ${DATA_VERSION_COLUMNS} FROM …`, then `dataVersionsOf(row)`.
export const DATA_VERSION_COLUMNS = Prisma.sql`(SELECT version FROM "DataVersion" WHERE id = 1) AS "dataVersionAll",
  (SELECT version FROM "DataVersion" WHERE id = 2) AS "dataVersionReporting"`;

export function dataVersionsOf(row: { dataVersionAll: bigint | null; dataVersionReporting: bigint | null }): DataVersions {
  const versions: DataVersions = new Map();
  if (row.dataVersionAll !== null) versions.set(VERSION_ROW.all, BigInt(row.dataVersionAll));
  if (row.dataVersionReporting !== null) versions.set(VERSION_ROW.reporting, BigInt(row.dataVersionReporting));
  return versions;
}

// Runs a READ-ONLY request's work with the versions its session check read: the roll-ups it asks for are
// checked against those instead of reading the counters again. Safe because they were read before any roll-up
// query (an entry is never older than its version); wrong for a request that writes to the dashboards' tables
// and then reads a roll-up (it would not see its own write), so only GET API calls use it.
export function withDataVersionsRead<T>(versions: DataVersions, work: () => Promise<T>): Promise<T> {
  return state.readAtStart.run(versions, work);
}

// Both counters, read now.
export async function readDataVersions(): Promise<DataVersions> {
  const rows = await db.$queryRaw<{ id: number; version: bigint }[]>`SELECT id, version FROM "DataVersion" WHERE id IN (1, 2)`;
  return new Map(rows.map((row) => [row.id, row.version]));
}

async function currentVersions(): Promise<DataVersions> {
  return state.readAtStart.getStore() ?? readDataVersions();
}

// The value of `compute()` for `key` as of the current data version. `key` must name everything the result
// depends on except the data (the roll-up's name, its filters, the calendar hour it is computed for).
export async function cachedRollup<T>(key: string, compute: () => Promise<T>, source: RollupSource = "all"): Promise<T> {
  if (!state.enabled) return compute();
  const versions = await currentVersions();
  const version = versions.get(VERSION_ROW[source]);
  // No counter row (a database emptied by hand): nothing can be proven fresh, so nothing is cached.
  if (version === undefined) return compute();
  const everything = versions.get(VERSION_ROW.all) ?? null;
  if (state.version !== everything) {
    // A write happened: entries that read everything are stale; those of one source are checked one by one.
    for (const stored of [...state.entries.keys()]) if (!stored.startsWith("reporting:")) state.entries.delete(stored);
    state.version = everything;
  }
  const stored = `${source === "all" ? "" : `${source}:`}${key}`;
  const found = state.entries.get(stored);
  if (found && found.version === version) {
    state.hits += 1;
    // Most recently used last, so eviction drops the least recently used.
    state.entries.delete(stored);
    state.entries.set(stored, found);
    return found.value as Promise<T>;
  }
  state.misses += 1;
  const value = compute();
  state.entries.set(stored, { version, value });
  // A failed computation is not kept.
  value.catch(() => {
    if (state.entries.get(stored)?.value === value) state.entries.delete(stored);
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
