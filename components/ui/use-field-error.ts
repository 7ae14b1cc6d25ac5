import type { ActionState } from "@/lib/schemas/action-state";

// The first error of a field, already in the user's language (the server translates, lib/server/action.ts).
export function useFieldError(fieldErrors: ActionState["fieldErrors"]) {
  return (field: string): string | undefined => fieldErrors?.[field]?.[0];
}
