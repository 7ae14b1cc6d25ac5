// The UNESCO nomination pipeline as pure rules: programmes, the stages a dossier passes through, which moves
// are allowed, each dossier's next submission deadline under a programme's cycle rule, and the count of
// titles derived from the dossiers (the one source of the UNESCO-titles indicator).

export const UNESCO_PROGRAMMES = [
  "WH_CULTURAL",
  "WH_NATURAL",
  "WH_MIXED",
  "ICH_REPRESENTATIVE",
  "ICH_URGENT",
  "ICH_GOOD_PRACTICE",
  "MOW_INTERNATIONAL",
  "MOW_ASIA_PACIFIC",
  "CREATIVE_CITY",
  "GLOBAL_GEOPARK",
  "BIOSPHERE_RESERVE",
] as const;
export type UnescoProgramme = (typeof UNESCO_PROGRAMMES)[number];

// The categories the reference data and the MOFA counts use (World Heritage, intangible, documentary …).
export const UNESCO_CATEGORIES = ["WORLD_HERITAGE", "ICH", "DOCUMENTARY", "BIOSPHERE_RESERVE", "GLOBAL_GEOPARK", "CREATIVE_CITY"] as const;
export type UnescoCategory = (typeof UNESCO_CATEGORIES)[number];

export function categoryOf(programme: UnescoProgramme): UnescoCategory {
  if (programme.startsWith("WH_")) return "WORLD_HERITAGE";
  if (programme.startsWith("ICH_")) return "ICH";
  if (programme.startsWith("MOW_")) return "DOCUMENTARY";
  return programme as "CREATIVE_CITY" | "GLOBAL_GEOPARK" | "BIOSPHERE_RESERVE";
}

export const UNESCO_STAGES = [
  "INVENTORIED",
  "NATIONAL_LIST",
  "IN_PREPARATION",
  "SUBMITTED",
  "UNDER_EVALUATION",
  "INSCRIBED",
  "REFERRED",
  "DEFERRED",
  "NOT_INSCRIBED",
  "WITHDRAWN",
] as const;
export type UnescoStage = (typeof UNESCO_STAGES)[number];

// Referred and deferred files go back to the State Party to be completed and submitted again.
const NEXT_STAGES: Record<UnescoStage, readonly UnescoStage[]> = {
  INVENTORIED: ["NATIONAL_LIST", "WITHDRAWN"],
  NATIONAL_LIST: ["IN_PREPARATION", "WITHDRAWN"],
  IN_PREPARATION: ["SUBMITTED", "WITHDRAWN"],
  SUBMITTED: ["UNDER_EVALUATION", "WITHDRAWN"],
  UNDER_EVALUATION: ["INSCRIBED", "REFERRED", "DEFERRED", "NOT_INSCRIBED", "WITHDRAWN"],
  REFERRED: ["SUBMITTED", "WITHDRAWN"],
  DEFERRED: ["IN_PREPARATION", "SUBMITTED", "WITHDRAWN"],
  NOT_INSCRIBED: ["IN_PREPARATION"],
  INSCRIBED: [],
  WITHDRAWN: ["IN_PREPARATION"],
};

export function allowedNextStages(stage: UnescoStage): readonly UnescoStage[] {
  return NEXT_STAGES[stage];
}

export function canMoveStage(from: UnescoStage, to: UnescoStage): boolean {
  return NEXT_STAGES[from].includes(to);
}

// Stages in which the file still has to reach UNESCO, so a submission deadline applies.
const AWAITING_SUBMISSION = new Set<UnescoStage>(["INVENTORIED", "NATIONAL_LIST", "IN_PREPARATION", "REFERRED", "DEFERRED"]);

// A programme's cycle: files are due on month/day of every `intervalYears`-th year counted from `anchorYear`.
// `confirmed` is false when the date could not be verified in a public source; the product shows that.
export type UnescoDeadlineRule = {
  programme: UnescoProgramme;
  month: number; // 1–12
  day: number;
  intervalYears: number;
  anchorYear: number;
  confirmed: boolean;
};

export type UnescoDeadline = { date: string; confirmed: boolean }; // date as YYYY-MM-DD

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

// The first cycle date on or after `today` (YYYY-MM-DD, the caller's calendar day in Vietnam).
export function nextUnescoDeadline(stage: UnescoStage, rule: UnescoDeadlineRule | undefined, today: string): UnescoDeadline | null {
  if (!rule || !AWAITING_SUBMISSION.has(stage)) return null;
  const interval = Math.max(1, rule.intervalYears);
  let year = Number(today.slice(0, 4));
  const offset = (((year - rule.anchorYear) % interval) + interval) % interval;
  if (offset !== 0) year += interval - offset;
  let date = isoDate(year, rule.month, rule.day);
  if (date < today) date = isoDate(year + interval, rule.month, rule.day);
  return { date, confirmed: rule.confirmed };
}

// How far ahead of a UNESCO deadline the lead organization is reminded (files take weeks to finalize and send
// through the National Commission for UNESCO).
export const UNESCO_REMINDER_DAYS = 45;

