// Organizations over time, with their sources: the ministries that existed until 28/02/2025 (Resolution
// 176/2025/QH15) and their successors, the dated names of provincial units (Thừa Thiên Huế until 31/12/2024; the
// former centrally-run cities), MOFA's State Committee for Overseas Vietnamese and the national bodies active in
// cultural diplomacy. Keyed by code; a second run changes nothing.
//
// Not seeded, for want of a public source the portal could cite: the list of Vietnam's representative missions
// with their accreditations (administrators add them), the names of the 24 MOFA units of the Steering Committee,
// and the official administrative codes of Decision 19/2025/QĐ-TTg and Decision 124/2004/QĐ-TTg (administrators
// record them on each organization).
import type { Confidence, OrganizationKind, Prisma } from "../../lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

// Resolution 176/2025/QH15: the Government's new structure operates from 01/03/2025.
export const MINISTRY_RESTRUCTURE_DAY = "2025-03-01";
const LAST_DAY_OF_FORMER_MINISTRIES = "2025-02-28";
const RESOLUTION_176_SOURCES = [
  "https://lawnet.vn/thong-tin-phap-luat/en/thong-bao-van-ban-moi/new-features-in-the-structure-of-the-government-of-vietnam-from-march-1-2025-176627.html",
  "https://news.laodong.vn/thoi-su/bo-may-cua-chinh-phu-sau-sap-xep-se-hoat-dong-tu-13-1469868.ldo",
];

export const FORMER_MINISTRIES: Array<{ code: string; kind: OrganizationKind; nameVi: string; nameEn: string; successorCode: string }> = [
  {
    code: "FM-BKHDT",
    kind: "MINISTRY",
    nameVi: "Bộ Kế hoạch và Đầu tư",
    nameEn: "Ministry of Planning and Investment",
    successorCode: "BTC",
  },
  { code: "FM-BGTVT", kind: "MINISTRY", nameVi: "Bộ Giao thông vận tải", nameEn: "Ministry of Transport", successorCode: "BXD" },
  {
    code: "FM-BTNMT",
    kind: "MINISTRY",
    nameVi: "Bộ Tài nguyên và Môi trường",
    nameEn: "Ministry of Natural Resources and Environment",
    successorCode: "BNNMT",
  },
  {
    code: "FM-BNNPTNT",
    kind: "MINISTRY",
    nameVi: "Bộ Nông nghiệp và Phát triển nông thôn",
    nameEn: "Ministry of Agriculture and Rural Development",
    successorCode: "BNNMT",
  },
  {
    code: "FM-BTTTT",
    kind: "MINISTRY",
    nameVi: "Bộ Thông tin và Truyền thông",
    nameEn: "Ministry of Information and Communications",
    successorCode: "BKHCN",
  },
  {
    code: "FM-BLDTBXH",
    kind: "MINISTRY",
    nameVi: "Bộ Lao động - Thương binh và Xã hội",
    nameEn: "Ministry of Labour, Invalids and Social Affairs",
    successorCode: "BNV",
  },
  {
    code: "FM-UBDT",
    kind: "MINISTERIAL_AGENCY",
    nameVi: "Ủy ban Dân tộc",
    nameEn: "Committee for Ethnic Minority Affairs",
    successorCode: "BDTTG",
  },
];

// Ministries created on 01/03/2025 (not continuations of an existing ministry): they owe no report before then.
export const MINISTRIES_CREATED_ON_RESTRUCTURE = ["BNNMT", "BDTTG"];

const HUE_SOURCES = [
  "https://en.sggp.org.vn/hue-elevated-to-centrally-administered-city-ushering-in-new-development-era-post114837.html",
  "https://khamphahue.com.vn/en-us/Hue-24h/Life/tid/Hue-City-a-Centrally-Governed-City-with-9-District-Level-Administrative-Units-and-133-Commune-Level-Administrative-Units.html/pid/17686/cid/514",
];
const MERGER_SOURCE = "https://news.laodong.vn/thoi-su/thoi-diem-ket-thuc-hoat-dong-bo-may-52-tinh-thanh-cu-1522769.ldo";

