// `npm run db:backup [-- <file>]`: writes a consistent dump of the portal's database (see scripts/lib/backup.ts).
// Default file: <PORTAL_DATA_DIR>/backups/portal-<UTC timestamp>.backup.gz
import { mkdirSync } from "node:fs";
import path from "node:path";
import { BackupError, backupDatabase } from "../lib/backup";
import { ROOT } from "../lib/database";
import { runWithPortalDatabase } from "./open-database";

const argument = process.argv[2];
const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
const file = path.resolve(argument ?? path.join(ROOT, process.env.PORTAL_DATA_DIR || ".data", "backups", `portal-${stamp}.backup.gz`));

void runWithPortalDatabase(
  async (url, where) => {
    mkdirSync(path.dirname(file), { recursive: true });
    const { manifest, bytes, ms } = await backupDatabase(url, file);
    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    console.log(
      `Backed up ${where}: ${manifest.tables.length} tables, ${rows} rows, ${manifest.migrations.length} migrations → ${path.relative(process.cwd(), file) || file} ` +
        `(${(bytes / 1024).toFixed(0)} KiB, ${(ms / 1000).toFixed(1)} s).`,
    );
  },
  (error) => error instanceof BackupError,
);
