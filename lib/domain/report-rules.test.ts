import { describe, expect, it } from "vitest";
import {
  completenessProblems,
  complianceStatus,
  editableParts,
  endOfDeadlineDay,
  nextReportStatus,
  REPORT_SECTIONS,
  reportPeriodProblem,
  timelinessRate,
  yearlyContribution,
  type ReportStatus,
} from "./report-rules";

const deadline = new Date("2026-06-19T00:00:00Z"); // 19/06/2026
const at = (iso: string) => new Date(iso);

describe("compliance status", () => {
  it.each([
    {
      name: "submitted before the deadline day",
      first: "2026-06-18T03:00:00Z",
      status: "SUBMITTED",
      now: "2026-07-01T00:00:00Z",
      expected: "ON_TIME",
    },
    {
      name: "submitted at 23:59 Vietnam time on the deadline day",
      first: "2026-06-19T16:59:00Z",
      status: "ACCEPTED",
      now: "2026-07-01T00:00:00Z",
      expected: "ON_TIME",
    },
    {
      name: "submitted at 00:00 Vietnam time the day after",
      first: "2026-06-19T17:00:00Z",
      status: "SUBMITTED",
      now: "2026-07-01T00:00:00Z",
      expected: "LATE",
    },
    { name: "late by one day", first: "2026-06-20T09:00:00Z", status: "ACCEPTED", now: "2026-07-01T00:00:00Z", expected: "LATE" },
    {
      name: "returned, awaiting resubmission",
      first: "2026-06-18T03:00:00Z",
      status: "RETURNED",
      now: "2026-07-01T00:00:00Z",
      expected: "RETURNED",
    },
    { name: "not yet due", first: null, status: null, now: "2026-06-19T10:00:00Z", expected: "NOT_DUE" },
    { name: "draft, deadline passed", first: null, status: "DRAFT", now: "2026-06-20T00:00:00Z", expected: "MISSING" },
    { name: "nothing, deadline passed", first: null, status: null, now: "2026-08-01T00:00:00Z", expected: "MISSING" },
  ])("$name → $expected", ({ first, status, now, expected }) => {
    expect(
      complianceStatus({ deadline, firstSubmittedAt: first ? at(first) : null, status: status as ReportStatus | null, now: at(now) }),
    ).toBe(expected);
  });

  it("ends the deadline day at midnight in Vietnam", () => {
    expect(endOfDeadlineDay(deadline).toISOString()).toBe("2026-06-19T17:00:00.000Z");
  });

  it("computes the timeliness rate over due periods only", () => {
    expect(timelinessRate([{ status: "ON_TIME" }, { status: "LATE" }, { status: "MISSING" }, { status: "NOT_DUE" }])).toBeCloseTo(1 / 3);
    expect(timelinessRate([{ status: "RETURNED", onTimeFirstSubmission: true }, { status: "LATE" }])).toBe(0.5);
    expect(timelinessRate([{ status: "NOT_DUE" }])).toBeNull();
  });
});

describe("the report's sections", () => {
  // The form, the report page and the official document list the sections in this one order.
  it("put the next period's directions and tasks before the proposals, as administrative reports do", () => {
    expect(REPORT_SECTIONS).toEqual(["resultsAchieved", "limitations", "nextPeriodTasks", "proposals"]);
  });

  it("are asked for in that order when a report is incomplete", () => {
    const problems = completenessProblems({
      sections: { resultsAchieved: null, limitations: "", nextPeriodTasks: null, proposals: null },
      taskRows: [],
    });
    expect(problems.map((p) => p.section)).toEqual(["resultsAchieved", "limitations", "nextPeriodTasks", "proposals"]);
  });
});

