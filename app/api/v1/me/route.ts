import { apiRoute } from "@/lib/server/http/api";

export const GET = apiRoute(async ({ actor }) => {
  const { user } = actor;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    organization: user.organization,
    readableOrganizationIds: user.readableOrganizationIds,
    authenticatedVia: actor.via,
  };
});
