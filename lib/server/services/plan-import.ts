import "server-only";
import { InvalidStateError, NotFoundError } from "@/lib/domain/errors";
import { isPlanContentEditable } from "@/lib/domain/plan-workflow";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/session";
import { db } from "../db";
import { authorize } from "../guards";
import { readTaskSheet } from "../spreadsheets/read-task-sheet";
import { validateTaskRows, type ImportCellError } from "../spreadsheets/validate-task-rows";
import { insertTasks, loadReferenceCodes } from "./plans";

export type { ImportCellError };
export type ImportResult = { status: "imported"; count: number } | { status: "invalid"; errors: ImportCellError[] };

type Tx = Prisma.TransactionClient;

function assertEditable(plan: { status: Parameters<typeof isPlanContentEditable>[0] }) {
  if (!isPlanContentEditable(plan.status)) {
    throw new InvalidStateError("This plan is locked: it is under review or approved. Open a revision to change it.");
  }
}

async function lockPlan(tx: Tx, planId: string) {
  // Same row lock as the other plan writes: an import cannot interleave with a submission of the plan.
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ActionPlan" WHERE id = ${planId} FOR UPDATE`;
  if (!locked.length) throw new NotFoundError();
  return tx.actionPlan.findUniqueOrThrow({ where: { id: planId } });
}

// Imports a spreadsheet of tasks into a plan: all rows or none. A file with any wrong cell imports nothing and
// comes back as a report of every wrong cell (row, column header, code, value). Problems with the file itself
// (not an .xlsx, too large, too many rows, no header row, empty) are ValidationErrors on `file`.
export async function importTasksFromSpreadsheet(actor: Actor, planId: string, bytes: Uint8Array): Promise<ImportResult> {
  // Checked first so that nobody can make the server unpack files for plans they may not change.
  const current = await db.actionPlan.findUnique({ where: { id: planId }, select: { organizationId: true, status: true } });
  if (!current) throw new NotFoundError();
  authorize(actor, "task:update", current);
  assertEditable(current);

  const sheet = await readTaskSheet(bytes);

  return db.$transaction(
    async (tx): Promise<ImportResult> => {
      const plan = await lockPlan(tx, planId);
      authorize(actor, "task:update", plan);
      assertEditable(plan);
      const codes = await loadReferenceCodes(tx);
      const existing = await tx.planTask.findMany({ where: { planId }, select: { code: true } });
      const { errors, tasks } = validateTaskRows(
        sheet,
        codes,
        existing.map((t) => t.code),
      );
      if (errors.length) return { status: "invalid", errors };
      await insertTasks(tx, actor, planId, tasks, codes);
      await tx.actionPlan.update({ where: { id: planId }, data: { version: { increment: 1 } } });
      await recordAudit(tx, actor, {
        entity: "ActionPlan",
        entityId: planId,
        action: "import-tasks",
        after: { importedTasks: tasks.length },
      });
      return { status: "imported", count: tasks.length };
    },
    // Up to 2,000 tasks, each with its links and audit entry, in one transaction.
    { maxWait: 10_000, timeout: 180_000 },
  );
}
