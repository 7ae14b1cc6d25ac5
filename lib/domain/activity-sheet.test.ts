import { describe, expect, it } from "vitest";
import { activityInputSchema } from "@/lib/schemas/activities";
import { ACTIVITY_COLUMNS, ACTIVITY_SHEET_LAYOUT, parsePartners, rowToActivityInput, type ActivityColumnKey } from "./activity-sheet";
import type { CellValue } from "./spreadsheet-cells";

const row = (cells: Partial<Record<ActivityColumnKey, CellValue>>) => new Map(Object.entries(cells) as [ActivityColumnKey, CellValue][]);
const labels = { kind: { FESTIVAL: { vi: "Lễ hội", en: "Festival" } }, status: { HELD: { vi: "Đã tổ chức", en: "Held" } } };

describe("the activity sheet's headers", () => {
  it("recognises every template header in Vietnamese, English, without diacritics or by key", () => {
    for (const column of ACTIVITY_COLUMNS) {
      expect(ACTIVITY_SHEET_LAYOUT.matchHeader(column.headerVi)).toBe(column.key);
      expect(ACTIVITY_SHEET_LAYOUT.matchHeader(column.headerEn.toUpperCase())).toBe(column.key);
    }
    expect(ACTIVITY_SHEET_LAYOUT.matchHeader("Ten hoat dong (tieng Viet)")).toBe("titleVi");
  });

  it("reports a mistyped header and every missing required column", () => {
    const { problems } = ACTIVITY_SHEET_LAYOUT.matchHeaderRow([
      { index: 1, text: "Tên hoạt động (tiếng Việt)" },
      { index: 2, text: "Loai hoat dong" },
      { index: 3, text: "Ngày khai mạc" },
    ]);
    expect(problems).toEqual([
      { index: 3, text: "Ngày khai mạc", code: "unknown_column" },
      { index: null, text: "Ngày bắt đầu", code: "missing_column" },
      { index: null, text: "Ngày kết thúc", code: "missing_column" },
      { index: null, text: "Quốc gia", code: "missing_column" },
    ]);
  });
});

describe("parsePartners", () => {
  it.each([
    [
      "Japan Foundation (JP); Mairie de Paris (fr)",
      [
        { name: "Japan Foundation", countryCode: "JP" },
        { name: "Mairie de Paris", countryCode: "FR" },
      ],
    ],
    ["UNESCO", [{ name: "UNESCO", countryCode: null }]],
    [
      "Quỹ Giao lưu (Hàn Quốc) (KR)\nBảo tàng Guimet (FR)",
      [
        { name: "Quỹ Giao lưu (Hàn Quốc)", countryCode: "KR" },
        { name: "Bảo tàng Guimet", countryCode: "FR" },
      ],
    ],
    [" ; ", []],
  ])("%s", (text, expected) => expect(parsePartners(text)).toEqual(expected));

  it("refuses an oversized cell before splitting it", () => expect(parsePartners("a".repeat(20_001))).toBeNull());
});

describe("rowToActivityInput → the activity schema", () => {
  it("reads labels, Excel dates and serials, grouped numbers and code lists as the form would send them", () => {
    const { input, issues } = rowToActivityInput(
      row({
        titleVi: "Lễ hội Việt Nam tại Pháp",
        kind: "le hoi",
        status: "Held",
        startDate: new Date(Date.UTC(2026, 5, 1)),
        endDate: 46180, // 7 June 2026 as an Excel serial
        countryCode: "fr",
        coOrganizerCodes: "BVHTTDL, P01",
        partners: "Mairie de Paris (FR)",
        taskGroupCodes: "tg3",
        participants: "3.500",
        budgetVnd: 1_500_000,
        fundingSource: "Ngân sách nhà nước",
      }),
      labels,
    );
    expect(issues).toEqual([]);
    const parsed = activityInputSchema.parse(input);
    expect(parsed).toMatchObject({
      kind: "FESTIVAL",
      status: "HELD",
      startDate: new Date(Date.UTC(2026, 5, 1)),
      endDate: new Date(Date.UTC(2026, 5, 7)),
      countryCode: "FR",
      coOrganizerCodes: ["BVHTTDL", "P01"],
      partners: [{ name: "Mairie de Paris", countryCode: "FR" }],
      taskGroupCodes: ["TG3"],
      participants: 3500,
      budgetVnd: 1_500_000n,
      fundingSource: "STATE_BUDGET",
    });
  });

  it.each([
    ["a yes/no in a date cell", { startDate: true }, "startDate", "invalid_date"],
    ["a date in a number cell", { participants: new Date() }, "participants", "invalid_number"],
    ["an impossible serial", { endDate: 9_999_999 }, "endDate", "invalid_date"],
  ])("marks %s as a cell issue", (_name, cells, key, code) => {
    expect(rowToActivityInput(row(cells as Partial<Record<ActivityColumnKey, CellValue>>)).issues).toEqual([{ key, code }]);
  });

  it("leaves unknown kinds to the schema, which refuses them", () => {
    const { input } = rowToActivityInput(
      row({ titleVi: "X", kind: "Hòa nhạc", startDate: "01/06/2026", endDate: "02/06/2026", countryCode: "FR" }),
    );
    const parsed = activityInputSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path[0])).toEqual(["kind"]);
  });
});
