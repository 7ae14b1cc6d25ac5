"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionState, FormValues } from "@/lib/schemas/action-state";
import { userActiveForm, userCreateForm, userEditForm, userIdForm, type UserResult } from "@/lib/schemas/admin-forms";
import { formId } from "@/lib/schemas/form-fields";
import { runAction } from "@/lib/server/action";
import { revokeUserApiToken } from "@/lib/server/services/api-tokens";
import { createUser, deactivateUser, forceSignOut, reactivateUser, resetUserPassword, updateUser } from "@/lib/server/services/users";

type UserState = ActionState<FormValues, UserResult>;

function revalidateUser(userId: string) {
  revalidatePath("/admin");
  revalidatePath("/admin/users");
  revalidatePath(`/admin/users/${userId}`);
}

export async function createUserAction(_prev: UserState, formData: FormData): Promise<UserState> {
  return runAction<typeof userCreateForm, UserResult>(formData, {
    name: "createUser",
    schema: userCreateForm,
    errors: "admin.errors",
    async run({ actor, input, t }) {
      const created = await createUser(actor, input);
      revalidateUser(created.id);
      return { message: t("admin.users.created"), data: { temporaryPassword: created.temporaryPassword, userId: created.id } };
    },
  });
}

export async function updateUserAction(_prev: UserState, formData: FormData): Promise<UserState> {
  return runAction<typeof userEditForm, UserResult>(formData, {
    name: "updateUser",
    schema: userEditForm,
    errors: "admin.errors",
    async run({ actor, input: { userId, ...user }, values, t }) {
      await updateUser(actor, userId, user);
      revalidateUser(userId);
      return { message: t("admin.users.saved"), values };
    },
  });
}

// One action for both directions, so the status control keeps its message when the page re-renders.
export async function setUserActiveAction(_prev: UserState, formData: FormData): Promise<UserState> {
  return runAction<typeof userActiveForm, UserResult>(formData, {
    name: "setUserActive",
    schema: userActiveForm,
    errors: "admin.errors",
    async run({ actor, input: { userId, intent }, t }) {
      if (intent === "deactivate") await deactivateUser(actor, userId);
      else await reactivateUser(actor, userId);
      revalidateUser(userId);
      return { message: t(intent === "deactivate" ? "admin.users.deactivated" : "admin.users.reactivated") };
    },
  });
}

export async function resetPasswordAction(_prev: UserState, formData: FormData): Promise<UserState> {
  return runAction<typeof userIdForm, UserResult>(formData, {
    name: "resetPassword",
    schema: userIdForm,
    errors: "admin.errors",
    async run({ actor, input: { userId }, t }) {
      const { temporaryPassword } = await resetUserPassword(actor, userId);
      revalidateUser(userId);
      return { message: t("admin.users.passwordReset"), data: { temporaryPassword } };
    },
  });
}

export async function forceSignOutAction(_prev: UserState, formData: FormData): Promise<UserState> {
  return runAction<typeof userIdForm, UserResult>(formData, {
    name: "forceSignOut",
    schema: userIdForm,
    errors: "admin.errors",
    async run({ actor, input: { userId }, t }) {
      await forceSignOut(actor, userId);
      revalidateUser(userId);
      return { message: t("admin.users.signedOut") };
    },
  });
}

const tokenIdForm = z.object({ tokenId: formId });

// Bound to the account shown on the page; a token id of another account is refused as not found.
export async function revokeUserTokenAction(userId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "revokeUserApiToken",
    schema: tokenIdForm,
    errors: "admin.errors",
    async run({ actor, input: { tokenId } }) {
      await revokeUserApiToken(actor, userId, tokenId);
      revalidateUser(userId);
    },
  });
}
