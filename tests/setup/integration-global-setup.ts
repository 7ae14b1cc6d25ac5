// Runs once per integration run, in Vitest's main process: a template database, migrated exactly the way
// production migrates (`prisma migrate deploy`). Each worker clones it into a database of its own
// (tests/setup/integration-setup.ts), so files run in parallel without seeing each other's rows, advisory
// locks or notifications. Every database of the run shares the template's name as a prefix and is dropped at
// the end.
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { dropDatabase, ensureDatabase, migrate, withClient } from "../../scripts/lib/database";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  if (!adminUrl) {
    throw new Error("TEST_DATABASE_ADMIN_URL is not set: run the integration tier with `npm run test:integration`.");
  }
  const template = `test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await ensureDatabase(adminUrl, template);
  const url = new URL(adminUrl);
  url.pathname = `/${template}`;
  await migrate(url.toString());
  project.provide("adminUrl", adminUrl);
  project.provide("templateDatabase", template);
  return async () => {
    const { rows } = await withClient(adminUrl, (client) =>
      client.query<{ datname: string }>("select datname from pg_database where starts_with(datname, $1)", [`${template}_`]),
    );
    for (const { datname } of rows) await dropDatabase(adminUrl, datname);
    await dropDatabase(adminUrl, template);
  };
}
