import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseCalendarDate } from "@/lib/domain/dates";
import type { AuditChangeDto, AuditEntryDto, AuditEntryPageDto } from "@/lib/dto/audit";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { authorize } from "../guards";

export const AUDIT_PAGE_SIZE = 50;
const HISTORY_LIMIT = 200;
// Vietnam has no daylight saving time: a calendar day there starts at 17:00 UTC the day before.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type AuditFilters = {
  entity: string;
  entityId: string;
  actorEmail: string;
  action: string;
  // Calendar days in Vietnam time, both inclusive (UTC midnight dates, as parseCalendarDate returns them).
  from: Date | null;
  to: Date | null;
  page: number;
};

export type AuditFilterInput = {
  entity: string;
  entityId: string;
  actorEmail: string;
  action: string;
  from: string;
  to: string;
};

type SearchParamValue = string | string[] | undefined;

function firstValue(value: SearchParamValue, max = 200): string {
  return ((Array.isArray(value) ? value[0] : value) ?? "").trim().slice(0, max);
}

// The filters from the URL: `input` echoes what was typed (for the form), `invalid` names the date fields that
// are not dd/MM/yyyy dates (those filters are then not applied).
export function parseAuditFilters(params: Record<string, SearchParamValue>): {
  filters: AuditFilters;
  input: AuditFilterInput;
  invalid: ("from" | "to")[];
} {
  const input: AuditFilterInput = {
    entity: firstValue(params.entity, 100),
    entityId: firstValue(params.entityId, 100),
    actorEmail: firstValue(params.actorEmail, 254),
    action: firstValue(params.action, 100),
    from: firstValue(params.from, 20),
    to: firstValue(params.to, 20),
  };
  const from = input.from ? parseCalendarDate(input.from) : null;
  const to = input.to ? parseCalendarDate(input.to) : null;
  const invalid: ("from" | "to")[] = [];
  if (input.from && !from) invalid.push("from");
  if (input.to && !to) invalid.push("to");
  const page = Number.parseInt(firstValue(params.page), 10);
  return {
    filters: {
      entity: input.entity,
      entityId: input.entityId,
      actorEmail: input.actorEmail,
      action: input.action,
      from,
      to,
      page: Number.isFinite(page) && page > 0 ? page : 1,
    },
    input,
    invalid,
  };
}

function whereOf(filters: Partial<AuditFilters>): Prisma.AuditLogWhereInput {
  const at: Prisma.DateTimeFilter = {};
  if (filters.from) at.gte = new Date(filters.from.getTime() - VIETNAM_OFFSET_MS);
  if (filters.to) at.lt = new Date(filters.to.getTime() + DAY_MS - VIETNAM_OFFSET_MS);
  return {
    ...(filters.entity ? { entity: filters.entity } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.actorEmail ? { actorEmail: { contains: filters.actorEmail, mode: "insensitive" } } : {}),
    ...(filters.from || filters.to ? { at } : {}),
  };
}

type AuditRow = Prisma.AuditLogGetPayload<object>;

function toChanges(changes: Prisma.JsonValue | null): AuditChangeDto[] {
  if (!changes || typeof changes !== "object" || Array.isArray(changes)) return [];
  return Object.entries(changes).map(([field, change]) => {
    const pair = change && typeof change === "object" && !Array.isArray(change) ? (change as Record<string, unknown>) : { after: change };
    return { field, before: pair.before ?? null, after: pair.after ?? null };
  });
}

function toEntryDto(row: AuditRow): AuditEntryDto {
  return {
    id: row.id.toString(),
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorEmail: row.actorEmail,
    entity: row.entity,
    entityId: row.entityId,
    action: row.action,
    changes: toChanges(row.changes),
    ip: row.ip,
    userAgent: row.userAgent,
  };
}

// Newest first. Ties on the timestamp (entries of one transaction) keep their insertion order, newest first.
const newestFirst: Prisma.AuditLogOrderByWithRelationInput[] = [{ at: "desc" }, { id: "desc" }];

export async function listAuditEntries(viewer: SessionUser, filters: Partial<AuditFilters> = {}): Promise<AuditEntryPageDto> {
  authorize(viewer, "audit:read");
  const where = whereOf(filters);
  const total = await db.auditLog.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(Math.max(1, filters.page ?? 1), pageCount);
  const rows = await db.auditLog.findMany({ where, orderBy: newestFirst, skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE });
  return { entries: rows.map(toEntryDto), total, page, pageSize: AUDIT_PAGE_SIZE, pageCount };
}

// The change history of one record, for its own page (plans, tasks, reports, users, organizations). The caller
// has already authorized reading that record, which is what entitles the viewer to its history.
export async function listEntityHistory(_viewer: SessionUser, entity: string, entityId: string): Promise<AuditEntryDto[]> {
  const rows = await db.auditLog.findMany({ where: { entity, entityId }, orderBy: newestFirst, take: HISTORY_LIMIT });
  return rows.map(toEntryDto);
}
