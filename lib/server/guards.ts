import "server-only";
import { notFound, redirect } from "next/navigation";
import { can, type Action, type PolicyResource } from "@/lib/domain/policy";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/domain/errors";
import { getSessionUser, requestMeta, type Actor, type SessionUser } from "./auth/session";

// For pages: the signed-in user, or a redirect to the sign-in page. Accounts that must change their
// password are sent to do so first.
export async function requireUser(options: { allowPasswordChange?: boolean; returnTo?: string } = {}): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/signin${options.returnTo ? `?callbackUrl=${encodeURIComponent(options.returnTo)}` : ""}`);
  if (user.mustChangePassword && !options.allowPasswordChange) redirect("/account/password");
  return user;
}

// For pages: refuses with a 404 page, which reveals nothing about resources of other organizations.
export function requirePagePermission(user: SessionUser, action: Action, resource?: PolicyResource): void {
  if (!can(user, action, resource)) notFound();
}

// For server actions: the acting user with request metadata, or an error the action turns into a message.
// Only the password change itself is allowed while a change is forced.
export async function requireActor(options: { allowPasswordChange?: boolean } = {}): Promise<Actor> {
  const user = checkActingUser(await getSessionUser(), options);
  return { user, ...(await requestMeta()), via: "session" };
}

export function checkActingUser(user: SessionUser | null, options: { allowPasswordChange?: boolean } = {}): SessionUser {
  if (!user) throw new UnauthenticatedError();
  if (user.mustChangePassword && !options.allowPasswordChange) throw new ForbiddenError("You must change your password first.");
  return user;
}

// For services: throws unless the actor may act on the loaded resource. Reads of others' resources are
// answered as "not found" so that ids cannot be probed.
export function authorize(actor: Actor | SessionUser, action: Action, resource?: PolicyResource): void {
  const user = "user" in actor ? actor.user : actor;
  if (can(user, action, resource)) return;
  if (resource && action.endsWith(":read")) throw new NotFoundError();
  if (resource && !can(user, action.replace(/:.*$/, ":read") as Action, resource)) throw new NotFoundError();
  throw new ForbiddenError();
}

// For the pages that add activities for the user's own organization (the form, the spreadsheet import): the rule
// the services apply again on every write (activity:create for the user's organization), as a 404 for the others.
export async function requireActivityCreatorPage(returnTo: string): Promise<SessionUser> {
  const user = await requireUser({ returnTo });
  requirePagePermission(user, "activity:create", { organizationId: user.organizationId });
  return user;
}
