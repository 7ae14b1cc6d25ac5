import { z } from "zod";
import { ROLES } from "@/lib/domain/roles";
import { emailSchema } from "./auth";
import { boundedString, storable } from "./text";

const nameSchema = storable(boundedString(200, { typeError: "required" }).min(1, { error: "required" }));
const roleSchema = z.enum(ROLES, { error: "required" });
const organizationIdSchema = storable(
  boundedString(64, { typeError: "required", error: "unknown_organization" }).min(1, { error: "required" }),
);

// E-mail addresses are stored lower-cased; uniqueness is case-insensitive (a unique index on lower(email)).
export const createUserSchema = z.object({
  name: nameSchema,
  email: boundedString(254, { typeError: "required", error: "invalid_email" }).min(1, { error: "required" }).pipe(emailSchema),
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
