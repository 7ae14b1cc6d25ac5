// Generates the benchmark dataset in a fresh database `bench_<scale>`: migrations, the real reference data
// (the seed without demo data), then synthetic organizations, plans, tasks, progress history, reports, report
// rows and indicator contributions with set-based SQL only (INSERT … SELECT … FROM generate_series). The
// random generator is seeded, so two runs produce the same data.
//
// Used by scripts/bench/run.ts; also runnable alone:
//   tsx scripts/bench/generate.ts <postgres admin url> [national|x10|x30]
import countries from "i18n-iso-countries";
import pg from "pg";
import { bin, dropDatabase, ensureDatabase, migrate, run } from "../lib/database";
import { databaseUrlFor } from "../lib/portal-server";

export type Scale = "national" | "x10" | "x30";
// ×30 (issue 16): 8,100 organizations, 12,000 plans, 480,000 tasks, 15,000,000 task updates, 120,000 reports.
export const SCALES: Record<Scale, number> = { national: 1, x10: 10, x30: 30 };

// National size (issue 7): ~270 organizations, 400 plans, 16,000 tasks, 4,000 reports, 500,000 task updates.
const NATIONAL = {
  organizations: 270,
  plans: 400,
  tasks: 16_000,
  reports: 4_000,
  taskUpdates: 500_000,
  activities: 20_000,
  unescoDossiers: 200,
};
// Activities spread over 190 countries: Vietnam (one in eight) and the first 189 other ISO 3166 codes, real ones
// so that the map joins them to its outlines. The representative missions are placed in the same countries.
const FOREIGN_COUNTRIES = Object.keys(countries.getAlpha2Codes())
  .filter((code) => code !== "VN")
  .sort()
  .slice(0, 189);

export type StepTiming = { step: string; ms: number; rows?: number };
export type GenerateResult = {
  databaseName: string;
  databaseUrl: string;
  timings: StepTiming[];
  totalMs: number;
  counts: Record<string, number>;
};

