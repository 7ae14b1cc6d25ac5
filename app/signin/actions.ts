"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/server/auth";
import { signInSchema } from "@/lib/schemas/auth";

export type SignInState = { error?: "invalid" | "locked"; fieldErrors?: Record<string, string[]>; email?: string };

// Only same-site paths are accepted as a post-sign-in destination.
function safeCallback(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "";
  return path.startsWith("/") && !path.startsWith("//") ? path : "/";
}

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const input = { email: formData.get("email"), password: formData.get("password") };
  const email = typeof input.email === "string" ? input.email : "";
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    return { fieldErrors, email };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeCallback(formData.get("callbackUrl")) });
    return {};
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      return { error: code === "locked" ? "locked" : "invalid", email };
    }
    throw error; // the redirect after a successful sign-in
  }
}

export async function ssoSignInAction(formData: FormData) {
  await signIn("oidc", { redirectTo: safeCallback(formData.get("callbackUrl")) });
}
