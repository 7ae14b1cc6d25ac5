// Indicators with their national observations. Every value comes from reference-data.json with its sources
// and confidence; where the file has no value there is no observation. Targets are seeded only where the file
// names one, with the confidence it gives.
import type { Confidence, IndicatorAggregation, IndicatorDirection, IndicatorMeasure, Prisma } from "../../lib/generated/prisma/client";
import { sourceByKey, sourceUrlsOf, toConfidence, toDate, type LoadedReferenceData } from "./reference-data";

type Tx = Prisma.TransactionClient;

export type ObservationSpec = {
  year: number;
  value: number;
  asOfDate: Date | null;
  sourceUrls: string[];
  sourceNote: string | null;
  confidence: Confidence;
};

export type IndicatorSpec = {
  code: string;
  nameVi: string;
  nameEn: string;
  unitVi: string;
  unitEn: string;
  direction: IndicatorDirection;
  measure: IndicatorMeasure;
  // The portal's own definition (collected from organizations' reports), not a published figure.
  isPortalDefined: boolean;
  aggregation: IndicatorAggregation;
  isReportable: boolean;
  objectiveCode: string;
  baselineYear: number | null;
  baselineValue: number | null;
  targetYear: number | null;
  targetValue: number | null;
  targetSourceUrls: string[];
  targetConfidence: Confidence | null;
  targetNote: string | null;
  sourceUrls: string[];
  confidence: Confidence;
  observations: ObservationSpec[];
};

const NO_TARGET: Pick<IndicatorSpec, "targetYear" | "targetValue" | "targetSourceUrls" | "targetConfidence" | "targetNote"> = {
  targetYear: null,
  targetValue: null,
  targetSourceUrls: [],
  targetConfidence: null,
  targetNote: null,
};

// The Foreign Minister's interview (VietnamPlus, 28/01/2026) gives 77 titles at end-2025 and the Strategy's
// target of 60 by 2030. A minister's statement, not the Decision's text: PARTIAL.
export const MINISTER_INTERVIEW_URL =
  "https://www.vietnamplus.vn/cong-tac-doi-ngoai-nam-2025-tranh-thu-duoc-thoi-co-hoa-giai-duoc-thach-thuc-post1091131.vnp";

const UNESCO_2025_NOTE =
  "Số liệu do Bộ trưởng Bộ Ngoại giao Lê Hoài Trung nêu khi trả lời phỏng vấn Báo Điện tử VietnamPlus (28/01/2026): " +
  "77 danh hiệu, trong đó 7 danh hiệu mới năm 2025. Các nguồn báo chí khác ghi 71 danh hiệu cuối năm 2024 và một di sản " +
  "thế giới cùng năm danh hiệu khác được công nhận năm 2025.";

const UNESCO_TARGET_NOTE =
  "Mục tiêu 60 danh hiệu đến năm 2030 do Bộ trưởng Bộ Ngoại giao Lê Hoài Trung nêu khi trả lời phỏng vấn Báo Điện tử " +
  "VietnamPlus (28/01/2026); chưa đối chiếu được với toàn văn Quyết định 2013/QĐ-TTg (các bản công bố trực tuyến chỉ " +
  "có phần đầu văn bản).";

const SOFT_POWER_NOTE =
  "Theo báo cáo của Ban Chỉ đạo công tác Ngoại giao văn hóa giai đoạn 2023–2024; báo cáo không nêu tên chỉ số; thứ hạng trước đó: 69.";

// The Strategy starts at its issue (30/11/2021): the baseline is the total at the end of 2021.
export const STRATEGY_BASELINE_YEAR = 2021;

export type BaselineDerivation = { value: number; fromYear: number; fromTotal: number; newByYear: { year: number; count: number }[] };

