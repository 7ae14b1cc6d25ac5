import { apiRoute, jsonCreated, readJson } from "@/lib/server/http/api";
import { getTask } from "@/lib/server/queries/plans";
import { logTaskProgress } from "@/lib/server/services/plans";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => ({ updates: (await getTask(actor, params.id)).updates }));

// {"status":"IN_PROGRESS","progress":40,"note":"…","evidenceUrl":"https://…","version":3}
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const { update } = await logTaskProgress(actor, params.id, await readJson(request));
  const { task } = await getTask(actor, params.id);
  return jsonCreated({
    update: {
      id: update.id,
      status: update.status,
      progress: update.progress,
      note: update.note,
      evidenceUrl: update.evidenceUrl,
      createdAt: update.createdAt.toISOString(),
    },
    task,
  });
});
