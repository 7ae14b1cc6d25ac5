import { describe, expect, it } from "vitest";
import {
  autosaveKey,
  differsFromForm,
  editableNumber,
  mapReportFieldErrors,
  mapReviewFieldErrors,
  parseAutosaveKey,
  parseLocalizedNumber,
  readReportForm,
  readReviewReasons,
} from "./report-form";

describe("numbers as typed", () => {
  it.each([
    { text: "1.500", locale: "vi", expected: 1500 },
    { text: "1.500.000", locale: "vi", expected: 1_500_000 },
    { text: "2,5", locale: "vi", expected: 2.5 },
    { text: "1.234,75", locale: "vi", expected: 1234.75 },
    { text: "2.5", locale: "vi", expected: 2.5 },
    { text: " 12 ", locale: "vi", expected: 12 },
    { text: "1,500.5", locale: "en", expected: 1500.5 },
    { text: "2.125", locale: "en", expected: 2.125 },
    { text: "-3", locale: "vi", expected: -3 },
    { text: "abc", locale: "vi", expected: null },
    { text: "1,2,3", locale: "vi", expected: null },
    { text: "", locale: "en", expected: null },
  ] as const)("$text ($locale) → $expected", ({ text, locale, expected }) => {
    expect(parseLocalizedNumber(text, locale)).toBe(expected);
  });

  it.each([0, 4, 2.125, 1500, 0.5])("shows %s so that it reads back the same", (value) => {
    expect(parseLocalizedNumber(editableNumber(value, "vi"), "vi")).toBe(value);
    expect(parseLocalizedNumber(editableNumber(value, "en"), "en")).toBe(value);
  });
});

describe("reading the report form", () => {
  const entries = (record: Record<string, string>) => Object.entries(record);

  it("reads only the parts present, in the services' shape", () => {
    const { input, problems } = readReportForm(
      entries({
        $ACTION_ID_1: "x",
        version: "3",
        "section:limitations": "Kinh phí hạn chế.",
        "section:bogus": "ignored",
        "task:t1:status": "IN_PROGRESS",
        "task:t1:progress": "60%",
        "task:t1:resultAchieved": "Đang triển khai",
        "task:t1:evidence": "",
        "indicator:IND_A:value": "1.500",
        "indicator:IND_A:note": "Nhật Bản",
        "indicator:IND_B:value": "",
        "indicator:IND_B:note": "",
      }),
      "vi",
    );
    expect(input).toEqual({
      version: "3",
      sections: { limitations: "Kinh phí hạn chế." },
      taskRows: [{ taskId: "t1", status: "IN_PROGRESS", progress: "60", resultAchieved: "Đang triển khai", evidence: "" }],
      indicatorValues: [{ indicatorCode: "IND_A", value: 1500, note: "Nhật Bản" }],
    });
    expect(problems).toEqual({});
    expect("documentNumber" in input).toBe(false);
  });

  it("keeps the document number when the form has it, and an empty progress as missing", () => {
    const { input } = readReportForm(entries({ version: "1", documentNumber: "", "task:t2:progress": "" }), "vi");
    expect(input.documentNumber).toBe("");
    expect(input.taskRows[0]).toMatchObject({ taskId: "t2", progress: undefined, status: "" });
  });

  it("flags a note without a value, and passes unreadable numbers on for the schema to refuse", () => {
    const { input, problems } = readReportForm(
      entries({ version: "1", "indicator:IND_A:value": "", "indicator:IND_A:note": "ghi chú", "indicator:IND_B:value": "nhiều" }),
      "vi",
    );
    expect(problems).toEqual({ "indicator:IND_A:value": ["required"] });
    expect(input.indicatorValues).toEqual([{ indicatorCode: "IND_B", value: "nhiều", note: "" }]);
  });
});

describe("service errors as form fields", () => {
  const input = {
    taskRows: [
      { taskId: "t1", status: "", progress: undefined, resultAchieved: "", evidence: "" },
      { taskId: "t2", status: "", progress: undefined, resultAchieved: "", evidence: "" },
    ],
    indicatorValues: [{ indicatorCode: "IND_A", value: 1, note: "" }],
  };

  it("maps save errors by index and submit errors by task id", () => {
    expect(
      mapReportFieldErrors(
        {
          sections: ["too_long"],
          "sections.limitations": ["too_long"],
          taskRows: ["invalid_progress"],
          "taskRows.1.progress": ["invalid_progress"],
          "taskRows.0": ["part_locked"],
          "taskRows.t9": ["task_row_incomplete"],
          "taskRows.1.taskId": ["unknown_task"],
          "indicatorValues.0.value": ["negative_value"],
          "indicatorValues.0": ["part_locked"],
          "indicatorValues.7.indicatorCode": ["unknown_indicator"],
          documentNumber: ["part_locked"],
          version: ["invalid_type"],
        },
        input,
      ),
    ).toEqual({
      "section:limitations": ["too_long"],
      "task:t2:progress": ["invalid_progress"],
      "task:t1": ["part_locked"],
      "task:t9": ["task_row_incomplete"],
      "task:t2": ["unknown_task"],
      "indicator:IND_A:value": ["negative_value"],
      "indicator:IND_A": ["part_locked"],
      _form: ["unknown_indicator", "invalid_type"],
      documentNumber: ["part_locked"],
    });
  });
});

describe("review reasons", () => {
  it("builds reasons from the non-empty boxes, remembering each box", () => {
    const { reasons, fieldOf } = readReviewReasons(
      Object.entries({
        decision: "return",
        "reason:section:limitations": "Chưa nêu nguyên nhân",
        "reason:section:proposals": "   ",
        "reason:section:bogus": "x",
        "reason:task:t1": "Thiếu minh chứng",
      }),
    );
    expect(reasons).toEqual([
      { section: "limitations", reason: "Chưa nêu nguyên nhân" },
      { taskId: "t1", reason: "Thiếu minh chứng" },
    ]);
    expect(fieldOf).toEqual(["reason:section:limitations", "reason:task:t1"]);
    expect(mapReviewFieldErrors({ "reasons.1.reason": ["too_long"], reasons: ["return_needs_reason"] }, fieldOf)).toEqual({
      "reason:task:t1": ["too_long"],
      reasons: ["return_needs_reason"],
    });
  });
});

describe("autosave copies", () => {
  it("names a copy by report and version", () => {
    const key = autosaveKey("ckreport1", 4);
    expect(parseAutosaveKey(key)).toEqual({ reportId: "ckreport1", version: 4 });
    expect(parseAutosaveKey("other:key")).toBeNull();
  });

  it("offers a copy only when it says something the form does not", () => {
    const copy = { savedAt: "2026-06-18T03:00:00Z", values: { "section:limitations": "Mới", "task:gone:status": "COMPLETED" } };
    expect(differsFromForm(copy, { "section:limitations": "Mới " })).toBe(false);
    expect(differsFromForm(copy, { "section:limitations": "Cũ" })).toBe(true);
  });
});
