import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type ReleasableClient = { release(error?: Error | boolean): void };

// @prisma/adapter-pg 6.19 leaks a pool connection whenever a transaction's connection dies: Prisma sends
// COMMIT or ROLLBACK, that query fails on the dead connection, and the transaction's commit()/rollback()
// (which return the connection to the pool) are never called. After `max` such deaths — a database restart
// while writes are in flight is enough — every request waits for a connection and fails, even after the
// database is back. Here a failed COMMIT/ROLLBACK hands the connection back to the pool as broken (pg then
// discards it), and the later commit()/rollback(), if any, does nothing.
function releaseOnFailedEnd(tx: Transaction): Transaction {
  const client = (tx as unknown as { client: ReleasableClient }).client;
  let released = false;
  const executeRaw = tx.executeRaw.bind(tx);
  tx.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (!released && /^(COMMIT|ROLLBACK)$/i.test(query.sql.trim())) {
        released = true;
        client.release(error instanceof Error ? error : new Error(String(error)));
      }
      throw error;
    }
  };
  for (const end of ["commit", "rollback"] as const) {
    const original = tx[end].bind(tx);
    tx[end] = async () => {
      if (released) return;
      released = true;
      return original();
    };
  }
  return tx;
}

export class ResilientPrismaPg extends PrismaPg {
  override async connect(): Promise<Adapter> {
    const adapter = await super.connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => releaseOnFailedEnd(await startTransaction(isolationLevel));
    return adapter;
  }
}
