// The activity spreadsheet's layout (template, import), built like the task sheet's: one column per activity
// field, a Vietnamese header row, a row of hints, then one activity per row. Cells become the raw input that the
// activity schema validates (the same schema as the form and the API); only what is particular to spreadsheets
// happens here: Excel dates, labels picked instead of codes, "Name (JP); Name (FR)" partner lists.
import { ACTIVITY_KINDS, ACTIVITY_STATUSES } from "./activity-kinds";
import { displayCell, excelSerialToDate, type CellValue } from "./spreadsheet-cells";
import {
  BUDGET_COLUMN,
  createSheetLayout,
  foldText,
  FUNDING_SOURCE_COLUMN,
  FUNDING_SOURCE_LABELS,
  type LayoutColumn,
} from "./spreadsheet-columns";

export const ACTIVITY_COLUMN_KEYS = [
  "titleVi",
  "titleEn",
  "kind",
  "status",
  "startDate",
  "endDate",
  "countryCode",
  "city",
  "provinceCode",
  "coOrganizerCodes",
  "partners",
  "taskGroupCodes",
  "objectiveCodes",
  "participants",
  "mediaItems",
  "onlineViews",
  "budgetVnd",
  "fundingSource",
  "description",
] as const;
export type ActivityColumnKey = (typeof ACTIVITY_COLUMN_KEYS)[number];

export type ActivityColumnKind = "text" | "codes" | "date" | "amount" | "integer" | "choice" | "partners";
export type ActivityList =
  "kinds" | "statuses" | "countries" | "provinces" | "organizations" | "taskGroups" | "objectives" | "fundingSources";

export type ActivityColumn = LayoutColumn<ActivityColumnKey> & {
  kind: ActivityColumnKind;
  list?: ActivityList;
  isMultiple?: boolean;
  width: number;
};

export const MAX_ACTIVITY_ROWS = 2_000;

export const ACTIVITY_COLUMNS: readonly ActivityColumn[] = [
  {
    key: "titleVi",
    headerVi: "Tên hoạt động (tiếng Việt)",
    headerEn: "Activity title (Vietnamese)",
    aliases: ["Tên hoạt động", "Title"],
    hintVi: "Bắt buộc; tối đa 500 ký tự",
    kind: "text",
    isRequired: true,
    width: 48,
  },
  {
    key: "titleEn",
    headerVi: "Tên hoạt động (tiếng Anh)",
    headerEn: "Activity title (English)",
    hintVi: "Không bắt buộc",
    kind: "text",
    width: 40,
  },
  {
    key: "kind",
    headerVi: "Loại hoạt động",
    headerEn: "Kind",
    hintVi: "Bắt buộc; chọn trong danh sách",
    kind: "choice",
    list: "kinds",
    isRequired: true,
    width: 24,
  },
  {
    key: "status",
    headerVi: "Tình trạng",
    headerEn: "Status",
    hintVi: "Để trống = PLANNED (dự kiến)",
    kind: "choice",
    list: "statuses",
    width: 14,
  },
  {
    key: "startDate",
    headerVi: "Ngày bắt đầu",
    headerEn: "Start date",
    hintVi: "Bắt buộc; dd/MM/yyyy",
    kind: "date",
    isRequired: true,
    width: 14,
  },
  {
    key: "endDate",
    headerVi: "Ngày kết thúc",
    headerEn: "End date",
    hintVi: "Bắt buộc; dd/MM/yyyy",
    kind: "date",
    isRequired: true,
    width: 14,
  },
  {
    key: "countryCode",
    headerVi: "Quốc gia",
    headerEn: "Country",
    aliases: ["Mã quốc gia", "Country code"],
    hintVi: "Bắt buộc; mã ISO 2 chữ cái, VN = trong nước",
    kind: "choice",
    list: "countries",
    isRequired: true,
    width: 12,
  },
  { key: "city", headerVi: "Thành phố", headerEn: "City", hintVi: "Không bắt buộc", kind: "text", width: 18 },
  {
    key: "provinceCode",
    headerVi: "Tỉnh, thành phố (trong nước)",
    headerEn: "Province (in Vietnam)",
    aliases: ["Tỉnh, thành phố", "Province"],
    hintVi: "Mã tỉnh, thành phố khi quốc gia là VN",
    kind: "choice",
    list: "provinces",
    width: 16,
  },
  {
    key: "coOrganizerCodes",
    headerVi: "Cơ quan phối hợp",
    headerEn: "Co-organizers",
    hintVi: "Mã cơ quan, cách nhau bởi dấu phẩy",
    kind: "codes",
    list: "organizations",
    isMultiple: true,
    width: 22,
  },
  {
    key: "partners",
    headerVi: "Đối tác nước ngoài",
    headerEn: "Foreign partners",
    hintVi: "Tên (mã quốc gia); nhiều đối tác cách nhau bởi dấu chấm phẩy",
    kind: "partners",
    width: 32,
  },
  {
    key: "taskGroupCodes",
    headerVi: "Nhóm nhiệm vụ",
    headerEn: "Task groups",
    hintVi: "TG1–TG5, cách nhau bởi dấu phẩy",
    kind: "codes",
    list: "taskGroups",
    isMultiple: true,
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
    width: 14,
  },
  { key: "participants", headerVi: "Số người tham dự", headerEn: "Participants", hintVi: "Số nguyên", kind: "integer", width: 14 },
  { key: "mediaItems", headerVi: "Số tin, bài", headerEn: "Media items", hintVi: "Số nguyên", kind: "integer", width: 12 },
  { key: "onlineViews", headerVi: "Lượt xem trực tuyến", headerEn: "Online views", hintVi: "Số nguyên", kind: "integer", width: 14 },
  BUDGET_COLUMN,
  FUNDING_SOURCE_COLUMN,
  { key: "description", headerVi: "Mô tả", headerEn: "Description", hintVi: "Không bắt buộc", kind: "text", width: 40 },
];

