import { z } from "zod";
import { UNESCO_PROGRAMMES, UNESCO_STAGES } from "@/lib/domain/unesco-pipeline";
import { formId, formList, formText } from "./form-fields";
import { storable } from "./text";

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const id = storable(z.string({ error: "invalid_type" }).trim().max(64, { error: "invalid_value" }));
const isoDay = z
  .string()
  .max(10, { error: "invalid_date" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalid_date" });
// Bounded before the scheme check; only http(s) links are kept as sources.
const sourceUrl = z
  .string()
  .trim()
  .max(500, { error: "too_long" })
  .regex(/^https?:\/\/\S+$/, { error: "invalid_url" });

// The list's filters (board, table and GET /api/v1/unesco-dossiers).
export const unescoDossierListQuerySchema = z.object({
  programme: z.preprocess(emptyToUndefined, z.enum(UNESCO_PROGRAMMES).optional()),
  stage: z.preprocess(emptyToUndefined, z.enum(UNESCO_STAGES).optional()),
  leadOrganizationId: z.preprocess(emptyToUndefined, id.optional()),
});
export type UnescoDossierListQuery = z.output<typeof unescoDossierListQuerySchema>;

// Dossiers start before submission; later stages are reached by moving the dossier forward.
export const UNESCO_START_STAGES = ["INVENTORIED", "NATIONAL_LIST", "IN_PREPARATION"] as const;

export const createUnescoDossierSchema = z.object({
  elementVi: storable(z.string({ error: "required" }).trim().min(1, { error: "required" }).max(300, { error: "too_long" })),
  elementEn: z.preprocess(emptyToUndefined, storable(z.string().trim().max(300, { error: "too_long" })).optional()),
  programme: z.enum(UNESCO_PROGRAMMES, { error: "invalid_value" }),
  stage: z.enum(UNESCO_START_STAGES, { error: "invalid_value" }),
  stageDate: z.preprocess(emptyToUndefined, isoDay.optional()),
  leadOrganizationId: id,
  supporterIds: z.array(id).max(20, { error: "too_long" }).default([]),
  notes: z.preprocess(emptyToUndefined, storable(z.string().trim().max(2000, { error: "too_long" })).optional()),
  sourceUrls: z.array(sourceUrl).max(10, { error: "too_long" }).default([]),
  confidence: z.enum(["CONFIRMED", "PARTIAL", "UNCONFIRMED"], { error: "invalid_value" }).default("UNCONFIRMED"),
});
export type CreateUnescoDossierInput = z.output<typeof createUnescoDossierSchema>;

// The fields of a dossier an editor changes; its stage moves only through advance-stage (history and dates).
export const updateUnescoDossierSchema = createUnescoDossierSchema
  .omit({ stage: true, stageDate: true })
  .extend({ version: z.coerce.number({ error: "invalid_value" }).int().min(1).max(1_000_000) });
export type UpdateUnescoDossierInput = z.output<typeof updateUnescoDossierSchema>;

export const advanceUnescoStageSchema = z.object({
  stage: z.enum(UNESCO_STAGES, { error: "invalid_value" }),
  occurredOn: isoDay,
  note: z.preprocess(emptyToUndefined, storable(z.string().trim().max(1000, { error: "too_long" })).optional()),
  version: z.coerce.number({ error: "invalid_value" }).int().min(1).max(1_000_000),
});
export type AdvanceUnescoStageInput = z.output<typeof advanceUnescoStageSchema>;

// The advance-stage form as typed (bounded strings); the service parses it with advanceUnescoStageSchema.
export const advanceUnescoStageForm = z.object({
  dossierId: formId,
  stage: formText(40),
  occurredOn: formText(10),
  note: formText(1000).optional(),
  version: formText(20),
});

// The create/edit form as typed: bounded strings and lists, read before the service parses them. Sources are
// typed one per line.
export const unescoDossierForm = z.object({
  dossierId: formId.optional(),
  elementVi: formText(300),
  elementEn: formText(300),
  programme: formText(40),
  stage: formText(40).optional(),
  stageDate: formText(10).optional(),
  leadOrganizationId: formId,
  supporterIds: formList(20, 64),
  notes: formText(2000),
  sourceUrls: formText(5200),
  confidence: formText(20),
  version: formText(20).optional(),
});
export type UnescoDossierFormInput = z.output<typeof unescoDossierForm>;

// One line per link, blank lines dropped (the service checks each one).
export function splitSourceLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}
