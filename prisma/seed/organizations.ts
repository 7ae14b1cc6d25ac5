// Ministries and ministerial-level agencies (Resolution 176/2025/QH15), the 34 provincial-level units and the 52
// former provinces they absorbed (Resolution 202/2025/QH15), MOFA's cultural-diplomacy units and the Steering
// Committee. Every row is keyed by its code.
import type { Confidence, OrganizationKind, Prisma, Region } from "../../lib/generated/prisma/client";
import { dayBefore, sourceUrlsOf, toConfidence, toDate, type LoadedReferenceData, type ProvinceItem } from "./reference-data";
import { MINISTRIES_CREATED_ON_RESTRUCTURE, MINISTRY_RESTRUCTURE_DAY, seedOrganizationHistory } from "./organization-history";
import { stripDiacritics, toAsciiSlug } from "./text";

type Tx = Prisma.TransactionClient;

export const MOFA_CODE = "BNG";
export const CULTURAL_DIPLOMACY_BUREAU_CODE = "BNG-CNVNGVH";
export const FORMER_CULTURAL_DIPLOMACY_DEPARTMENT_CODE = "BNG-VNGVHUNESCO";
export const STEERING_COMMITTEE_CODE = "BCD-NGVH";

// Regions by ordinary geography (the seven-region division the Region enum follows). A merged unit takes the
// region of the unit that kept its name.
const PROVINCE_REGIONS: Record<string, Region> = {
  P01: "RED_RIVER_DELTA", // Hà Nội
  P02: "NORTH_CENTRAL_COAST", // Huế
  P03: "NORTHERN_MIDLANDS_MOUNTAINS", // Lai Châu
  P04: "NORTHERN_MIDLANDS_MOUNTAINS", // Điện Biên
  P05: "NORTHERN_MIDLANDS_MOUNTAINS", // Sơn La
  P06: "NORTHERN_MIDLANDS_MOUNTAINS", // Lạng Sơn
  P07: "RED_RIVER_DELTA", // Quảng Ninh (statistically part of the Red River Delta region)
  P08: "NORTH_CENTRAL_COAST", // Thanh Hóa
  P09: "NORTH_CENTRAL_COAST", // Nghệ An
  P10: "NORTH_CENTRAL_COAST", // Hà Tĩnh
  P11: "NORTHERN_MIDLANDS_MOUNTAINS", // Cao Bằng
  P12: "NORTHERN_MIDLANDS_MOUNTAINS", // Tuyên Quang
  P13: "NORTHERN_MIDLANDS_MOUNTAINS", // Lào Cai
  P14: "NORTHERN_MIDLANDS_MOUNTAINS", // Thái Nguyên
  P15: "NORTHERN_MIDLANDS_MOUNTAINS", // Phú Thọ
  P16: "RED_RIVER_DELTA", // Bắc Ninh
  P17: "RED_RIVER_DELTA", // Hưng Yên
  P18: "RED_RIVER_DELTA", // Hải Phòng
  P19: "RED_RIVER_DELTA", // Ninh Bình
  P20: "NORTH_CENTRAL_COAST", // Quảng Trị
  P21: "SOUTH_CENTRAL_COAST", // Đà Nẵng
  P22: "SOUTH_CENTRAL_COAST", // Quảng Ngãi
  P23: "CENTRAL_HIGHLANDS", // Gia Lai
  P24: "SOUTH_CENTRAL_COAST", // Khánh Hòa
  P25: "CENTRAL_HIGHLANDS", // Lâm Đồng
  P26: "CENTRAL_HIGHLANDS", // Đắk Lắk
  P27: "SOUTHEAST", // TP Hồ Chí Minh
  P28: "SOUTHEAST", // Đồng Nai
  P29: "SOUTHEAST", // Tây Ninh
  P30: "MEKONG_DELTA", // Cần Thơ
  P31: "MEKONG_DELTA", // Vĩnh Long
  P32: "MEKONG_DELTA", // Đồng Tháp
  P33: "MEKONG_DELTA", // Cà Mau
  P34: "MEKONG_DELTA", // An Giang
};

