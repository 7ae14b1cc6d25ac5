import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Confidence, OrganizationKind, Region } from "@/lib/generated/prisma/enums";
import { cachedReference } from "@/lib/server/cache/reference-cache";
import { db } from "@/lib/server/db";

// The acting user, for authorization to come; the directory is public reference data within the portal.
type Viewer = { id: string } | null;

export const ORGANIZATIONS_PAGE_SIZE = 50;

// The directory's filters (the `?kind=` values) and the organization kinds each one shows.
export const organizationKindFilters = ["ministries", "provinces", "former", "mofa", "national"] as const;
export type OrganizationKindFilter = (typeof organizationKindFilters)[number];

// "former" shows every unit that has ended: the 52 former provinces and the ministries that existed until
// 28/02/2025; the other filters show the units of their kinds still in existence.
const whereByFilter: Record<OrganizationKindFilter, Prisma.OrganizationWhereInput> = {
  ministries: { kind: { in: ["MINISTRY", "MINISTERIAL_AGENCY"] }, validTo: null },
  provinces: { kind: { in: ["CITY", "PROVINCE"] } },
  former: { OR: [{ kind: "FORMER_PROVINCE" }, { validTo: { not: null } }] },
  mofa: { kind: { in: ["MOFA_UNIT", "STEERING_COMMITTEE", "REPRESENTATIVE_MISSION"] } },
  national: { kind: "NATIONAL_BODY" },
};

// Listing order: central bodies, then the 34 current provincial units, then their predecessors, then MOFA.
const kindOrder: Record<OrganizationKind, number> = {
  MINISTRY: 0,
  MINISTERIAL_AGENCY: 1,
  CITY: 2,
  PROVINCE: 3,
  FORMER_PROVINCE: 4,
  STEERING_COMMITTEE: 5,
  MOFA_UNIT: 6,
  REPRESENTATIVE_MISSION: 7,
  NATIONAL_BODY: 8,
};

export type OrganizationDirectoryQuery = {
  kind: OrganizationKindFilter | null;
  q: string;
  page: number;
};

// Calendar dates are ISO `yyyy-mm-dd` strings.
export type OrganizationRefDto = {
  id: string;
  code: string;
  kind: OrganizationKind;
  nameVi: string;
  nameEn: string | null;
  validTo: string | null;
};

export type OrganizationDto = {
  id: string;
  code: string;
  kind: OrganizationKind;
  nameVi: string;
  nameEn: string | null;
  shortNameVi: string | null;
  region: Region | null;
  parent: OrganizationRefDto | null;
  validFrom: string | null;
  validTo: string | null;
  isActive: boolean;
  sourceUrls: string[];
  confidence: Confidence;
  // The unit that took over this one (former provinces).
  successor: OrganizationRefDto | null;
  // The units this one absorbed (provinces and cities formed on 01/07/2025), by Vietnamese name.
  predecessors: OrganizationRefDto[];
  // Names the unit had before (e.g. Thừa Thiên Huế until 31/12/2024), newest first.
  formerNames: Array<{ nameVi: string; validTo: string | null }>;
  // Representative missions: host country and the other countries covered (ISO 3166 alpha-2).
  hostCountryCode: string | null;
  accreditedCountryCodes: string[];
  officialCode: string | null;
};