// No source states the total at end-2021. It is derived from the nearest confirmed total (65 at end-2023) by
// taking away the titles recognised after 2021: the count a source gives for a year when it gives one (4 in
// 2022), otherwise the dated items of the reference list for that year (2023: Hội An and Đà Lạt creative cities,
// the Hải Thượng Lãn Ông anniversary). An extension of an existing site is not a new title.
export function deriveUnescoBaseline(titles: LoadedReferenceData["unesco_titles"], baselineYear: number): BaselineDerivation {
  const confirmed = titles.totals_by_date
    .filter((entry): entry is typeof entry & { total: number } => entry.total !== null && toConfidence(entry.status) === "CONFIRMED")
    .map((entry) => ({ year: yearOf(entry.as_of), total: entry.total }))
    .filter((entry) => entry.year > baselineYear)
    .sort((a, b) => a.year - b.year)[0];
  if (!confirmed) throw new Error("reference-data.json: no confirmed UNESCO total after the baseline year");
  const newByYear: { year: number; count: number }[] = [];
  for (let year = baselineYear + 1; year <= confirmed.year; year++) {
    const stated = titles.totals_by_date.find(
      (entry) => yearOf(entry.as_of) === year && entry.as_of.length === 10 && entry.new_in_year !== undefined,
    );
    const count = stated?.new_in_year ?? titles.items.filter((item) => item.year_first === year).length;
    newByYear.push({ year, count });
  }
  const value = confirmed.total - newByYear.reduce((sum, entry) => sum + entry.count, 0);
  return { value, fromYear: confirmed.year, fromTotal: confirmed.total, newByYear };
}

function baselineNote(derivation: BaselineDerivation): string {
  const steps = derivation.newByYear.map((entry) => `${entry.count} danh hiệu năm ${entry.year}`).join(", ");
  return (
    `Giá trị suy ra, không có nguồn nêu trực tiếp: ${derivation.fromTotal} danh hiệu cuối năm ${derivation.fromYear} ` +
    `trừ các danh hiệu được công nhận sau năm ${STRATEGY_BASELINE_YEAR} (${steps}; theo các nguồn báo chí và danh mục di sản ` +
    "đã dẫn)."
  );
}

function yearOf(isoDay: string): number {
  return Number(isoDay.slice(0, 4));
}

function unescoTotal(data: LoadedReferenceData): IndicatorSpec {
  const derivation = deriveUnescoBaseline(data.unesco_titles, STRATEGY_BASELINE_YEAR);
  const baselineSources = sourceUrlsOf(
    ...data.unesco_titles.totals_by_date.filter((entry) => yearOf(entry.as_of) <= derivation.fromYear).map((entry) => entry.source),
  );
  const reported: ObservationSpec[] = data.unesco_titles.totals_by_date
    .filter((entry): entry is typeof entry & { total: number } => entry.total !== null && entry.as_of.length === 10)
    .map((entry) => {
      // The end-2025 figure is the minister's; the file's "unconfirmed" tag predates finding the interview.
      const isInterview = toConfidence(entry.status) !== "CONFIRMED";
      return {
        year: yearOf(entry.as_of),
        value: entry.total,
        asOfDate: toDate(entry.as_of),
        sourceUrls: isInterview ? [MINISTER_INTERVIEW_URL, ...sourceUrlsOf(entry.source)] : sourceUrlsOf(entry.source),
        sourceNote: isInterview ? UNESCO_2025_NOTE : null,
        confidence: isInterview ? ("PARTIAL" as const) : ("CONFIRMED" as const),
      };
    });
  const observations: ObservationSpec[] = [
    {
      year: STRATEGY_BASELINE_YEAR,
      value: derivation.value,
      asOfDate: toDate(`${STRATEGY_BASELINE_YEAR}-12-31`),
      sourceUrls: baselineSources,
      sourceNote: baselineNote(derivation),
      confidence: "PARTIAL" as const,
    },
    ...reported,
  ].sort((a, b) => a.year - b.year);

  const objective = data.strategy_objectives.find((o) => o.code === "SO4");
  if (!objective) throw new Error("reference-data.json: objective SO4 is missing");
  // The Decision's own target would be `target_2030`; the reachable copies have none, so the minister's figure.
  const target =
    objective.target_2030 !== null
      ? { value: objective.target_2030, confidence: "CONFIRMED" as const, note: null, sourceUrls: sourceUrlsOf(objective.source) }
      : objective.target_2030_claimed_by_client !== undefined
        ? {
            value: objective.target_2030_claimed_by_client,
            confidence: "PARTIAL" as const,
            note: UNESCO_TARGET_NOTE,
            sourceUrls: [MINISTER_INTERVIEW_URL],
          }
        : null;

  return {
    code: "IND_UNESCO_TOTAL",
    nameVi: data.unescoTotal.name_vi,
    nameEn: data.unescoTotal.name_en,
    unitVi: "danh hiệu",
    unitEn: "titles",
    direction: "INCREASE",
    measure: "COUNT",
    isPortalDefined: false,
    aggregation: "NATIONAL_ONLY",
    isReportable: false,
    objectiveCode: "SO4",
    baselineYear: STRATEGY_BASELINE_YEAR,
    baselineValue: derivation.value,
    ...(target
      ? {
          targetYear: data.strategy.horizon_year,
          targetValue: target.value,
          targetSourceUrls: target.sourceUrls,
          targetConfidence: target.confidence,
          targetNote: target.note,
        }
      : NO_TARGET),
    sourceUrls: [...sourceUrlsOf(data.unescoTotal.source), MINISTER_INTERVIEW_URL],
    confidence: "CONFIRMED",
    observations,
  };
}