// Former provinces keep the region they belonged to before the merger, so history can still be grouped by region.
const FORMER_PROVINCE_REGIONS: Record<string, Region> = {
  "FP-TUYEN-QUANG": "NORTHERN_MIDLANDS_MOUNTAINS",
  "FP-HA-GIANG": "NORTHERN_MIDLANDS_MOUNTAINS",
  "FP-LAO-CAI": "NORTHERN_MIDLANDS_MOUNTAINS",
  "FP-YEN-BAI": "NORTHERN_MIDLANDS_MOUNTAINS",
  "FP-THAI-NGUYEN": "NORTHERN_MIDLANDS_MOUNTAINS",
  "FP-BAC-KAN": "NORTHERN_MIDLANDS_MOUNTAINS",
  "FP-PHU-THO": "NORTHERN_MIDLANDS_MOUNTAINS",
  "FP-VINH-PHUC": "RED_RIVER_DELTA",
  "FP-HOA-BINH": "NORTHERN_MIDLANDS_MOUNTAINS",
  "FP-BAC-NINH": "RED_RIVER_DELTA",
  "FP-BAC-GIANG": "NORTHERN_MIDLANDS_MOUNTAINS",
  "FP-HUNG-YEN": "RED_RIVER_DELTA",
  "FP-THAI-BINH": "RED_RIVER_DELTA",
  "FP-HAI-PHONG": "RED_RIVER_DELTA",
  "FP-HAI-DUONG": "RED_RIVER_DELTA",
  "FP-NINH-BINH": "RED_RIVER_DELTA",
  "FP-HA-NAM": "RED_RIVER_DELTA",
  "FP-NAM-DINH": "RED_RIVER_DELTA",
  "FP-QUANG-TRI": "NORTH_CENTRAL_COAST",
  "FP-QUANG-BINH": "NORTH_CENTRAL_COAST",
  "FP-DA-NANG": "SOUTH_CENTRAL_COAST",
  "FP-QUANG-NAM": "SOUTH_CENTRAL_COAST",
  "FP-QUANG-NGAI": "SOUTH_CENTRAL_COAST",
  "FP-KON-TUM": "CENTRAL_HIGHLANDS",
  "FP-GIA-LAI": "CENTRAL_HIGHLANDS",
  "FP-BINH-DINH": "SOUTH_CENTRAL_COAST",
  "FP-KHANH-HOA": "SOUTH_CENTRAL_COAST",
  "FP-NINH-THUAN": "SOUTH_CENTRAL_COAST",
  "FP-LAM-DONG": "CENTRAL_HIGHLANDS",
  "FP-DAK-NONG": "CENTRAL_HIGHLANDS",
  "FP-BINH-THUAN": "SOUTH_CENTRAL_COAST",
  "FP-DAK-LAK": "CENTRAL_HIGHLANDS",
  "FP-PHU-YEN": "SOUTH_CENTRAL_COAST",
  "FP-HO-CHI-MINH": "SOUTHEAST",
  "FP-BINH-DUONG": "SOUTHEAST",
  "FP-BA-RIA-VUNG-TAU": "SOUTHEAST",
  "FP-DONG-NAI": "SOUTHEAST",
  "FP-BINH-PHUOC": "SOUTHEAST",
  "FP-TAY-NINH": "SOUTHEAST",
  "FP-LONG-AN": "MEKONG_DELTA",
  "FP-CAN-THO": "MEKONG_DELTA",
  "FP-SOC-TRANG": "MEKONG_DELTA",
  "FP-HAU-GIANG": "MEKONG_DELTA",
  "FP-VINH-LONG": "MEKONG_DELTA",
  "FP-BEN-TRE": "MEKONG_DELTA",
  "FP-TRA-VINH": "MEKONG_DELTA",
  "FP-DONG-THAP": "MEKONG_DELTA",
  "FP-TIEN-GIANG": "MEKONG_DELTA",
  "FP-CA-MAU": "MEKONG_DELTA",
  "FP-BAC-LIEU": "MEKONG_DELTA",
  "FP-AN-GIANG": "MEKONG_DELTA",
  "FP-KIEN-GIANG": "MEKONG_DELTA",
};

const CITY_PREFIX = "Thành phố ";

