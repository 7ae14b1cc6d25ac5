import "server-only";
import { randomBytes } from "node:crypto";
import { toLocale } from "@/lib/i18n/config";
import { loadSessionUserCounting } from "../auth/session";
import { decodeSessionToken } from "../auth/session-token";
import { readServerEnv } from "../env";
import { readDataVersions, type DataVersions } from "./rollup-cache";

// Whole pages, cached per data version: the reference pages and the overview, as full HTML documents.
//
// A Steering Committee meeting opens the same overview fifty times at once; reference content changes a few
// times a year. Rendering such a page costs tens of milliseconds of CPU, so the request proxy (proxy.ts) answers
// a plain page load (not a client navigation or prefetch, no query string) from here. Each request still:
// - checks the session against the database (deactivation, a forced sign-out, an ended session count at once),
//   in the same statement that reads the data versions (one round trip);
// - gets its own Content-Security-Policy nonce (the stored page is split where its nonce was).
// An entry is keyed by what the page's HTML depends on: the path, the language, who is looking (role and
// organization: the navigation, the header's organization line and every permission these pages check depend
// on nothing else — the user's own name and unread count are fetched by the header in the browser), and the
// calendar hour (the overview's "today"); it is served only while both data versions are the ones it was
// rendered under, so a write through any instance is seen on the next request everywhere, as with the roll-up
// cache. On a miss the page is rendered by a request to this same server (marked with a per-process secret),
// under the versions read BEFORE the render: an entry is never older than its versions.

export const PAGE_FILL_HEADER = "x-page-cache-fill";
export const PAGE_FILL_NONCE_HEADER = "x-page-cache-nonce";

// The pages served from here, and whether visitors (no session) may get them from the cache too. Every one
// authorizes by role and organization only; a page added here must too (see the comment above).
const CACHEABLE_PAGES: readonly { path: RegExp; visitors: boolean }[] = [
  { path: /^\/strategy$/, visitors: true },
  { path: /^\/indicators$/, visitors: true },
  { path: /^\/indicators\/[A-Za-z0-9_-]{1,64}$/, visitors: true },
  { path: /^\/organizations$/, visitors: true },
  { path: /^\/dashboard$/, visitors: false },
];

const MAX_ENTRIES = 128;
const MAX_BYTES = 48 * 1024 * 1024;
const HOUR_MS = 3_600_000;
// A render that takes longer is abandoned (the load is then rendered normally, and the next one tries again).
const RENDER_TIMEOUT_MS = 30_000;

// What a cached page answers: the body around the nonce, and the headers of the render (cookies never).
type StoredPage = { parts: Buffer[]; headers: [string, string][]; bytes: number };
// `page: null` = the render was not a cacheable page (a redirect, an error): render normally until the versions move.
type Entry = { versions: string; page: Promise<StoredPage | null>; bytes: number };
type PageCacheState = { entries: Map<string, Entry>; bytes: number; secret: string; hits: number; misses: number };

const globalForPages = globalThis as unknown as { portalPageCache?: PageCacheState };
const state: PageCacheState = (globalForPages.portalPageCache ??= {
  entries: new Map(),
  bytes: 0,
  secret: randomBytes(24).toString("base64url"),
  hits: 0,
  misses: 0,
});

export type PageRender = { status: number; headers: [string, string][]; html: string };
// Renders the page for the cache with the given nonce (in production: a request to this same server).
export type PageRenderer = (nonce: string) => Promise<PageRender>;
export type CachedPage = { body: Buffer; headers: [string, string][] };

export type PageRequest = {
  method: string;
  pathname: string;
  search: string;
  // A browser loading the page as a document (see isDocumentLoad), not fetching its RSC payload.
  isDocumentLoad: boolean;
  session: { name: string; value: string } | null;
  localeCookie: string | undefined;
};

function versionsKey(versions: DataVersions): string {
  return [...versions.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, version]) => `${row}:${version}`)
    .join(",");
}

// Who is looking, as far as these pages' HTML is concerned, and the data versions read in the same round trip;
// null when the page must be rendered normally (no valid session on a page visitors may not see, an account
// that must change its password first).
async function viewerOf(request: PageRequest, visitors: boolean, now: Date): Promise<{ viewer: string; versions: DataVersions } | null> {
  if (!request.session) return visitors ? { viewer: "visitor", versions: await readDataVersions() } : null;
  const claims = await decodeSessionToken(request.session.value, request.session.name, now.getTime());
  if (!claims) return null;
  const { user, versions } = await loadSessionUserCounting(claims, { withDataVersions: true }, now);
  if (!user || user.mustChangePassword || !versions) return null;
  return { viewer: `${user.role}:${user.organizationId}`, versions };
}

// Whether a request loads a page as a document. Next.js removes its own markers of a client navigation or
// prefetch (the RSC headers and `_rsc`) before the proxy sees a request, so this goes by what browsers say of
// every request: Sec-Fetch-Dest is "document" for a page load and "empty" for the router's fetch; a client that
// sends no Sec-Fetch headers must at least ask for HTML (the router's fetch accepts any type).
export function isDocumentLoad(headers: Headers): boolean {
  const destination = headers.get("sec-fetch-dest");
  if (destination !== null) return destination === "document";
  return (headers.get("accept") ?? "").includes("text/html");
}

