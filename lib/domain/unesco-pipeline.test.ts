import { describe, expect, it } from "vitest";
import {
  allowedNextStages,
  canMoveStage,
  daysUntil,
  deriveUnescoObservations,
  deriveUnescoTitleSeries,
  nextUnescoDeadline,
  totalTitlesAt,
  type UnescoDeadlineRule,
  type UnescoProgramme,
  type UnescoStage,
} from "./unesco-pipeline";

const wh: UnescoDeadlineRule = { programme: "WH_CULTURAL", month: 2, day: 1, intervalYears: 1, anchorYear: 2000, confirmed: true };
const mowAp: UnescoDeadlineRule = {
  programme: "MOW_ASIA_PACIFIC",
  month: 9,
  day: 15,
  intervalYears: 2,
  anchorYear: 2025,
  confirmed: false,
};

describe("nextUnescoDeadline", () => {
  it.each<[string, UnescoStage, UnescoDeadlineRule, string, string | null]>([
    ["this year's date still ahead", "IN_PREPARATION", wh, "2026-01-10", "2026-02-01"],
    ["on the day itself", "IN_PREPARATION", wh, "2026-02-01", "2026-02-01"],
    ["the day after rolls to next year", "IN_PREPARATION", wh, "2026-02-02", "2027-02-01"],
    ["late in the year", "NATIONAL_LIST", wh, "2026-12-03", "2027-02-01"],
    ["a referred file is due again", "REFERRED", wh, "2026-07-20", "2027-02-01"],
    ["biennial call, in a cycle year before the date", "INVENTORIED", mowAp, "2027-05-01", "2027-09-15"],
    ["biennial call, off-cycle year", "INVENTORIED", mowAp, "2026-05-01", "2027-09-15"],
    ["biennial call, after this cycle's date", "INVENTORIED", mowAp, "2027-10-01", "2029-09-15"],
    ["submitted files have no deadline", "SUBMITTED", wh, "2026-01-10", null],
    ["inscribed files have no deadline", "INSCRIBED", wh, "2026-01-10", null],
    ["withdrawn files have no deadline", "WITHDRAWN", wh, "2026-01-10", null],
  ])("%s", (_label, stage, rule, today, expected) => {
    expect(nextUnescoDeadline(stage, rule, today)?.date ?? null).toBe(expected);
  });

  it("carries whether the rule's date was verified", () => {
    expect(nextUnescoDeadline("INVENTORIED", mowAp, "2026-01-01")?.confirmed).toBe(false);
    expect(nextUnescoDeadline("INVENTORIED", wh, "2026-01-01")?.confirmed).toBe(true);
  });

  it("has no deadline without a rule", () => {
    expect(nextUnescoDeadline("IN_PREPARATION", undefined, "2026-01-01")).toBeNull();
  });
});

describe("stage transitions", () => {
  it.each<[UnescoStage, UnescoStage, boolean]>([
    ["INVENTORIED", "NATIONAL_LIST", true],
    ["NATIONAL_LIST", "IN_PREPARATION", true],
    ["IN_PREPARATION", "SUBMITTED", true],
    ["SUBMITTED", "UNDER_EVALUATION", true],
    ["UNDER_EVALUATION", "INSCRIBED", true],
    ["UNDER_EVALUATION", "REFERRED", true],
    ["UNDER_EVALUATION", "DEFERRED", true],
    ["UNDER_EVALUATION", "NOT_INSCRIBED", true],
    ["REFERRED", "SUBMITTED", true],
    ["IN_PREPARATION", "WITHDRAWN", true],
    ["INVENTORIED", "SUBMITTED", false],
    ["IN_PREPARATION", "INSCRIBED", false],
    ["SUBMITTED", "INSCRIBED", false],
    ["INSCRIBED", "WITHDRAWN", false],
  ])("%s → %s: %s", (from, to, allowed) => {
    expect(canMoveStage(from, to)).toBe(allowed);
  });

  it("an inscribed dossier is final", () => {
    expect(allowedNextStages("INSCRIBED")).toEqual([]);
  });
});

