// Decides whether the production build is older than the sources, so `npm start` rebuilds only when needed.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./database";

const SOURCE_DIRS = ["app", "components", "lib", "public"];
const SOURCE_FILES = ["next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json", "prisma/schema.prisma"];
const STAMP = path.join(ROOT, ".next", "portal-source-stamp");

function walk(dir: string, out: string[]) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
}

export function sourceStamp(): string {
  const files: string[] = [];
  for (const dir of SOURCE_DIRS) walk(path.join(ROOT, dir), files);
  for (const file of SOURCE_FILES) if (existsSync(path.join(ROOT, file))) files.push(path.join(ROOT, file));
  const hash = createHash("sha1");
  for (const file of files.sort()) {
    const s = statSync(file);
    hash.update(`${path.relative(ROOT, file)}:${s.size}:${Math.floor(s.mtimeMs)}\n`);
  }
  return hash.digest("hex");
}

export function isBuildCurrent(): boolean {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID")) || !existsSync(STAMP)) return false;
  return readFileSync(STAMP, "utf8").trim() === sourceStamp();
}

export function recordBuild(stamp: string) {
  writeFileSync(STAMP, `${stamp}\n`);
}
