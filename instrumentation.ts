// Runs once when the server starts: a wrong environment stops it with a clear sentence.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { readServerEnv } = await import("./lib/server/env");
    readServerEnv();
  }
}
