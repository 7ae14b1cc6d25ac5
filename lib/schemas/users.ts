import { z } from "zod";
import { ROLES } from "@/lib/domain/roles";
import { emailSchema } from "./auth";
import { storable } from "./text";

const nameSchema = storable(z.string({ error: "required" }).trim().min(1, { error: "required" }).max(200, { error: "too_long" }));
const roleSchema = z.enum(ROLES, { error: "required" });
const organizationIdSchema = storable(z.string({ error: "required" }).trim().min(1, { error: "required" }).max(64, { error: "unknown_organization" }));

// E-mail addresses are stored lower-cased; uniqueness is case-insensitive (a unique index on lower(email)).
export const createUserSchema = z.object({
  name: nameSchema,
  email: z.string({ error: "required" }).trim().min(1, { error: "required" }).pipe(emailSchema),
  role: roleSchema,
  organizationId: organizationIdSchema,
});

export const updateUserSchema = z.object({
  name: nameSchema,
  role: roleSchema,
  organizationId: organizationIdSchema,
});

export type CreateUserInput = z.output<typeof createUserSchema>;
export type UpdateUserInput = z.output<typeof updateUserSchema>;