type UnescoCategory = keyof LoadedReferenceData["unesco_titles"]["category_counts_end_2025"];

// The category indicators. Their yearly counts are the pipeline's inscribed dossiers (lib/server/unesco-titles.ts);
// the end-2025 counts of the reference data are checked against the listed items here and against the seeded
// dossiers by tests/unit/unesco-seed.test.ts.
const UNESCO_CATEGORIES: Array<{
  code: string;
  category: UnescoCategory;
  nameVi: string;
  nameEn: string;
  unitVi: string;
  unitEn: string;
  sourceKeys: string[];
  confidence: Confidence;
}> = [
  {
    code: "IND_UNESCO_WH",
    category: "WORLD_HERITAGE",
    nameVi: "Số di sản thế giới được UNESCO ghi danh",
    nameEn: "World Heritage sites inscribed by UNESCO",
    unitVi: "di sản",
    unitEn: "sites",
    sourceKeys: ["unesco_2025_sggp", "wh_2025", "wh_vnplus"],
    confidence: "CONFIRMED",
  },
  {
    code: "IND_UNESCO_ICH",
    category: "ICH",
    nameVi: "Số di sản văn hóa phi vật thể được UNESCO ghi danh",
    nameEn: "Intangible cultural heritage elements inscribed by UNESCO",
    unitVi: "di sản",
    unitEn: "elements",
    sourceKeys: ["unesco_2025_sggp", "ich_17_longform", "ich_17_dongho"],
    confidence: "CONFIRMED",
  },
  {
    code: "IND_UNESCO_DH",
    category: "DOCUMENTARY",
    nameVi: "Số di sản tư liệu được UNESCO ghi danh",
    nameEn: "Documentary heritage inscribed by UNESCO (Memory of the World)",
    unitVi: "di sản",
    unitEn: "items",
    sourceKeys: ["unesco_2025_sggp", "dh_11", "dh_10"],
    confidence: "CONFIRMED",
  },
  {
    code: "IND_UNESCO_BR",
    category: "BIOSPHERE_RESERVE",
    nameVi: "Số khu dự trữ sinh quyển thế giới",
    nameEn: "World biosphere reserves",
    unitVi: "khu",
    unitEn: "reserves",
    sourceKeys: ["br_11", "br_2021"],
    confidence: "CONFIRMED",
  },
  {
    code: "IND_UNESCO_GGP",
    category: "GLOBAL_GEOPARK",
    nameVi: "Số công viên địa chất toàn cầu UNESCO",
    nameEn: "UNESCO Global Geoparks",
    unitVi: "công viên",
    unitEn: "geoparks",
    sourceKeys: ["ggp_caobang", "ggp_daknong", "ggp_langson_vote"],
    // Lạng Sơn: the Global Geoparks Council's vote (8/9/2024) is confirmed; the certificate (2/6/2025) is known
    // only from an unofficial mirror of a Vietnam News Agency report.
    confidence: "PARTIAL",
  },
  {
    code: "IND_UNESCO_CC",
    category: "CREATIVE_CITY",
    nameVi: "Số thành phố sáng tạo UNESCO",
    nameEn: "UNESCO Creative Cities",
    unitVi: "thành phố",
    unitEn: "cities",
    sourceKeys: ["ccn_4", "ccn_roadmap"],
    confidence: "CONFIRMED",
  },
];

