"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NotFoundError } from "@/lib/domain/errors";
import { requireActor } from "@/lib/server/guards";
import { revokeUserApiToken } from "@/lib/server/services/api-tokens";
import { createUser, deactivateUser, forceSignOut, reactivateUser, resetUserPassword, updateUser } from "@/lib/server/services/users";
import { failureState, formValues, type AdminFormState } from "../action-state";

// The temporary password travels back once, in this response; it is not stored in clear anywhere.
export type UserFormState = AdminFormState & { temporaryPassword?: string; userId?: string };

const CREATE_FIELDS = ["name", "email", "role", "organizationId"] as const;
const UPDATE_FIELDS = ["name", "role", "organizationId"] as const;

function userIdOf(formData: FormData): string {
  const id = formData.get("userId");
  return typeof id === "string" ? id : "";
}

function revalidateUser(userId: string) {
  revalidatePath("/admin");
  revalidatePath("/admin/users");
  revalidatePath(`/admin/users/${userId}`);
}

export async function createUserAction(_prev: UserFormState, formData: FormData): Promise<UserFormState> {
  const values = formValues(formData, CREATE_FIELDS);
  try {
    const actor = await requireActor();
    const created = await createUser(actor, values);
    revalidateUser(created.id);
    const t = await getTranslations("admin.users");
    return { status: "success", message: t("created"), temporaryPassword: created.temporaryPassword, userId: created.id };
  } catch (error) {
    return failureState(error, values);
  }
}

export async function updateUserAction(_prev: UserFormState, formData: FormData): Promise<UserFormState> {
  const values = formValues(formData, UPDATE_FIELDS);
  const userId = userIdOf(formData);
  try {
    const actor = await requireActor();
    await updateUser(actor, userId, values);
    revalidateUser(userId);
    const t = await getTranslations("admin.users");
    return { status: "success", message: t("saved"), values };
  } catch (error) {
    return failureState(error, values);
  }
}

// One action for both directions, so the status control keeps its message when the page re-renders.
export async function setUserActiveAction(_prev: UserFormState, formData: FormData): Promise<UserFormState> {
  const userId = userIdOf(formData);
  const intent = formData.get("intent");
  try {
    const actor = await requireActor();
    if (intent === "deactivate") await deactivateUser(actor, userId);
    else await reactivateUser(actor, userId);
    revalidateUser(userId);
    const t = await getTranslations("admin.users");
    return { status: "success", message: t(intent === "deactivate" ? "deactivated" : "reactivated") };
  } catch (error) {
    return failureState(error);
  }
}

export async function resetPasswordAction(_prev: UserFormState, formData: FormData): Promise<UserFormState> {
  const userId = userIdOf(formData);
  try {
    const actor = await requireActor();
    const { temporaryPassword } = await resetUserPassword(actor, userId);
    revalidateUser(userId);
    const t = await getTranslations("admin.users");
    return { status: "success", message: t("passwordReset"), temporaryPassword };
  } catch (error) {
    return failureState(error);
  }
}

export async function forceSignOutAction(_prev: UserFormState, formData: FormData): Promise<UserFormState> {
  const userId = userIdOf(formData);
  try {
    const actor = await requireActor();
    await forceSignOut(actor, userId);
    revalidateUser(userId);
    const t = await getTranslations("admin.users");
    return { status: "success", message: t("signedOut") };
  } catch (error) {
    return failureState(error);
  }
}

// Bound to the account on the page: a token id of another account is a 404, not a server error.
export async function revokeUserTokenAction(userId: string, formData: FormData): Promise<void> {
  const actor = await requireActor();
  try {
    await revokeUserApiToken(actor, userId, String(formData.get("tokenId") ?? ""));
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  revalidateUser(userId);
}
