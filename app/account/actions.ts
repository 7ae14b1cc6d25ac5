"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { DomainError, ValidationError } from "@/lib/domain/errors";
import { homePathFor } from "@/lib/domain/roles";
import { signIn } from "@/lib/server/auth";
import { getSessionUser, requestMeta } from "@/lib/server/auth/session";
import { createApiToken, revokeApiToken } from "@/lib/server/services/api-tokens";
import { changeOwnPassword } from "@/lib/server/services/passwords";
import { UnauthenticatedError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/server/auth/session";
import { formText } from "@/lib/schemas/form-data";

export type FormState = { fieldErrors?: Record<string, string[]>; message?: string; ok?: boolean; token?: string; values?: Record<string, string> };

// Password changes are allowed while a change is forced, so this does not use requireActor().
async function actorAllowingPasswordChange(): Promise<Actor> {
  const user = await getSessionUser();
  if (!user) throw new UnauthenticatedError();
  return { user, ...(await requestMeta()), via: "session" };
}

function toState(error: unknown): FormState {
  if (error instanceof ValidationError) return { fieldErrors: error.fieldErrors };
  if (error instanceof DomainError) return { message: error.message };
  throw error;
}

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await actorAllowingPasswordChange();
  const input = Object.fromEntries(["currentPassword", "newPassword", "confirmPassword"].map((k) => [k, formText(formData, k)]));
  try {
    await changeOwnPassword(actor, input);
  } catch (error) {
    return toState(error);
  }
  // Every other session ended; this one is re-issued with the new password (and new session version).
  await signIn("credentials", { email: actor.user.email, password: input.newPassword, redirect: false });
  redirect(`${homePathFor(actor.user.role)}?passwordChanged=1`);
}

export async function createTokenAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    const actor = await actorAllowingPasswordChange();
    const created = await createApiToken(actor, { name: formData.get("name") });
    revalidatePath("/account/tokens");
    return { ok: true, token: created.token };
  } catch (error) {
    return { ...toState(error), values: { name: formText(formData, "name") } };
  }
}

export async function revokeTokenAction(formData: FormData): Promise<void> {
  const actor = await actorAllowingPasswordChange();
  await revokeApiToken(actor, formText(formData, "tokenId"));
  revalidatePath("/account/tokens");
}
