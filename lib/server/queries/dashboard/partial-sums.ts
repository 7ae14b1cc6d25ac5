import "server-only";
import { countsCover } from "./fragments";
import type { Scope } from "./scope";

// Whether a roll-up adds up the per-organization partial sums ("RollupCount") or aggregates the tasks in force
// itself. Both give the same numbers (tests/integration/dashboard-cache.test.ts compares them after every kind
// of write); the partial sums are what makes the first summary after a write cheap.
const state = { enabled: true };

export function hasPartialSums(scope: Scope): boolean {
  return state.enabled && countsCover(scope);
}

// Tests: aggregate from the tasks, to compare with the partial sums.
export function setPartialSums(enabled: boolean): void {
  state.enabled = enabled;
}
