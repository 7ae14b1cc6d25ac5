// A PrismaPg driver adapter for the Prisma CLI only (migrate deploy / dev), working around four bugs of
// @prisma/adapter-pg 6.19 under the WebAssembly schema engine. The application never uses this file.
// Background and reproductions: ../shared/TOOLCHAIN.md and docs/decisions/001-prisma-6-wasm-schema-engine.md.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

// 1. prisma/orm#27403: the schema engine reads catalog columns of types name (19), "char" (18), regproc (24)
//    and regclass-like text (2205) that adapter-pg refuses. pg already returns them as strings; report them as text.
const CATALOG_TEXT_OIDS = new Set([18, 19, 24, 2205]);
const TEXT_OID = 25;

function retypeCatalogFields<T>(result: T): T {
  const results = Array.isArray(result) ? result : [result];
  for (const r of results) {
    const fields = (r as { fields?: { dataTypeID: number }[] } | undefined)?.fields;
    if (!fields) continue;
    for (const field of fields) if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  }
  return result;
}

class CatalogTextClient extends pg.Client {
  // pg.Client.query has many overloads (promise and callback forms); wrap both.
  override query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      const callback = last as (err: Error | null, res: unknown) => void;
      args[args.length - 1] = (err: Error | null, res: unknown) => callback(err, err ? res : retypeCatalogFields(res));
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    if (out && typeof (out as Promise<unknown>).then === "function") {
      return (out as Promise<unknown>).then(retypeCatalogFields) as never;
    }
    return out as never;
  }
}

type PoolFields = { host: string; port: number; user: string; password: string; database: string };

// 2. Built from a connectionString, pg lets the URL override `database`, so the shadow database silently
//    became the main one. Discrete fields avoid that.
function parseDatabaseUrl(url: string): PoolFields {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname),
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.replace(/^\//, "")),
  };
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

// 4. adapter-pg splits scripts on every ";", which breaks plpgsql bodies (the audit log's trigger).
//    Send the whole script as one simple-protocol query instead.
function sendScriptsWhole(adapter: Adapter): Adapter {
  const client = adapter.underlyingDriver();
  adapter.executeScript = async (script: string) => {
    try {
      await client.query(script);
    } catch (error) {
      (adapter as unknown as { onError(e: unknown): never }).onError(error);
    }
  };
  return adapter;
}

class CliPrismaPg extends PrismaPg {
  constructor(private readonly fields: PoolFields) {
    super({ ...fields, Client: CatalogTextClient, allowExitOnIdle: true });
  }

  override async connect() {
    return sendScriptsWhole(await super.connect());
  }

  // 3. adapter-pg dropped the shadow database while its own pool still held connections.
  //    Create it here; on dispose end the pool first, then drop the database.
  override async connectToShadowDb() {
    const database = `prisma_shadow_${globalThis.crypto.randomUUID().replace(/-/g, "")}`;
    const admin = new pg.Client({ ...this.fields });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${database}"`);
    } finally {
      await admin.end();
    }
    const shadow = new PrismaPg({ ...this.fields, database, Client: CatalogTextClient, allowExitOnIdle: true });
    const adapter = sendScriptsWhole(await shadow.connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      const dropper = new pg.Client({ ...this.fields });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    };
    return adapter;
  }
}

export function createCliAdapter(databaseUrl: string) {
  return new CliPrismaPg(parseDatabaseUrl(databaseUrl));
}
