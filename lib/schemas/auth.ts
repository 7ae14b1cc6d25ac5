import { z } from "zod";
import { boundedString, storable } from "./text";

export const emailSchema = boundedString(254, { error: "invalid_email" })
  .toLowerCase()
  .pipe(z.email({ error: "invalid_email" }));

export const signInSchema = z.object({
  email: emailSchema,
  password: boundedString(200, { trim: false }).min(1, { error: "required" }),
});

// At least 10 characters with letters and digits; long passphrases are welcome.
export const newPasswordSchema = storable(
  boundedString(200, { trim: false, error: "password_too_long" }).min(10, { error: "password_too_short" }),
).refine((v) => /[A-Za-zÀ-ỹ]/.test(v) && /\d/.test(v), { error: "password_too_weak" });

export const changePasswordSchema = z
  .object({
    currentPassword: boundedString(200, { trim: false }).min(1, { error: "required" }),
    newPassword: newPasswordSchema,
    confirmPassword: boundedString(200, { trim: false }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], error: "passwords_differ" });

export const createTokenSchema = z.object({
  name: storable(boundedString(100).min(1, { error: "required" })),
});
