import { TASK_FIELDS } from "./task-fields";

// The task spreadsheet's layout, shared by the template, the export and the import so that an exported file
// can be imported again: one column per task field, a Vietnamese header row, then a row of hints, then the
// tasks. Headers are recognised in Vietnamese or English, with or without diacritics, in any case and spacing.
export const TASK_COLUMN_KEYS = TASK_FIELDS;

export type TaskColumnKey = (typeof TASK_COLUMN_KEYS)[number];

export type ColumnKind = "text" | "codes" | "date" | "amount" | "choice" | "boolean" | "integer";
export type ReferenceList = "taskGroups" | "objectives" | "indicators" | "organizations" | "fundingSources" | "statuses" | "yesNo";

export type TaskColumn = {
  key: TaskColumnKey;
  headerVi: string;
  headerEn: string;
  aliases?: string[];
  hintVi: string;
  kind: ColumnKind;
  isRequired?: boolean;
  list?: ReferenceList;
  // Several codes separated by commas: the drop-down offers one code but typing a list stays allowed.
  isMultiple?: boolean;
  width: number;
};

// The budget and its funding source read the same in every sheet (tasks, activities): one pair of definitions.
export const BUDGET_COLUMN: LayoutColumn<"budgetVnd"> & { kind: "amount"; width: number } = {
  key: "budgetVnd",
  headerVi: "Kinh phí (đồng)",
  headerEn: "Budget (VND)",
  aliases: ["Kinh phí", "Budget"],
  hintVi: "Số đồng, không có phần thập phân",
  kind: "amount",
  width: 18,
};

export const FUNDING_SOURCE_COLUMN: LayoutColumn<"fundingSource"> & { kind: "choice"; list: "fundingSources"; width: number } = {
  key: "fundingSource",
  headerVi: "Nguồn kinh phí",
  headerEn: "Funding source",
  hintVi: "Chọn trong danh sách",
  kind: "choice",
  list: "fundingSources",
  width: 20,
};

export const TASK_COLUMNS: readonly TaskColumn[] = [
  {
    key: "code",
    headerVi: "Mã nhiệm vụ",
    headerEn: "Task code",
    aliases: ["Mã", "Code"],
    hintVi: "Bắt buộc; duy nhất trong kế hoạch, ví dụ NV01",
    kind: "text",
    isRequired: true,
    width: 14,
  },
  {
    key: "titleVi",
    headerVi: "Tên nhiệm vụ (tiếng Việt)",
    headerEn: "Task title (Vietnamese)",
    aliases: ["Tên nhiệm vụ", "Title"],
    hintVi: "Bắt buộc; tối đa 500 ký tự",
    kind: "text",
    isRequired: true,
    width: 48,
  },
  {
    key: "titleEn",
    headerVi: "Tên nhiệm vụ (tiếng Anh)",
    headerEn: "Task title (English)",
    hintVi: "Không bắt buộc",
    kind: "text",
    width: 40,
  },
  { key: "description", headerVi: "Mô tả", headerEn: "Description", hintVi: "Không bắt buộc", kind: "text", width: 40 },
  {
    key: "taskGroupCode",
    headerVi: "Nhóm nhiệm vụ",
    headerEn: "Task group",
    hintVi: "Bắt buộc; TG1–TG5",
    kind: "choice",
    isRequired: true,
    list: "taskGroups",
    width: 14,
  },
  {
    key: "objectiveCodes",
    headerVi: "Mục tiêu",
    headerEn: "Objectives",
    hintVi: "Mã mục tiêu, cách nhau bởi dấu phẩy",
    kind: "codes",
    list: "objectives",
    isMultiple: true,
    width: 16,
  },
  {
    key: "indicatorCodes",
    headerVi: "Chỉ tiêu",
    headerEn: "Indicators",
    hintVi: "Mã chỉ tiêu, cách nhau bởi dấu phẩy",
    kind: "codes",
    list: "indicators",
    isMultiple: true,
    width: 22,
  },
  {
    key: "leadOrganizationCode",
    headerVi: "Mã cơ quan chủ trì",
    headerEn: "Lead organization code",
    hintVi: "Mã cơ quan trong danh mục",
    kind: "text",
    list: "organizations",
    width: 16,
  },
  {
    key: "leadUnitName",
    headerVi: "Đơn vị chủ trì",
    headerEn: "Lead unit",
    hintVi: "Tên đơn vị trực thuộc (nếu có)",
    kind: "text",
    width: 28,
  },
  {
    key: "coordinatorCodes",
    headerVi: "Cơ quan phối hợp",
    headerEn: "Coordinating organizations",
    aliases: ["Coordinators"],
    hintVi: "Mã cơ quan, cách nhau bởi dấu phẩy",
    kind: "codes",
    list: "organizations",
    isMultiple: true,
    width: 22,
  },
  { key: "startDate", headerVi: "Ngày bắt đầu", headerEn: "Start date", hintVi: "dd/MM/yyyy", kind: "date", width: 14 },
  {
    key: "dueDate",
    headerVi: "Ngày hoàn thành",
    headerEn: "Due date",
    aliases: ["End date"],
    hintVi: "dd/MM/yyyy",
    kind: "date",
    width: 16,
  },
  BUDGET_COLUMN,
  FUNDING_SOURCE_COLUMN,
  { key: "expectedOutputs", headerVi: "Sản phẩm dự kiến", headerEn: "Expected outputs", hintVi: "Không bắt buộc", kind: "text", width: 32 },
  {
    key: "isBreakthrough",
    headerVi: "Sáng kiến đột phá",
    headerEn: "Breakthrough initiative",
    aliases: ["Breakthrough"],
    hintVi: "Có / Không",
    kind: "boolean",
    list: "yesNo",
    width: 14,
  },
  {
    key: "breakthroughPhase",
    headerVi: "Giai đoạn đột phá",
    headerEn: "Breakthrough phase",
    hintVi: "Không bắt buộc",
    kind: "text",
    width: 16,
  },
  {
    key: "status",
    headerVi: "Trạng thái",
    headerEn: "Status",
    hintVi: "Để trống = NOT_STARTED",
    kind: "choice",
    list: "statuses",
    width: 16,
  },
  {
    key: "progress",
    headerVi: "Tiến độ (%)",
    headerEn: "Progress (%)",
    aliases: ["Tiến độ", "Progress"],
    hintVi: "Số nguyên 0–100",
    kind: "integer",
    width: 12,
  },
];

