import { z } from "zod";
import { boundedArray, boundedString, storable } from "./text";

// The body at MOFA that receives plans and reports (AppSetting "workflow.mofaRecipient"): a setting, because its
// naming in Circular 09/2025/TT-BNG could not be confirmed from a public source.
export const MOFA_RECIPIENT_CONFIDENCES = ["CONFIRMED", "PARTIAL", "UNCONFIRMED"] as const;
export const MAX_RECIPIENT_SOURCES = 10;
export const MAX_SOURCES_TEXT = 12_000;

const sourceUrl = storable(boundedString(1_000, { error: "too_long" })).regex(/^https?:\/\/\S+$/, { error: "invalid_url" });

// The value as stored (JSON); a row that no longer reads falls back to the default.
export const storedMofaRecipientSchema = z.object({
  nameVi: z.string().min(1).max(300),
  nameEn: z.string().min(1).max(300),
  sourceUrls: z.array(z.string().max(1_000)).max(MAX_RECIPIENT_SOURCES).default([]),
  confidence: z.enum(MOFA_RECIPIENT_CONFIDENCES).default("UNCONFIRMED"),
});

export type MofaRecipient = z.output<typeof storedMofaRecipientSchema>;

// The administrator's form: the sources are typed one link per line. `revision` is the fingerprint of the value
// the form was loaded with; a different current value means someone saved meanwhile (409).
export const mofaRecipientInputSchema = z.object({
  nameVi: storable(boundedString(300, { typeError: "required" })).min(1, { error: "required" }),
  nameEn: storable(boundedString(300, { typeError: "required" })).min(1, { error: "required" }),
  sourceUrls: z.preprocess(
    // An oversized text is passed on whole, so that the bounded link check refuses it instead of splitting it.
    (value) =>
      typeof value === "string" && value.length <= MAX_SOURCES_TEXT
        ? value
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter(Boolean)
        : typeof value === "string"
          ? [value]
          : value,
    boundedArray(sourceUrl, MAX_RECIPIENT_SOURCES, { error: "too_many_sources" }),
  ),
  confidence: z.enum(MOFA_RECIPIENT_CONFIDENCES, { error: "invalid_value" }),
  revision: boundedString(64, { typeError: "required" }).min(1, { error: "required" }),
});

export type MofaRecipientInput = z.output<typeof mofaRecipientInputSchema>;

// What the form shows and sends back, as strings.
export type MofaRecipientFormValues = {
  nameVi: string;
  nameEn: string;
  sourceUrls: string;
  confidence: string;
  revision: string;
};
