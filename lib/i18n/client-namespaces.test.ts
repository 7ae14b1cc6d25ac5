// Only the message namespaces that client components read are sent to the browser (app/layout.tsx). This test
// follows the imports from every "use client" file and fails when client code reads a namespace the list
// lacks (the page would show message keys instead of text), so a new client component cannot be forgotten.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_MESSAGE_NAMESPACES, isClientNamespace } from "./client-messages";

const ROOT = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (name === "node_modules" || name === "generated" || name.startsWith(".")) return [];
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function clientReachable(): Set<string> {
  const files = ["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(ROOT, dir)));
  const entries = files.filter((f) => /^\s*["']use client["']/m.test(readFileSync(f, "utf8")));
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/(?:import|export)\s[^'"]*?from\s+["']([^"']+)["']/g)) {
      const target = resolveImport(file, match[1]!);
      if (target && !/["']use server["']/.test(readFileSync(target, "utf8").slice(0, 200))) queue.push(target);
    }
  }
  return seen;
}

describe("the messages sent to the browser", () => {
  const reachable = clientReachable();

  it("cover every namespace client code reads", () => {
    const missing: string[] = [];
    for (const file of reachable) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(/useTranslations\(([^)]*)\)/g)) {
        const arg = match[1]!.trim();
        const namespace = /^["']([^"']+)["']$/.exec(arg)?.[1];
        if (!namespace) missing.push(`${path.relative(ROOT, file)}: useTranslations(${arg}) needs every namespace`);
        else if (!isClientNamespace(namespace)) missing.push(`${path.relative(ROOT, file)}: ${namespace}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("lists no namespace that client code does not read", () => {
    const used = new Set<string>();
    for (const file of reachable) {
      for (const match of readFileSync(file, "utf8").matchAll(/useTranslations\(["']([^"']+)["']\)/g)) used.add(match[1]!);
    }
    const unused = CLIENT_MESSAGE_NAMESPACES.filter((ns) => ![...used].some((u) => u === ns || u.startsWith(`${ns}.`)));
    expect(unused).toEqual([]);
  });
});

describe("clientMessages", () => {
  it("keeps the listed namespaces, at their depth, and drops the rest", async () => {
    const { clientMessages } = await import("./client-messages");
    const picked = clientMessages({
      plans: { title: "Kế hoạch", form: { save: "Lưu" } },
      reportingConfig: { holidays: { add: "Thêm" }, title: "Cấu hình báo cáo" },
      strategy: { title: "Chiến lược" },
    });
    expect(picked).toEqual({ plans: { title: "Kế hoạch", form: { save: "Lưu" } }, reportingConfig: { holidays: { add: "Thêm" } } });
  });
});
