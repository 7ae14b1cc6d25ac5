// After the load, the soak test's invariants, checked in PostgreSQL against what the clients were told:
// every accepted write is in the database exactly once, every refused one left no trace, no update was lost
// (each row's version counts exactly the writes recorded for it), and the audit trail has exactly one entry per
// accepted write.
import type pg from "pg";
import { withClient } from "../lib/database";
import type { Op, OpKind } from "./load";
import type { SoakWorld } from "./seed";

export type Invariant = { name: string; pass: boolean; detail: string };

const ACCEPTED: Partial<Record<OpKind, number>> = {
  login: 200,
  "task.progress": 201,
  "round.progress": 201,
  "task.edit": 200,
  "round.edit": 200,
  "report.save": 200,
  "report.resave": 200, // unchanged content: accepted, but nothing to store (no audit entry, no new version)
  "report.submit": 200,
  "report.review": 200,
};
const WRITES = new Set(Object.keys(ACCEPTED).filter((k) => k !== "login"));

export const isAccepted = (op: Op) => ACCEPTED[op.kind] === op.status;
const isRefused = (op: Op) => op.status === 409;

function countBy(values: (string | null)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

function sample(list: string[], max = 3): string {
  return list.length ? ` e.g. ${list.slice(0, max).join("; ")}` : "";
}

// Accepted ops must match exactly one stored marker, refused ones none, and nothing may be stored that no
// client was told was accepted.
export function markersInvariant(name: string, ops: Op[], stored: Map<string, number>): Invariant {
  const accepted = ops.filter(isAccepted);
  const refused = ops.filter(isRefused);
  const wrongAccepted = accepted.filter((op) => stored.get(op.marker!) !== 1).map((op) => `${op.marker} ×${stored.get(op.marker!) ?? 0}`);
  const leaked = refused.filter((op) => stored.has(op.marker!)).map((op) => `${op.marker} (409) ×${stored.get(op.marker!)}`);
  const known = new Set(accepted.map((op) => op.marker!));
  const unknown = [...stored.keys()].filter((m) => !known.has(m));
  const pass = wrongAccepted.length === 0 && leaked.length === 0 && unknown.length === 0;
  return {
    name,
    pass,
    detail: `${accepted.length} accepted, ${refused.length} refused (409); ${wrongAccepted.length} accepted not stored exactly once, ${leaked.length} refused but stored, ${unknown.length} stored but never accepted${sample([...wrongAccepted, ...leaked, ...unknown])}`,
  };
}

export async function verify(databaseUrl: string, world: SoakWorld, ops: Op[], runId: string, auditBaseline: bigint): Promise<Invariant[]> {
  return withClient(databaseUrl, (client) => checkInvariants(client, world, ops, runId, auditBaseline));
}

async function checkInvariants(client: pg.Client, world: SoakWorld, ops: Op[], runId: string, auditBaseline: bigint): Promise<Invariant[]> {
  const rows = async <T>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as T[];
  const like = `soak:${runId}:%`;
  const invariants: Invariant[] = [];
  const add = (name: string, pass: boolean, detail: string) => invariants.push({ name, pass, detail });
  const of = (...kinds: OpKind[]) => ops.filter((op) => kinds.includes(op.kind));

  // 1. Status codes
  const errors = ops.filter((op) => op.status === 0 || op.status >= 500);
  add(
    "no 5xx answers or network errors",
    errors.length === 0,
    `${errors.length} of ${ops.length} requests${sample(errors.map((o) => `${o.kind} ${o.status || o.error}`))}`,
  );
  const unexpected = ops.filter((op) => op.status >= 400 && op.status < 500 && !(op.status === 409 && WRITES.has(op.kind)));
  add(
    "no 4xx other than 409 on writes",
    unexpected.length === 0,
    `${unexpected.length} requests${sample(unexpected.map((o) => `${o.kind} ${o.status} ${o.problem ?? ""}`))}`,
  );

  // 2. Each accepted write stored exactly once, each refused one not at all
  const progressRows = await rows<{ note: string; n: number }>(
    `SELECT note, count(*)::int AS n FROM "TaskUpdate" WHERE note LIKE $1 AND "reportId" IS NULL GROUP BY note`,
    [like],
  );
  invariants.push(
    markersInvariant(
      "progress updates: one progress row per accepted update, none per 409",
      of("task.progress", "round.progress"),
      new Map(progressRows.map((r) => [r.note, r.n])),
    ),
  );
  const auditMarkers = async (entity: string, action: string, field: string) =>
    new Map(
      (
        await rows<{ marker: string; n: number }>(
          `SELECT changes->$3->>'after' AS marker, count(*)::int AS n FROM "AuditLog"
            WHERE id > $4 AND entity = $1 AND action = $2 AND changes->$3->>'after' LIKE $5 GROUP BY 1`,
          [entity, action, field, auditBaseline.toString(), like],
        )
      ).map((r) => [r.marker, r.n]),
    );
  const checks: [string, OpKind[], Map<string, number>][] = [
    [
      "progress updates: one audit entry per accepted update, none per 409",
      ["task.progress", "round.progress"],
      await auditMarkers("PlanTask", "log-progress", "note"),
    ],
    [
      "task edits: one audit entry per accepted edit, none per 409",
      ["task.edit", "round.edit"],
      await auditMarkers("PlanTask", "update", "description"),
    ],
    [
      "report drafts: one audit entry per accepted save, none per 409",
      ["report.save"],
      await auditMarkers("ProgressReport", "save-draft", "limitations"),
    ],
  ];
  for (const [name, kinds, stored] of checks) invariants.push(markersInvariant(name, of(...kinds), stored));

  const submits = of("report.submit");
  const submitEvents = await rows<{ key: string; n: number }>(
    `SELECT "reportId" || '#' || version || '#' || coalesce("actorId", '') AS key, count(*)::int AS n FROM "ReportEvent" WHERE type = 'SUBMITTED' AND "reportId" LIKE 'soak-report-%' GROUP BY 1`,
  );
  const submitStored = new Map(submitEvents.map((r) => [r.key, r.n]));
  const acceptedSubmits = submits.filter(isAccepted);
  const badSubmits = acceptedSubmits.filter((op) => submitStored.get(`${op.reportId}#${op.submissionNumber}#${op.userId}`) !== 1);
  const submitEventTotal = submitEvents.reduce((n, r) => n + r.n, 0);
  add(
    "submissions: one SUBMITTED event per accepted submission, none per 409",
    badSubmits.length === 0 && submitEventTotal === acceptedSubmits.length,
    `${acceptedSubmits.length} accepted, ${submits.filter(isRefused).length} refused (409), ${submitEventTotal} events; ${badSubmits.length} accepted without exactly one matching event${sample(badSubmits.map((o) => `${o.reportId}#${o.submissionNumber}`))}`,
  );
  const reviews = of("report.review");
  const reviewEvents = await rows<{ comment: string; type: string; key: string }>(
    `SELECT comment, type::text, "reportId" || '#' || version AS key FROM "ReportEvent" WHERE type <> 'SUBMITTED' AND "reportId" LIKE 'soak-report-%'`,
  );
  const reviewStored = countBy(reviewEvents.map((e) => e.comment));
  const reviewCheck = markersInvariant("", reviews, reviewStored);
  const typeOf = new Map(reviewEvents.map((e) => [e.comment, `${e.type}@${e.key}`]));
  const mismatched = reviews
    .filter(isAccepted)
    .filter(
      (op) => typeOf.get(op.marker!) !== `${op.decision === "accept" ? "ACCEPTED" : "RETURNED"}@${op.reportId}#${op.submissionNumber}`,
    );
  add(
    "reviews: one ACCEPTED/RETURNED event per accepted review (its decision, its submission), none per 409",
    reviewCheck.pass && mismatched.length === 0,
    `${reviewCheck.detail}; ${mismatched.length} with the wrong decision or submission`,
  );

  // 3. Conflict rounds: same task, same expected version, same moment → exactly one winner
  const byRound = new Map<number, Op[]>();
  for (const op of of("round.progress", "round.edit")) byRound.set(op.round!, [...(byRound.get(op.round!) ?? []), op]);
  const contested = [...byRound.values()].filter((members) => members.length > 1);
  const badRounds = [...byRound.entries()].filter(
    ([, members]) => members.filter(isAccepted).length !== 1 || members.some((m) => !isAccepted(m) && !isRefused(m)),
  );
  add(
    "conflict rounds: exactly one write per round accepted, all others 409",
    badRounds.length === 0 && contested.length > 0,
    `${byRound.size} rounds, ${contested.length} with 2–${Math.max(0, ...contested.map((m) => m.length))} writers, ${contested.reduce((n, m) => n + m.length - 1, 0)} expected losers; ${badRounds.length} rounds without exactly one winner${sample(badRounds.map(([id, m]) => `round ${id}: ${m.map((o) => o.status).join("/")}`))}`,
  );

  // 4. No lost update: each version counts exactly the writes stored for the row
  const taskVersions = await rows<{ id: string; version: number; writes: number }>(
    `SELECT t.id, t.version,
            CASE WHEN p.status = 'RECORDED' THEN (SELECT count(*) FROM "TaskUpdate" u WHERE u."taskId" = t.id)
                 ELSE (SELECT count(*) FROM "AuditLog" a WHERE a.entity = 'PlanTask' AND a."entityId" = t.id AND a.action = 'update') END::int AS writes
       FROM "PlanTask" t JOIN "ActionPlan" p ON p.id = t."planId" WHERE t.id LIKE 'soak-task-%'`,
  );
  const reportVersions = await rows<{ id: string; version: number; writes: number; submission_number: number; submitted: number }>(
    `SELECT r.id, r.version, r."submissionNumber" AS submission_number,
            (SELECT count(*) FROM "AuditLog" a WHERE a.entity = 'ProgressReport' AND a."entityId" = r.id AND a.action IN ('save-draft', 'submit', 'accept', 'return'))::int AS writes,
            (SELECT count(*) FROM "ReportEvent" e WHERE e."reportId" = r.id AND e.type = 'SUBMITTED')::int AS submitted
       FROM "ProgressReport" r WHERE r.id LIKE 'soak-report-%'`,
  );
  // An accepted report writes its task rows to the tasks once (here: the one reported task, when it changed).
  const reportWrites = await rows<{ id: string; n: number; status: string }>(
    `SELECT r.id, r.status::text AS status, count(u.id)::int AS n FROM "ProgressReport" r JOIN "TaskUpdate" u ON u."reportId" = r.id GROUP BY r.id, r.status`,
  );
  const lost = [
    ...reportWrites.filter((r) => r.n > 1 || r.status !== "ACCEPTED").map((r) => `${r.id} (${r.status}) wrote ${r.n} progress rows`),
    ...taskVersions.filter((t) => t.version !== 1 + t.writes).map((t) => `${t.id} v${t.version} after ${t.writes} writes`),
    ...reportVersions
      .filter((r) => r.version !== 1 + r.writes || r.submission_number !== r.submitted)
      .map((r) => `${r.id} v${r.version} after ${r.writes} writes, submission ${r.submission_number}/${r.submitted}`),
  ];
  add(
    "no lost or phantom updates: every task and report version = 1 + its stored writes",
    lost.length === 0 && taskVersions.length >= world.organizations.length * 3 + world.editors.length * 3,
    `${taskVersions.length} tasks, ${reportVersions.length} reports checked; ${lost.length} mismatched${sample(lost)}`,
  );

  // 5. The audit trail as a whole: exactly the accepted writes, nothing else
  const audit = await rows<{ key: string; n: number }>(
    `SELECT entity || ':' || action AS key, count(*)::int AS n FROM "AuditLog" WHERE id > $1 GROUP BY 1 ORDER BY 1`,
    [auditBaseline.toString()],
  );
  const actual = new Map(audit.map((r) => [r.key, r.n]));
  const count = async (text: string) => (await rows<{ n: number }>(text))[0]?.n ?? 0;
  const reportProgress = await count(`SELECT count(*)::int AS n FROM "TaskUpdate" WHERE "reportId" IS NOT NULL`);
  const acceptedCount = (...kinds: OpKind[]) => of(...kinds).filter(isAccepted).length;
  const expected = new Map<string, number>([
    ["User:sign-in", acceptedCount("login")],
    ["PlanTask:log-progress", acceptedCount("task.progress", "round.progress")],
    ["PlanTask:update", acceptedCount("task.edit", "round.edit")],
    ["PlanTask:report-progress", reportProgress],
    ["ProgressReport:save-draft", acceptedCount("report.save")],
    ["ProgressReport:submit", acceptedCount("report.submit")],
    ["ProgressReport:accept", reviews.filter((op) => isAccepted(op) && op.decision === "accept").length],
    ["ProgressReport:return", reviews.filter((op) => isAccepted(op) && op.decision === "return").length],
  ]);
  const differences = [...new Set([...expected.keys(), ...actual.keys()])]
    .filter((key) => (expected.get(key) ?? 0) !== (actual.get(key) ?? 0))
    .map((key) => `${key} expected ${expected.get(key) ?? 0}, found ${actual.get(key) ?? 0}`);
  const signIns = await count(`SELECT count(*)::int AS n FROM "LoginAttempt" WHERE succeeded AND email LIKE '%@soak.example.org'`);
  if (signIns !== acceptedCount("login")) differences.push(`LoginAttempt succeeded: expected ${acceptedCount("login")}, found ${signIns}`);
  const total = audit.reduce((n, r) => n + r.n, 0);
  add(
    "audit trail: exactly one entry per accepted write, nothing else",
    differences.length === 0,
    `${total} entries during the run; ${differences.length ? differences.join("; ") : [...actual].map(([k, n]) => `${k} ${n}`).join(", ")}`,
  );

  const conflicts = ops.filter((op) => op.status === 409).length;
  add("the run produced conflicts (409) to check", conflicts > 0, `${conflicts} answers 409`);
  return invariants;
}

export async function auditHighWater(databaseUrl: string): Promise<bigint> {
  const { rows } = await withClient(databaseUrl, (client) => client.query(`SELECT coalesce(max(id), 0)::text AS id FROM "AuditLog"`));
  return BigInt(rows[0].id);
}
