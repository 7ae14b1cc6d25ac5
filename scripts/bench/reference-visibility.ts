// The reference pages' cache across instances (issue 16, decision 010): both instances render the organization
// directory (and so cache it), a unit is renamed in the shared database — a commit neither instance made, as
// another instance's would be — and each instance's very next page must show the new name.
import http from "node:http";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { request } from "./http";

export async function referenceVisibleAcrossInstances(ports: number[], cookie: string, databaseUrl: string): Promise<boolean> {
  const marker = `Đơn vị đổi tên ${randomBytes(4).toString("hex")}`;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const search = `/organizations?q=${encodeURIComponent(marker)}`;
  // The page repeats the search phrase (the search box, the result count): the unit's row is what is looked for.
  const shows = async (port: number, code: string) => {
    const res = await request(agent, port, search, { cookie, timeoutMs: 120_000 });
    if (res.status !== 200) throw new Error(`GET ${search} on port ${port} answered ${res.status}`);
    return res.body.toString("utf8").includes(`data-testid="organization-row-${code}"`);
  };
  try {
    const { rows } = await client.query<{ id: string; code: string; nameVi: string }>(
      `SELECT id, code, "nameVi" FROM "Organization" WHERE code LIKE 'BENCH-%' ORDER BY code LIMIT 1`,
    );
    const unit = rows[0];
    if (!unit) return false;
    for (const port of ports) if (await shows(port, unit.code)) return false;
    await client.query(`UPDATE "Organization" SET "nameVi" = $1 WHERE id = $2`, [marker, unit.id]);
    try {
      for (const port of ports) if (!(await shows(port, unit.code))) return false;
      return true;
    } finally {
      await client.query(`UPDATE "Organization" SET "nameVi" = $1 WHERE id = $2`, [unit.nameVi, unit.id]);
    }
  } finally {
    agent.destroy();
    await client.end();
  }
}
