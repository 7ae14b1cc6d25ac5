import "server-only";
import ExcelJS from "exceljs";
import countries from "i18n-iso-countries";
import viNames from "i18n-iso-countries/langs/vi.json";
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, PLACE_ORGANIZATION_KINDS } from "@/lib/domain/activity-kinds";
import { ACTIVITY_COLUMNS, MAX_ACTIVITY_ROWS, type ActivityList, type ChoiceLabels } from "@/lib/domain/activity-sheet";
import { FUNDING_SOURCE_LABELS } from "@/lib/domain/spreadsheet-columns";
import { catalogues } from "@/lib/i18n/messages";
import { db } from "../db";
import { MAX_SPREADSHEET_BYTES } from "./read-task-sheet";
import type { ListItem } from "./reference-lists";
import { addDataSheet, addGuideSheet, addListsSheet, WORKBOOK_CREATOR } from "./task-workbook";

// The activity workbook (template): "Hoạt động" (header, hints, activities), "Hướng dẫn" (how to fill it in) and
// the hidden "Danh mục" feeding the drop-downs — the same build as the plan's task workbook.
export const ACTIVITY_SHEET_NAME = "Hoạt động";
countries.registerLocale(viNames);
const FIRST_DATA_ROW = 3;

const LIST_NAMES: Record<ActivityList, string> = {
  kinds: "DM_LoaiHoatDong",
  statuses: "DM_TinhTrang",
  countries: "DM_QuocGia",
  provinces: "DM_TinhThanh",
  organizations: "DM_CoQuan",
  taskGroups: "DM_NhomNhiemVu",
  objectives: "DM_MucTieu",
  fundingSources: "DM_NguonKinhPhi",
};

export type ActivityReferenceLists = Record<ActivityList, ListItem[]>;

// The Vietnamese and English labels of kinds and statuses, as the catalogues word them: the import accepts a
// label picked or typed instead of a code.
export function activityChoiceLabels(): ChoiceLabels {
  type Catalogue = { activities: Record<"kinds" | "statuses", Record<string, string>> };
  const vi = catalogues.vi as unknown as Catalogue;
  const en = catalogues.en as unknown as Catalogue;
  const of = (group: "kinds" | "statuses", codes: readonly string[]) =>
    Object.fromEntries(codes.map((code) => [code, { vi: vi.activities[group][code] ?? code, en: en.activities[group][code] ?? code }]));
  return { kind: of("kinds", ACTIVITY_KINDS), status: of("statuses", ACTIVITY_STATUSES) };
}

export async function loadActivityReferenceLists(): Promise<ActivityReferenceLists> {
  const [taskGroups, objectives, organizations] = await Promise.all([
    db.taskGroup.findMany({ select: { code: true, verbVi: true, nameVi: true }, orderBy: { sortOrder: "asc" } }),
    db.objective.findMany({ select: { code: true, titleVi: true }, orderBy: { sortOrder: "asc" } }),
    db.organization.findMany({ where: { isActive: true }, select: { code: true, nameVi: true, kind: true }, orderBy: { code: "asc" } }),
  ]);
  const labels = activityChoiceLabels();
  return {
    kinds: ACTIVITY_KINDS.map((code) => ({ code, name: labels.kind?.[code]?.vi ?? code })),
    statuses: ACTIVITY_STATUSES.map((code) => ({ code, name: labels.status?.[code]?.vi ?? code })),
    countries: Object.keys(countries.getAlpha2Codes())
      .sort()
      .map((code) => ({ code, name: countries.getName(code, "vi") ?? code })),
    provinces: organizations
      .filter((o) => (PLACE_ORGANIZATION_KINDS as readonly string[]).includes(o.kind))
      .map((o) => ({ code: o.code, name: o.nameVi })),
    organizations: organizations.map((o) => ({ code: o.code, name: o.nameVi })),
    taskGroups: taskGroups.map((g) => ({ code: g.code, name: g.nameVi || g.verbVi })),
    objectives: objectives.map((o) => ({ code: o.code, name: o.titleVi })),
    fundingSources: Object.entries(FUNDING_SOURCE_LABELS).map(([code, l]) => ({ code, name: l.vi })),
  };
}

