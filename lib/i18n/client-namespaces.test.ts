// Only the message namespaces that client components read are sent to the browser, per section
// (lib/i18n/client-messages.ts). This test follows the imports from the root layout and from each section's files
// into client code and fails when client code reads a namespace its section's list lacks (the page would show
// message keys instead of text), so a new client component cannot be forgotten.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GLOBAL_CLIENT_NAMESPACES, SECTION_CLIENT_NAMESPACES, type ClientSection } from "./client-messages";

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

// Each file is read once: every section's walk goes through the same components.
const texts = new Map<string, string>();
function read(file: string): string {
  let text = texts.get(file);
  if (text === undefined) texts.set(file, (text = readFileSync(file, "utf8")));
  return text;
}
const isClient = (file: string) => /^\s*["']use client["']/m.test(read(file));

// The namespaces that client code reached from `entries` reads: imports are followed from the entries, and a
// file counts as client code once a "use client" file is on the way to it (server actions are not followed).
function clientNamespacesFrom(entries: string[]): { namespaces: Set<string>; dynamic: string[] } {
  const seen = new Map<string, boolean>();
  const namespaces = new Set<string>();
  const dynamic: string[] = [];
  const queue: [string, boolean][] = entries.map((file) => [file, false]);
  while (queue.length) {
    const [file, viaClient] = queue.pop()!;
    const client = viaClient || isClient(file);
    if (seen.get(file) === true || (seen.has(file) && !client)) continue;
    seen.set(file, client);
    const text = read(file);
    if (client) {
      for (const match of text.matchAll(/useTranslations\(([^)]*)\)/g)) {
        const arg = match[1]!.trim();
        const namespace = /^["']([^"']+)["']$/.exec(arg)?.[1];
        if (namespace) namespaces.add(namespace);
        else dynamic.push(`${path.relative(ROOT, file)}: useTranslations(${arg}) needs every namespace`);
      }
    }
    for (const match of text.matchAll(/(?:import|export)\s[^'"]*?from\s+["']([^"']+)["']/g)) {
      const target = resolveImport(file, match[1]!);
      if (target && !/["']use server["']/.test(read(target).slice(0, 200))) queue.push([target, client]);
    }
  }
  return { namespaces, dynamic };
}

const covers = (list: readonly string[], namespace: string) => list.some((ns) => namespace === ns || namespace.startsWith(`${ns}.`));

// The root layout and the pages outside any section get the global namespaces only.
const ROOT_ENTRIES = ["app/layout.tsx", "app/error.tsx", "app/not-found.tsx", "app/page.tsx"].map((f) => path.join(ROOT, f));
const SECTIONS = readdirSync(path.join(ROOT, "app")).filter((name) => statSync(path.join(ROOT, "app", name)).isDirectory());

describe("the messages sent to the browser", () => {
  it("give the root layout and every section the namespaces its client code reads", () => {
    const missing: string[] = [];
    const root = clientNamespacesFrom(ROOT_ENTRIES.filter((f) => existsSync(f)));
    missing.push(
      ...root.dynamic,
      ...[...root.namespaces].filter((ns) => !covers(GLOBAL_CLIENT_NAMESPACES, ns)).map((ns) => `app/layout.tsx: ${ns}`),
    );
    for (const section of SECTIONS) {
      const own: readonly string[] = SECTION_CLIENT_NAMESPACES[section as ClientSection] ?? [];
      const { namespaces, dynamic } = clientNamespacesFrom(sourceFiles(path.join(ROOT, "app", section)));
      missing.push(...dynamic);
      for (const ns of namespaces) if (!covers([...GLOBAL_CLIENT_NAMESPACES, ...own], ns)) missing.push(`app/${section}: ${ns}`);
    }
    expect(missing).toEqual([]);
  });

  it("every section with its own list has a layout that sends it, and lists nothing its client code does not read", () => {
    const problems: string[] = [];
    for (const [section, own] of Object.entries(SECTION_CLIENT_NAMESPACES)) {
      const layout = path.join(ROOT, "app", section, "layout.tsx");
      if (!existsSync(layout) || !read(layout).includes(`section="${section}"`))
        problems.push(`app/${section}/layout.tsx does not send "${section}"`);
      const { namespaces } = clientNamespacesFrom(
        existsSync(path.join(ROOT, "app", section)) ? sourceFiles(path.join(ROOT, "app", section)) : [],
      );
      for (const ns of own as readonly string[])
        if (![...namespaces].some((used) => covers([ns], used))) problems.push(`app/${section}: ${ns} is not read`);
    }
    const rootUsed = clientNamespacesFrom(ROOT_ENTRIES.filter((f) => existsSync(f))).namespaces;
    for (const ns of GLOBAL_CLIENT_NAMESPACES)
      if (![...rootUsed].some((used) => covers([ns], used))) problems.push(`global: ${ns} is not read`);
    expect(problems).toEqual([]);
  });
});

describe("clientMessages", () => {
  const messages = {
    common: { save: "Lưu" },
    plans: { title: "Kế hoạch", form: { save: "Lưu" } },
    reportingConfig: { holidays: { add: "Thêm" }, title: "Cấu hình báo cáo" },
    strategy: { title: "Chiến lược" },
  };

  it("sends only the global namespaces outside a section", async () => {
    const { clientMessages } = await import("./client-messages");
    expect(clientMessages(messages)).toEqual({ common: { save: "Lưu" } });
  });

  it("adds a section's namespaces, at their depth, and drops the rest", async () => {
    const { clientMessages } = await import("./client-messages");
    expect(clientMessages(messages, "plans")).toEqual({ common: { save: "Lưu" }, plans: { title: "Kế hoạch", form: { save: "Lưu" } } });
    expect(clientMessages(messages, "admin")).toEqual({ common: { save: "Lưu" }, reportingConfig: { holidays: { add: "Thêm" } } });
  });
});