export type OrganizationPageDto = {
  rows: OrganizationDto[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
};

type SearchParamValue = string | string[] | undefined;

function firstValue(value: SearchParamValue): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

// Unknown or malformed parameters fall back to the unfiltered first page rather than failing.
export function parseOrganizationDirectoryQuery(params: {
  kind?: SearchParamValue;
  q?: SearchParamValue;
  page?: SearchParamValue;
}): OrganizationDirectoryQuery {
  const kind = firstValue(params.kind);
  const page = Number.parseInt(firstValue(params.page), 10);
  return {
    kind: (organizationKindFilters as readonly string[]).includes(kind) ? (kind as OrganizationKindFilter) : null,
    q: firstValue(params.q).trim().slice(0, 100),
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

// Lower case without diacritics, so "ha noi", "Hà Nội" and "HA NOI" match alike; đ is a letter of its own in
// Unicode (no decomposition), hence the explicit mapping.
export function normalizeSearchText(value: string): string {
  return value.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/\s+/g, " ").trim();
}

const refSelect = { id: true, code: true, kind: true, nameVi: true, nameEn: true, validTo: true } satisfies Prisma.OrganizationSelect;

function toRefDto(row: Prisma.OrganizationGetPayload<{ select: typeof refSelect }>): OrganizationRefDto {
  return { ...row, validTo: toIsoDate(row.validTo) };
}

function toIsoDate(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

// The directory holds a bounded set of units (17 ministries and agencies, 34 provinces and cities, 52 former
// provinces, MOFA units), so filtering and paging happen here after one query: this gives accent-insensitive
// Vietnamese matching without the `unaccent` extension, which the schema does not install. The loaded, sorted
// rows of a kind filter (with their search text) are kept per data version (lib/server/cache/reference-cache.ts):
// a page view then filters and slices them without a database query. The typed words match as one phrase,
// inside any one name, current or former: "ha giang" finds Hà Giang but not Hậu Giang; "thua thien" finds
// Thành phố Huế by its name until 31/12/2024.
type DirectoryRow = { dto: OrganizationDto; searchText: string[] };

async function loadDirectory(kind: OrganizationKindFilter | null): Promise<DirectoryRow[]> {
  const rows = await db.organization.findMany({
    where: kind ? whereByFilter[kind] : {},
    include: {
      names: { select: { nameVi: true, nameEn: true, validTo: true }, orderBy: { validTo: "desc" } },
      parent: { select: refSelect },
      successor: { select: refSelect },
      predecessors: { select: refSelect },
    },
  });
  const collator = new Intl.Collator("vi");
  return rows
    .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || collator.compare(a.nameVi, b.nameVi))
    .map((row) => ({
      searchText: [row.nameVi, row.nameEn, row.shortNameVi, row.code, ...row.names.flatMap((name) => [name.nameVi, name.nameEn])]
        .filter((field): field is string => Boolean(field))
        .map(normalizeSearchText),
      dto: {
        id: row.id,
        code: row.code,
        kind: row.kind,
        nameVi: row.nameVi,
        nameEn: row.nameEn,
        shortNameVi: row.shortNameVi,
        region: row.region,
        parent: row.parent ? toRefDto(row.parent) : null,
        validFrom: toIsoDate(row.validFrom),
        validTo: toIsoDate(row.validTo),
        isActive: row.isActive,
        sourceUrls: row.sourceUrls,
        confidence: row.confidence,
        successor: row.successor ? toRefDto(row.successor) : null,
        predecessors: [...row.predecessors].sort((a, b) => collator.compare(a.nameVi, b.nameVi)).map(toRefDto),
        formerNames: row.names
          .filter((name) => name.nameVi !== row.nameVi)
          .map((name) => ({ nameVi: name.nameVi, validTo: toIsoDate(name.validTo) })),
        hostCountryCode: row.hostCountryCode,
        accreditedCountryCodes: row.accreditedCountryCodes,
        officialCode: row.officialCode,
      },
    }));
}

export async function listOrganizations(_viewer: Viewer, query: OrganizationDirectoryQuery): Promise<OrganizationPageDto> {
  const rows = await cachedReference(`organizations:${query.kind ?? "all"}`, () => loadDirectory(query.kind));
  const phrase = normalizeSearchText(query.q);
  const matching = phrase ? rows.filter((row) => row.searchText.some((text) => text.includes(phrase))) : rows;

  const pageCount = Math.max(1, Math.ceil(matching.length / ORGANIZATIONS_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const start = (page - 1) * ORGANIZATIONS_PAGE_SIZE;
  return {
    rows: matching.slice(start, start + ORGANIZATIONS_PAGE_SIZE).map((row) => row.dto),
    total: matching.length,
    page,
    pageSize: ORGANIZATIONS_PAGE_SIZE,
    pageCount,
  };
}