describe("completeness", () => {
  it("requires every section and every task row", () => {
    const problems = completenessProblems({
      sections: { resultsAchieved: "Đã tổ chức", limitations: " ", proposals: "Đề xuất", nextPeriodTasks: null },
      taskRows: [
        { taskId: "t1", status: "IN_PROGRESS", progress: 50, resultAchieved: "Hoàn thành 50%" },
        { taskId: "t2", status: "IN_PROGRESS", progress: 50, resultAchieved: "" },
      ],
    });
    expect(problems).toEqual([
      { section: "limitations", code: "section_required" },
      { section: "nextPeriodTasks", code: "section_required" },
      { taskId: "t2", code: "task_row_incomplete" },
    ]);
  });
});

describe("editable parts", () => {
  it("opens everything in a draft, nothing once submitted, and only the returned parts after a return", () => {
    expect(editableParts("DRAFT", []).all).toBe(true);
    const submitted = editableParts("SUBMITTED", []);
    expect([submitted.all, submitted.sections.size, submitted.taskIds.size]).toEqual([false, 0, 0]);
    const returned = editableParts("RETURNED", [
      { section: "limitations", reason: "Chưa nêu nguyên nhân" },
      { taskId: "t2", reason: "Thiếu minh chứng" },
    ]);
    expect([...returned.sections]).toEqual(["limitations"]);
    expect([...returned.taskIds]).toEqual(["t2"]);
    expect(returned.indicators).toBe(false);
  });
});

describe("report transitions", () => {
  it.each([
    ["DRAFT", "submit", "SUBMITTED"],
    ["DRAFT", "accept", null],
    ["SUBMITTED", "accept", "ACCEPTED"],
    ["SUBMITTED", "return", "RETURNED"],
    ["SUBMITTED", "submit", null],
    ["RETURNED", "submit", "SUBMITTED"],
    ["ACCEPTED", "return", null],
  ] as const)("%s --%s--> %s", (status, event, expected) => {
    expect(nextReportStatus(status, event)).toBe(expected);
  });
});

describe("yearly contribution", () => {
  it.each([
    { values: [], expected: null },
    {
      values: [
        { kind: "SEMIANNUAL", value: 4 },
        { kind: "SEMIANNUAL", value: 6 },
      ],
      expected: 10,
    },
    {
      values: [
        { kind: "SEMIANNUAL", value: 4 },
        { kind: "ANNUAL", value: 11 },
      ],
      expected: 11,
    },
    {
      values: [
        { kind: "QUARTERLY", value: 1 },
        { kind: "QUARTERLY", value: 2 },
      ],
      expected: 3,
    },
  ] as const)("$values → $expected", ({ values, expected }) => {
    expect(yearlyContribution([...values])).toBe(expected);
  });
});

describe("which periods an organization may open and send a report for", () => {
  const h2 = { cutoffStart: new Date("2026-06-15"), cutoffEnd: new Date("2026-12-14") };
  const always = { validFrom: null, validTo: null };
  const absorbed = { validFrom: null, validTo: new Date("2025-06-30") };
  const createdLater = { validFrom: new Date("2027-01-01"), validTo: null };
  it.each([
    { name: "a period under way, owed", organization: always, expected: true, today: "2026-12-03", problem: null },
    { name: "the first day of the cut-off window", organization: always, expected: true, today: "2026-06-15", problem: null },
    { name: "a period that has not begun", organization: always, expected: true, today: "2026-06-14", problem: "period_in_future" },
    { name: "a report type not expected of it", organization: always, expected: false, today: "2026-12-03", problem: "period_not_owed" },
    {
      name: "a unit absorbed before the cut-off end",
      organization: absorbed,
      expected: true,
      today: "2026-12-03",
      problem: "period_not_owed",
    },
    {
      name: "a unit created after the cut-off end",
      organization: createdLater,
      expected: true,
      today: "2026-12-03",
      problem: "period_not_owed",
    },
  ] as const)("$name → $problem", ({ organization, expected, today, problem }) => {
    expect(reportPeriodProblem({ period: h2, organization, expected, today: new Date(today) })).toBe(problem);
  });
});