type OrganizationFields = {
  kind: OrganizationKind;
  nameVi: string;
  nameEn: string | null;
  shortNameVi: string | null;
  region: Region | null;
  parentId: string | null;
  validFrom: Date | null;
  validTo: Date | null;
  successorId: string | null;
  sourceUrls: string[];
  confidence: Confidence;
};

function isSameValue(a: unknown, b: unknown): boolean {
  if (a == null || b == null) return a == null && b == null;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => isSameValue(x, b[i]));
  return a === b;
}

// Find by code, create when missing, update only the fields that differ. A plain `upsert` would rewrite
// `updatedAt` and would need to bump `version` on every run; this way a second run changes nothing at all.
// `isActive` is set on creation only: after that it belongs to the administrators.
async function upsertOrganization(tx: Tx, code: string, fields: OrganizationFields, options: { isActive?: boolean } = {}): Promise<string> {
  const existing = await tx.organization.findUnique({ where: { code } });
  if (!existing) {
    const created = await tx.organization.create({
      data: { code, ...fields, isActive: options.isActive ?? true },
      select: { id: true },
    });
    return created.id;
  }
  const keys = Object.keys(fields) as Array<keyof OrganizationFields>;
  if (keys.some((key) => !isSameValue(existing[key], fields[key]))) {
    await tx.organization.update({ where: { id: existing.id }, data: { ...fields, version: { increment: 1 } } });
  }
  return existing.id;
}

function formerProvinceCode(nameVi: string): string {
  return `FP-${toAsciiSlug(nameVi.startsWith(CITY_PREFIX) ? nameVi.slice(CITY_PREFIX.length) : nameVi)}`;
}

function formerProvinceNameEn(nameVi: string): string {
  return nameVi.startsWith(CITY_PREFIX) ? `${stripDiacritics(nameVi.slice(CITY_PREFIX.length))} City` : stripDiacritics(nameVi);
}

function shortProvinceName(item: ProvinceItem): string {
  if (item.name_vi === "Thành phố Hồ Chí Minh") return "TP. Hồ Chí Minh";
  return item.name_vi.startsWith(CITY_PREFIX) ? item.name_vi.slice(CITY_PREFIX.length) : item.name_vi;
}

function requireRegion(regions: Record<string, Region>, code: string): Region {
  const region = regions[code];
  if (!region) throw new Error(`No region defined for organization ${code}`);
  return region;
}

async function seedMinistries(tx: Tx, data: LoadedReferenceData): Promise<void> {
  const { items, legal_basis: basis } = data.ministries;
  const expected = basis.count_ministries + basis.count_ministerial_level_agencies;
  if (items.length !== expected) throw new Error(`Expected ${expected} ministries and agencies, found ${items.length}`);
  for (const item of items) {
    await upsertOrganization(tx, item.code, {
      kind: item.kind === "ministry" ? "MINISTRY" : "MINISTERIAL_AGENCY",
      nameVi: item.name_vi,
      nameEn: item.name_en,
      shortNameVi: null,
      region: null,
      parentId: null,
      // Resolution 176/2025/QH15: a ministry created on 01/03/2025 owes no report for the periods before.
      validFrom: MINISTRIES_CREATED_ON_RESTRUCTURE.includes(item.code) ? toDate(MINISTRY_RESTRUCTURE_DAY) : null,
      validTo: null,
      successorId: null,
      sourceUrls: sourceUrlsOf(item.source),
      confidence: toConfidence(item.status),
    });
  }
}