// Whole days from `today` to `date` (both YYYY-MM-DD).
export function daysUntil(date: string, today: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

// An extension or boundary modification of an inscribed property is a dossier of its own but not a new title.
export type TitleSource = { programme: UnescoProgramme; stage: UnescoStage; inscribedYear: number | null; isExtension: boolean };
export type TitleSeriesPoint = { year: number; category: UnescoCategory; added: number; cumulative: number };

// Titles held at the end of each year, by category: every dossier at stage INSCRIBED counts once, in the year
// of its inscription. Years from the first inscription to `lastYear`.
export function deriveUnescoTitleSeries(dossiers: readonly TitleSource[], lastYear: number): TitleSeriesPoint[] {
  const added = new Map<string, number>();
  let firstYear = lastYear;
  for (const d of dossiers) {
    if (d.stage !== "INSCRIBED" || d.inscribedYear === null || d.isExtension) continue;
    const year = d.inscribedYear;
    firstYear = Math.min(firstYear, year);
    const key = `${year}:${categoryOf(d.programme)}`;
    added.set(key, (added.get(key) ?? 0) + 1);
  }
  const points: TitleSeriesPoint[] = [];
  const running = new Map<UnescoCategory, number>();
  for (let year = firstYear; year <= lastYear; year++) {
    for (const category of UNESCO_CATEGORIES) {
      const n = added.get(`${year}:${category}`) ?? 0;
      const cumulative = (running.get(category) ?? 0) + n;
      running.set(category, cumulative);
      points.push({ year, category, added: n, cumulative });
    }
  }
  return points;
}

// Cumulative titles across all categories at the end of `year`.
export function totalTitlesAt(series: readonly TitleSeriesPoint[], year: number): number {
  return series.filter((p) => p.year === year).reduce((sum, p) => sum + p.cumulative, 0);
}

// The indicators the pipeline feeds: one per category, and the total of UNESCO titles.
export const UNESCO_CATEGORY_INDICATORS: Record<UnescoCategory, string> = {
  WORLD_HERITAGE: "IND_UNESCO_WH",
  ICH: "IND_UNESCO_ICH",
  DOCUMENTARY: "IND_UNESCO_DH",
  BIOSPHERE_RESERVE: "IND_UNESCO_BR",
  GLOBAL_GEOPARK: "IND_UNESCO_GGP",
  CREATIVE_CITY: "IND_UNESCO_CC",
};
export const UNESCO_TOTAL_INDICATOR = "IND_UNESCO_TOTAL";

export type SourceConfidence = "CONFIRMED" | "PARTIAL" | "UNCONFIRMED";
export type SourcedTitle = TitleSource & { sourceUrls: readonly string[]; confidence: SourceConfidence };
export type DerivedObservation = { code: string; year: number; value: number; sourceUrls: string[]; confidence: SourceConfidence };

const CONFIDENCE_RANK: Record<SourceConfidence, number> = { CONFIRMED: 0, PARTIAL: 1, UNCONFIRMED: 2 };
const MAX_OBSERVATION_SOURCES = 20;

function isTitle<T extends TitleSource>(d: T): d is T & { inscribedYear: number } {
  return d.stage === "INSCRIBED" && d.inscribedYear !== null && !d.isExtension;
}

// The dossiers that became titles in `years`: their sources (deduplicated, bounded) and the weakest confidence.
function evidenceOf(titles: readonly SourcedTitle[]): { sourceUrls: string[]; confidence: SourceConfidence } {
  const urls = [...new Set(titles.flatMap((t) => t.sourceUrls))].slice(0, MAX_OBSERVATION_SOURCES);
  const confidence = titles.reduce<SourceConfidence>(
    (worst, t) => (CONFIDENCE_RANK[t.confidence] > CONFIDENCE_RANK[worst] ? t.confidence : worst),
    "CONFIRMED",
  );
  return { sourceUrls: urls, confidence };
}

// The yearly observations of the UNESCO-titles indicators, from the inscribed dossiers by inscription year.
// Each category's series is the pipeline's count. The total published by MOFA also counts recognitions the
// pipeline has no programme for (celebrated anniversaries …), so it stays as published up to `published.year`
// and moves on from there by the titles the pipeline records after that year; without a published figure the
// total is the pipeline's own.
export function deriveUnescoObservations(
  dossiers: readonly SourcedTitle[],
  published: { year: number; total: number } | null,
): DerivedObservation[] {
  const titles = dossiers.filter(isTitle);
  if (titles.length === 0) return [];
  const lastYear = Math.max(...titles.map((t) => t.inscribedYear), published?.year ?? 0);
  const series = deriveUnescoTitleSeries(titles, lastYear);
  const observations: DerivedObservation[] = [];
  // A year without a new title cites the titles that last changed the count.
  const lastEvidence = new Map<string, ReturnType<typeof evidenceOf>>();
  const evidenceFor = (code: string, added: readonly SourcedTitle[]) => {
    const evidence = added.length > 0 ? evidenceOf(added) : (lastEvidence.get(code) ?? evidenceOf([]));
    lastEvidence.set(code, evidence);
    return evidence;
  };
  for (const point of series) {
    if (point.cumulative === 0) continue;
    const code = UNESCO_CATEGORY_INDICATORS[point.category];
    const added = titles.filter((t) => t.inscribedYear === point.year && categoryOf(t.programme) === point.category);
    observations.push({ code, year: point.year, value: point.cumulative, ...evidenceFor(code, added) });
  }
  const base = published ? published.total - totalTitlesAt(series, published.year) : 0;
  const sinceYear = published ? published.year : Math.min(...titles.map((t) => t.inscribedYear)) - 1;
  const before = titles.filter((t) => t.inscribedYear <= sinceYear);
  if (before.length > 0) {
    const latestYear = Math.max(...before.map((t) => t.inscribedYear));
    evidenceFor(
      UNESCO_TOTAL_INDICATOR,
      before.filter((t) => t.inscribedYear === latestYear),
    );
  }
  for (let year = sinceYear + 1; year <= lastYear; year++) {
    observations.push({
      code: UNESCO_TOTAL_INDICATOR,
      year,
      value: base + totalTitlesAt(series, year),
      ...evidenceFor(
        UNESCO_TOTAL_INDICATOR,
        titles.filter((t) => t.inscribedYear === year),
      ),
    });
  }
  return observations;
}