export const ACTIVITY_COLUMN_BY_KEY: ReadonlyMap<ActivityColumnKey, ActivityColumn> = new Map(ACTIVITY_COLUMNS.map((c) => [c.key, c]));
export const ACTIVITY_SHEET_LAYOUT = createSheetLayout(ACTIVITY_COLUMNS);

// Labels people may pick instead of codes: code → its Vietnamese and English labels (the catalogues' words).
export type ChoiceLabels = Partial<Record<"kind" | "status", Record<string, { vi: string; en: string }>>>;

function choiceIndex(codes: readonly string[], labels: Record<string, { vi: string; en: string }> | undefined): Map<string, string> {
  return new Map(
    codes.flatMap((code) => [code, labels?.[code]?.vi ?? code, labels?.[code]?.en ?? code].map((k) => [foldText(k), code] as const)),
  );
}

export type ActivityCellIssue = { key: ActivityColumnKey; code: string };

const MAX_PARTNER_TEXT = 20_000;
// "Japan Foundation (JP)": a name, then a two-letter country code in brackets at the end.
const PARTNER_WITH_COUNTRY = /^(.+?)\s*\(\s*([A-Za-z]{2})\s*\)$/;

// "Japan Foundation (JP); Mairie de Paris (FR); UNESCO" → partners; the schema bounds names and codes.
export function parsePartners(text: string): { name: string; countryCode: string | null }[] | null {
  if (text.length > MAX_PARTNER_TEXT) return null;
  return text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = PARTNER_WITH_COUNTRY.exec(part);
      return match ? { name: match[1]!.trim(), countryCode: match[2]!.toUpperCase() } : { name: part, countryCode: null };
    });
}

function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

function convertDate(value: CellValue): { value: unknown } | { error: string } {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { error: "invalid_date" } : { value: displayCell(value) };
  if (typeof value === "number") {
    const date = excelSerialToDate(value);
    return date ? { value: displayCell(date) } : { error: "invalid_date" };
  }
  if (typeof value === "boolean") return { error: "invalid_date" };
  return { value: String(value).trim() };
}

// One spreadsheet row → the activity input object (field names are the schema's) and the cells that could not
// even be read as their column's kind.
export function rowToActivityInput(
  cells: ReadonlyMap<ActivityColumnKey, CellValue>,
  labels: ChoiceLabels = {},
): { input: Record<string, unknown>; issues: ActivityCellIssue[] } {
  const choices: Partial<Record<ActivityColumnKey, Map<string, string>>> = {
    kind: choiceIndex(ACTIVITY_KINDS, labels.kind),
    status: choiceIndex(ACTIVITY_STATUSES, labels.status),
    fundingSource: choiceIndex(Object.keys(FUNDING_SOURCE_LABELS), FUNDING_SOURCE_LABELS),
  };
  const input: Record<string, unknown> = {};
  const issues: ActivityCellIssue[] = [];
  for (const [key, value] of cells) {
    const column = ACTIVITY_COLUMN_BY_KEY.get(key)!;
    if (isBlank(value)) {
      if (column.kind === "codes" || column.kind === "partners") input[key] = [];
      continue;
    }
    const text = displayCell(value).trim();
    switch (column.kind) {
      case "date": {
        const converted = convertDate(value);
        if ("error" in converted) issues.push({ key, code: converted.error });
        else input[key] = converted.value;
        break;
      }
      case "integer":
      case "amount":
        if (typeof value === "boolean" || value instanceof Date)
          issues.push({ key, code: column.kind === "amount" ? "invalid_amount" : "invalid_number" });
        else input[key] = typeof value === "number" ? value : text;
        break;
      case "choice":
        input[key] = choices[key]?.get(foldText(text)) ?? (key === "provinceCode" ? text : text.toUpperCase());
        break;
      case "partners": {
        const partners = parsePartners(text);
        if (partners) input[key] = partners;
        else issues.push({ key, code: "too_long" });
        break;
      }
      case "codes":
      case "text":
        input[key] = text;
        break;
    }
  }
  return { input, issues };
}
