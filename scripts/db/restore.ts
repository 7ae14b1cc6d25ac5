// `npm run db:restore -- <file> [--force]`: restores a backup made by `npm run db:backup` into an empty
// database, or wipes the database first with --force (see scripts/lib/backup.ts).
import { existsSync } from "node:fs";
import path from "node:path";
import { BackupError, restoreDatabase } from "../lib/backup";
import { runWithPortalDatabase } from "./open-database";

const args = process.argv.slice(2);
const force = args.includes("--force");
const [file] = args.filter((a) => a !== "--force");

if (!file || !existsSync(file)) {
  console.error(file ? `\n✖ No such backup file: ${file}\n` : "\n✖ Usage: npm run db:restore -- <backup file> [--force]\n");
  process.exit(1);
}

void runWithPortalDatabase(
  async (url, where) => {
    const { manifest, rows, ms, wiped } = await restoreDatabase(url, path.resolve(file), { force });
    console.log(
      `Restored ${path.basename(file)} (made ${manifest.createdAt}) into ${where}${wiped ? " after wiping it" : ""}: ` +
        `${manifest.tables.length} tables, ${rows} rows, counts and checksums verified (${(ms / 1000).toFixed(1)} s).`,
    );
  },
  (error) => error instanceof BackupError,
);
