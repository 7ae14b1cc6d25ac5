import "server-only";
import { ROLES, type Role } from "@/lib/domain/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { authorize } from "../guards";

export const USERS_PAGE_SIZE = 25;

export const userStatusFilters = ["active", "inactive"] as const;
export type UserStatusFilter = (typeof userStatusFilters)[number];

export type UserListQuery = { q: string; role: Role | null; status: UserStatusFilter | null; page: number };

export type AdminUserRowDto = {
  id: string;
  name: string;
  email: string;
  role: Role;
  organization: { id: string; code: string; nameVi: string; nameEn: string | null; isActive: boolean };
  isActive: boolean;
  mustChangePassword: boolean;
  isDemo: boolean;
  // ISO timestamps
  lastLoginAt: string | null;
  createdAt: string;
};

export type AdminUserPageDto = { rows: AdminUserRowDto[]; total: number; page: number; pageSize: number; pageCount: number };

type SearchParamValue = string | string[] | undefined;

function firstValue(value: SearchParamValue): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

// Unknown or malformed parameters fall back to the unfiltered first page rather than failing.
export function parseUserListQuery(params: {
  q?: SearchParamValue;
  role?: SearchParamValue;
  status?: SearchParamValue;
  page?: SearchParamValue;
}): UserListQuery {
  const role = firstValue(params.role);
  const status = firstValue(params.status);
  const page = Number.parseInt(firstValue(params.page), 10);
  return {
    q: firstValue(params.q).trim().slice(0, 100),
    role: (ROLES as readonly string[]).includes(role) ? (role as Role) : null,
    status: (userStatusFilters as readonly string[]).includes(status) ? (status as UserStatusFilter) : null,
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

const rowSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  isActive: true,
  mustChangePassword: true,
  isDemo: true,
  lastLoginAt: true,
  createdAt: true,
  organization: { select: { id: true, code: true, nameVi: true, nameEn: true, isActive: true } },
} satisfies Prisma.UserSelect;

function toRowDto(row: Prisma.UserGetPayload<{ select: typeof rowSelect }>): AdminUserRowDto {
  return { ...row, lastLoginAt: row.lastLoginAt?.toISOString() ?? null, createdAt: row.createdAt.toISOString() };
}

export async function listUsers(viewer: SessionUser, query: UserListQuery): Promise<AdminUserPageDto> {
  authorize(viewer, "user:manage");
  const terms = query.q.split(/\s+/).filter(Boolean);
  const where: Prisma.UserWhereInput = {
    ...(query.role ? { role: query.role } : {}),
    ...(query.status ? { isActive: query.status === "active" } : {}),
    // Every word must appear in the name, the e-mail or the organization's name or code.
    AND: terms.map((term) => ({
      OR: [
        { name: { contains: term, mode: "insensitive" } },
        { email: { contains: term, mode: "insensitive" } },
        { organization: { nameVi: { contains: term, mode: "insensitive" } } },
        { organization: { code: { contains: term, mode: "insensitive" } } },
      ],
    })),
  };
  const total = await db.user.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows = await db.user.findMany({
    where,
    select: rowSelect,
    orderBy: [{ isActive: "desc" }, { name: "asc" }, { id: "asc" }],
    skip: (page - 1) * USERS_PAGE_SIZE,
    take: USERS_PAGE_SIZE,
  });
  return { rows: rows.map(toRowDto), total, page, pageSize: USERS_PAGE_SIZE, pageCount };
}

export type AdminUserDetailDto = AdminUserRowDto & { sessionVersion: number; updatedAt: string };

export async function getUserForAdmin(viewer: SessionUser, userId: string): Promise<AdminUserDetailDto | null> {
  authorize(viewer, "user:manage");
  const row = await db.user.findUnique({ where: { id: userId }, select: { ...rowSelect, sessionVersion: true, updatedAt: true } });
  if (!row) return null;
  return { ...toRowDto(row), sessionVersion: row.sessionVersion, updatedAt: row.updatedAt.toISOString() };
}

export async function countUsers(viewer: SessionUser): Promise<{ total: number; active: number }> {
  authorize(viewer, "user:manage");
  const [total, active] = await Promise.all([db.user.count(), db.user.count({ where: { isActive: true } })]);
  return { total, active };
}
