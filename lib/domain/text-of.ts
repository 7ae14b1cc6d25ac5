// The text of a stored or submitted value, for display and comparison: strings as they are, numbers, booleans and
// bigints in their usual form, dates as ISO strings, anything else as JSON — never "[object Object]".
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Error) return value.message;
  if (typeof value === "object") {
    // Decimal-likes (Prisma.Decimal) carry their own exact text.
    const own = (value as { toString?: unknown }).toString;
    if (typeof own === "function" && own !== Object.prototype.toString) return (value as { toString(): string }).toString();
    return JSON.stringify(value) ?? "";
  }
  return typeof value === "symbol" ? value.toString() : "";
}
