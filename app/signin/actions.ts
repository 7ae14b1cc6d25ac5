"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import type { ActionState } from "@/lib/schemas/action-state";
import { signInSchema } from "@/lib/schemas/auth";
import { formText } from "@/lib/schemas/form-fields";
import { runPublicAction } from "@/lib/server/action";
import { signIn } from "@/lib/server/auth";

const signInForm = signInSchema.extend({ callbackUrl: formText(2_000) });
const ssoForm = z.object({ callbackUrl: formText(2_000) });

// Only same-site paths are accepted as a post-sign-in destination.
function safeCallback(path: string): string {
  return path.startsWith("/") && !path.startsWith("//") ? path : "/";
}

// Only the e-mail address goes back to the form.
export async function signInAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runPublicAction(formData, {
    name: "signIn",
    schema: signInForm,
    keepValues: ["email"],
    async run({ input: { callbackUrl, ...credentials }, t }) {
      try {
        // Succeeds by redirecting.
        await signIn("credentials", { ...credentials, redirectTo: safeCallback(callbackUrl) });
      } catch (error) {
        if (!(error instanceof AuthError)) throw error;
        const code = (error as AuthError & { code?: string }).code;
        return { status: "error", kind: "unauthenticated", message: t(code === "locked" ? "auth.locked" : "auth.invalid") };
      }
    },
  });
}

export async function ssoSignInAction(formData: FormData): Promise<void> {
  await runPublicAction(formData, {
    name: "ssoSignIn",
    schema: ssoForm,
    async run({ input: { callbackUrl } }) {
      await signIn("oidc", { redirectTo: safeCallback(callbackUrl) });
    },
  });
}
