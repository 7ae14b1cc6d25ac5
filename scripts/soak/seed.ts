// The soak test's world, on top of the reference seed, with set-based SQL: organizations of five editors
// each, Steering Committee reviewers, and per organization an approved plan (a contended task, a task the
// reports carry, two own tasks per editor for progress), a draft plan (a contended task and one own task per
// editor for edits) and a series of complete report drafts, one per quarterly period.
import { hashPassword } from "../../lib/security/password";
import { withClient } from "../lib/database";

export const EDITORS_PER_ORGANIZATION = 5;
export const REPORTS_PER_ORGANIZATION = 12;
export const PROGRESS_TASKS_PER_EDITOR = 2;

export type SoakEditor = { id: string; email: string; organization: number; slot: number };
export type SoakOrganization = {
  index: number;
  id: string;
  contendedProgressTaskId: string; // approved plan: written only by conflict rounds
  contendedEditTaskId: string; // draft plan: written only by conflict rounds
  reportTaskId: string; // approved plan: written only by accepted reports
  reportIds: string[]; // in period order
};
export type SoakWorld = {
  password: string;
  editors: SoakEditor[];
  reviewers: { id: string; email: string }[];
  organizations: SoakOrganization[];
  progressTaskIds: (editor: SoakEditor) => string[];
  editTaskId: (editor: SoakEditor) => string;
};

export function planWorld(users: number, password: string): SoakWorld {
  const reviewerCount = Math.max(2, Math.round(users * 0.2));
  const editorCount = users - reviewerCount;
  if (editorCount < 2) throw new Error("the soak test needs at least 4 users (2 reviewers, 2 editors)");
  const organizationCount = Math.ceil(editorCount / EDITORS_PER_ORGANIZATION);
  const editors: SoakEditor[] = Array.from({ length: editorCount }, (_, i) => {
    const organization = i % organizationCount;
    const slot = Math.floor(i / organizationCount);
    return { id: `soak-user-${organization}-${slot}`, email: `soak-editor-${organization}-${slot}@soak.example.org`, organization, slot };
  });
  const reviewers = Array.from({ length: reviewerCount }, (_, k) => ({
    id: `soak-reviewer-${k}`,
    email: `soak-reviewer-${k}@soak.example.org`,
  }));
  const organizations = Array.from({ length: organizationCount }, (_, g) => ({
    index: g,
    id: `soak-org-${g}`,
    contendedProgressTaskId: `soak-task-${g}-c`,
    contendedEditTaskId: `soak-task-${g}-e`,
    reportTaskId: `soak-task-${g}-r`,
    reportIds: Array.from({ length: REPORTS_PER_ORGANIZATION }, (_, i) => `soak-report-${g}-${String(i).padStart(2, "0")}`),
  }));
  return {
    password,
    editors,
    reviewers,
    organizations,
    progressTaskIds: (e) => Array.from({ length: PROGRESS_TASKS_PER_EDITOR }, (_, j) => `soak-task-${e.organization}-p${e.slot}-${j}`),
    editTaskId: (e) => `soak-task-${e.organization}-d${e.slot}`,
  };
}

