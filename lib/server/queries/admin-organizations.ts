import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ORGANIZATION_KINDS, type OrganizationFormValues, type OrganizationKindValue } from "@/lib/schemas/organizations";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { authorize } from "../guards";
import { toOrganizationFormValues } from "../services/organizations";
import { normalizeSearchText } from "./organizations";

export const ADMIN_ORGANIZATIONS_PAGE_SIZE = 25;

export const organizationStatusFilters = ["active", "inactive"] as const;
export type OrganizationStatusFilter = (typeof organizationStatusFilters)[number];

export type AdminOrganizationQuery = {
  kind: OrganizationKindValue | null;
  status: OrganizationStatusFilter | null;
  q: string;
  page: number;
};

export type OrganizationRefDto = { id: string; code: string; nameVi: string; nameEn: string | null };

export type AdminOrganizationRowDto = {
  id: string;
  code: string;
  kind: OrganizationKindValue;
  nameVi: string;
  nameEn: string | null;
  shortNameVi: string | null;
  parent: OrganizationRefDto | null;
  successor: OrganizationRefDto | null;
  // ISO yyyy-mm-dd
  validFrom: string | null;
  validTo: string | null;
  isActive: boolean;
  userCount: number;
};

export type AdminOrganizationPageDto = {
  rows: AdminOrganizationRowDto[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
};

type SearchParamValue = string | string[] | undefined;

function firstValue(value: SearchParamValue): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

export function parseAdminOrganizationQuery(params: {
  kind?: SearchParamValue;
  status?: SearchParamValue;
  q?: SearchParamValue;
  page?: SearchParamValue;
}): AdminOrganizationQuery {
  const kind = firstValue(params.kind);
  const status = firstValue(params.status);
  const page = Number.parseInt(firstValue(params.page), 10);
  return {
    kind: (ORGANIZATION_KINDS as readonly string[]).includes(kind) ? (kind as OrganizationKindValue) : null,
    status: (organizationStatusFilters as readonly string[]).includes(status) ? (status as OrganizationStatusFilter) : null,
    q: firstValue(params.q).trim().slice(0, 100),
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

const refSelect = { id: true, code: true, nameVi: true, nameEn: true } satisfies Prisma.OrganizationSelect;

function isoDate(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

// The directory is bounded (about 120 units), so the text filter runs here after one query: it matches
// without diacritics ("ha noi" finds "Hà Nội"), which Postgres cannot do without the unaccent extension.
export async function listAdminOrganizations(viewer: SessionUser, query: AdminOrganizationQuery): Promise<AdminOrganizationPageDto> {
  authorize(viewer, "organization:manage");
  const rows = await db.organization.findMany({
    where: {
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.status ? { isActive: query.status === "active" } : {}),
    },
    include: {
      parent: { select: refSelect },
      successor: { select: refSelect },
      names: { select: { nameVi: true } },
      _count: { select: { users: true } },
    },
  });
  const terms = normalizeSearchText(query.q).split(" ").filter(Boolean);
  const collator = new Intl.Collator("vi");
  const matching = rows
    .filter((row) => {
      const haystack = normalizeSearchText(
        [row.code, row.nameVi, row.nameEn ?? "", row.shortNameVi ?? "", ...row.names.map((n) => n.nameVi)].join(" "),
      );
      return terms.every((term) => haystack.includes(term));
    })
    .sort(
      (a, b) =>
        ORGANIZATION_KINDS.indexOf(a.kind) - ORGANIZATION_KINDS.indexOf(b.kind) ||
        collator.compare(a.nameVi, b.nameVi) ||
        a.code.localeCompare(b.code),
    );
  const pageCount = Math.max(1, Math.ceil(matching.length / ADMIN_ORGANIZATIONS_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const start = (page - 1) * ADMIN_ORGANIZATIONS_PAGE_SIZE;
  return {
    rows: matching.slice(start, start + ADMIN_ORGANIZATIONS_PAGE_SIZE).map((row) => ({
      id: row.id,
      code: row.code,
      kind: row.kind,
      nameVi: row.nameVi,
      nameEn: row.nameEn,
      shortNameVi: row.shortNameVi,
      parent: row.parent,
      successor: row.successor,
      validFrom: isoDate(row.validFrom),
      validTo: isoDate(row.validTo),
      isActive: row.isActive,
      userCount: row._count.users,
    })),
    total: matching.length,
    page,
    pageSize: ADMIN_ORGANIZATIONS_PAGE_SIZE,
    pageCount,
  };
}

export type OrganizationEditDto = {
  id: string;
  values: OrganizationFormValues;
  userCount: number;
  predecessors: OrganizationRefDto[];
  updatedAt: string;
};

export async function getOrganizationForEdit(viewer: SessionUser, organizationId: string): Promise<OrganizationEditDto | null> {
  authorize(viewer, "organization:manage");
  const row = await db.organization.findUnique({
    where: { id: organizationId },
    include: { predecessors: { select: refSelect, orderBy: { nameVi: "asc" } }, _count: { select: { users: true } } },
  });
  if (!row) return null;
  return {
    id: row.id,
    values: toOrganizationFormValues(row),
    userCount: row._count.users,
    predecessors: row.predecessors,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type OrganizationOptionDto = {
  id: string;
  code: string;
  kind: OrganizationKindValue;
  nameVi: string;
  nameEn: string | null;
  isActive: boolean;
};

// Choices for selects (a user's organization, a unit's parent or successor), grouped by kind then by name.
export async function listOrganizationOptions(
  viewer: SessionUser,
  options: { activeOnly?: boolean } = {},
): Promise<OrganizationOptionDto[]> {
  authorize(viewer, "organization:read");
  const rows = await db.organization.findMany({
    where: options.activeOnly ? { isActive: true } : {},
    select: { id: true, code: true, kind: true, nameVi: true, nameEn: true, isActive: true },
  });
  const collator = new Intl.Collator("vi");
  return rows.sort(
    (a, b) => ORGANIZATION_KINDS.indexOf(a.kind) - ORGANIZATION_KINDS.indexOf(b.kind) || collator.compare(a.nameVi, b.nameVi),
  );
}

export async function countOrganizations(viewer: SessionUser): Promise<{ total: number; active: number }> {
  authorize(viewer, "organization:manage");
  const [total, active] = await Promise.all([db.organization.count(), db.organization.count({ where: { isActive: true } })]);
  return { total, active };
}
