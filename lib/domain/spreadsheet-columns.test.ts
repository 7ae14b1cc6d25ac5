import { describe, expect, it } from "vitest";
import { foldText, isHintRow, matchHeader, matchHeaderRow, TASK_COLUMNS, type TaskColumnKey } from "./spreadsheet-columns";

describe("matchHeader", () => {
  it.each([
    ["Mã nhiệm vụ", "code"],
    ["  MÃ   NHIỆM VỤ ", "code"],
    ["Ma nhiem vu", "code"],
    ["ma-nhiem-vu", "code"],
    ["Task code", "code"],
    ["TASK CODE", "code"],
    ["Tên nhiệm vụ (tiếng Việt)", "titleVi"],
    ["Tên nhiệm vụ ( tiếng Việt )", "titleVi"],
    ["Tên nhiệm vụ (tiếng Anh)", "titleEn"],
    ["Task title (English)", "titleEn"],
    ["Kinh phí (đồng)", "budgetVnd"],
    ["Kinh phi (dong)", "budgetVnd"],
    ["Budget (VND)", "budgetVnd"],
    ["Tiến độ (%)", "progress"],
    ["Tiến độ", "progress"],
    ["Ngày hoàn thành", "dueDate"],
    ["Sáng kiến đột phá", "isBreakthrough"],
    ["Cơ quan phối hợp", "coordinatorCodes"],
    ["Mã cơ quan chủ trì", "leadOrganizationCode"],
    ["Đơn vị chủ trì", "leadUnitName"],
    ["Mục tiêu", "objectiveCodes"],
  ] as const)("%j → %s", (text, key) => {
    expect(matchHeader(text)).toBe(key);
  });

  it.each(["Ghi chú", "", "Ngày", "Mã nhiệm vụ 2"])("does not match %j", (text) => {
    expect(matchHeader(text)).toBeNull();
  });

  it("gives every header and alias exactly one field", () => {
    const owners = new Map<string, Set<TaskColumnKey>>();
    for (const c of TASK_COLUMNS) {
      for (const h of [c.headerVi, c.headerEn, c.key, ...(c.aliases ?? [])]) {
        const set = owners.get(foldText(h)) ?? new Set();
        set.add(c.key);
        owners.set(foldText(h), set);
      }
    }
    expect([...owners].filter(([, keys]) => keys.size > 1)).toEqual([]);
  });
});

describe("matchHeaderRow", () => {
  it("maps the template's Vietnamese header row completely", () => {
    const { columns, problems } = matchHeaderRow(TASK_COLUMNS.map((c, i) => ({ index: i + 1, text: c.headerVi })));
    expect(problems).toEqual([]);
    expect([...columns.values()]).toEqual(TASK_COLUMNS.map((c) => c.key));
  });

  it("accepts English headers in any order and only some optional columns", () => {
    const { columns, problems } = matchHeaderRow([
      { index: 3, text: "Task group" },
      { index: 1, text: "Task title (Vietnamese)" },
      { index: 2, text: "Task code" },
    ]);
    expect(problems).toEqual([]);
    expect(columns).toEqual(
      new Map([
        [3, "taskGroupCode"],
        [1, "titleVi"],
        [2, "code"],
      ]),
    );
  });

  it("reports unknown, repeated and missing required columns", () => {
    const { problems } = matchHeaderRow([
      { index: 1, text: "Mã nhiệm vụ" },
      { index: 2, text: "Ghi chú" },
      { index: 3, text: "Task code" },
      { index: 4, text: "   " },
    ]);
    expect(problems).toEqual([
      { index: 2, text: "Ghi chú", code: "unknown_column" },
      { index: 3, text: "Task code", code: "duplicate_column" },
      { index: null, text: "Tên nhiệm vụ (tiếng Việt)", code: "missing_column" },
      { index: null, text: "Nhóm nhiệm vụ", code: "missing_column" },
    ]);
  });
});

describe("isHintRow", () => {
  it("recognises the template's hints, even partly deleted", () => {
    const hints = new Map(TASK_COLUMNS.map((c) => [c.key, c.hintVi] as const));
    expect(isHintRow(hints)).toBe(true);
    expect(
      isHintRow(
        new Map([
          ["code", TASK_COLUMNS[0]!.hintVi],
          ["titleVi", ""],
        ]),
      ),
    ).toBe(true);
  });

  it("does not take a task or an empty row for hints", () => {
    expect(
      isHintRow(
        new Map([
          ["code", "NV01"],
          ["titleVi", "Bắt buộc; tối đa 500 ký tự"],
        ]),
      ),
    ).toBe(false);
    expect(isHintRow(new Map([["code", ""]]))).toBe(false);
  });
});