function unescoCategories(data: LoadedReferenceData): IndicatorSpec[] {
  const counts = data.unesco_titles.category_counts_end_2025;
  return UNESCO_CATEGORIES.map((category) => {
    const value = counts[category.category];
    const listed = data.unesco_titles.items.filter((item) => item.category === category.category).length;
    if (listed !== value) {
      throw new Error(`reference-data.json: ${category.category} count is ${value} but ${listed} items are listed`);
    }
    const sourceUrls = category.sourceKeys.map((key) => sourceByKey(data, key));
    return {
      code: category.code,
      nameVi: category.nameVi,
      nameEn: category.nameEn,
      unitVi: category.unitVi,
      unitEn: category.unitEn,
      direction: "INCREASE",
      measure: "COUNT",
      isPortalDefined: false,
      aggregation: "NATIONAL_ONLY",
      isReportable: false,
      objectiveCode: "SO4",
      baselineYear: null,
      baselineValue: null,
      ...NO_TARGET,
      sourceUrls,
      confidence: category.confidence,
      // Derived from the pipeline's inscribed dossiers (lib/server/unesco-titles.ts), never seeded separately.
      observations: [],
    };
  });
}

// Year-end cumulative counts derived from the dated upgrades the source lists, for each year of the
// Strategy's implementation up to the latest upgrade. The last year's value is as of the source's date.
function comprehensiveStrategicPartners(data: LoadedReferenceData): IndicatorSpec {
  const csp = data.csp;
  const eventYears = csp.events.map((event) => ("year" in event ? event.year : yearOf(event.date)));
  const firstYear = yearOf(data.strategy.issued_date) + 1;
  const lastYear = Math.max(...eventYears);
  const sourceUrls = sourceUrlsOf(csp.source);
  // The source is dated by its latest listed upgrade (29/10/2025); later upgrades that year are not counted.
  const asOfLatest = csp.events
    .flatMap((event) => ("date" in event && event.date.length === 10 ? [event.date] : []))
    .sort()
    .at(-1);
  if (!asOfLatest) throw new Error("IND_CSP_COUNT: no dated upgrade in the source");
  const observations: ObservationSpec[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const isLatest = year === lastYear;
    observations.push({
      year,
      value: eventYears.filter((y) => y <= year).length,
      asOfDate: toDate(isLatest ? asOfLatest : `${year}-12-31`),
      sourceUrls,
      sourceNote: isLatest
        ? `Số lũy kế tính từ các ngày nâng cấp quan hệ mà nguồn liệt kê; tính đến ngày ${asOfLatest.split("-").reverse().join("/")} (lần nâng cấp gần nhất được liệt kê).`
        : "Số lũy kế cuối năm tính từ các ngày nâng cấp quan hệ mà nguồn liệt kê.",
      confidence: toConfidence(csp.status),
    });
  }
  const latest = observations.at(-1);
  if (latest?.value !== csp.value_as_of_2025_10_29) {
    throw new Error(`IND_CSP_COUNT: derived ${latest?.value} for ${lastYear}, the file states ${csp.value_as_of_2025_10_29}`);
  }
  return {
    code: "IND_CSP_COUNT",
    nameVi: csp.name_vi,
    nameEn: csp.name_en,
    unitVi: "quốc gia",
    unitEn: "countries",
    direction: "INCREASE",
    measure: "COUNT",
    isPortalDefined: false,
    aggregation: "NATIONAL_ONLY",
    isReportable: false,
    objectiveCode: "SO1",
    baselineYear: null,
    baselineValue: null,
    ...NO_TARGET,
    sourceUrls,
    confidence: toConfidence(csp.status),
    observations,
  };
}

