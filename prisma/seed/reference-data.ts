// Reads prisma/seed-data/reference-data.json (a copy of the project's domain reference) and checks the parts
// the seed relies on, so a malformed or edited file stops the seed with a clear message instead of seeding
// half a fact. Only the fields used here are validated; the file holds more.
import { z } from "zod";
import type { Confidence } from "../../lib/generated/prisma/client";
import rawReferenceData from "../seed-data/reference-data.json";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");
// A source is a URL, a list of URLs, or a placeholder note such as "(unofficial mirror … cite the original)".
const source = z.union([z.string(), z.array(z.string()), z.null()]).optional();

const strategySchema = z.object({
  code: z.string().min(1),
  number: z.string().min(1),
  title_vi: z.string().min(1),
  title_en: z.string().min(1),
  issued_date: isoDate,
  effective_date: isoDate,
  issuer_vi: z.string().min(1),
  signer: z.string().nullable(),
  horizon_year: z.number().int(),
  status: z.string(),
  source,
});

const objectiveSchema = z.object({
  code: z.string().min(1),
  level: z.enum(["general", "specific"]),
  task_group: z.string().nullable(),
  title_vi: z.string().min(1),
  title_en: z.string().min(1),
  target_2030: z.number().nullable(),
  target_2030_claimed_by_client: z.number().optional(),
  status: z.string(),
  source,
});

const taskGroupSchema = z.object({
  code: z.string().min(1),
  verb_vi: z.string().min(1),
  name_en: z.string().min(1),
  objective: z.string().min(1),
  status: z.string(),
  source,
});

const provinceSchema = z.object({
  code: z.string().regex(/^P\d{2}$/),
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  type: z.enum(["province", "city"]),
  merged: z.boolean(),
  former_units_vi: z.array(z.string().min(1)),
  status: z.string(),
  source,
});

const ministrySchema = z.object({
  code: z.string().min(1),
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  kind: z.enum(["ministry", "ministerial_level_agency"]),
  status: z.string(),
  source,
});

const count = z.number().int().nonnegative();

const referenceDataSchema = z.object({
  sources: z.record(z.string(), z.string()),
  strategy: strategySchema,
  strategy_objectives: z.array(objectiveSchema),
  task_groups: z.array(taskGroupSchema),
  implementation: z.object({
    steering_committee: z.object({ name_vi: z.string(), name_en: z.string(), status: z.string(), source }),
    mofa_units_2025: z.object({
      lead_unit_before_2025_vi: z.string(),
      lead_unit_2025_vi: z.string(),
      lead_unit_2025_en: z.string(),
      status: z.string(),
      source,
    }),
  }),
  provinces: z.object({
    legal_basis: z.object({ number: z.string(), operational_from: isoDate, merged_from: count, count, source }),
    items: z.array(provinceSchema),
  }),
  ministries: z.object({
    legal_basis: z.object({ count_ministries: count, count_ministerial_level_agencies: count }),
    items: z.array(ministrySchema),
  }),
  unesco_titles: z.object({
    category_counts_end_2025: z.object({
      WORLD_HERITAGE: count,
      ICH: count,
      DOCUMENTARY: count,
      BIOSPHERE_RESERVE: count,
      GLOBAL_GEOPARK: count,
      CREATIVE_CITY: count,
    }),
    totals_by_date: z.array(
      z.object({ as_of: z.string(), total: z.number().nullable(), new_in_year: count.optional(), status: z.string(), source }),
    ),
    items: z.array(
      z.object({ category: z.string(), name_vi: z.string(), year_first: z.number().int().optional(), status: z.string(), source }),
    ),
  }),
  indicators: z.array(z.object({ code: z.string() }).loose()),
});

const cspIndicatorSchema = z.object({
  code: z.literal("IND_CSP_COUNT"),
  name_vi: z.string(),
  name_en: z.string(),
  events: z.array(
    z.union([
      z.object({ country: z.string(), year: z.number().int() }),
      z.object({ country: z.string(), date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/) }),
    ]),
  ),
  value_as_of_2025_10_29: z.number().int(),
  status: z.string(),
  source,
});

const softPowerIndicatorSchema = z.object({
  code: z.literal("IND_SOFT_POWER_RANK"),
  name_en: z.string(),
  series: z.array(z.object({ period: z.string(), value: z.number() })),
  status: z.string(),
  source,
});

const unescoTotalIndicatorSchema = z.object({
  code: z.literal("IND_UNESCO_TOTAL"),
  name_vi: z.string(),
  name_en: z.string(),
  source,
});

export type ReferenceData = z.infer<typeof referenceDataSchema>;
export type ProvinceItem = z.infer<typeof provinceSchema>;
export type CspIndicator = z.infer<typeof cspIndicatorSchema>;
export type SoftPowerIndicator = z.infer<typeof softPowerIndicatorSchema>;
export type UnescoTotalIndicator = z.infer<typeof unescoTotalIndicatorSchema>;

export type LoadedReferenceData = ReferenceData & {
  csp: CspIndicator;
  softPower: SoftPowerIndicator;
  unescoTotal: UnescoTotalIndicator;
};

function parseIndicator<T>(data: ReferenceData, code: string, schema: z.ZodType<T>): T {
  const entry = data.indicators.find((indicator) => indicator.code === code);
  if (!entry) throw new Error(`reference-data.json: indicator ${code} is missing`);
  return parseOrExplain(schema, entry, `indicator ${code}`);
}

function parseOrExplain<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
    throw new Error(`reference-data.json (${what}) is not in the expected shape: ${problems.slice(0, 5).join("; ")}`);
  }
  return parsed.data;
}

export function loadReferenceData(): LoadedReferenceData {
  const data = parseOrExplain(referenceDataSchema, rawReferenceData, "file");
  return {
    ...data,
    csp: parseIndicator(data, "IND_CSP_COUNT", cspIndicatorSchema),
    softPower: parseIndicator(data, "IND_SOFT_POWER_RANK", softPowerIndicatorSchema),
    unescoTotal: parseIndicator(data, "IND_UNESCO_TOTAL", unescoTotalIndicatorSchema),
  };
}

// Keeps only real links: the file also carries notes such as "(unofficial mirror … cite the original outlet)",
// which are not addresses a reader can open.
export function sourceUrlsOf(...sources: Array<string | string[] | null | undefined>): string[] {
  const urls = sources.flatMap((s) => (s == null ? [] : Array.isArray(s) ? s : [s]));
  return [...new Set(urls.filter((url) => /^https?:\/\//.test(url)))];
}

export function sourceByKey(data: ReferenceData, key: string): string {
  const url = data.sources[key];
  if (!url || !/^https?:\/\//.test(url)) throw new Error(`reference-data.json: sources.${key} is missing or not a URL`);
  return url;
}

// The file tags facts "confirmed", "partial" or "unconfirmed", sometimes with a qualifier after the word
// (e.g. "confirmed (objective); unconfirmed (numeric target)"): the leading word is the fact's own status.
export function toConfidence(status: string): Confidence {
  const word = status.trim().toLowerCase();
  if (word.startsWith("confirmed")) return "CONFIRMED";
  if (word.startsWith("partial")) return "PARTIAL";
  if (word.startsWith("unconfirmed")) return "UNCONFIRMED";
  throw new Error(`reference-data.json: unknown status "${status}"`);
}

export function toDate(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00.000Z`);
}

export function dayBefore(date: Date): Date {
  return new Date(date.getTime() - 24 * 60 * 60 * 1000);
}