export async function generateDataset(adminUrl: string, scale: Scale, log: (line: string) => void = console.log): Promise<GenerateResult> {
  const k = SCALES[scale];
  const target = {
    organizations: NATIONAL.organizations * k,
    plans: NATIONAL.plans * k,
    tasks: NATIONAL.tasks * k,
    reports: NATIONAL.reports * k,
    taskUpdates: NATIONAL.taskUpdates * k,
  };
  const databaseName = `bench_${scale}`;
  const databaseUrl = databaseUrlFor(adminUrl, databaseName);
  const timings: StepTiming[] = [];
  const started = Date.now();
  const step = async (name: string, fn: () => Promise<number | void>) => {
    const t0 = Date.now();
    const rows = await fn();
    const ms = Date.now() - t0;
    timings.push({ step: name, ms, ...(typeof rows === "number" ? { rows } : {}) });
    log(
      `  ${name.padEnd(34)} ${(ms / 1000).toFixed(2).padStart(7)} s${typeof rows === "number" ? `  (${rows.toLocaleString("en")} rows)` : ""}`,
    );
  };

  log(`Generating the ${scale} dataset in database ${databaseName}…`);
  await step("drop + create database", async () => {
    await dropDatabase(adminUrl, databaseName);
    await ensureDatabase(adminUrl, databaseName);
  });
  await step("prisma migrate deploy", () => migrate(databaseUrl));
  await step("reference seed (DEMO_MODE=false)", () =>
    run(bin("tsx"), ["prisma/seed.ts"], { ...process.env, DATABASE_URL: databaseUrl, DEMO_MODE: "false" }, { quiet: true }),
  );

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const q = async (text: string, params: unknown[] = []) => (await client.query(text, params)).rowCount ?? 0;
  try {
    // Bulk load: no WAL flush per statement; the dataset is throwaway.
    await client.query("SET synchronous_commit = off");
    await client.query("SET work_mem = '64MB'");
    await client.query("SET maintenance_work_mem = '256MB'");
    await client.query("SELECT setseed(0.4242)");
    // Foreign keys hold by construction; skipping their per-row triggers halves the load time (superuser only).
    await client.query("SET session_replication_role = replica").catch(() => log("  (not a superuser: foreign-key triggers stay on)"));

    await step("organizations", async () => {
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Organization" WHERE kind <> 'STEERING_COMMITTEE'`);
      const extra = Math.max(0, target.organizations - rows[0].n);
      // Extra ministries' units and representative missions, marked by the code prefix BENCH-.
      return q(
        `INSERT INTO "Organization" (id, code, kind, "nameVi", "nameEn", "sourceUrls", confidence, "isActive", "updatedAt")
         SELECT 'bench-org-' || g, 'BENCH-' || lpad(g::text, 5, '0'),
                (CASE WHEN g % 10 < 6 THEN 'REPRESENTATIVE_MISSION' WHEN g % 10 < 8 THEN 'MINISTRY' WHEN g % 10 < 9 THEN 'MOFA_UNIT' ELSE 'MINISTERIAL_AGENCY' END)::"OrganizationKind",
                'Đơn vị thử tải ' || g, 'Benchmark unit ' || g, '{}', 'UNCONFIRMED', true, now()
           FROM generate_series(1, $1::int) g`,
        [extra],
      );
    });

    // Every implementing organization with a lag factor: about one in five is far behind.
    await step("organization lag table", async () => {
      await client.query(`DROP TABLE IF EXISTS bench_org`);
      return q(
        `CREATE UNLOGGED TABLE bench_org AS
         SELECT row_number() OVER (ORDER BY o.id)::int AS rn, o.id, o."isActive" AS active,
                CASE WHEN random() < 0.2 THEN 0.6 + random() * 0.4 ELSE random() * 0.3 END AS lag
           FROM "Organization" o WHERE o.kind <> 'STEERING_COMMITTEE'`,
      );
    });
    const { rows: orgCountRows } = await client.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE active)::int AS active FROM bench_org`,
    );
    const activeOrgs: number = orgCountRows[0].active;

    await step("report expectations", async () => {
      // The bench organizations owe every active report type (so that 4,000 reports a national scale fit in
      // the periods already due); the reference organizations keep the obligations the seed gave them.
      return q(
        `INSERT INTO "ReportExpectation" (id, "reportTypeId", "organizationId")
         SELECT 'bench-exp-' || rt.code || '-' || o.id, rt.id, o.id
           FROM "ReportType" rt CROSS JOIN bench_org o
          WHERE rt."isActive" AND o.id LIKE 'bench-org-%'
         ON CONFLICT DO NOTHING`,
      );
    });

    await step("action plans", async () => {
      await client.query(`DROP TABLE IF EXISTS bench_plan`);
      // Plans go to operating organizations first (rn cycles through the active ones), a few get a second plan.
      await client.query(
        `CREATE UNLOGGED TABLE bench_plan AS
         WITH active AS (SELECT row_number() OVER (ORDER BY rn)::int AS arn, id, lag FROM bench_org WHERE active)
         SELECT g AS rn, 'bench-plan-' || g AS id, a.id AS organization_id, a.lag,
                CASE WHEN r < 0.80 THEN 'RECORDED' WHEN r < 0.85 THEN 'REVISION' WHEN r < 0.90 THEN 'SENT' WHEN r < 0.95 THEN 'COMMENTED' ELSE 'DRAFT' END AS status,
                2022 + (g % 4) AS period_start
           FROM (SELECT g, random() AS r FROM generate_series(1, $1::int) g) s
           JOIN active a ON a.arn = 1 + ((s.g - 1) % $2::int)`,
        [target.plans, activeOrgs],
      );
      return q(
        `INSERT INTO "ActionPlan" (id, "organizationId", title, "periodStart", "periodEnd", status, "updatedAt", "submittedAt", "approvedAt")
         SELECT id, organization_id, 'Kế hoạch thử tải ' || rn, period_start, 2030, status::"PlanStatus", now(),
                CASE WHEN status <> 'DRAFT' THEN make_date(period_start, 3, 1) END,
                CASE WHEN status IN ('RECORDED', 'REVISION') THEN make_date(period_start, 4, 1) END
           FROM bench_plan`,
      );
    });

    await step("plan tasks", async () => {
      await client.query(`DROP TABLE IF EXISTS bench_task`);
      await client.query(
        `CREATE UNLOGGED TABLE bench_task AS
         WITH tg AS (SELECT row_number() OVER (ORDER BY "sortOrder")::int AS n, id, "objectiveId" FROM "TaskGroup"),
         base AS (
           SELECT g AS rn, p.id AS plan_id, p.organization_id, p.lag, random() AS r1, random() AS r2, random() AS r3,
                  (DATE '2022-01-01' + (random() * 6 * 365)::int) AS start_date, 1 + (g % 5) AS tgn
             FROM generate_series(1, $1::int) g
             JOIN bench_plan p ON p.rn = 1 + ((g - 1) % $2::int)
         ), dated AS (
           SELECT base.*, LEAST(start_date + (90 + r3 * 1400)::int, DATE '2030-12-31') AS due_date FROM base
         )
         SELECT d.rn, 'bench-task-' || d.rn AS id, d.plan_id, d.organization_id, tg.id AS task_group_id, tg."objectiveId" AS objective_id,
                d.start_date, d.due_date,
                CASE WHEN d.r1 < 0.02 THEN 'CANCELLED'
                     WHEN d.start_date > CURRENT_DATE THEN 'NOT_STARTED'
                     WHEN d.due_date < CURRENT_DATE THEN (CASE WHEN d.r2 > d.lag * 1.1 THEN 'COMPLETED' WHEN d.r2 > d.lag * 0.5 THEN 'DELAYED' ELSE 'IN_PROGRESS' END)
                     WHEN d.r2 < d.lag * 0.7 THEN 'NOT_STARTED'
                     WHEN d.r2 > 0.93 THEN 'COMPLETED'
                     ELSE 'IN_PROGRESS' END AS status,
                d.r2
           FROM dated d JOIN tg ON tg.n = d.tgn`,
        [target.tasks, target.plans],
      );
      return q(
        `INSERT INTO "PlanTask" (id, "planId", code, "titleVi", "taskGroupId", "leadOrganizationId", "startDate", "dueDate", "budgetVnd",
                                 "isBreakthrough", "breakthroughPhase", status, progress, "updatedAt")
         SELECT id, plan_id, 'BT-' || rn, 'Nhiệm vụ thử tải ' || rn, task_group_id, organization_id, start_date, due_date,
                (1 + (rn % 50)) * 100000000::bigint,
                rn % 33 = 0, CASE WHEN rn % 33 = 0 THEN 'Giai đoạn ' || (1 + rn % 2) END,
                status::"TaskStatus",
                CASE status WHEN 'COMPLETED' THEN 100 WHEN 'NOT_STARTED' THEN 0 WHEN 'CANCELLED' THEN 0 ELSE (5 + r2 * 90)::int END,
                now()
           FROM bench_task`,
      );
    });

    await step("task ↔ objective links", async () => {
      // The objective of the task's group, plus a second specific objective for one task in five.
      const first = await q(
        `INSERT INTO "_TaskObjectives" ("A", "B") SELECT objective_id, id FROM bench_task WHERE objective_id IS NOT NULL`,
      );
      const second = await q(
        `WITH so AS (SELECT row_number() OVER (ORDER BY "sortOrder")::int AS n, id FROM "Objective" WHERE level = 'SPECIFIC'),
              cnt AS (SELECT count(*)::int AS c FROM so)
         INSERT INTO "_TaskObjectives" ("A", "B")
         SELECT so.id, t.id FROM bench_task t CROSS JOIN cnt JOIN so ON so.n = 1 + ((t.rn / 5 + 2) % cnt.c)
          WHERE t.rn % 5 = 0 ON CONFLICT DO NOTHING`,
      );
      return first + second;
    });

    await step("task updates", async () => {
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM bench_task`);
      const tasks: number = rows[0].n;
      // ~31 updates a task at national scale, spread between the task's start and today.
      return q(
        `INSERT INTO "TaskUpdate" (id, "taskId", status, progress, note, "createdAt")
         SELECT 'bench-tu-' || g, t.id,
                (CASE WHEN t.status = 'CANCELLED' THEN 'IN_PROGRESS' WHEN t.status = 'NOT_STARTED' THEN 'NOT_STARTED' ELSE 'IN_PROGRESS' END)::"TaskStatus",
                (random() * 100)::int, CASE WHEN g % 4 = 0 THEN 'Cập nhật tiến độ ' || g END,
                LEAST(t.start_date::timestamp + (random() * GREATEST(CURRENT_DATE - t.start_date, 1)) * interval '1 day', now()::timestamp)
           FROM generate_series(1, $1::int) g
           JOIN bench_task t ON t.rn = 1 + ((g - 1) % $2::int)`,
        [target.taskUpdates, tasks],
      );
    });

    await step("progress reports", async () => {
      // Candidate cells: (owing organization, period already due). Some cells are skipped (missing reports);
      // late organizations submit after the deadline more often.
      return q(
        `WITH cand AS (
           SELECT o.id AS organization_id, o.lag, per.id AS period_id, per.deadline, per."cutoffEnd", random() AS r
             FROM "ReportingPeriod" per
             JOIN "ReportType" rt ON rt.id = per."reportTypeId" AND rt."isActive"
             JOIN "ReportExpectation" e ON e."reportTypeId" = rt.id
             JOIN bench_org o ON o.id = e."organizationId"
            WHERE per.deadline < CURRENT_DATE AND per.year >= 2022
         ), chosen AS (
           SELECT * FROM cand WHERE r > lag * 0.5 ORDER BY r LIMIT $1::int
         ), shaped AS (
           SELECT c.*, random() AS s, random() AS d FROM chosen c
         )
         INSERT INTO "ProgressReport" (id, "organizationId", "periodId", status, "submissionNumber", "firstSubmittedAt", "submittedAt", "acceptedAt", "updatedAt")
         SELECT 'bench-rep-' || row_number() OVER (), organization_id, period_id,
                (CASE WHEN s < 0.05 THEN 'DRAFT' WHEN s < 0.10 THEN 'RETURNED' WHEN s < 0.30 THEN 'SUBMITTED' ELSE 'ACCEPTED' END)::"ReportStatus",
                CASE WHEN s < 0.05 THEN 0 ELSE 1 END,
                CASE WHEN s >= 0.05 THEN deadline::timestamp + ((d * 40 - 25 + lag * 30) * interval '1 day') END,
                CASE WHEN s >= 0.05 THEN deadline::timestamp + ((d * 40 - 25 + lag * 30) * interval '1 day') END,
                CASE WHEN s >= 0.30 THEN deadline::timestamp + ((d * 40 + lag * 30) * interval '1 day') END,
                now()
           FROM shaped`,
        [target.reports],
      );
    });

    await step("report task rows", async () => {
      // Up to 12 rows a report: tasks of the organization's plans in force that had started by the cut-off.
      return q(
        `INSERT INTO "ReportTaskRow" (id, "reportId", "taskId", status, progress, "resultAchieved")
         SELECT 'bench-rtr-' || row_number() OVER (), report_id, task_id, status::"TaskStatus", progress, 'Kết quả thử tải'
           FROM (
             SELECT r.id AS report_id, t.id AS task_id, t.status, (t.r2 * 100)::int AS progress,
                    row_number() OVER (PARTITION BY r.id ORDER BY t.rn) AS k
               FROM "ProgressReport" r
               JOIN "ReportingPeriod" per ON per.id = r."periodId"
               JOIN bench_task t ON t.organization_id = r."organizationId" AND t.start_date <= per."cutoffEnd"
              WHERE r.id LIKE 'bench-rep-%'
           ) x
          WHERE k <= 12`,
      );
    });

    await step("indicator contributions", async () => {
      return q(
        `INSERT INTO "IndicatorObservation" (id, "indicatorId", "organizationId", year, value, "sourceUrls", confidence, "reportId")
         SELECT 'bench-obs-' || row_number() OVER (), i.id, o.id, y, (random() * 1000)::numeric(20, 4), '{}', 'UNCONFIRMED', NULL
           FROM "Indicator" i
           CROSS JOIN bench_org o
           CROSS JOIN generate_series(2022, 2025) y
          WHERE i."isReportable" AND i.aggregation <> 'NATIONAL_ONLY' AND random() < 0.5
         ON CONFLICT DO NOTHING`,
      );
    });

    // The activities register (issue 15): 20,000 activities a national scale (200,000 at ×10) over 2022–2026,
    // a third with a co-organizer, each serving one task group.
    await step("activities", async () => {
      return q(
        `INSERT INTO "Activity" (id, "titleVi", "titleKey", kind, status, "startDate", "endDate", "countryCode", city, "leadOrganizationId", "updatedAt")
         SELECT 'bench-act-' || g, 'Hoạt động ' || g, 'hoat dong ' || g,
                (ARRAY['CULTURE_DAYS_ABROAD','FESTIVAL','EXHIBITION','PERFORMANCE','FILM_WEEK','CUISINE_PROMOTION','SEMINAR_CONFERENCE','DELEGATION_VISIT','UNESCO_EVENT','ONLINE_CAMPAIGN','OTHER'])[1 + g % 11]::"ActivityKind",
                (ARRAY['HELD','HELD','HELD','PLANNED','CANCELLED'])[1 + g % 5]::"ActivityStatus",
                d, d + (g % 7), CASE WHEN g % 8 = 0 THEN 'VN' ELSE ($3::text[])[1 + (g / 8) % cardinality($3::text[])] END,
                NULL, o.id, now()
           FROM (SELECT g, DATE '2022-01-01' + (g % 1826) AS d FROM generate_series(1, $1::int) g) s
           JOIN bench_org o ON o.rn = 1 + s.g % $2::int`,
        [NATIONAL.activities * k, orgCountRows[0].n, FOREIGN_COUNTRIES],
      );
    });
    // Missions abroad by host country (the map's mission counts), a third also accredited to the next country.
    await step("mission host countries", async () => {
      return q(
        `UPDATE "Organization" o
            SET "hostCountryCode" = c.codes[1 + n.i % cardinality(c.codes)],
                "accreditedCountryCodes" = CASE WHEN n.i % 3 = 0 THEN ARRAY[c.codes[1 + (n.i + 1) % cardinality(c.codes)]] ELSE '{}' END
           FROM (SELECT id, row_number() OVER (ORDER BY id)::int AS i FROM "Organization" WHERE kind = 'REPRESENTATIVE_MISSION') n,
                (SELECT $1::text[] AS codes) c
          WHERE o.id = n.id`,
        [FOREIGN_COUNTRIES],
      );
    });
    // The UNESCO pipeline (issue 15): 200 dossiers a national scale (2,000 at ×10) over every programme and
    // stage, each with two steps of history.
    await step("UNESCO dossiers", async () => {
      const dossiers = await q(
        `INSERT INTO "UnescoDossier" (id, "elementVi", programme, stage, "stageDate", "inscribedYear", "leadOrganizationId", "sourceUrls", confidence, "updatedAt")
         SELECT 'bench-unesco-' || g, 'Hồ sơ UNESCO ' || g,
                (ARRAY['WH_CULTURAL','WH_NATURAL','WH_MIXED','ICH_REPRESENTATIVE','ICH_URGENT','ICH_GOOD_PRACTICE','MOW_INTERNATIONAL','MOW_ASIA_PACIFIC','CREATIVE_CITY','GLOBAL_GEOPARK','BIOSPHERE_RESERVE'])[1 + g % 11]::"UnescoProgramme",
                (ARRAY['INVENTORIED','NATIONAL_LIST','IN_PREPARATION','SUBMITTED','UNDER_EVALUATION','INSCRIBED','REFERRED','DEFERRED','NOT_INSCRIBED','WITHDRAWN'])[1 + g % 10]::"UnescoStage",
                DATE '2015-01-01' + (g % 4000), CASE WHEN g % 10 = 5 THEN 2015 + g % 11 END, o.id, ARRAY[]::text[], 'UNCONFIRMED', now()
           FROM generate_series(1, $1::int) g JOIN bench_org o ON o.rn = 1 + g % $2::int`,
        [NATIONAL.unescoDossiers * k, orgCountRows[0].n],
      );
      const steps = await q(
        `INSERT INTO "UnescoStageEvent" (id, "dossierId", stage, "occurredOn", "occurredYear")
         SELECT d.id || '-' || n, d.id, CASE WHEN n = 1 THEN 'INVENTORIED'::"UnescoStage" ELSE d.stage END, d."stageDate", EXTRACT(YEAR FROM d."stageDate")::int
           FROM "UnescoDossier" d CROSS JOIN generate_series(1, 2) n WHERE d.id LIKE 'bench-unesco-%'`,
      );
      return dossiers + steps;
    });

    await step("activity co-organizers and task groups", async () => {
      const co = await q(
        `INSERT INTO "ActivityCoOrganizer" ("activityId", "organizationId")
         SELECT a.id, o.id FROM "Activity" a JOIN bench_org o ON o.rn = 1 + (hashtext(a.id) & 2147483647) % $1::int
          WHERE a.id LIKE 'bench-act-%' AND (hashtext(a.id) & 2147483647) % 3 = 0 AND o.id <> a."leadOrganizationId"
         ON CONFLICT DO NOTHING`,
        [orgCountRows[0].n],
      );
      const groups = await q(
        `INSERT INTO "_ActivityTaskGroups" ("A", "B")
         SELECT a.id, tg.id FROM "Activity" a JOIN "TaskGroup" tg ON tg."sortOrder" = 1 + (hashtext(a.id) & 2147483647) % 5
          WHERE a.id LIKE 'bench-act-%'`,
      );
      return co + groups;
    });

    // The rows were loaded with triggers off (replica mode): the dashboards' derived tables are built once here.
    await step("dashboard roll-up tables", async () => {
      await client.query(`SELECT portal_rollup_rebuild()`);
    });

    await step("drop helper tables + ANALYZE", async () => {
      await client.query(`DROP TABLE IF EXISTS bench_org, bench_plan, bench_task`);
      await client.query(`ANALYZE`);
    });

    const counts: Record<string, number> = {};
    for (const table of [
      "Organization",
      "ActionPlan",
      "PlanTask",
      "_TaskObjectives",
      "TaskUpdate",
      "ProgressReport",
      "ReportTaskRow",
      "IndicatorObservation",
      "ReportExpectation",
      "Activity",
      "ActivityCoOrganizer",
      "UnescoDossier",
      "UnescoStageEvent",
    ]) {
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM "${table}"`);
      counts[table] = rows[0].n;
    }
    const totalMs = Date.now() - started;
    log(
      `Generated in ${(totalMs / 1000).toFixed(1)} s: ${Object.entries(counts)
        .map(([t, n]) => `${t} ${n.toLocaleString("en")}`)
        .join(", ")}`,
    );
    return { databaseName, databaseUrl, timings, totalMs, counts };
  } finally {
    await client.end();
  }
}

if (require.main === module) {
  const [adminUrl, scaleArg = "national"] = process.argv.slice(2);
  if (!adminUrl || !(scaleArg in SCALES)) {
    console.error("usage: tsx scripts/bench/generate.ts <postgres admin url> [national|x10|x30]");
    process.exit(2);
  }
  generateDataset(adminUrl, scaleArg as Scale).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