describe("deriveUnescoTitleSeries", () => {
  const series = deriveUnescoTitleSeries(
    [
      { programme: "WH_CULTURAL", stage: "INSCRIBED", inscribedYear: 1993, isExtension: false },
      { programme: "WH_NATURAL", stage: "INSCRIBED", inscribedYear: 1994, isExtension: false },
      { programme: "WH_NATURAL", stage: "INSCRIBED", inscribedYear: 1995, isExtension: true },
      { programme: "ICH_URGENT", stage: "INSCRIBED", inscribedYear: 1995, isExtension: false },
      { programme: "ICH_REPRESENTATIVE", stage: "SUBMITTED", inscribedYear: null, isExtension: false },
      { programme: "ICH_REPRESENTATIVE", stage: "NOT_INSCRIBED", inscribedYear: null, isExtension: false },
    ],
    1996,
  );

  it("counts inscribed titles cumulatively by category, extensions and open files excluded", () => {
    expect(totalTitlesAt(series, 1993)).toBe(1);
    expect(totalTitlesAt(series, 1994)).toBe(2);
    expect(totalTitlesAt(series, 1995)).toBe(3);
    expect(totalTitlesAt(series, 1996)).toBe(3);
    expect(series.find((p) => p.year === 1995 && p.category === "ICH")).toMatchObject({ added: 1, cumulative: 1 });
    expect(series.find((p) => p.year === 1996 && p.category === "WORLD_HERITAGE")).toMatchObject({ added: 0, cumulative: 2 });
  });
});

describe("daysUntil", () => {
  it("counts calendar days", () => {
    expect(daysUntil("2026-02-01", "2026-01-01")).toBe(31);
    expect(daysUntil("2026-01-01", "2026-01-01")).toBe(0);
  });
});

describe("deriveUnescoObservations", () => {
  const title = (programme: UnescoProgramme, inscribedYear: number, confidence: "CONFIRMED" | "PARTIAL" = "CONFIRMED") => ({
    programme,
    stage: "INSCRIBED" as const,
    inscribedYear,
    isExtension: false,
    sourceUrls: [`https://example.org/${programme}/${inscribedYear}`],
    confidence,
  });
  const dossiers = [
    title("WH_CULTURAL", 2010),
    title("ICH_URGENT", 2009),
    title("ICH_REPRESENTATIVE", 2011, "PARTIAL"),
    { ...title("WH_NATURAL", 2011), isExtension: true },
    { ...title("WH_MIXED", 2012), stage: "SUBMITTED" as const },
  ];
  const pick = (obs: ReturnType<typeof deriveUnescoObservations>, code: string) =>
    obs.filter((o) => o.code === code).map((o) => [o.year, o.value]);

  it.each([
    [
      "IND_UNESCO_WH",
      [
        [2010, 1],
        [2011, 1],
      ],
    ],
    [
      "IND_UNESCO_ICH",
      [
        [2009, 1],
        [2010, 1],
        [2011, 2],
      ],
    ],
    ["IND_UNESCO_DH", []],
  ])("%s counts each title once from its inscription year (extensions and open files excluded)", (code, expected) => {
    expect(pick(deriveUnescoObservations(dossiers, null), code)).toEqual(expected);
  });

  it("without a published total, the total is the pipeline's own", () => {
    expect(pick(deriveUnescoObservations(dossiers, null), "IND_UNESCO_TOTAL")).toEqual([
      [2009, 1],
      [2010, 2],
      [2011, 3],
    ]);
  });

  it("with a published total, only later years are derived, moved by the titles inscribed since", () => {
    expect(pick(deriveUnescoObservations(dossiers, { year: 2010, total: 40 }), "IND_UNESCO_TOTAL")).toEqual([[2011, 41]]);
    expect(pick(deriveUnescoObservations(dossiers, { year: 2011, total: 45 }), "IND_UNESCO_TOTAL")).toEqual([]);
  });

  it("cites the year's inscribed dossiers (else those that last changed the count) with their weakest confidence", () => {
    const ich2011 = deriveUnescoObservations(dossiers, null).find((o) => o.code === "IND_UNESCO_ICH" && o.year === 2011);
    expect(ich2011).toMatchObject({ confidence: "PARTIAL", sourceUrls: ["https://example.org/ICH_REPRESENTATIVE/2011"] });
    const ich2010 = deriveUnescoObservations(dossiers, null).find((o) => o.code === "IND_UNESCO_ICH" && o.year === 2010);
    expect(ich2010).toMatchObject({ confidence: "CONFIRMED", sourceUrls: ["https://example.org/ICH_URGENT/2009"] });
  });

  it("no title, no observation", () => {
    expect(deriveUnescoObservations([], { year: 2025, total: 77 })).toEqual([]);
  });
});
