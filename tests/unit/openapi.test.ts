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
    const implemented = routeHandlers()
      .filter((r) => r !== "GET /openapi.json")
      .sort();
    expect(implemented).toEqual(documented);
  });

  // The document against what the handlers validate with (each operation's body schema is the one its service
  // parses): a client generated from the document must be able to send what the API accepts, and nothing less.
  describe("request bodies say what the API accepts", () => {
    const doc = buildOpenApiDocument();
    const writes = OPERATIONS.filter((op) => op.body);
    const bodyOf = (op: (typeof writes)[number]) =>
      (
        doc.paths[op.path]![op.method] as {
          requestBody: {
            content: {
              "application/json": {
                schema: { required?: string[]; properties: Record<string, unknown> };
                example?: Record<string, unknown>;
              };
            };
          };
        }
      ).requestBody.content["application/json"];

    it.each(writes.map((op) => [`${op.method.toUpperCase()} ${op.path}`, op] as const))(
      "%s: the example is valid, its required fields alone are accepted, and each one missing is refused",
      (_name, op) => {
        const { schema, example } = bodyOf(op);
        expect(example, "every write operation shows an example body").toBeDefined();
        expect(Object.keys(example!).every((key) => key in schema.properties)).toBe(true);
        expect(op.body!.safeParse(example).success).toBe(true);
        const required = schema.required ?? [];
        const minimal = Object.fromEntries(required.map((field) => [field, example![field]]));
        expect(
          required.every((field) => field in example!),
          "the example carries every required field",
        ).toBe(true);
        expect(op.body!.safeParse(minimal).success).toBe(true);
        for (const field of required) {
          const { [field]: _removed, ...without } = minimal;
          expect(op.body!.safeParse(without).success, `${field} is required`).toBe(false);
        }
      },
    );

    it("asks a new task for its code, Vietnamese title and task group only; defaults are optional", () => {
      const task = bodyOf(OPERATIONS.find((op) => op.method === "post" && op.path === "/plans/{id}/tasks")!);
      expect(task.schema.required).toEqual(["code", "titleVi", "taskGroupCode"]);
      for (const defaulted of ["budgetVnd", "fundingSource", "isBreakthrough", "status", "progress", "startDate", "dueDate"])
        expect(task.schema.properties).toHaveProperty(defaulted);
      expect(bodyOf(OPERATIONS.find((op) => op.method === "post" && op.path === "/plans")!).schema.required).toEqual([
        "title",
        "periodStart",
        "periodEnd",
      ]);
    });
  });

  it("is OpenAPI 3.1 with problem+json errors", () => {
    const doc = buildOpenApiDocument();
    expect(doc.openapi).toBe("3.1.0");
    const op = doc.paths["/plans/{id}"]!.get as { responses: Record<string, { content?: Record<string, unknown> }> };
    expect(Object.keys(op.responses["404"]!.content!)).toEqual(["application/problem+json"]);
  });
});
