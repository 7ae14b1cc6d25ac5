import "server-only";
import { z } from "zod";
import { ValidationError } from "@/lib/domain/errors";

// Parses a boundary input with its zod schema, or throws a ValidationError carrying per-field error codes.
// Error messages are codes (e.g. "required", "invalid_email"); the UI and the API translate them.
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const flattened = z.flattenError(parsed.error);
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(flattened.fieldErrors as Record<string, string[] | undefined>)) {
    if (messages?.length) fieldErrors[field] = messages;
  }
  if (flattened.formErrors.length) fieldErrors._form = flattened.formErrors;
  // Nested paths (e.g. tasks.3.title) are kept whole so spreadsheets and tables can point at the cell.
  for (const issue of parsed.error.issues) {
    if (issue.path.length > 1) {
      const key = issue.path.join(".");
      (fieldErrors[key] ??= []).push(issue.message);
    }
  }
  throw new ValidationError(fieldErrors);
}
