"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { homePathFor } from "@/lib/domain/roles";
import type { ActionState, FormValues } from "@/lib/schemas/action-state";
import { formId, formText } from "@/lib/schemas/form-fields";
import { runAction } from "@/lib/server/action";
import { signIn } from "@/lib/server/auth";
import { createApiToken, revokeApiToken } from "@/lib/server/services/api-tokens";
import { changeOwnPassword } from "@/lib/server/services/passwords";

const passwordForm = z.object({ currentPassword: formText(400), newPassword: formText(400), confirmPassword: formText(400) });
const tokenForm = z.object({ name: formText(200) });
const revokeForm = z.object({ tokenId: formId });

// Allowed while a password change is forced; passwords are never sent back to the form.
export async function changePasswordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "changePassword",
    schema: passwordForm,
    allowPasswordChange: true,
    keepValues: false,
    async run({ actor, input }) {
      await changeOwnPassword(actor, input);
      // Every other session ended; this one is re-issued with the new password (and new session version).
      await signIn("credentials", { email: actor.user.email, password: input.newPassword, redirect: false });
      redirect(`${homePathFor(actor.user.role)}?passwordChanged=1`);
    },
  });
}

// The new token is shown once, in this answer.
export async function createTokenAction(
  _prev: ActionState<FormValues, { token?: string }>,
  formData: FormData,
): Promise<ActionState<FormValues, { token?: string }>> {
  return runAction<typeof tokenForm, { token?: string }>(formData, {
    name: "createApiToken",
    schema: tokenForm,
    async run({ actor, input }) {
      const created = await createApiToken(actor, input);
      revalidatePath("/account");
      return { data: { token: created.token } };
    },
  });
}

export async function revokeTokenAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "revokeApiToken",
    schema: revokeForm,
    async run({ actor, input: { tokenId } }) {
      await revokeApiToken(actor, tokenId);
      revalidatePath("/account");
    },
  });
}
