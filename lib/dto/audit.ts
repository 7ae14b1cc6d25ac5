// The plain shape of an audit entry as pages receive it (lib/server/queries/audit.ts builds it; components/audit
// renders it). Client-safe: JSON values only (dates as ISO strings).
export type AuditChangeDto = { field: string; before: unknown; after: unknown };

export type AuditEntryDto = {
  id: string;
  // ISO timestamp
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  entity: string;
  entityId: string;
  action: string;
  changes: AuditChangeDto[];
  ip: string | null;
  userAgent: string | null;
};

export type AuditEntryPageDto = { entries: AuditEntryDto[]; total: number; page: number; pageSize: number; pageCount: number };