export const COLUMN_BY_KEY: ReadonlyMap<TaskColumnKey, TaskColumn> = new Map(TASK_COLUMNS.map((c) => [c.key, c]));

// The values people may type or pick for the fixed lists, each code with its Vietnamese and English labels.
// Import accepts the code or either label.
export const TASK_STATUS_LABELS = {
  NOT_STARTED: { vi: "Chưa bắt đầu", en: "Not started" },
  IN_PROGRESS: { vi: "Đang thực hiện", en: "In progress" },
  COMPLETED: { vi: "Hoàn thành", en: "Completed" },
  DELAYED: { vi: "Chậm tiến độ", en: "Delayed" },
  CANCELLED: { vi: "Đã hủy", en: "Cancelled" },
} as const;

export const FUNDING_SOURCE_LABELS = {
  STATE_BUDGET: { vi: "Ngân sách nhà nước", en: "State budget" },
  PRIVATE_MOBILISED: { vi: "Xã hội hóa", en: "Mobilised private funds" },
  FOREIGN: { vi: "Tài trợ nước ngoài", en: "Foreign funding" },
  MIXED: { vi: "Hỗn hợp", en: "Mixed" },
} as const;

export const YES = "Có";
export const NO = "Không";

// Folds a header or a label for comparison: no diacritics (đ → d), lower case, punctuation and runs of
// spaces reduced to one space.
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

// Header rules of one sheet layout (the task sheet, the activity sheet): a header matches a column by its Vietnamese
// or English header, its key or an alias, folded as above.
export type LayoutColumn<K extends string> = {
  key: K;
  headerVi: string;
  headerEn: string;
  aliases?: string[];
  hintVi: string;
  isRequired?: boolean;
};

export type HeaderCell = { index: number; text: string };
export type HeaderProblem = { index: number | null; text: string; code: "unknown_column" | "duplicate_column" | "missing_column" };

export type SheetLayout<K extends string> = {
  matchHeader: (text: string) => K | null;
  // Maps the header row's cells to fields. Unknown or repeated headers are problems rather than silently ignored
  // columns: a mistyped header would otherwise drop that column's data without a word.
  matchHeaderRow: (cells: HeaderCell[]) => { columns: Map<number, K>; problems: HeaderProblem[] };
  // How many cells of a row are known headers: the header row is the first row where most of them are.
  countHeaderMatches: (texts: string[]) => number;
  // The row of hints right under the headers (present in the template and in exports) is not data.
  isHintRow: (values: ReadonlyMap<K, string>) => boolean;
};

export function createSheetLayout<K extends string>(columns: readonly LayoutColumn<K>[]): SheetLayout<K> {
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const index: ReadonlyMap<string, K> = new Map(
    columns.flatMap((c) => [c.headerVi, c.headerEn, c.key, ...(c.aliases ?? [])].map((h) => [foldText(h), c.key] as const)),
  );
  const matchHeader = (text: string) => index.get(foldText(text)) ?? null;
  return {
    matchHeader,
    matchHeaderRow(cells) {
      const found = new Map<number, K>();
      const seen = new Set<K>();
      const problems: HeaderProblem[] = [];
      for (const cell of cells) {
        if (!cell.text.trim()) continue;
        const key = matchHeader(cell.text);
        if (!key) problems.push({ index: cell.index, text: cell.text, code: "unknown_column" });
        else if (seen.has(key)) problems.push({ index: cell.index, text: cell.text, code: "duplicate_column" });
        else {
          seen.add(key);
          found.set(cell.index, key);
        }
      }
      for (const column of columns) {
        if (column.isRequired && !seen.has(column.key)) problems.push({ index: null, text: column.headerVi, code: "missing_column" });
      }
      return { columns: found, problems };
    },
    countHeaderMatches(texts) {
      return new Set(texts.map(matchHeader).filter(Boolean)).size;
    },
    isHintRow(values) {
      let hints = 0;
      for (const [key, value] of values) {
        if (!value.trim()) continue;
        if (foldText(value) !== foldText(byKey.get(key)!.hintVi)) return false;
        hints++;
      }
      return hints > 0;
    },
  };
}

export const TASK_SHEET_LAYOUT: SheetLayout<TaskColumnKey> = createSheetLayout(TASK_COLUMNS);
export const { matchHeader, matchHeaderRow, countHeaderMatches, isHintRow } = TASK_SHEET_LAYOUT;
