// The plain shape of an audit entry as pages receive it (the query layer returns exactly this shape).
export type AuditChangeView = { field: string; before: unknown; after: unknown };

export type AuditEntryView = {
  id: string;
  // ISO timestamp
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  entity: string;
  entityId: string;
  action: string;
  changes: AuditChangeView[];
  ip: string | null;
  userAgent: string | null;
};