const GUIDE: Record<(typeof ACTIVITY_COLUMNS)[number]["key"], string> = {
  titleVi: "Tên hoạt động bằng tiếng Việt, tối đa 500 ký tự.",
  titleEn: "Tên hoạt động bằng tiếng Anh (nếu có), tối đa 500 ký tự.",
  kind: "Loại hoạt động: một mã trong danh sách (xem bên dưới), hoặc tên loại.",
  status: "Tình trạng: PLANNED (dự kiến), HELD (đã tổ chức) hoặc CANCELLED (đã hủy); để trống là dự kiến.",
  startDate: "Ngày bắt đầu, định dạng dd/MM/yyyy (ví dụ 05/10/2026), hoặc ô ngày của Excel.",
  endDate: "Ngày kết thúc, định dạng dd/MM/yyyy; không được trước ngày bắt đầu.",
  countryCode: "Quốc gia nơi tổ chức, mã ISO 3166 hai chữ cái (JP, FR, …); hoạt động trong nước ghi VN.",
  city: "Thành phố nơi tổ chức (nếu có), tối đa 200 ký tự.",
  provinceCode: "Hoạt động trong nước: mã tỉnh, thành phố trong danh mục cơ quan của Cổng.",
  coOrganizerCodes: "Mã các cơ quan phối hợp (kể cả cơ quan đại diện ở nước ngoài); nhiều mã cách nhau bởi dấu phẩy.",
  partners:
    "Đối tác nước ngoài: tên, kèm mã quốc gia trong ngoặc nếu có; nhiều đối tác cách nhau bởi dấu chấm phẩy. Ví dụ: Japan Foundation (JP); UNESCO.",
  taskGroupCodes: "Các nhóm nhiệm vụ của Chiến lược mà hoạt động phục vụ, TG1–TG5; cách nhau bởi dấu phẩy.",
  objectiveCodes: "Mã các mục tiêu hoạt động phục vụ (ví dụ SO1); cách nhau bởi dấu phẩy.",
  participants: "Số người tham dự (nếu biết), số nguyên không âm.",
  mediaItems: "Số tin, bài trên báo chí (nếu biết), số nguyên không âm.",
  onlineViews: "Lượt xem trực tuyến (nếu biết), số nguyên không âm.",
  budgetVnd: "Kinh phí, tính bằng đồng: số nguyên không âm, ví dụ 1.500.000 hoặc 1500000.",
  fundingSource: "Nguồn kinh phí: một mã trong danh sách bên dưới.",
  description: "Mô tả ngắn, tối đa 5.000 ký tự.",
};

function addActivitySheet(workbook: ExcelJS.Workbook, available: Set<ActivityList>) {
  addDataSheet(workbook, ACTIVITY_SHEET_NAME, ACTIVITY_COLUMNS, {
    lastRow: FIRST_DATA_ROW + MAX_ACTIVITY_ROWS - 1,
    listNames: LIST_NAMES,
    available,
    integer: { max: 2_000_000_000, error: "Số nguyên không âm." },
  });
}

export async function buildActivityWorkbook(lists: ActivityReferenceLists): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = WORKBOOK_CREATOR;
  workbook.created = new Date();
  const available = new Set((Object.keys(lists) as ActivityList[]).filter((list) => lists[list].length > 0));
  addActivitySheet(workbook, available);
  addGuideSheet(workbook, {
    title: "Hướng dẫn nhập hoạt động ngoại giao văn hóa",
    lines: [
      `Nhập mỗi hoạt động trên một dòng của sheet “${ACTIVITY_SHEET_NAME}”, từ dòng ${FIRST_DATA_ROW}; giữ nguyên dòng tiêu đề (dòng 1). Dòng gợi ý (dòng 2) có thể giữ lại hoặc xóa.`,
      "Cơ quan của người nhập là cơ quan chủ trì của mọi hoạt động trong tệp. Hoạt động do cơ quan khác chủ trì: tham gia bản ghi sẵn có trên Cổng thay vì nhập lại.",
      "Dòng có vẻ trùng với một hoạt động đã có (cùng quốc gia, trùng thời gian, tên tương tự, không phân biệt dấu) được báo lỗi kèm tên hoạt động đó; không nhập bản sao.",
      `Tối đa ${MAX_ACTIVITY_ROWS.toLocaleString("vi-VN")} hoạt động và ${MAX_SPREADSHEET_BYTES / 1024 / 1024} MB mỗi tệp. Nếu có ô sai, hệ thống không nhập dòng nào và liệt kê từng ô cần sửa.`,
      "Các danh sách thả xuống lấy từ danh mục của Cổng tại thời điểm tải mẫu (sheet “Danh mục”, đang ẩn).",
    ],
    columns: ACTIVITY_COLUMNS,
    contents: GUIDE,
    sections: [
      ["Loại hoạt động", lists.kinds],
      ["Tình trạng", lists.statuses],
      ["Nhóm nhiệm vụ", lists.taskGroups],
      ["Nguồn kinh phí", lists.fundingSources],
    ],
  });
  addListsSheet(
    workbook,
    (Object.keys(LIST_NAMES) as ActivityList[]).map((list) => ({ definedName: LIST_NAMES[list], items: lists[list] })),
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
