import { z } from "zod";
import { parseCalendarDate } from "@/lib/domain/dates";
import { ORGANIZATION_KINDS, REGIONS } from "@/lib/domain/enums";
import { PROVINCIAL_ISSUERS } from "@/lib/domain/report-document";
import { boundedString, storable } from "./text";

export { ORGANIZATION_KINDS, REGIONS } from "@/lib/domain/enums";
export type { OrganizationKind as OrganizationKindValue, Region as RegionValue } from "@/lib/domain/enums";

const emptyToNull = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value;

// Optional date field: empty → null, otherwise a valid dd/MM/yyyy date.
export const optionalDateSchema = z.preprocess(
  emptyToNull,
  boundedString(40, { typeError: "invalid_date", error: "invalid_date" })
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

const optionalText = (max: number) => z.preprocess(emptyToNull, storable(boundedString(max, { typeError: "invalid_type" })).nullable());

const optionalId = z.preprocess(emptyToNull, storable(boundedString(64, { typeError: "invalid_type", error: "invalid_value" })).nullable());

// HTML checkboxes send "on" when ticked and nothing otherwise; the JSON API sends booleans.
export const checkboxSchema = z.preprocess((value) => value === true || value === "on" || value === "true" || value === "1", z.boolean());

// ISO 3166-1 alpha-2 country codes, typed in any case and stored upper case. The accreditation list is typed as
// codes separated by commas or spaces ("KH, LA").
const countryCode = z
  .string()
  .trim()
  .max(2, { error: "invalid_country_code" })
  .regex(/^[A-Za-z]{2}$/, { error: "invalid_country_code" })
  .transform((v) => v.toUpperCase());

const hostCountryCodeSchema = z.preprocess(emptyToNull, countryCode.nullable());

const accreditedCountryCodesSchema = z.preprocess(
  (value) => (value === undefined || value === null ? "" : value),
  z
    .string()
    .max(600, { error: "too_long" })
    .transform((value, ctx) => {
      const codes = value.split(/[\s,;]+/).filter(Boolean);
      if (codes.some((code) => !/^[A-Za-z]{2}$/.test(code))) {
        ctx.addIssue({ code: "custom", message: "invalid_country_code" });
        return z.NEVER;
      }
      return [...new Set(codes.map((code) => code.toUpperCase()))].sort();
    }),
);

// The official administrative code (two digits for a provincial unit; digits only), when a sourced value is known.
const officialCodeSchema = z.preprocess(
  emptyToNull,
  z
    .string()
    .trim()
    .max(8, { error: "invalid_official_code" })
    .regex(/^\d{1,8}$/, { error: "invalid_official_code" })
    .nullable(),
);

// Which body issues a province's reports. The People's Committee is the default and is stored as null, so that
// choosing it explicitly and never choosing read the same.
const reportIssuerSchema = z.preprocess(
  emptyToNull,
  z
    .enum(PROVINCIAL_ISSUERS, { error: "invalid_value" })
    .nullable()
    .transform((issuer) => (issuer === "FOREIGN_AFFAIRS_DEPARTMENT" ? issuer : null)),
);

const editableFields = {
  reportIssuer: reportIssuerSchema,
  hostCountryCode: hostCountryCodeSchema,
  accreditedCountryCodes: accreditedCountryCodesSchema,
  officialCode: officialCodeSchema,
  nameVi: storable(boundedString(300, { typeError: "required" }).min(1, { error: "required" })),
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
    code: boundedString(40, { typeError: "required" })
      .min(1, { error: "required" })
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
  hostCountryCode: string;
  accreditedCountryCodes: string;
  officialCode: string;
  // "" (the People's Committee) or "FOREIGN_AFFAIRS_DEPARTMENT"
  reportIssuer: string;
  isActive: boolean;
  version: number;
};
