// A minimal round-robin HTTP load balancer for the benchmark's scale-out run: two `next start` instances behind
// one port, like a production load balancer without sticky sessions. Usage:
//   tsx scripts/bench/proxy.ts --port 4000 --targets 127.0.0.1:3001,127.0.0.1:3002
import http from "node:http";

function parse(argv: string[]): { port: number; targets: { host: string; port: number }[] } {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const port = Number(value("--port"));
  const targets = (value("--targets") ?? "")
    .split(",")
    .filter(Boolean)
    .map((t) => {
      const [host, p] = t.split(":");
      return { host: host!, port: Number(p) };
    });
  if (!port || targets.length === 0) throw new Error("usage: proxy.ts --port P --targets host:port,host:port");
  return { port, targets };
}

const { port, targets } = parse(process.argv.slice(2));
const agents = targets.map(() => new http.Agent({ keepAlive: true, maxSockets: 64 }));
let next = 0;

// A GET whose upstream socket was closed by the server while idle (a keep-alive race, the request never
// reached the application) is sent again once on a new connection, as production load balancers do.
function forward(req: http.IncomingMessage, res: http.ServerResponse, index: number, retried: boolean) {
  const target = targets[index]!;
  const upstream = http.request(
    {
      host: target.host,
      port: target.port,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, "x-forwarded-for": req.socket.remoteAddress ?? "" },
      agent: retried ? false : agents[index],
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, { ...answer.headers, "x-bench-instance": String(index + 1) });
      answer.pipe(res);
    },
  );
  upstream.on("error", (error: NodeJS.ErrnoException) => {
    if (!retried && req.method === "GET" && !res.headersSent && (error.code === "ECONNRESET" || error.code === "EPIPE")) {
      forward(req, res, index, true);
      return;
    }
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  if (req.method === "GET" || req.method === "HEAD") upstream.end();
  else req.pipe(upstream);
}

const server = http.createServer((req, res) => forward(req, res, next++ % targets.length, false));
server.keepAliveTimeout = 30_000;
server.listen(port, "127.0.0.1", () => console.log(`proxy on ${port} → ${targets.map((t) => `${t.host}:${t.port}`).join(", ")}`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
