// Vietnam's UNESCO titles as pipeline dossiers at stage "inscribed" (one per title in the reference data, with
// its inscription year or date and sources), the extensions and files in preparation that public sources name,
// and UNESCO's cycle dates per programme. Safe to run again: dossiers are keyed by programme and element name,
// rules by programme; later edits by users are kept.
import { z } from "zod";
import type { Confidence, Prisma } from "../../lib/generated/prisma/client";
import type { UnescoProgramme, UnescoStage } from "../../lib/domain/unesco-pipeline";
import rawReferenceData from "../seed-data/reference-data.json";
import { sourceUrlsOf, toConfidence } from "./reference-data";
import { CULTURAL_DIPLOMACY_BUREAU_CODE, MOFA_CODE } from "./organizations";

type Tx = Prisma.TransactionClient;

const source = z.union([z.string(), z.array(z.string()), z.null()]).optional();
const titleSchema = z.object({
  category: z.string(),
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  year_first: z.number().int(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  status: z.string(),
  type: z.string().optional(),
  list: z.string().optional(),
  note: z.string().optional(),
  source,
});
type TitleItem = z.infer<typeof titleSchema>;

export type SeedDossier = {
  elementVi: string;
  elementEn: string;
  programme: UnescoProgramme;
  stage: UnescoStage;
  stageDate: string | null;
  inscribedYear: number | null;
  isExtension: boolean;
  leadCode: string;
  notes: string | null;
  sourceUrls: string[];
  confidence: Confidence;
  history: Array<{ stage: UnescoStage; year: number; date: string | null }>;
};

const MINISTRY_OF_CULTURE = "BVHTTDL";
const MINISTRY_OF_AGRICULTURE_ENVIRONMENT = "BNNMT";

// Documentary heritage: which register each item is on (3 international + 6 Asia-Pacific at the end of 2023
// per thuvienphapluat; the 2024 bronze urns went on the Asia-Pacific register, the 2025 Hoàng Vân collection on
// the international one). The register is not in the reference file, so these rows are tagged PARTIAL.
const MOW_INTERNATIONAL_NAMES = new Set([
  "Woodblocks of the Nguyen Dynasty",
  "Stone stele records of royal examinations (Temple of Literature)",
  "Royal records of the Nguyen Dynasty",
  "Documentary collection of composer Hoang Van",
]);
const MOW_REGISTER_SOURCE =
  "https://thuvienphapluat.vn/hoi-dap-phap-luat/839F139-hd-danh-sach-di-san-van-hoa-tu-lieu-duoc-unesco-cong-nhan-tai-viet-nam.html";

// Creative cities are led by the city's province-level unit (after the 2025 merger: Hội An is in Đà Nẵng,
// Đà Lạt in Lâm Đồng).
const CREATIVE_CITY_LEADS: Record<string, string> = { Hanoi: "P01", "Hoi An": "P21", "Da Lat": "P25", "Ho Chi Minh City": "P27" };

function programmeOf(item: TitleItem): UnescoProgramme | null {
  switch (item.category) {
    case "WORLD_HERITAGE":
      return item.type === "natural" ? "WH_NATURAL" : item.type === "mixed" ? "WH_MIXED" : "WH_CULTURAL";
    case "ICH":
      return item.list?.startsWith("Urgent") ? "ICH_URGENT" : "ICH_REPRESENTATIVE";
    case "DOCUMENTARY":
      return MOW_INTERNATIONAL_NAMES.has(item.name_en) ? "MOW_INTERNATIONAL" : "MOW_ASIA_PACIFIC";
    case "CREATIVE_CITY":
      return "CREATIVE_CITY";
    case "GLOBAL_GEOPARK":
      return "GLOBAL_GEOPARK";
    case "BIOSPHERE_RESERVE":
      return "BIOSPHERE_RESERVE";
    default:
      // Celebrated anniversaries are UNESCO recognitions but not nominations of this pipeline.
      return null;
  }
}

function leadOf(item: TitleItem, programme: UnescoProgramme): string {
  if (programme === "CREATIVE_CITY") {
    const city = Object.entries(CREATIVE_CITY_LEADS).find(([name]) => item.name_en.startsWith(name));
    if (city) return city[1];
  }
  return programme === "BIOSPHERE_RESERVE" ? MINISTRY_OF_AGRICULTURE_ENVIRONMENT : MINISTRY_OF_CULTURE;
}

export function buildInscribedDossiers(items: readonly unknown[]): SeedDossier[] {
  const dossiers: SeedDossier[] = [];
  for (const raw of items) {
    const item = titleSchema.parse(raw);
    const programme = programmeOf(item);
    if (!programme) continue;
    const registerGuessed = programme.startsWith("MOW_");
    const confidence = toConfidence(item.status);
    dossiers.push({
      elementVi: item.name_vi,
      elementEn: item.name_en,
      programme,
      stage: "INSCRIBED",
      stageDate: item.date ?? null,
      inscribedYear: item.year_first,
      isExtension: false,
      leadCode: leadOf(item, programme),
      notes: item.note ?? null,
      sourceUrls: sourceUrlsOf(item.source, registerGuessed ? MOW_REGISTER_SOURCE : null),
      confidence: registerGuessed && confidence === "CONFIRMED" ? "PARTIAL" : confidence,
      history: [{ stage: "INSCRIBED", year: item.year_first, date: item.date ?? null }],
    });
  }
  return dossiers;
}

// Files the public sources name beyond the inscribed titles. Phong Nha–Kẻ Bàng's third nomination: the joint
// Vietnam–Laos extension to Hin Nam No, submitted in February 2024 and approved by the World Heritage Committee
// on 13 July 2025 — an extension of an inscribed property, so it does not add a title.
export const NAMED_DOSSIERS: readonly SeedDossier[] = [
  {
    elementVi: "Điều chỉnh ranh giới Vườn quốc gia Phong Nha - Kẻ Bàng mở rộng sang Vườn quốc gia Hin Nam No (Lào)",
    elementEn: "Phong Nha-Ke Bang boundary modification to include Hin Nam No National Park (Lao PDR)",
    programme: "WH_NATURAL",
    stage: "INSCRIBED",
    stageDate: "2025-07-13",
    inscribedYear: 2025,
    isExtension: true,
    leadCode: "P20",
    notes: "Third nomination of Phong Nha - Ke Bang (2003, 2015 extension); joint dossier with the Lao PDR.",
    sourceUrls: [
      "https://vietnam.vnanet.vn/english/tin-van/national-parks-of-vietnam-laos-recognized-as-transboundary-world-heritage-site-402527.html",
      "https://vir.com.vn/unesco-adds-phong-nha-ke-bang-to-transboundary-heritage-list-132466.html",
      "https://hinnamno.org/quang-binh-and-khammouane-provinces-propose-to-their-governments-to-jointly-nominate-phong-nha-ke-bang-pnkb-hin-nam-no-hnn-national-parks-as-the-first-and-only-natural-transbound/",
    ],
    confidence: "CONFIRMED",
    history: [
      { stage: "IN_PREPARATION", year: 2023, date: "2023-09-26" },
      { stage: "SUBMITTED", year: 2024, date: null },
      { stage: "INSCRIBED", year: 2025, date: "2025-07-13" },
    ],
  },
];

// UNESCO's submission dates. Verified: World Heritage 1 February (WHC briefing on the 2013 cycle), intangible
// heritage 31 March (ICH Section notices), Global Geoparks 1 October–30 November (UNESCO's geopark page). The
// others depend on each call and are kept as configurable, unconfirmed dates.
type RuleSeed = {
  programme: UnescoProgramme;
  month: number;
  day: number;
  intervalYears: number;
  anchorYear: number;
  confidence: Confidence;
  sourceUrls: string[];
  noteVi: string | null;
  noteEn: string | null;
};
const WH_SOURCE = "https://slideplayer.com./amp/13409261";
const ICH_SOURCES = [
  "https://ich.unesco.org/en/news/inscriptions-in-2014-the-deadline-is-approaching-00004",
  "https://indiaeducationdiary.in/deadline-for-the-2021-cycle-nominations/",
];
const GEOPARK_SOURCE = "https://en.unesco.org/global-geoparks/how-to-become-geopark";
const CALL_NOTE_VI = "Hạn nộp thay đổi theo từng đợt kêu gọi; cần xác nhận lại với UNESCO.";
const CALL_NOTE_EN = "The deadline changes with each call; confirm it with UNESCO.";

export const UNESCO_DEADLINE_RULES: readonly RuleSeed[] = [
  ...(["WH_CULTURAL", "WH_NATURAL", "WH_MIXED"] as const).map((programme) => ({
    programme,
    month: 2,
    day: 1,
    intervalYears: 1,
    anchorYear: 2000,
    confidence: "CONFIRMED" as const,
    sourceUrls: [WH_SOURCE],
    noteVi: null,
    noteEn: null,
  })),
  ...(["ICH_REPRESENTATIVE", "ICH_URGENT", "ICH_GOOD_PRACTICE"] as const).map((programme) => ({
    programme,
    month: 3,
    day: 31,
    intervalYears: 1,
    anchorYear: 2000,
    confidence: "CONFIRMED" as const,
    sourceUrls: ICH_SOURCES,
    noteVi: null,
    noteEn: null,
  })),
  {
    programme: "GLOBAL_GEOPARK",
    month: 11,
    day: 30,
    intervalYears: 1,
    anchorYear: 2000,
    confidence: "CONFIRMED",
    sourceUrls: [GEOPARK_SOURCE],
    noteVi: "Thư bày tỏ ý định trước ngày 1/7.",
    noteEn: "Letter of intent by 1 July.",
  },
  {
    programme: "MOW_INTERNATIONAL",
    month: 3,
    day: 31,
    intervalYears: 2,
    anchorYear: 2012,
    confidence: "UNCONFIRMED",
    sourceUrls: ["http://seapavaa.net/2011/calls-for-mow-nominations"],
    noteVi: CALL_NOTE_VI,
    noteEn: CALL_NOTE_EN,
  },
  {
    programme: "MOW_ASIA_PACIFIC",
    month: 9,
    day: 15,
    intervalYears: 2,
    anchorYear: 2025,
    confidence: "UNCONFIRMED",
    sourceUrls: [
      "https://fundsforindividuals.fundsforngos.org/event/nominations-open-for-memory-of-the-world-regional-register-for-asia-and-the-pacific/",
      "https://unescomow.nz/article/1908-2",
    ],
    noteVi: CALL_NOTE_VI,
    noteEn: CALL_NOTE_EN,
  },
  {
    programme: "CREATIVE_CITY",
    month: 6,
    day: 30,
    intervalYears: 2,
    anchorYear: 2025,
    confidence: "UNCONFIRMED",
    sourceUrls: [],
    noteVi: CALL_NOTE_VI,
    noteEn: CALL_NOTE_EN,
  },
  {
    programme: "BIOSPHERE_RESERVE",
    month: 9,
    day: 30,
    intervalYears: 1,
    anchorYear: 2000,
    confidence: "UNCONFIRMED",
    sourceUrls: [],
    noteVi: CALL_NOTE_VI,
    noteEn: CALL_NOTE_EN,
  },
];

export function buildSeedDossiers(): SeedDossier[] {
  return [...buildInscribedDossiers(rawReferenceData.unesco_titles.items), ...NAMED_DOSSIERS];
}

function day(iso: string | null): Date | null {
  return iso ? new Date(`${iso}T00:00:00.000Z`) : null;
}

export async function seedUnesco(tx: Tx): Promise<void> {
  for (const rule of UNESCO_DEADLINE_RULES) {
    await tx.unescoDeadlineRule.upsert({ where: { programme: rule.programme }, create: rule, update: {} });
  }
  const orgs = await tx.organization.findMany({
    where: {
      code: {
        in: [
          MOFA_CODE,
          CULTURAL_DIPLOMACY_BUREAU_CODE,
          MINISTRY_OF_CULTURE,
          MINISTRY_OF_AGRICULTURE_ENVIRONMENT,
          "P01",
          "P20",
          "P21",
          "P25",
          "P27",
        ],
      },
    },
    select: { id: true, code: true },
  });
  const idOf = new Map(orgs.map((o) => [o.code, o.id]));
  const supporters = [MOFA_CODE, CULTURAL_DIPLOMACY_BUREAU_CODE].flatMap((code) => (idOf.has(code) ? [{ id: idOf.get(code)! }] : []));
  for (const d of buildSeedDossiers()) {
    const leadOrganizationId = idOf.get(d.leadCode);
    if (!leadOrganizationId) throw new Error(`UNESCO seed: organization ${d.leadCode} is missing`);
    const existing = await tx.unescoDossier.findFirst({ where: { programme: d.programme, elementEn: d.elementEn }, select: { id: true } });
    if (existing) continue;
    await tx.unescoDossier.create({
      data: {
        elementVi: d.elementVi,
        elementEn: d.elementEn,
        programme: d.programme,
        stage: d.stage,
        stageDate: day(d.stageDate),
        inscribedYear: d.inscribedYear,
        isExtension: d.isExtension,
        leadOrganizationId,
        supporters: { connect: supporters },
        notes: d.notes,
        sourceUrls: d.sourceUrls,
        confidence: d.confidence,
        stageEvents: { create: d.history.map((h) => ({ stage: h.stage, occurredYear: h.year, occurredOn: day(h.date) })) },
      },
    });
  }
}
