import { apiRoute } from "@/lib/server/http/api";
import { getPlan } from "@/lib/server/queries/plans";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getPlan(actor, params.id));
