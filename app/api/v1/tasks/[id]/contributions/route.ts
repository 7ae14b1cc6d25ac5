import { apiRoute, jsonCreated, readJson } from "@/lib/server/http/api";
import { getTask } from "@/lib/server/queries/plans";
import { addTaskContribution } from "@/lib/server/services/plans";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => ({
  contributions: (await getTask(actor, params.id)).contributions,
}));

// A coordinating organization notes its own contribution to the task. {"note":"…"}
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const created = await addTaskContribution(actor, params.id, await readJson(request));
  return jsonCreated({ contribution: { id: created.id, note: created.note, createdAt: created.createdAt.toISOString() } });
});
