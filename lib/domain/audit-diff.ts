// The changed fields between two versions of a record, as { field: { before, after } }. Values are made
// JSON-safe (dates → ISO strings, bigint → string, Decimal-likes → string).
import { textOf } from "./text-of";
export type FieldChange = { before: unknown; after: unknown };
export type Changes = Record<string, FieldChange>;

const IGNORED = new Set(["updatedAt", "createdAt", "version", "passwordHash"]);

export function toJsonSafe(value: unknown): unknown {
  if (value === undefined) return null;
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toJsonSafe);
  if (typeof value === "object") {
    const maybeDecimal = value as { toFixed?: unknown; d?: unknown; e?: unknown };
    if (typeof maybeDecimal.toFixed === "function" && "d" in maybeDecimal && "e" in maybeDecimal) return textOf(value);
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toJsonSafe(v)]));
  }
  return textOf(value);
}

export function diffRecords(before: Record<string, unknown> | null, after: Record<string, unknown> | null): Changes {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Changes = {};
  for (const key of keys) {
    if (IGNORED.has(key)) continue;
    const b = toJsonSafe(before?.[key]);
    const a = toJsonSafe(after?.[key]);
    if (JSON.stringify(b) !== JSON.stringify(a)) changes[key] = { before: b, after: a };
  }
  return changes;
}
