import { apiRoute, jsonCreated, readJson } from "@/lib/server/http/api";
import { getTask, listPlanTasks } from "@/lib/server/queries/plans";
import { createTask } from "@/lib/server/services/plans";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => ({ tasks: await listPlanTasks(actor, params.id) }));

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const task = await createTask(actor, params.id, await readJson(request));
  return jsonCreated((await getTask(actor, task.id)).task, `/api/v1/tasks/${task.id}`);
});
