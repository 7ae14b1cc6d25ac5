import { z } from "zod";
import { parseCalendarDate } from "@/lib/domain/dates";
import { ORGANIZATION_KINDS, REGIONS } from "@/lib/domain/enums";
import { storable } from "./text";

export { ORGANIZATION_KINDS, REGIONS } from "@/lib/domain/enums";
export type { OrganizationKind as OrganizationKindValue, Region as RegionValue } from "@/lib/domain/enums";

const emptyToNull = (value: unknown) => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value);

// Optional date field: empty → null, otherwise a valid dd/MM/yyyy date.
export const optionalDateSchema = z.preprocess(
  emptyToNull,
  z
    .string({ error: "invalid_date" })
    .transform((value, ctx) => {
      const date = parseCalendarDate(value);
      if (!date) {
        ctx.addIssue({ code: "custom", message: "invalid_date" });
        return z.NEVER;
      }
      return date;
    })
    .nullable(),
);

const optionalText = (max: number) =>
  z.preprocess(emptyToNull, storable(z.string({ error: "invalid_type" }).trim().max(max, { error: "too_long" })).nullable());

const optionalId = z.preprocess(emptyToNull, storable(z.string({ error: "invalid_type" }).trim().max(64, { error: "invalid_value" })).nullable());

// HTML checkboxes send "on" when ticked and nothing otherwise; the JSON API sends booleans.
export const checkboxSchema = z.preprocess(
  (value) => value === true || value === "on" || value === "true" || value === "1",
  z.boolean(),
);

const editableFields = {
  nameVi: storable(z.string({ error: "required" }).trim().min(1, { error: "required" }).max(300, { error: "too_long" })),
  nameEn: optionalText(300),
  shortNameVi: optionalText(100),
  region: z.preprocess(emptyToNull, z.enum(REGIONS, { error: "invalid_value" }).nullable()),
  parentId: optionalId,
  successorId: optionalId,
  validFrom: optionalDateSchema,
  validTo: optionalDateSchema,
  isActive: checkboxSchema,
};

type DateRange = { validFrom: Date | null; validTo: Date | null };
const validToNotBeforeFrom = (value: DateRange) => !value.validFrom || !value.validTo || value.validTo >= value.validFrom;

export const createOrganizationSchema = z
  .object({
    code: z
      .string({ error: "required" })
      .trim()
      .min(1, { error: "required" })
      .max(40, { error: "too_long" })
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, { error: "invalid_code" }),
    kind: z.enum(ORGANIZATION_KINDS, { error: "required" }),
    ...editableFields,
  })
  .refine(validToNotBeforeFrom, { path: ["validTo"], error: "date_order" });

// The version is the one the form was loaded with (optimistic concurrency).
export const updateOrganizationSchema = z
  .object({
    version: z.coerce.number({ error: "required" }).int({ error: "invalid_value" }).min(1, { error: "invalid_value" }),
    ...editableFields,
  })
  .refine(validToNotBeforeFrom, { path: ["validTo"], error: "date_order" });

export type CreateOrganizationInput = z.output<typeof createOrganizationSchema>;
export type UpdateOrganizationInput = z.output<typeof updateOrganizationSchema>;

// What the edit form shows and sends back, as strings (dates as dd/MM/yyyy; "" for empty).
export type OrganizationFormValues = {
  code: string;
  kind: string;
  nameVi: string;
  nameEn: string;
  shortNameVi: string;
  region: string;
  parentId: string;
  successorId: string;
  validFrom: string;
  validTo: string;
  isActive: boolean;
  version: number;
};