export function isPageFillRequest(headers: Headers): boolean {
  return headers.get(PAGE_FILL_HEADER) === state.secret;
}

// The page for this request from the cache (rendering it first on a miss), or null to render it normally.
export async function cachedPage(request: PageRequest, nonce: string, render: PageRenderer, now = new Date()): Promise<CachedPage | null> {
  if (readServerEnv().PAGE_CACHE === "off" || request.method !== "GET" || request.search !== "" || !request.isDocumentLoad) return null;
  const page = CACHEABLE_PAGES.find((candidate) => candidate.path.test(request.pathname));
  if (!page) return null;
  const seen = await viewerOf(request, page.visitors, now);
  if (!seen || seen.versions.size === 0) return null;
  const key = [request.pathname, toLocale(request.localeCookie), seen.viewer, Math.floor(now.getTime() / HOUR_MS)].join("|");
  const versions = versionsKey(seen.versions);
  const found = state.entries.get(key);
  let entry: Entry;
  if (found && found.versions === versions) {
    state.hits += 1;
    // Most recently used last, so eviction drops the least recently used.
    state.entries.delete(key);
    state.entries.set(key, found);
    entry = found;
  } else {
    state.misses += 1;
    entry = { versions, page: renderForCache(render, nonce), bytes: 0 };
    remember(key, entry);
  }
  const stored = await entry.page;
  return stored && { body: Buffer.concat(withNonce(stored.parts, nonce)), headers: stored.headers };
}

function withNonce(parts: Buffer[], nonce: string): Buffer[] {
  const glue = Buffer.from(nonce);
  return parts.flatMap((part, index) => (index === 0 ? [part] : [glue, part]));
}

async function renderForCache(render: PageRenderer, nonce: string): Promise<StoredPage | null> {
  const rendered = await render(nonce);
  const contentType = rendered.headers.find(([name]) => name === "content-type")?.[1] ?? "";
  if (rendered.status !== 200 || !contentType.startsWith("text/html")) return null;
  const parts = rendered.html.split(nonce).map((part) => Buffer.from(part));
  return { parts, headers: rendered.headers, bytes: parts.reduce((sum, part) => sum + part.length, 0) };
}

function drop(key: string): void {
  const entry = state.entries.get(key);
  if (!entry) return;
  state.bytes -= entry.bytes;
  state.entries.delete(key);
}

// Stores a render in progress; its size counts once it is done. At most MAX_ENTRIES pages and MAX_BYTES bytes
// (least recently used dropped first).
function remember(key: string, entry: Entry): void {
  drop(key);
  state.entries.set(key, entry);
  entry.page.then(
    (page) => {
      if (state.entries.get(key) !== entry) return;
      entry.bytes = page?.bytes ?? 0;
      state.bytes += entry.bytes;
      evict();
    },
    // A failed render is not kept.
    () => {
      if (state.entries.get(key) === entry) drop(key);
    },
  );
  evict();
}

function evict(): void {
  while (state.entries.size > MAX_ENTRIES || state.bytes > MAX_BYTES) {
    const oldest = state.entries.keys().next().value;
    if (oldest === undefined) return;
    drop(oldest);
  }
}

// The headers of a render worth repeating: not its cookies, length, encoding or connection handling.
const KEPT_HEADERS = new Set(["content-type", "cache-control", "vary", "link", "x-robots-tag"]);

// In production: render the page by requesting it from this same server, as the user (their cookie), marked
// with the per-process secret so that the proxy renders it normally with the given nonce.
export function selfRenderer(request: { pathname: string; headers: Headers }): PageRenderer {
  return async (nonce) => {
    const port = readServerEnv().PORT;
    if (port === undefined) return { status: 503, headers: [], html: "" };
    const headers = new Headers({
      [PAGE_FILL_HEADER]: state.secret,
      [PAGE_FILL_NONCE_HEADER]: nonce,
      "accept-encoding": "identity",
      accept: "text/html",
    });
    for (const name of ["cookie", "host", "user-agent", "accept-language"]) {
      const value = request.headers.get(name);
      if (value) headers.set(name, value);
    }
    const response = await fetch(`http://127.0.0.1:${port}${request.pathname}`, {
      headers,
      redirect: "manual",
      cache: "no-store",
      signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
    });
    const html = await response.text();
    const kept: [string, string][] = [];
    response.headers.forEach((value, name) => {
      if (KEPT_HEADERS.has(name)) kept.push([name, value]);
    });
    return { status: response.status, headers: kept, html };
  };
}

// Tests: forget every page and read the counters.
export function clearPageCache(): void {
  state.entries.clear();
  state.bytes = 0;
}

export function pageCacheStats(): { entries: number; bytes: number; hits: number; misses: number } {
  return { entries: state.entries.size, bytes: state.bytes, hits: state.hits, misses: state.misses };
}
