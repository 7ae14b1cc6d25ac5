import "server-only";
import { PLACE_ORGANIZATION_KINDS } from "@/lib/domain/activity-kinds";
import { titleKeyOf } from "@/lib/domain/activity-duplicates";
import { toIsoDate } from "@/lib/domain/dates";
import { ConflictError, ForbiddenError, InvalidStateError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { activityEvidenceLinkSchema, activityInputSchema, activityUpdateSchema, type ActivityInput } from "@/lib/schemas/activities";
import { recordAudit } from "../audit";
import type { Actor, SessionUser } from "../auth/session";
import { db } from "../db";
import { authorize } from "../guards";
import { activityResource, findDuplicateProposals } from "../queries/activities";
import { getFileStorage } from "../storage";
import { parseInput } from "../validation";
import { storeThenRecord } from "./attachments";

type Tx = Prisma.TransactionClient;

// A new activity that looks like one already in the register: the user joins it or confirms a new one.
export class LikelyDuplicateError extends ConflictError {
  override readonly code = "likely_duplicates";
}

export type Fields = Omit<ActivityInput, "confirmNew">;

// Codes → ids; any code not found is a field error, reported all at once.
async function resolveLinks(tx: Tx, input: Fields, leadOrganizationId: string) {
  const errors: Record<string, string[]> = {};
  const [coOrganizers, province, taskGroups, objectives, tasks] = await Promise.all([
    tx.organization.findMany({ where: { code: { in: input.coOrganizerCodes } }, select: { id: true, code: true } }),
    input.provinceCode ? tx.organization.findUnique({ where: { code: input.provinceCode }, select: { id: true, kind: true } }) : null,
    tx.taskGroup.findMany({ where: { code: { in: input.taskGroupCodes } }, select: { id: true } }),
    tx.objective.findMany({ where: { code: { in: input.objectiveCodes } }, select: { id: true } }),
    tx.planTask.findMany({ where: { id: { in: input.taskIds } }, select: { id: true } }),
  ]);
  if (coOrganizers.length !== input.coOrganizerCodes.length) errors.coOrganizerCodes = ["unknown_organization"];
  if (input.provinceCode && (!province || !(PLACE_ORGANIZATION_KINDS as readonly string[]).includes(province.kind)))
    errors.provinceCode = ["unknown_province"];
  if (taskGroups.length !== input.taskGroupCodes.length) errors.taskGroupCodes = ["unknown_task_group"];
  if (objectives.length !== input.objectiveCodes.length) errors.objectiveCodes = ["unknown_objective"];
  if (tasks.length !== input.taskIds.length) errors.taskIds = ["unknown_task"];
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return {
    coOrganizerIds: coOrganizers.map((o) => o.id).filter((id) => id !== leadOrganizationId),
    provinceId: province?.id ?? null,
    taskGroupIds: taskGroups.map((t) => t.id),
    objectiveIds: objectives.map((o) => o.id),
    taskIds: tasks.map((t) => t.id),
  };
}

function coreData(input: Fields, links: { provinceId: string | null }) {
  return {
    titleVi: input.titleVi,
    titleEn: input.titleEn,
    titleKey: titleKeyOf(input.titleVi),
    kind: input.kind,
    status: input.status,
    startDate: input.startDate,
    endDate: input.endDate,
    countryCode: input.countryCode,
    city: input.city,
    provinceId: links.provinceId,
    description: input.description,
    participants: input.participants,
    mediaItems: input.mediaItems,
    onlineViews: input.onlineViews,
    budgetVnd: input.budgetVnd,
    fundingSource: input.fundingSource,
  };
}

// JSON-safe core fields for the audit trail.
function auditFields(a: {
  titleVi: string;
  titleEn: string | null;
  kind: string;
  status: string;
  startDate: Date;
  endDate: Date;
  countryCode: string;
  city: string | null;
  provinceId: string | null;
  participants: number | null;
  mediaItems: number | null;
  onlineViews: number | null;
  budgetVnd: bigint | null;
  fundingSource: string | null;
}) {
  return {
    titleVi: a.titleVi,
    titleEn: a.titleEn,
    kind: a.kind,
    status: a.status,
    startDate: toIsoDate(a.startDate),
    endDate: toIsoDate(a.endDate),
    countryCode: a.countryCode,
    city: a.city,
    provinceId: a.provinceId,
    participants: a.participants,
    mediaItems: a.mediaItems,
    onlineViews: a.onlineViews,
    budgetVnd: a.budgetVnd === null ? null : a.budgetVnd.toString(),
    fundingSource: a.fundingSource,
  };
}

// Creates an activity led by the actor's organization. Unless `confirmNew` is set, likely duplicates already in
// the register refuse the creation (409 "likely_duplicates" listing them) so the user can join one instead.
export async function createActivity(actor: Actor, input: unknown, options: { isDemo?: boolean } = {}) {
  const leadOrganizationId = actor.user.organizationId;
  authorize(actor, "activity:create", { organizationId: leadOrganizationId });
  const { confirmNew, ...fields } = parseInput(activityInputSchema, input);
  if (!confirmNew) {
    const duplicates = await findDuplicateProposals(fields);
    if (duplicates.length) throw new LikelyDuplicateError("This activity looks like one already in the register.", { duplicates });
  }
  return db.$transaction(async (tx) => {
    const links = await resolveLinks(tx, fields, leadOrganizationId);
    return insertActivity(tx, actor, fields, links, { leadOrganizationId, isDemo: options.isDemo ?? false });
  });
}

export type ActivityLinks = Awaited<ReturnType<typeof resolveLinks>>;

// One new activity with its links and its audit entry, inside the caller's transaction (the form, the API and
// the spreadsheet import, which resolves the codes of a whole file at once).
export async function insertActivity(
  tx: Tx,
  actor: Actor,
  fields: Fields,
  links: ActivityLinks,
  { leadOrganizationId, isDemo = false, via }: { leadOrganizationId: string; isDemo?: boolean; via?: string },
) {
  const created = await tx.activity.create({
    data: {
      ...coreData(fields, links),
      leadOrganizationId,
      isDemo,
      createdById: actor.user.id,
      coOrganizers: { create: links.coOrganizerIds.map((organizationId) => ({ organizationId, joinedById: actor.user.id })) },
      partners: { create: fields.partners },
      taskGroups: { connect: links.taskGroupIds.map((id) => ({ id })) },
      objectives: { connect: links.objectiveIds.map((id) => ({ id })) },
      tasks: { connect: links.taskIds.map((id) => ({ id })) },
    },
  });
  await recordAudit(tx, actor, {
    entity: "Activity",
    entityId: created.id,
    action: "create",
    after: { ...auditFields(created), leadOrganizationId, coOrganizerIds: links.coOrganizerIds, ...(via ? { via } : {}) },
  });
  return created;
}

async function lockActivity(tx: Tx, activityId: string) {
  // Row lock: two editors saving the same version cannot both win.
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Activity" WHERE id = ${activityId} FOR UPDATE`;
  if (!locked.length) throw new NotFoundError();
  return tx.activity.findUniqueOrThrow({ where: { id: activityId }, include: { coOrganizers: { select: { organizationId: true } } } });
}

// The fields the web form does not show (partners, objectives, plan tasks, funding source): an edit from the form
// keeps them as they are, read under the row lock so that they belong to the version being replaced.
export const FIELDS_NOT_ON_FORM = ["partners", "objectiveCodes", "taskIds", "fundingSource"] as const;
type KeptField = (typeof FIELDS_NOT_ON_FORM)[number];

async function keptFields(tx: Tx, activityId: string, keep: readonly KeptField[]): Promise<Partial<Fields>> {
  if (!keep.length) return {};
  const current = await tx.activity.findUniqueOrThrow({
    where: { id: activityId },
    select: {
      fundingSource: true,
      partners: { select: { name: true, countryCode: true } },
      objectives: { select: { code: true } },
      tasks: { select: { id: true } },
    },
  });
  const all: Partial<Fields> = {
    partners: current.partners,
    objectiveCodes: current.objectives.map((o) => o.code),
    taskIds: current.tasks.map((t) => t.id),
    fundingSource: current.fundingSource,
  };
  return Object.fromEntries(keep.map((field) => [field, all[field]]));
}

// Core fields: only the lead organization's editors, on the version they read (409 with the current one).
// `keep` names fields the caller does not send, left as they are (the web form).
export async function updateActivity(actor: Actor, activityId: string, input: unknown, options: { keep?: readonly KeptField[] } = {}) {
  const access = await db.activity.findUnique({
    where: { id: activityId },
    select: { leadOrganizationId: true, coOrganizers: { select: { organizationId: true } } },
  });
  if (!access) throw new NotFoundError();
  authorize(actor, "activity:update", activityResource(access));
  const { version, ...sent } = parseInput(activityUpdateSchema, input);
  return db.$transaction(async (tx) => {
    const current = await lockActivity(tx, activityId);
    authorize(actor, "activity:update", activityResource(current));
    if (current.version !== version) throw new ConflictError(undefined, { ...auditFields(current), version: current.version });
    const fields: Fields = { ...sent, ...(await keptFields(tx, activityId, options.keep ?? [])) };
    const links = await resolveLinks(tx, fields, current.leadOrganizationId);
    const updated = await tx.activity.update({
      where: { id: activityId },
      data: {
        ...coreData(fields, links),
        version: { increment: 1 },
        partners: { deleteMany: {}, create: fields.partners },
        taskGroups: { set: links.taskGroupIds.map((id) => ({ id })) },
        objectives: { set: links.objectiveIds.map((id) => ({ id })) },
        tasks: { set: links.taskIds.map((id) => ({ id })) },
      },
    });
    const before = current.coOrganizers.map((c) => c.organizationId);
    await tx.activityCoOrganizer.deleteMany({ where: { activityId, organizationId: { notIn: links.coOrganizerIds } } });
    await tx.activityCoOrganizer.createMany({
      data: links.coOrganizerIds.map((organizationId) => ({ activityId, organizationId, joinedById: actor.user.id })),
      skipDuplicates: true,
    });
    await recordAudit(tx, actor, {
      entity: "Activity",
      entityId: activityId,
      action: "update",
      before: { ...auditFields(current), coOrganizerIds: before.sort() },
      after: { ...auditFields(updated), coOrganizerIds: [...links.coOrganizerIds].sort() },
    });
    return updated;
  });
}

// The actor's organization joins an existing activity as a co-organizer (instead of recording a copy).
export async function joinActivity(actor: Actor, activityId: string) {
  const organizationId = actor.user.organizationId;
  authorize(actor, "activity:join", { organizationId });
  return db.$transaction(async (tx) => {
    const activity = await lockActivity(tx, activityId);
    if (activity.leadOrganizationId === organizationId) throw new InvalidStateError("Your organization already leads this activity.");
    if (activity.coOrganizers.some((c) => c.organizationId === organizationId)) return activity;
    await tx.activityCoOrganizer.create({ data: { activityId, organizationId, joinedById: actor.user.id } });
    // The co-organizer list is part of what an edit sends back: an edit based on the version before the join is
    // stale (409) rather than silently dropping the organization that joined.
    await tx.activity.update({ where: { id: activityId }, data: { version: { increment: 1 } } });
    await recordAudit(tx, actor, { entity: "Activity", entityId: activityId, action: "join", after: { organizationId } });
    return activity;
  });
}

async function loadForEvidence(actor: Actor, activityId: string) {
  const access = await db.activity.findUnique({
    where: { id: activityId },
    select: { leadOrganizationId: true, coOrganizers: { select: { organizationId: true } } },
  });
  if (!access) throw new NotFoundError();
  authorize(actor, "activity:add-evidence", activityResource(access));
}

export async function addActivityEvidenceLink(actor: Actor, activityId: string, input: unknown) {
  await loadForEvidence(actor, activityId);
  const link = parseInput(activityEvidenceLinkSchema, input);
  return db.$transaction(async (tx) => {
    const created = await tx.activityEvidence.create({
      data: {
        activityId,
        kind: "LINK",
        url: link.url,
        label: link.label,
        organizationId: actor.user.organizationId,
        addedById: actor.user.id,
      },
    });
    await recordAudit(tx, actor, {
      entity: "ActivityEvidence",
      entityId: created.id,
      action: "create",
      after: { activityId, kind: "LINK", url: link.url, label: link.label },
    });
    return created;
  });
}

// A file is checked by its content (PDF, DOCX or XLSX) exactly like plan attachments, and kept in the same storage
// (storeThenRecord). The body is read only once the actor may add evidence to the loaded activity: a form passes
// `read`, so that nobody makes the server buffer and sniff files for activities that are not theirs.
export async function addActivityEvidenceFile(
  actor: Actor,
  activityId: string,
  file: { name: string; bytes: Uint8Array } | { name: string; read: () => Promise<Uint8Array> },
) {
  await loadForEvidence(actor, activityId);
  const bytes = "bytes" in file ? file.bytes : await file.read();
  return storeThenRecord({ name: file.name, bytes }, {}, (stored) =>
    db.$transaction(async (tx) => {
      const created = await tx.activityEvidence.create({
        data: { activityId, kind: "FILE", ...stored, organizationId: actor.user.organizationId, addedById: actor.user.id },
      });
      await recordAudit(tx, actor, {
        entity: "ActivityEvidence",
        entityId: created.id,
        action: "create",
        after: { activityId, kind: "FILE", fileName: created.fileName, sha256: created.sha256 },
      });
      return created;
    }),
  );
}

// Evidence is removed by the organization that added it, or by the lead's editors.
export async function removeActivityEvidence(actor: Actor, evidenceId: string) {
  const evidence = await db.activityEvidence.findUnique({
    where: { id: evidenceId },
    include: { activity: { select: { leadOrganizationId: true, coOrganizers: { select: { organizationId: true } } } } },
  });
  if (!evidence) throw new NotFoundError();
  authorize(actor, "activity:add-evidence", activityResource(evidence.activity));
  const mine = evidence.organizationId === actor.user.organizationId || evidence.activity.leadOrganizationId === actor.user.organizationId;
  if (!mine) throw new ForbiddenError();
  await db.$transaction(async (tx) => {
    const { count } = await tx.activityEvidence.deleteMany({ where: { id: evidenceId } });
    if (!count) throw new NotFoundError();
    await recordAudit(tx, actor, {
      entity: "ActivityEvidence",
      entityId: evidenceId,
      action: "delete",
      before: { activityId: evidence.activityId, kind: evidence.kind, url: evidence.url, fileName: evidence.fileName },
    });
  });
  if (evidence.storageKey) {
    const key = evidence.storageKey;
    await getFileStorage()
      .delete(key)
      .catch((error: unknown) => console.error(`Could not delete stored file ${key}`, error));
  }
  return { activityId: evidence.activityId };
}

// The stored file of one piece of evidence, for whoever may read the activity.
export async function openActivityEvidence(actor: Actor | SessionUser, evidenceId: string) {
  const evidence = await db.activityEvidence.findUnique({
    where: { id: evidenceId },
    include: { activity: { select: { leadOrganizationId: true, coOrganizers: { select: { organizationId: true } } } } },
  });
  if (!evidence || !evidence.storageKey) throw new NotFoundError();
  authorize(actor, "activity:read", activityResource(evidence.activity));
  const bytes = await getFileStorage().get(evidence.storageKey);
  return { fileName: evidence.fileName ?? "evidence", mimeType: evidence.mimeType ?? "application/octet-stream", bytes };
}
