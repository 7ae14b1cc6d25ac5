// A stand-in for next/headers in integration tests, so that route handlers and server actions read the
// cookies and headers a test sets. Test files mock with
//   vi.mock("next/headers", async () => (await import("../factories/request-scope")).requestScopeMock);
// This module imports nothing from the application (it is loaded while next/headers is being mocked).
export const requestScope = { cookies: new Map<string, string>(), headers: new Headers() };

export const requestScopeMock = {
  cookies: async () => ({
    get: (name: string) => (requestScope.cookies.has(name) ? { name, value: requestScope.cookies.get(name)! } : undefined),
  }),
  headers: async () => requestScope.headers,
};
