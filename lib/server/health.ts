import "server-only";
import { db } from "./db";

export type Health = { status: "ok" | "unavailable"; database: "ok" | "unavailable" };

// Answers within `timeoutMs` even when the database hangs.
export async function checkHealth(timeoutMs = 3000): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const probe = db.$queryRaw`select 1`.then(
    () => true,
    () => false,
  );
  const ok = await Promise.race([probe, timeout]);
  clearTimeout(timer);
  return ok ? { status: "ok", database: "ok" } : { status: "unavailable", database: "unavailable" };
}
