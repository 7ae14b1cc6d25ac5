// Throughput with autocannon (issue 16): every dynamic figure beside the same run's ceilings — `/api/health`
// (one database round trip, no session) and a static response (`/api/v1/openapi.json`, prerendered) — and
// the ratio to each, so that a figure measured on a busy or slow machine still says how far the portal's own
// work is from what Next.js and the database serve at best there. Kept apart from run.ts's other steps.
import autocannon from "autocannon";
import { pageLoadHeaders } from "./http";

export type LoadFigure = {
  path: string;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  // autocannon's histogram has no p95: p97.5 is the nearest percentile at or above it.
  ms: { p50: number; p90: number; p97_5: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  bytesPerRequest: number;
};

export type Ceilings = { health: LoadFigure; staticResponse: LoadFigure };

export const HEALTH_PATH = "/api/health";
export const STATIC_PATH = "/api/v1/openapi.json";

export async function loadWithAutocannon(
  baseUrl: string,
  pathName: string,
  options: { connections: number; seconds: number; cookie?: string },
): Promise<LoadFigure> {
  const result = await autocannon({
    url: `${baseUrl}${pathName}`,
    connections: options.connections,
    duration: options.seconds,
    headers: { ...pageLoadHeaders(pathName), ...(options.cookie ? { cookie: options.cookie } : {}) },
  });
  const completed = result.requests.average * result.duration;
  return {
    path: pathName,
    connections: options.connections,
    seconds: result.duration,
    // Successful answers only: a server answering 500 quickly must not look fast.
    requestsPerSecond: Math.max(0, completed - result.non2xx) / Math.max(result.duration, 1e-9),
    ms: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    bytesPerRequest: completed > 0 ? (result.throughput.average * result.duration) / completed : 0,
  };
}

export async function measureCeilings(baseUrl: string, connections: number, seconds: number): Promise<Ceilings> {
  return {
    health: await loadWithAutocannon(baseUrl, HEALTH_PATH, { connections, seconds }),
    staticResponse: await loadWithAutocannon(baseUrl, STATIC_PATH, { connections, seconds }),
  };
}

export function describeLoad(figure: LoadFigure, ceilings: Ceilings): string {
  const share = (ceiling: LoadFigure) => (ceiling.requestsPerSecond > 0 ? figure.requestsPerSecond / ceiling.requestsPerSecond : 0);
  return (
    `${figure.requestsPerSecond.toFixed(1)} req/s (p50 ${figure.ms.p50} ms, p97.5 ${figure.ms.p97_5} ms, ${(figure.bytesPerRequest / 1024).toFixed(0)} KB` +
    `${figure.non2xx + figure.errors ? `, ${figure.non2xx} non-2xx, ${figure.errors} errors` : ""}); ` +
    `${(share(ceilings.health) * 100).toFixed(0)} % of /api/health (${ceilings.health.requestsPerSecond.toFixed(0)} req/s), ` +
    `${(share(ceilings.staticResponse) * 100).toFixed(0)} % of the static response (${ceilings.staticResponse.requestsPerSecond.toFixed(0)} req/s)`
  );
}
