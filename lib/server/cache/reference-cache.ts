import "server-only";
import { cachedRollup } from "./rollup-cache";

// Reference content (the strategy, the indicators and their national series, the organization directory)
// changes a few times a year but was read from PostgreSQL on every page view. It is kept in memory under the
// same data version as the dashboards' roll-ups: every table it comes from (Strategy, Objective, TaskGroup,
// Indicator, IndicatorObservation, Organization, OrganizationName) moves "DataVersion" row 1 at commit, and
// that row is read on every request, so a write through any instance is seen on every instance's next
// request. See docs/decisions/010-reference-pages-cached-per-data-version.md for why the data, not the
// rendered page, is what is cached.
//
// The values are shared between requests: callers must not mutate them.
export function cachedReference<T>(key: string, compute: () => Promise<T>): Promise<T> {
  return cachedRollup(`reference:${key}`, compute);
}
