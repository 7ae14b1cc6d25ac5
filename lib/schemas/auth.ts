import { z } from "zod";
import { storable } from "./text";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: "invalid_email" }));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: "required" }).max(200),
});

// At least 10 characters with letters and digits; long passphrases are welcome.
export const newPasswordSchema = storable(z.string())
  .min(10, { error: "password_too_short" })
  .max(200, { error: "password_too_long" })
  .refine((v) => /[A-Za-zÀ-ỹ]/.test(v) && /\d/.test(v), { error: "password_too_weak" });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { error: "required" }).max(200),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], error: "passwords_differ" });

export const createTokenSchema = z.object({
  name: storable(z.string().trim().min(1, { error: "required" }).max(100, { error: "too_long" })),
});