// Earlier names of organizations, keyed by the organization's code. The former centrally-run cities print as
// "THÀNH PHỐ …" (the sggp article lists them with Hà Nội and Hồ Chí Minh City as the five cities before Huế).
export const NAME_HISTORY: Array<{
  code: string;
  nameVi: string;
  nameEn: string;
  unitType: "PROVINCE" | "CITY";
  validTo: string;
  basisVi: string;
  sourceUrls: string[];
}> = [
  {
    code: "P02",
    nameVi: "Thừa Thiên Huế",
    nameEn: "Thua Thien Hue",
    unitType: "PROVINCE",
    validTo: "2024-12-31",
    basisVi: "Nghị quyết 175/2024/QH15",
    sourceUrls: HUE_SOURCES,
  },
  {
    code: "FP-HAI-PHONG",
    nameVi: "Thành phố Hải Phòng",
    nameEn: "Hai Phong City",
    unitType: "CITY",
    validTo: "2025-06-30",
    basisVi: "Nghị quyết 202/2025/QH15",
    sourceUrls: [HUE_SOURCES[0]!, MERGER_SOURCE],
  },
  {
    code: "FP-DA-NANG",
    nameVi: "Thành phố Đà Nẵng",
    nameEn: "Da Nang City",
    unitType: "CITY",
    validTo: "2025-06-30",
    basisVi: "Nghị quyết 202/2025/QH15",
    sourceUrls: [HUE_SOURCES[0]!, MERGER_SOURCE],
  },
  {
    code: "FP-CAN-THO",
    nameVi: "Thành phố Cần Thơ",
    nameEn: "Can Tho City",
    unitType: "CITY",
    validTo: "2025-06-30",
    basisVi: "Nghị quyết 202/2025/QH15",
    sourceUrls: [HUE_SOURCES[0]!, MERGER_SOURCE],
  },
  {
    code: "FP-HO-CHI-MINH",
    nameVi: "Thành phố Hồ Chí Minh",
    nameEn: "Ho Chi Minh City",
    unitType: "CITY",
    validTo: "2025-06-30",
    basisVi: "Nghị quyết 202/2025/QH15",
    sourceUrls: [HUE_SOURCES[0]!, MERGER_SOURCE],
  },
];

type BodySpec = {
  code: string;
  kind: OrganizationKind;
  parentCode: string | null;
  nameVi: string;
  nameEn: string;
  shortNameVi: string | null;
  sourceUrls: string[];
  confidence: Confidence;
};

export const NATIONAL_BODIES: BodySpec[] = [
  {
    // Decision 30/2023/QĐ-TTg: a general-department-level agency under MOFA. Its place after MOFA's 2025
    // restructuring is not confirmed by the sources found, hence PARTIAL.
    code: "BNG-UBNVNONN",
    kind: "MOFA_UNIT",
    parentCode: "BNG",
    nameVi: "Ủy ban Nhà nước về người Việt Nam ở nước ngoài",
    nameEn: "State Committee for Overseas Vietnamese",
    shortNameVi: null,
    sourceUrls: [
      "https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/the-latest-organizational-structure-of-the-state-committee-for-overseas-vietnamese-130241.html",
      "https://baoquocte.vn/cong-tac-kieu-bao-trong-ky-nguyen-moi-298597.html",
    ],
    confidence: "PARTIAL",
  },
  {
    // Inter-ministerial body chaired by a Deputy Foreign Minister; its secretariat is in MOFA.
    code: "UBQG-UNESCO",
    kind: "NATIONAL_BODY",
    parentCode: null,
    nameVi: "Ủy ban Quốc gia UNESCO Việt Nam",
    nameEn: "Viet Nam National Commission for UNESCO",
    shortNameVi: null,
    sourceUrls: [
      "http://www.mofa.gov.vn/en/vd_quantam/nr140910220932/",
      "https://en.sggp.org.vn/new-chairperson-of-national-commission-for-unesco-appointed-post113850.html",
    ],
    confidence: "CONFIRMED",
  },
  {
    code: "VTV",
    kind: "NATIONAL_BODY",
    parentCode: null,
    nameVi: "Đài Truyền hình Việt Nam",
    nameEn: "Vietnam Television",
    shortNameVi: "VTV",
    sourceUrls: ["https://beta.antv.gov.vn/tag/vtv/articles.html"],
    confidence: "CONFIRMED",
  },
  {
    code: "VOV",
    kind: "NATIONAL_BODY",
    parentCode: null,
    nameVi: "Đài Tiếng nói Việt Nam",
    nameEn: "Voice of Vietnam",
    shortNameVi: "VOV",
    sourceUrls: ["https://vneconomy.vn/thu-tuong-pham-minh-chinh-tieng-noi-viet-nam-luon-vang-xa-bay-cao.htm"],
    confidence: "CONFIRMED",
  },
  {
    code: "TTXVN",
    kind: "NATIONAL_BODY",
    parentCode: null,
    nameVi: "Thông tấn xã Việt Nam",
    nameEn: "Vietnam News Agency",
    shortNameVi: "TTXVN",
    sourceUrls: ["https://www.vietnamplus.vn/ttxvn-khang-dinh-vi-the-tren-truong-quoc-te-va-trong-quan-he-viet-trung-post1061735.vnp"],
    confidence: "CONFIRMED",
  },
  {
    // A socio-political organization specialised in people-to-people diplomacy (its statutes approved by the PM).
    code: "VUFO",
    kind: "NATIONAL_BODY",
    parentCode: null,
    nameVi: "Liên hiệp các tổ chức hữu nghị Việt Nam",
    nameEn: "Vietnam Union of Friendship Organizations",
    shortNameVi: "VUFO",
    sourceUrls: ["https://en.vietnamplus.vn/vufo-plays-key-role-in-peopletopeople-diplomacy/198126.vnp"],
    confidence: "CONFIRMED",
  },
];

