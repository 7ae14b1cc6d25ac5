import "server-only";
import { z } from "zod";
import {
  meResponseSchema,
  organizationListQuerySchema,
  organizationListSchema,
  planListQuerySchema,
  planListSchema,
  planSummarySchema,
  problemSchema,
  strategyResponseSchema,
} from "@/lib/schemas/api";
import { signInSchema } from "@/lib/schemas/auth";

// The OpenAPI 3.1 description of /api/v1, generated from the zod schemas the handlers validate with.
// Each operation lists the resource route it serves; the access-control sweep enumerates routes from here.
type Operation = {
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  summary: string;
  tag: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  response?: z.ZodType;
  responseStatus?: number;
  public?: boolean;
};

export const OPERATIONS: Operation[] = [
  { method: "post", path: "/auth/login", summary: "Sign in with e-mail and password (sets the session cookie)", tag: "auth", body: signInSchema, public: true },
  { method: "get", path: "/me", summary: "The calling user, role and organization", tag: "auth", response: meResponseSchema },
  { method: "get", path: "/organizations", summary: "Organizations directory with succession links", tag: "reference", query: organizationListQuerySchema, response: organizationListSchema },
  { method: "get", path: "/strategy", summary: "Objectives, task groups, indicators with series and targets", tag: "reference", response: strategyResponseSchema },
  { method: "get", path: "/plans", summary: "Action plans the caller may read", tag: "plans", query: planListQuerySchema, response: planListSchema },
  { method: "get", path: "/plans/{id}", summary: "One action plan", tag: "plans", response: planSummarySchema },
];

function jsonSchema(schema: z.ZodType, io: "input" | "output") {
  return z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" });
}

const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const parameters: unknown[] = [];
    for (const match of op.path.matchAll(/\{(\w+)\}/g)) {
      parameters.push({ name: match[1], in: "path", required: true, schema: { type: "string" } });
    }
    if (op.query) {
      const shape = op.query.shape as Record<string, z.ZodType>;
      for (const [name, schema] of Object.entries(shape)) {
        parameters.push({ name, in: "query", required: !schema.safeParse(undefined).success, schema: jsonSchema(schema, "input") });
      }
    }
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      summary: op.summary,
      tags: [op.tag],
      ...(op.public ? { security: [] } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(op.body, "input") } } } } : {}),
      responses: {
        [String(op.responseStatus ?? 200)]: {
          description: "Success",
          ...(op.response ? { content: { "application/json": { schema: jsonSchema(op.response, "output") } } } : {}),
        },
        "400": problemResponse("Invalid input, with per-field errors"),
        "401": problemResponse("Not authenticated"),
        "403": problemResponse("Not allowed"),
        "404": problemResponse("Not found, or not visible to the caller"),
        "409": problemResponse("Stale version or invalid state"),
        "413": problemResponse("Request too large"),
        "429": problemResponse("Too many requests or account locked"),
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Cultural Diplomacy Strategy 2030 portal API",
      version: "1.0.0",
      description:
        "JSON API of the portal tracking Decision 2013/QĐ-TTg. Authenticate with the session cookie or a personal token (`Authorization: Bearer …`, created on the account page). Tokens carry exactly their owner's permissions. Errors are RFC 9457 problem+json.",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "Personal API token" },
        sessionCookie: { type: "apiKey", in: "cookie", name: "authjs.session-token" },
      },
      schemas: { Problem: jsonSchema(problemSchema, "output") },
    },
    paths,
  };
}
