// Runs once per integration run, in Vitest's main process: a fresh database, migrated exactly the way
// production migrates (`prisma migrate deploy`), dropped at the end.
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { dropDatabase, ensureDatabase, migrate } from "../../scripts/lib/database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  if (!adminUrl) {
    throw new Error("TEST_DATABASE_ADMIN_URL is not set: run the integration tier with `npm run test:integration`.");
  }
  const name = `test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await ensureDatabase(adminUrl, name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  project.provide("databaseUrl", url.toString());
  return async () => {
    await dropDatabase(adminUrl, name);
  };
}
