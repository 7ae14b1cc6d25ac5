// The benchmark's HTTP client: Node's http with explicit agents (keep-alive and socket counts under control),
// no retries, the whole body read.
import http from "node:http";

export type HttpResponse = { status: number; body: Buffer; headers: http.IncomingHttpHeaders };

export type RequestOptions = {
  method?: string;
  cookie?: string;
  token?: string;
  // A string is sent as JSON; a Buffer as `contentType` (default: the .xlsx media type).
  body?: string | Buffer;
  contentType?: string;
  timeoutMs?: number;
};

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// What a browser sends when it loads a page as a document: the whole-page cache answers only such loads
// (lib/server/cache/page-cache.ts isDocumentLoad), so the benchmark loads pages the way people do.
export function pageLoadHeaders(pathName: string): Record<string, string> {
  if (pathName.startsWith("/api/")) return {};
  return {
    accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "sec-fetch-dest": "document",
    "sec-fetch-mode": "navigate",
  };
}

export function request(agent: http.Agent, port: number, pathName: string, options: RequestOptions = {}): Promise<HttpResponse> {
  const body = options.body;
  const contentType = typeof body === "string" ? "application/json" : (options.contentType ?? XLSX);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        path: pathName,
        method: options.method ?? "GET",
        agent,
        headers: {
          ...(options.cookie ? { cookie: options.cookie } : {}),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(body !== undefined ? { "content-type": contentType, "content-length": Buffer.byteLength(body) } : {}),
          "accept-language": "en",
          ...pageLoadHeaders(pathName),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }));
        res.on("error", reject);
      },
    );
    req.setTimeout(options.timeoutMs ?? 60_000, () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

export function json<T>(response: HttpResponse): T {
  return JSON.parse(response.body.toString("utf8")) as T;
}
