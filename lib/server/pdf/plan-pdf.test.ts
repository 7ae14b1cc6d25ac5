import { describe, expect, it } from "vitest";
import { paginateRows, renderPlanPdf, type PlanPdfData } from "./plan-pdf";

const columns = {
  code: "Mã",
  title: "Tên nhiệm vụ",
  group: "Nhóm",
  lead: "Chủ trì",
  start: "Bắt đầu",
  due: "Hoàn thành",
  budget: "Kinh phí (đồng)",
  status: "Trạng thái",
  progress: "Tiến độ",
};

function task(i: number, title = "Tổ chức Tuần Văn hóa Việt Nam tại nước ngoài"): PlanPdfData["tasks"][number] {
  return {
    code: `NV${i}`,
    title,
    group: "TG3",
    lead: "Sở Văn hóa, Thể thao và Du lịch",
    start: "01/03/2026",
    due: "30/11/2026",
    budget: "1.500.000",
    status: "Đang thực hiện",
    progress: "40%",
  };
}

describe("paginateRows", () => {
  it("keeps every row in order, fewer on the first page (under the plan's identity)", () => {
    const rows = Array.from({ length: 100 }, (_, i) => task(i));
    const pages = paginateRows(rows);
    expect(pages.flat()).toEqual(rows);
    expect(pages[0]!.length).toBeLessThan(pages[1]!.length);
    expect(pages.every((page) => page.length > 0)).toBe(true);
  });

  it("gives long rows more room than short ones", () => {
    const short = paginateRows(Array.from({ length: 60 }, (_, i) => task(i)));
    const long = paginateRows(Array.from({ length: 60 }, (_, i) => task(i, "Tổ chức Tuần Văn hóa Việt Nam tại nước ngoài ".repeat(8))));
    expect(long.length).toBeGreaterThan(short.length);
  });

  it("makes one (empty) page for a plan without tasks", () => {
    expect(paginateRows([])).toEqual([[]]);
  });
});

describe("renderPlanPdf", () => {
  it("renders a PDF with the DejaVu Sans font embedded (Vietnamese letters)", async () => {
    const bytes = await renderPlanPdf({
      labels: {
        documentTitle: "KẾ HOẠCH HÀNH ĐỘNG",
        organization: "Cơ quan, đơn vị",
        title: "Tên kế hoạch",
        period: "Giai đoạn",
        document: "Văn bản ban hành",
        status: "Trạng thái",
        tasks: "Danh sách nhiệm vụ",
        noTasks: "Chưa có nhiệm vụ.",
        generatedAt: "Xuất lúc",
        page: "Trang {page}/{total}",
        columns,
      },
      plan: {
        organization: "Ủy ban nhân dân tỉnh Quảng Ninh",
        title: "Kế hoạch thực hiện Chiến lược Ngoại giao văn hóa",
        titleEn: null,
        period: "2026–2030",
        document: "Số 407/QĐ-UBND, ngày 05/03/2026",
        status: "Dự thảo",
      },
      tasks: [task(1), task(2)],
      generatedAt: "23/11/2026 10:00",
    });
    const text = Buffer.from(bytes).toString("latin1");
    expect(text.startsWith("%PDF-")).toBe(true);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
  }, 30_000);
});