// The 34 units operating since 01/07/2025 and the 52 units they absorbed.
//
// A merged unit is a new legal unit even when it keeps one of the old names: "Tuyên Quang" since 01/07/2025
// is Tuyên Quang + Hà Giang, so the old province of Tuyên Quang also gets a FORMER_PROVINCE record (succeeded
// by the new one) and plans and reports filed before the merger stay attached to the unit that filed them.
// The 11 unchanged units are the same legal unit before and after: one organization, no former record.
async function seedProvinces(tx: Tx, data: LoadedReferenceData): Promise<void> {
  const { items, legal_basis: basis } = data.provinces;
  if (items.length !== basis.count) throw new Error(`Expected ${basis.count} provincial units, found ${items.length}`);
  const formerCount = items.reduce((sum, item) => sum + item.former_units_vi.length, 0);
  if (formerCount !== basis.merged_from) {
    throw new Error(`Expected ${basis.merged_from} former provinces, found ${formerCount}`);
  }
  const mergerDate = toDate(basis.operational_from);
  const lastDayOfFormerUnits = dayBefore(mergerDate);
  const legalBasisUrls = sourceUrlsOf(basis.source);

  for (const item of items) {
    if (item.merged !== item.former_units_vi.length > 0) {
      throw new Error(`Province ${item.code}: "merged" does not match its list of former units`);
    }
    const unitId = await upsertOrganization(tx, item.code, {
      kind: item.type === "city" ? "CITY" : "PROVINCE",
      nameVi: item.name_vi,
      nameEn: item.name_en,
      shortNameVi: shortProvinceName(item),
      region: requireRegion(PROVINCE_REGIONS, item.code),
      parentId: null,
      validFrom: item.merged ? mergerDate : null,
      validTo: null,
      successorId: null,
      sourceUrls: sourceUrlsOf(item.source),
      confidence: toConfidence(item.status),
    });
    for (const formerName of item.former_units_vi) {
      const code = formerProvinceCode(formerName);
      await upsertOrganization(
        tx,
        code,
        {
          kind: "FORMER_PROVINCE",
          nameVi: formerName,
          nameEn: formerProvinceNameEn(formerName),
          shortNameVi: null,
          region: requireRegion(FORMER_PROVINCE_REGIONS, code),
          parentId: null,
          validFrom: null,
          validTo: lastDayOfFormerUnits,
          successorId: unitId,
          sourceUrls: sourceUrlsOf(legalBasisUrls, item.source),
          confidence: toConfidence(item.status),
        },
        { isActive: false },
      );
    }
  }
}

// MOFA's lead unit for cultural diplomacy changed in the 2025 restructuring; the date of the change is not in
// the reference data, so the old department's validTo stays empty rather than guessed.
async function seedMofaUnits(tx: Tx, data: LoadedReferenceData): Promise<void> {
  const mofa = await tx.organization.findUnique({ where: { code: MOFA_CODE }, select: { id: true } });
  if (!mofa) throw new Error(`Organization ${MOFA_CODE} must be seeded before its units`);
  const units = data.implementation.mofa_units_2025;
  const unitSources = sourceUrlsOf(units.source);
  const bureauId = await upsertOrganization(tx, CULTURAL_DIPLOMACY_BUREAU_CODE, {
    kind: "MOFA_UNIT",
    nameVi: units.lead_unit_2025_vi,
    nameEn: units.lead_unit_2025_en,
    shortNameVi: null,
    region: null,
    parentId: mofa.id,
    validFrom: null,
    validTo: null,
    successorId: null,
    sourceUrls: unitSources,
    confidence: toConfidence(units.status),
  });
  await upsertOrganization(
    tx,
    FORMER_CULTURAL_DIPLOMACY_DEPARTMENT_CODE,
    {
      kind: "MOFA_UNIT",
      nameVi: units.lead_unit_before_2025_vi,
      nameEn: "Department of Cultural Diplomacy and UNESCO",
      shortNameVi: null,
      region: null,
      parentId: mofa.id,
      validFrom: null,
      validTo: null,
      successorId: bureauId,
      sourceUrls: unitSources,
      confidence: toConfidence(units.status),
    },
    { isActive: false },
  );
  const committee = data.implementation.steering_committee;
  await upsertOrganization(tx, STEERING_COMMITTEE_CODE, {
    kind: "STEERING_COMMITTEE",
    nameVi: committee.name_vi,
    nameEn: committee.name_en,
    shortNameVi: "Ban Chỉ đạo",
    region: null,
    parentId: mofa.id,
    validFrom: null,
    validTo: null,
    successorId: null,
    sourceUrls: sourceUrlsOf(committee.source),
    confidence: toConfidence(committee.status),
  });
}

export async function seedOrganizations(tx: Tx, data: LoadedReferenceData): Promise<void> {
  await seedMinistries(tx, data);
  await seedProvinces(tx, data);
  await seedMofaUnits(tx, data);
  await seedOrganizationHistory(tx);
}
