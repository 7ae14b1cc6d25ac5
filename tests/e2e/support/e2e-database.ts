// The e2e web server's own database (scripts/start.ts with PORTAL_DATA_DIR=.data/e2e): its password file and the
// port in postmaster.pid. Specs and fixtures reach it for setup (their own organizations and users) and for
// faults no HTTP call can cause.
import { readFileSync } from "node:fs";
import path from "node:path";

const DATA_DIR = path.resolve(__dirname, "..", "..", "..", ".data", "e2e", "postgres");

export function e2eDatabaseUrl(): string {
  const password = readFileSync(`${DATA_DIR}.password`, "utf8").trim();
  const port = readFileSync(path.join(DATA_DIR, "postmaster.pid"), "utf8").split("\n")[3]?.trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/portal`;
}