function softPowerRank(data: LoadedReferenceData): IndicatorSpec {
  const sp = data.softPower;
  const before = sp.series.find((point) => point.period === "before");
  const reported = sp.series.find((point) => point.period === "2023-2024 report");
  if (!before || !reported) throw new Error("reference-data.json: IND_SOFT_POWER_RANK series is incomplete");
  const sourceUrls = sourceUrlsOf(sp.source);
  return {
    code: "IND_SOFT_POWER_RANK",
    nameVi: "Thứ hạng sức mạnh mềm quốc gia (theo báo cáo của Ban Chỉ đạo)",
    nameEn: sp.name_en,
    unitVi: "thứ hạng (trên 193)",
    unitEn: "rank (of 193)",
    direction: "DECREASE",
    measure: "RANK",
    isPortalDefined: false,
    aggregation: "NATIONAL_ONLY",
    isReportable: false,
    objectiveCode: "SO3",
    // The earlier rank's year is not stated.
    baselineYear: null,
    baselineValue: before.value,
    ...NO_TARGET,
    sourceUrls,
    confidence: toConfidence(sp.status),
    observations: [
      {
        year: 2024,
        value: reported.value,
        asOfDate: null,
        sourceUrls,
        sourceNote: SOFT_POWER_NOTE,
        confidence: "PARTIAL",
      },
    ],
  };
}

// Contributions organizations report each period; the national value is their sum. These are the portal's own
// definitions, so they have no external source and no observations until reports are accepted.
function reportable(
  code: string,
  objectiveCode: string,
  names: { nameVi: string; nameEn: string; unitVi: string; unitEn: string },
): IndicatorSpec {
  return {
    code,
    ...names,
    direction: "INCREASE",
    measure: "COUNT",
    isPortalDefined: true,
    aggregation: "SUM",
    isReportable: true,
    objectiveCode,
    baselineYear: null,
    baselineValue: null,
    ...NO_TARGET,
    sourceUrls: [],
    confidence: "CONFIRMED",
    observations: [],
  };
}

export function buildIndicatorSpecs(data: LoadedReferenceData): IndicatorSpec[] {
  return [
    unescoTotal(data),
    ...unescoCategories(data),
    comprehensiveStrategicPartners(data),
    softPowerRank(data),
    reportable("IND_EVENTS_ABROAD", "SO1", {
      nameVi: "Số hoạt động ngoại giao văn hóa tổ chức ở nước ngoài",
      nameEn: "Cultural-diplomacy events organized abroad",
      unitVi: "hoạt động",
      unitEn: "events",
    }),
    reportable("IND_EVENTS_DOMESTIC", "SO3", {
      nameVi: "Số hoạt động ngoại giao văn hóa tổ chức trong nước",
      nameEn: "Cultural-diplomacy events organized at home",
      unitVi: "hoạt động",
      unitEn: "events",
    }),
    reportable("IND_DELEGATIONS", "SO1", {
      nameVi: "Số đoàn nước ngoài đón tiếp",
      nameEn: "Foreign delegations received",
      unitVi: "đoàn",
      unitEn: "delegations",
    }),
    reportable("IND_UNESCO_DOSSIERS", "SO4", {
      nameVi: "Số hồ sơ UNESCO được hỗ trợ",
      nameEn: "UNESCO dossiers supported",
      unitVi: "hồ sơ",
      unitEn: "dossiers",
    }),
  ];
}

export async function seedIndicators(tx: Tx, specs: IndicatorSpec[], strategyId: string, objectiveIds: Map<string, string>): Promise<void> {
  for (const [index, spec] of specs.entries()) {
    const objectiveId = objectiveIds.get(spec.objectiveCode);
    if (!objectiveId) throw new Error(`Indicator ${spec.code} refers to unknown objective ${spec.objectiveCode}`);
    const { code, objectiveCode: _objectiveCode, observations, ...rest } = spec;
    const fields = { ...rest, strategyId, objectiveId, sortOrder: index + 1 };
    const indicator = await tx.indicator.upsert({
      where: { code },
      create: { code, ...fields },
      update: fields,
      select: { id: true },
    });
    for (const observation of observations) {
      // The compound unique (indicatorId, year, organizationId) cannot be upserted with a null organization.
      const existing = await tx.indicatorObservation.findFirst({
        where: { indicatorId: indicator.id, year: observation.year, organizationId: null },
        select: { id: true },
      });
      if (existing) {
        await tx.indicatorObservation.update({ where: { id: existing.id }, data: observation });
      } else {
        await tx.indicatorObservation.create({ data: { indicatorId: indicator.id, ...observation } });
      }
    }
  }
}
