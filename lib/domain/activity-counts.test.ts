import { describe, expect, it } from "vitest";
import { countActivities, countFor, type CountableActivity } from "./activity-counts";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const week: CountableActivity = {
  id: "w",
  status: "HELD",
  kind: "CULTURE_DAYS_ABROAD",
  countryCode: "JP",
  startDate: d("2026-10-05"),
  taskGroupCodes: ["TG3"],
};

describe("countActivities", () => {
  it.each<[string, CountableActivity[], Parameters<typeof countFor>[1], number, string | undefined, number]>([
    ["a held event abroad counts", [week], "EVENTS_ABROAD", 2026, undefined, 1],
    ["co-organized (one row per organizer) counts once", [week, week, { ...week }], "EVENTS_ABROAD", 2026, undefined, 1],
    ["counted under its task group", [week], "EVENTS_ABROAD", 2026, "TG3", 1],
    ["not under another task group", [week], "EVENTS_ABROAD", 2026, "TG1", 0],
    [
      "serving two task groups: once in each, once in all",
      [{ ...week, taskGroupCodes: ["TG1", "TG3"] }],
      "EVENTS_ABROAD",
      2026,
      undefined,
      1,
    ],
    ["cancelled is not counted", [{ ...week, status: "CANCELLED" }], "EVENTS_ABROAD", 2026, undefined, 0],
    ["planned is not counted as held", [{ ...week, status: "PLANNED" }], "EVENTS_ABROAD", 2026, undefined, 0],
    ["counted in the year it started", [week], "EVENTS_ABROAD", 2025, undefined, 0],
    ["an event in Vietnam is not abroad", [{ ...week, countryCode: "VN" }], "EVENTS_ABROAD", 2026, undefined, 0],
    ["an event in Vietnam", [{ ...week, countryCode: "VN", kind: "FESTIVAL" }], "EVENTS_IN_VIETNAM", 2026, undefined, 1],
    [
      "a delegation received is not an event",
      [{ ...week, countryCode: "VN", kind: "DELEGATION_VISIT" }],
      "EVENTS_IN_VIETNAM",
      2026,
      undefined,
      0,
    ],
    ["a delegation received", [{ ...week, countryCode: "VN", kind: "DELEGATION_VISIT" }], "DELEGATIONS_RECEIVED", 2026, undefined, 1],
    ["a delegation sent abroad is not received", [{ ...week, kind: "DELEGATION_VISIT" }], "DELEGATIONS_RECEIVED", 2026, undefined, 0],
    [
      "countries reached counts distinct countries",
      [week, { ...week, id: "x" }, { ...week, id: "y", countryCode: "FR" }, { ...week, id: "z", countryCode: "VN" }],
      "COUNTRIES_REACHED",
      2026,
      undefined,
      2,
    ],
    ["a UNESCO-related event anywhere", [{ ...week, kind: "UNESCO_EVENT", countryCode: "VN" }], "UNESCO_SUPPORTED", 2026, undefined, 1],
    ["other kinds are not UNESCO support", [week], "UNESCO_SUPPORTED", 2026, undefined, 0],
  ])("%s", (_name, activities, indicator, year, group, expected) => {
    expect(countFor(countActivities(activities), indicator, year, group)).toBe(expected);
  });
});
