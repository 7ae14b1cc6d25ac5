// Front-end weight of pages as a signed-in user sees them:
//   tsx scripts/bench/frontend.ts --base-url http://localhost:3000 --email bcd@example.vn --password Demo@2030
//     [--paths /dashboard,/indicators] [--no-lighthouse] [--report-dir <folder for Lighthouse's JSON>] [--json]
// For each path: the HTML's size (raw and gzip), the first-load JavaScript (every `<script src>`, module
// preload and script preload the HTML names before any interaction, each fetched and gzipped, summed) and,
// unless turned off, Lighthouse's performance and accessibility scores (desktop preset, Debian's Chromium,
// headless) with the session cookie sent as an extra header. `measureFrontend` is also called by
// scripts/bench/run.ts.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { StartupError } from "../lib/startup-error";
import { pageLoadHeaders } from "./http";

export type FrontendMeasure = {
  path: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  firstLoadJsGzipBytes: number;
  scripts: number;
  lighthouse?: LighthouseScores;
};

export type LighthouseScores = {
  performance: number;
  accessibility: number;
  // The metrics behind the performance score, and the failing accessibility audits (ids), to say why.
  metrics: {
    firstContentfulPaintMs: number;
    largestContentfulPaintMs: number;
    totalBlockingTimeMs: number;
    cumulativeLayoutShift: number;
    speedIndexMs: number;
  };
  accessibilityFindings: string[];
};

export type MeasureFrontendOptions = {
  baseUrl: string;
  cookie: string;
  paths: string[];
  // Lighthouse runs when Chromium is found, unless this is false (it takes ≈ 15–30 s per page).
  lighthouse?: boolean;
  chromePath?: string;
  // Write each page's full Lighthouse report (JSON) into this folder.
  reportDir?: string;
};

export const DEFAULT_PATHS = ["/dashboard", "/dashboard/organizations", "/dashboard/map", "/indicators"];
const DEFAULT_CHROME = process.env.LIGHTHOUSE_CHROMIUM_PATH ?? process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium";

// Script URLs the HTML makes the browser load without any interaction: `<script src>` (sync, async,
// defer, module; not `nomodule`), `<link rel="modulepreload">` and `<link rel="preload" as="script">`. Scripts inside the
// streamed Suspense chunks count too: they arrive with the same response.
export function collectScriptUrls(html: string, pageUrl: string): string[] {
  const urls = new Set<string>();
  const attribute = (tag: string, name: string) =>
    new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i")
      .exec(tag)
      ?.slice(1)
      .find((v) => v !== undefined);
  for (const match of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(match[0], "src");
    // `nomodule` scripts (Next's legacy polyfills, ≈ 40 KB gzip) are skipped by every browser that runs modules.
    if (src && !/\snomodule\b/i.test(match[0])) urls.add(new URL(decodeEntities(src), pageUrl).href);
  }
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(match[0], "rel")?.toLowerCase() ?? "";
    const as = attribute(match[0], "as")?.toLowerCase();
    const href = attribute(match[0], "href");
    if (href && (rel.split(/\s+/).includes("modulepreload") || (rel.split(/\s+/).includes("preload") && as === "script")))
      urls.add(new URL(decodeEntities(href), pageUrl).href);
  }
  return [...urls];
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'");
}

async function fetchBytes(url: string, cookie?: string): Promise<{ status: number; body: Buffer; location: string | null }> {
  const headers = { ...pageLoadHeaders(new URL(url).pathname), ...(cookie ? { cookie } : {}), "accept-encoding": "identity" };
  const res = await fetch(url, { headers, redirect: "manual" });
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()), location: res.headers.get("location") };
}

const gzipSize = (body: Buffer) => gzipSync(body, { level: 9 }).length;

async function measureWeight(
  baseUrl: string,
  cookie: string,
  pathName: string,
  scriptCache: Map<string, number>,
): Promise<FrontendMeasure> {
  const pageUrl = new URL(pathName, baseUrl).href;
  const page = await fetchBytes(pageUrl, cookie);
  if (page.status !== 200) {
    const where = page.location ? ` → ${page.location}` : "";
    throw new StartupError(`GET ${pathName} answered ${page.status}${where}; is the cookie a valid session of a user who may see it?`);
  }
  const html = page.body.toString("utf8");
  const scripts = collectScriptUrls(html, pageUrl);
  let firstLoadJsGzipBytes = 0;
  for (const url of scripts) {
    let size = scriptCache.get(url);
    if (size === undefined) {
      const script = await fetchBytes(url);
      if (script.status !== 200) throw new StartupError(`The script ${url} named by ${pathName} answered ${script.status}.`);
      size = gzipSize(script.body);
      scriptCache.set(url, size);
    }
    firstLoadJsGzipBytes += size;
  }
  return { path: pathName, htmlBytes: page.body.length, htmlGzipBytes: gzipSize(page.body), firstLoadJsGzipBytes, scripts: scripts.length };
}