async function idOf(tx: Tx, code: string): Promise<string> {
  const row = await tx.organization.findUnique({ where: { code }, select: { id: true } });
  if (!row) throw new Error(`Organization ${code} must be seeded first`);
  return row.id;
}

type Fields = Omit<Prisma.OrganizationUncheckedCreateInput, "code" | "id">;

// Create when missing; otherwise set only the fields that differ (a second run writes nothing).
async function ensureOrganization(tx: Tx, code: string, fields: Fields): Promise<string> {
  const existing = await tx.organization.findUnique({ where: { code } });
  if (!existing) return (await tx.organization.create({ data: { code, ...fields }, select: { id: true } })).id;
  const changed = Object.entries(fields).filter(([key, value]) => {
    if (key === "isActive") return false; // administrators' setting once created
    const current = (existing as Record<string, unknown>)[key];
    if (current instanceof Date && value instanceof Date) return current.getTime() !== value.getTime();
    if (Array.isArray(current) && Array.isArray(value)) return current.join("\n") !== value.join("\n");
    return (current ?? null) !== (value ?? null);
  });
  if (changed.length) {
    await tx.organization.update({ where: { id: existing.id }, data: { ...Object.fromEntries(changed), version: { increment: 1 } } });
  }
  return existing.id;
}

export async function seedOrganizationHistory(tx: Tx): Promise<void> {
  for (const ministry of FORMER_MINISTRIES) {
    await ensureOrganization(tx, ministry.code, {
      kind: ministry.kind,
      nameVi: ministry.nameVi,
      nameEn: ministry.nameEn,
      validTo: day(LAST_DAY_OF_FORMER_MINISTRIES),
      successorId: await idOf(tx, ministry.successorCode),
      sourceUrls: RESOLUTION_176_SOURCES,
      confidence: "CONFIRMED",
      isActive: false,
    });
  }
  for (const body of NATIONAL_BODIES) {
    await ensureOrganization(tx, body.code, {
      kind: body.kind,
      nameVi: body.nameVi,
      nameEn: body.nameEn,
      shortNameVi: body.shortNameVi,
      parentId: body.parentCode ? await idOf(tx, body.parentCode) : null,
      sourceUrls: body.sourceUrls,
      confidence: body.confidence,
    });
  }
  for (const name of NAME_HISTORY) {
    const organizationId = await idOf(tx, name.code);
    const data = {
      nameEn: name.nameEn,
      unitType: name.unitType,
      validFrom: null,
      validTo: day(name.validTo),
      basisVi: name.basisVi,
      sourceUrls: name.sourceUrls,
      confidence: "CONFIRMED" as const,
    };
    const existing = await tx.organizationName.findUnique({ where: { organizationId_nameVi: { organizationId, nameVi: name.nameVi } } });
    if (!existing) await tx.organizationName.create({ data: { organizationId, nameVi: name.nameVi, ...data } });
    else if (
      existing.validTo?.getTime() !== data.validTo.getTime() ||
      existing.unitType !== data.unitType ||
      existing.sourceUrls.join("\n") !== data.sourceUrls.join("\n")
    ) {
      await tx.organizationName.update({ where: { id: existing.id }, data });
    }
  }
}
