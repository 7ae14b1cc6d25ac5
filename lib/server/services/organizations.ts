import "server-only";
import { diffRecords } from "@/lib/domain/audit-diff";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { formatDate } from "@/lib/i18n/format";
import {
  createOrganizationSchema,
  updateOrganizationSchema,
  type CreateOrganizationInput,
  type OrganizationFormValues,
  type UpdateOrganizationInput,
} from "@/lib/schemas/organizations";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/session";
import { db } from "../db";
import { authorize } from "../guards";
import { parseInput } from "../validation";
import { textOf } from "@/lib/domain/text-of";
import { choosesIssuingBody } from "@/lib/domain/report-document";

type Tx = Prisma.TransactionClient;
type OrganizationRow = Prisma.OrganizationGetPayload<{
  include: { parent: { select: { code: true } }; successor: { select: { code: true } } };
}>;

function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2002";
  const text = error instanceof Error ? `${error.message} ${textOf((error as { cause?: unknown }).cause)}` : "";
  return /23505|unique constraint/i.test(text);
}

function isoDate(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

// The audit trail records the codes of linked units next to their ids, so the history reads without look-ups.
function snapshotOf(row: OrganizationRow) {
  return {
    code: row.code,
    kind: row.kind,
    nameVi: row.nameVi,
    nameEn: row.nameEn,
    shortNameVi: row.shortNameVi,
    region: row.region,
    parentId: row.parentId,
    parentCode: row.parent?.code ?? null,
    successorId: row.successorId,
    successorCode: row.successor?.code ?? null,
    validFrom: isoDate(row.validFrom),
    validTo: isoDate(row.validTo),
    hostCountryCode: row.hostCountryCode,
    accreditedCountryCodes: row.accreditedCountryCodes.join(","),
    officialCode: row.officialCode,
    reportIssuer: row.reportIssuer,
    isActive: row.isActive,
  };
}

export function toOrganizationFormValues(row: {
  code: string;
  kind: string;
  nameVi: string;
  nameEn: string | null;
  shortNameVi: string | null;
  region: string | null;
  parentId: string | null;
  successorId: string | null;
  validFrom: Date | null;
  validTo: Date | null;
  hostCountryCode: string | null;
  accreditedCountryCodes: string[];
  officialCode: string | null;
  reportIssuer: string | null;
  isActive: boolean;
  version: number;
}): OrganizationFormValues {
  return {
    code: row.code,
    kind: row.kind,
    nameVi: row.nameVi,
    nameEn: row.nameEn ?? "",
    shortNameVi: row.shortNameVi ?? "",
    region: row.region ?? "",
    parentId: row.parentId ?? "",
    successorId: row.successorId ?? "",
    validFrom: formatDate(row.validFrom),
    validTo: formatDate(row.validTo),
    hostCountryCode: row.hostCountryCode ?? "",
    accreditedCountryCodes: row.accreditedCountryCodes.join(", "),
    officialCode: row.officialCode ?? "",
    reportIssuer: row.reportIssuer === "FOREIGN_AFFAIRS_DEPARTMENT" ? row.reportIssuer : "",
    isActive: row.isActive,
    version: row.version,
  };
}

async function loadOrganization(tx: Tx, id: string): Promise<OrganizationRow> {
  const row = await tx.organization.findUnique({
    where: { id },
    include: { parent: { select: { code: true } }, successor: { select: { code: true } } },
  });
  if (!row) throw new NotFoundError();
  return row;
}

// Following `next` links from `start`, do we come back to `id`? (A visited set stops on cycles already present.)
export function leadsTo(links: ReadonlyMap<string, string | null>, start: string, id: string): boolean {
  const seen = new Set<string>();
  let current: string | null | undefined = start;
  while (current && !seen.has(current)) {
    if (current === id) return true;
    seen.add(current);
    current = links.get(current);
  }
  return false;
}

// Parent and successor must exist, must not be the unit itself, and must not close a loop (a unit that
// succeeds its own successor, or is its own ancestor). `id` is null for a unit being created, which no
// existing link can reach yet.
async function checkLinks(tx: Tx, id: string | null, data: Pick<UpdateOrganizationInput, "parentId" | "successorId">) {
  const fieldErrors: Record<string, string[]> = {};
  // Serialises edits of links so that two concurrent edits cannot each close half of a loop.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('organization-links'))`;
  const rows = await tx.organization.findMany({ select: { id: true, parentId: true, successorId: true } });
  const known = new Set(rows.map((r) => r.id));
  const successors = new Map(rows.map((r) => [r.id, r.successorId]));
  const parents = new Map(rows.map((r) => [r.id, r.parentId]));
  if (data.successorId) {
    if (data.successorId === id) fieldErrors.successorId = ["successor_self"];
    else if (!known.has(data.successorId)) fieldErrors.successorId = ["unknown_organization"];
    else if (id && leadsTo(successors, data.successorId, id)) fieldErrors.successorId = ["successor_cycle"];
  }
  if (data.parentId) {
    if (data.parentId === id) fieldErrors.parentId = ["parent_self"];
    else if (!known.has(data.parentId)) fieldErrors.parentId = ["unknown_organization"];
    else if (id && leadsTo(parents, data.parentId, id)) fieldErrors.parentId = ["parent_cycle"];
  }
  if (Object.keys(fieldErrors).length) throw new ValidationError(fieldErrors);
}

function editableData(data: CreateOrganizationInput | UpdateOrganizationInput) {
  return {
    nameVi: data.nameVi,
    nameEn: data.nameEn,
    shortNameVi: data.shortNameVi,
    region: data.region,
    parentId: data.parentId,
    successorId: data.successorId,
    validFrom: data.validFrom,
    validTo: data.validTo,
    hostCountryCode: data.hostCountryCode,
    accreditedCountryCodes: data.accreditedCountryCodes,
    officialCode: data.officialCode,
    reportIssuer: data.reportIssuer,
    isActive: data.isActive,
  };
}

// Only a province or city chooses its reports' issuing body; for any other unit the choice means nothing.
function checkReportIssuer(kind: string, data: Pick<UpdateOrganizationInput, "reportIssuer">) {
  if (data.reportIssuer && !choosesIssuingBody(kind)) throw new ValidationError({ reportIssuer: ["report_issuer_province_only"] });
}

export async function createOrganization(actor: Actor, input: unknown): Promise<{ id: string }> {
  authorize(actor, "organization:manage");
  const data = parseInput(createOrganizationSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      // Case-insensitive but exact (Prisma's insensitive equals is ILIKE, where `_` matches any character).
      const existing = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Organization" WHERE lower(code) = lower(${data.code}) LIMIT 1`;
      if (existing.length) throw new ValidationError({ code: ["code_taken"] });
      checkReportIssuer(data.kind, data);
      await checkLinks(tx, null, data);
      const created = await tx.organization.create({
        data: { code: data.code, kind: data.kind, ...editableData(data) },
        select: { id: true },
      });
      const row = await loadOrganization(tx, created.id);
      await recordAudit(tx, actor, { entity: "Organization", entityId: row.id, action: "create", before: null, after: snapshotOf(row) });
      return { id: row.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError({ code: ["code_taken"] });
    throw error;
  }
}

// Optimistic concurrency: the input carries the version the form was loaded with. If the row has changed
// since, nothing is written and the ConflictError carries the current values (as form values) to show.
export async function updateOrganization(actor: Actor, organizationId: string, input: unknown): Promise<{ version: number }> {
  authorize(actor, "organization:manage");
  const data = parseInput(updateOrganizationSchema, input);
  return db.$transaction(async (tx) => {
    const before = await loadOrganization(tx, organizationId);
    if (before.version !== data.version) throw new ConflictError(undefined, toOrganizationFormValues(before));
    checkReportIssuer(before.kind, data);
    await checkLinks(tx, organizationId, data);
    const next = editableData(data);
    const current = Object.fromEntries(Object.keys(next).map((key) => [key, before[key as keyof typeof next]]));
    // Saving an unchanged form writes nothing: no new version, no empty audit entry.
    if (Object.keys(diffRecords(current, next)).length === 0) return { version: before.version };
    // The version condition makes the check and the write one atomic step, even against a concurrent writer.
    const { count } = await tx.organization.updateMany({
      where: { id: organizationId, version: data.version },
      data: { ...next, version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await loadOrganization(tx, organizationId);
      throw new ConflictError(undefined, toOrganizationFormValues(current));
    }
    const after = await loadOrganization(tx, organizationId);
    await recordAudit(tx, actor, {
      entity: "Organization",
      entityId: organizationId,
      action: "update",
      before: snapshotOf(before),
      after: snapshotOf(after),
    });
    return { version: after.version };
  });
}
