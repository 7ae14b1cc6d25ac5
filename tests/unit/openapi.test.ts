import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { OPERATIONS, buildOpenApiDocument } from "@/lib/server/http/openapi";

const API_ROOT = path.resolve(__dirname, "../../app/api/v1");

// Every route handler under app/api/v1, as "METHOD /path/{param}".
function routeHandlers(dir = API_ROOT, prefix = ""): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      const segment = entry.replace(/^\[(\w+)\]$/, "{$1}");
      found.push(...routeHandlers(full, `${prefix}/${segment}`));
    } else if (entry === "route.ts") {
      const source = readFileSync(full, "utf8");
      for (const match of source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)) {
        found.push(`${match[1]} ${prefix || "/"}`);
      }
    }
  }
  return found;
}

describe("OpenAPI document", () => {
  it("describes exactly the routes that exist, so a new route cannot escape documentation or the access sweep", () => {
    const documented = OPERATIONS.map((op) => `${op.method.toUpperCase()} ${op.path}`).sort();
    const implemented = routeHandlers().filter((r) => r !== "GET /openapi.json").sort();
    expect(implemented).toEqual(documented);
  });

  it("is OpenAPI 3.1 with problem+json errors", () => {
    const doc = buildOpenApiDocument();
    expect(doc.openapi).toBe("3.1.0");
    const op = doc.paths["/plans/{id}"]!.get as { responses: Record<string, { content?: Record<string, unknown> }> };
    expect(Object.keys(op.responses["404"]!.content!)).toEqual(["application/problem+json"]);
  });
});