export async function seedWorld(databaseUrl: string, world: SoakWorld): Promise<void> {
  const passwordHash = await hashPassword(world.password);
  const organizations = world.organizations.length;
  const editorSlots = Math.ceil(world.editors.length / organizations);
  await withClient(databaseUrl, async (client) => {
    await client.query("BEGIN");
    try {
      await client.query(
        `INSERT INTO "Organization" (id, code, kind, "nameVi", "nameEn", "sourceUrls", confidence, "isActive", "updatedAt")
         SELECT 'soak-org-' || g, 'SOAK-' || g, 'MINISTRY', 'Đơn vị thử bền ' || g, 'Soak unit ' || g, '{}', 'UNCONFIRMED', true, now()
           FROM generate_series(0, $1::int - 1) g`,
        [organizations],
      );
      await client.query(
        `INSERT INTO "User" (id, email, name, "passwordHash", role, "organizationId", locale, "updatedAt")
         SELECT u.id, u.email, u.email, $2, 'ORG_LEADER', 'soak-org-' || u.organization, 'en', now()
           FROM jsonb_to_recordset($1::jsonb) AS u(id text, email text, organization int)`,
        [JSON.stringify(world.editors), passwordHash],
      );
      await client.query(
        `INSERT INTO "User" (id, email, name, "passwordHash", role, "organizationId", locale, "updatedAt")
         SELECT r.id, r.email, r.email, $2, 'STEERING_COMMITTEE', (SELECT id FROM "Organization" WHERE kind = 'STEERING_COMMITTEE' ORDER BY code LIMIT 1), 'en', now()
           FROM jsonb_to_recordset($1::jsonb) AS r(id text, email text)`,
        [JSON.stringify(world.reviewers), passwordHash],
      );
      await client.query(
        `INSERT INTO "ActionPlan" (id, "organizationId", title, "periodStart", "periodEnd", status, "approvedAt", "updatedAt")
         SELECT 'soak-plan-' || kind || '-' || g, 'soak-org-' || g, 'Kế hoạch thử bền ' || kind || ' ' || g, 2026, 2030,
                (CASE kind WHEN 'a' THEN 'RECORDED' ELSE 'DRAFT' END)::"PlanStatus", CASE kind WHEN 'a' THEN now() END, now()
           FROM generate_series(0, $1::int - 1) g CROSS JOIN (VALUES ('a'), ('d')) k(kind)`,
        [organizations],
      );
      // Task ids double as codes: c (contended progress), r (reported), p<slot>-<j> (own progress) on the approved
      // plan; e (contended edit), d<slot> (own edit) on the draft plan.
      await client.query(
        `WITH codes AS (
           SELECT 'a' AS plan, 'c' AS code UNION ALL SELECT 'a', 'r' UNION ALL SELECT 'd', 'e'
           UNION ALL SELECT 'a', 'p' || s || '-' || j FROM generate_series(0, $2::int - 1) s, generate_series(0, $3::int - 1) j
           UNION ALL SELECT 'd', 'd' || s FROM generate_series(0, $2::int - 1) s
         )
         INSERT INTO "PlanTask" (id, "planId", code, "titleVi", "taskGroupId", status, progress, "updatedAt")
         SELECT 'soak-task-' || g || '-' || c.code, 'soak-plan-' || c.plan || '-' || g, upper(c.code), 'Nhiệm vụ thử bền ' || c.code,
                (SELECT id FROM "TaskGroup" WHERE code = 'TG3'), 'IN_PROGRESS', 10, now()
           FROM generate_series(0, $1::int - 1) g CROSS JOIN codes c`,
        [organizations, editorSlots, PROGRESS_TASKS_PER_EDITOR],
      );
      await client.query(
        `WITH periods AS (
           SELECT id, row_number() OVER (ORDER BY year, number) - 1 AS i FROM "ReportingPeriod" WHERE kind = 'QUARTERLY' AND year >= 2026
         )
         INSERT INTO "ProgressReport" (id, "organizationId", "periodId", status, "resultsAchieved", limitations, proposals, "nextPeriodTasks", "updatedAt")
         SELECT 'soak-report-' || g || '-' || lpad(p.i::text, 2, '0'), 'soak-org-' || g, p.id, 'DRAFT',
                'Kết quả đạt được', 'Hạn chế', 'Kiến nghị', 'Nhiệm vụ kỳ tới', now()
           FROM generate_series(0, $1::int - 1) g JOIN periods p ON p.i < $2`,
        [organizations, REPORTS_PER_ORGANIZATION],
      );
      await client.query(
        `INSERT INTO "ReportTaskRow" (id, "reportId", "taskId", status, progress, "resultAchieved")
         SELECT 'soak-row-' || substr(r.id, 13), r.id, 'soak-task-' || substr(r."organizationId", 10) || '-r', 'IN_PROGRESS', 10, 'Đang thực hiện'
           FROM "ProgressReport" r WHERE r.id LIKE 'soak-report-%'`,
      );
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM "ProgressReport" WHERE id LIKE 'soak-report-%'`);
      if (rows[0].n !== organizations * REPORTS_PER_ORGANIZATION)
        throw new Error(
          `expected ${organizations * REPORTS_PER_ORGANIZATION} soak reports, seeded ${rows[0].n} (not enough quarterly periods from 2026)`,
        );
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    }
  });
}
