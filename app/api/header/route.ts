import { apiRoute } from "@/lib/server/http/api";
import { countUnread } from "@/lib/server/queries/notifications";

// The header's per-person part (the user's name, unread notifications), fetched by the browser on each page so
// that a page's HTML is the same for everyone of the same role and organization and can be cached whole
// (lib/server/cache/page-cache.ts).
export const GET = apiRoute(async ({ actor }) => ({ name: actor.user.name, unreadNotifications: await countUnread(actor.user) }));
