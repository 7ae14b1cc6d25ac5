import { useEffect, useRef } from "react";
import type { ActionState } from "@/lib/schemas/action-state";

// After a refused submission, focus moves to the message at the top of the form (a long form's bottom is where the
// user was): it is read out, and the fields marked below it are one Tab away.
export function useFocusOnError(state: Pick<ActionState, "status">) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== "error" || !ref.current) return;
    ref.current.focus();
    ref.current.scrollIntoView({ block: "start" });
  }, [state]);
  return ref;
}