async function runLighthouse(urls: string[], cookie: string, chromePath: string, reportDir?: string): Promise<LighthouseScores[]> {
  const [{ default: lighthouse }, chromeLauncher, { default: desktopConfig }] = await Promise.all([
    import("lighthouse"),
    import("chrome-launcher"),
    import("lighthouse/core/config/desktop-config.js"),
  ]);
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const scores: LighthouseScores[] = [];
    for (const url of urls) {
      const result = await lighthouse(
        url,
        {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"],
          extraHeaders: { Cookie: cookie },
        },
        desktopConfig,
      );
      if (!result) throw new StartupError(`Lighthouse returned no result for ${url}.`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new StartupError(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
      if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname) {
        throw new StartupError(`Lighthouse was redirected from ${url} to ${lhr.finalDisplayedUrl} (session cookie not accepted?).`);
      }
      if (reportDir) {
        mkdirSync(reportDir, { recursive: true });
        writeFileSync(
          path.join(reportDir, `${new URL(url).pathname.replace(/[^a-z0-9]+/gi, "_") || "root"}.json`),
          JSON.stringify(lhr, null, 1),
        );
      }
      const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);
      const metric = (id: string) =>
        Math.round((lhr.audits[id]?.numericValue ?? Number.NaN) * (id === "cumulative-layout-shift" ? 1000 : 1)) /
        (id === "cumulative-layout-shift" ? 1000 : 1);
      const weighted = new Set(lhr.categories.accessibility?.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id));
      scores.push({
        performance: score(lhr.categories.performance?.score),
        accessibility: score(lhr.categories.accessibility?.score),
        metrics: {
          firstContentfulPaintMs: metric("first-contentful-paint"),
          largestContentfulPaintMs: metric("largest-contentful-paint"),
          totalBlockingTimeMs: metric("total-blocking-time"),
          cumulativeLayoutShift: metric("cumulative-layout-shift"),
          speedIndexMs: metric("speed-index"),
        },
        accessibilityFindings: Object.values(lhr.audits)
          .filter((audit) => weighted.has(audit.id) && audit.score !== null && audit.score < 1)
          .map((audit) => audit.id),
      });
    }
    return scores;
  } finally {
    chrome.kill();
  }
}

export async function measureFrontend(options: MeasureFrontendOptions): Promise<FrontendMeasure[]> {
  const scriptCache = new Map<string, number>();
  const results: FrontendMeasure[] = [];
  for (const pathName of options.paths) results.push(await measureWeight(options.baseUrl, options.cookie, pathName, scriptCache));
  const chromePath = options.chromePath ?? DEFAULT_CHROME;
  if (options.lighthouse !== false && existsSync(chromePath)) {
    const scores = await runLighthouse(
      options.paths.map((p) => new URL(p, options.baseUrl).href),
      options.cookie,
      chromePath,
      options.reportDir,
    );
    results.forEach((result, index) => (result.lighthouse = scores[index]));
  } else if (options.lighthouse !== false) {
    console.error(`[frontend] Lighthouse skipped: no Chromium at ${chromePath} (set LIGHTHOUSE_CHROMIUM_PATH).`);
  }
  return results;
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(new URL("/api/v1/auth/login", baseUrl), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new StartupError(`Signing in as ${email} failed (${res.status}): ${(await res.text()).slice(0, 300)}`);
  const cookie = res.headers.getSetCookie().find((c) => c.includes("session-token="));
  if (!cookie) throw new StartupError("The sign-in answered 200 without a session cookie.");
  return cookie.split(";")[0]!;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function frontendTable(results: FrontendMeasure[]): string {
  const lines = [
    "| page | HTML | HTML gzip | first-load JS gzip | scripts | Lighthouse perf / a11y (desktop) | FCP / LCP / TBT / CLS | a11y findings |",
    "| --- | ---: | ---: | ---: | ---: | --- | --- | --- |",
  ];
  for (const r of results) {
    const lh = r.lighthouse;
    const scores = lh ? `${lh.performance} / ${lh.accessibility}` : "–";
    const metrics = lh
      ? `${lh.metrics.firstContentfulPaintMs} / ${lh.metrics.largestContentfulPaintMs} / ${lh.metrics.totalBlockingTimeMs} ms / ${lh.metrics.cumulativeLayoutShift}`
      : "–";
    lines.push(
      `| ${r.path} | ${kb(r.htmlBytes)} | ${kb(r.htmlGzipBytes)} | ${kb(r.firstLoadJsGzipBytes)} | ${r.scripts} | ${scores} | ${metrics} | ${lh?.accessibilityFindings.join(", ") || "–"} |`,
    );
  }
  return lines.join("\n");
}

async function main() {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const index = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
    if (index < 0) return undefined;
    return args[index]!.includes("=") ? args[index]!.slice(name.length + 1) : args[index + 1];
  };
  const baseUrl = value("--base-url");
  const email = value("--email");
  const password = value("--password");
  if (!baseUrl || !email || !password) {
    throw new StartupError(
      "Usage: tsx scripts/bench/frontend.ts --base-url http://localhost:3000 --email <e-mail> --password <password> [--paths /a,/b] [--no-lighthouse] [--report-dir dir] [--json]",
    );
  }
  const paths = value("--paths")?.split(",").filter(Boolean) ?? DEFAULT_PATHS;
  const cookie = await signIn(baseUrl, email, password);
  const results = await measureFrontend({
    baseUrl,
    cookie,
    paths,
    lighthouse: !args.includes("--no-lighthouse"),
    reportDir: value("--report-dir"),
  });
  console.log(args.includes("--json") ? JSON.stringify(results, null, 2) : frontendTable(results));
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof StartupError) console.error(`\n✖ ${error.message}\n`);
      else console.error(error);
      process.exit(1);
    },
  );
}
