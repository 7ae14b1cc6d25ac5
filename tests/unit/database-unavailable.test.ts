import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, problemFromError } from "@/lib/server/http/problem";

// Shapes as thrown by pg, @prisma/adapter-pg (DriverAdapterError with a mapped `cause`) and Prisma.
const named = (name: string, message: string, extra: object = {}) => Object.assign(new Error(message), { name }, extra);

describe("isDatabaseUnavailable", () => {
  it.each([
    ["pg: server down", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["pg: connection dropped", new Error("Connection terminated unexpectedly")],
    ["pg: pool connect timeout", new Error("timeout exceeded when trying to connect")],
    [
      "pg: admin shutdown 57P01",
      Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01", severity: "FATAL" }),
    ],
    ["pg: cannot connect now 57P03", Object.assign(new Error("the database system is starting up"), { code: "57P03" })],
    ["pg: connection exception class 08", Object.assign(new Error("connection failure"), { code: "08006" })],
    [
      "adapter: DatabaseNotReachable",
      named("DriverAdapterError", "DatabaseNotReachable", { cause: { kind: "DatabaseNotReachable", host: "127.0.0.1" } }),
    ],
    [
      "adapter: killed backend",
      named("DriverAdapterError", "terminating connection due to administrator command", {
        cause: { kind: "postgres", code: "57P01", originalCode: "57P01" },
      }),
    ],
    ["adapter: closed", named("DriverAdapterError", "ConnectionClosed", { cause: { kind: "ConnectionClosed" } })],
    ["prisma: P1001", named("PrismaClientKnownRequestError", "Can't reach database server", { code: "P1001" })],
    ["prisma: P1017", named("PrismaClientKnownRequestError", "Server has closed the connection.", { code: "P1017" })],
    ["prisma: initialization", named("PrismaClientInitializationError", "could not connect")],
    ["wrapped twice", new Error("outer", { cause: new Error("middle", { cause: Object.assign(new Error("x"), { code: "57P01" }) }) })],
  ])("%s → unavailable", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    [
      "unique violation",
      named("DriverAdapterError", "UniqueConstraintViolation", { cause: { kind: "UniqueConstraintViolation", originalCode: "23505" } }),
    ],
    ["prisma: record not found", named("PrismaClientKnownRequestError", "No record was found", { code: "P2025" })],
    ["a bug", new TypeError("Cannot read properties of undefined (reading 'id')")],
    ["nothing", undefined],
  ])("%s → not unavailable", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("answers problem+json 503 with Retry-After", async () => {
    const response = problemFromError(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }), "vi");
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toMatchObject({ type: "/problems/database_unavailable", status: 503 });
  });
});
