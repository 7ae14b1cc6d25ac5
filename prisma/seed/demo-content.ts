// Illustrative demo content: accounts and action plans that show every screen with something in it. Titles
// are realistic but invented; budgets are made-up round numbers; no figure here is an official one. Every plan
// title says it is illustrative, and every row is flagged isDemo.
import type { FundingSource, PlanStatus, Role, TaskStatus } from "../../lib/generated/prisma/client";

export const DEMO_PASSWORD = "Demo@2030";

// Its presence means the demo data is already there.
export const DEMO_SENTINEL_EMAIL = "admin@example.vn";

export type DemoUser = { email: string; name: string; role: Role; organizationCode: string };

export const DEMO_USERS: DemoUser[] = [
  { email: "admin@example.vn", name: "Nguyễn Minh Anh", role: "ADMIN", organizationCode: "BNG" },
  { email: "bcd@example.vn", name: "Trần Thu Hà", role: "STEERING_COMMITTEE", organizationCode: "BCD-NGVH" },
  { email: "bvhttdl@example.vn", name: "Lê Quang Huy", role: "ORG_EDITOR", organizationCode: "BVHTTDL" },
  { email: "lanhdao.bvhttdl@example.vn", name: "Vũ Đức Thành", role: "ORG_LEADER", organizationCode: "BVHTTDL" },
  { email: "songoaivu.hanoi@example.vn", name: "Phạm Thị Lan", role: "ORG_EDITOR", organizationCode: "P01" },
  { email: "lanhdao.hanoi@example.vn", name: "Ngô Thanh Tùng", role: "ORG_LEADER", organizationCode: "P01" },
  { email: "songoaivu.hue@example.vn", name: "Hoàng Văn Bảo", role: "ORG_EDITOR", organizationCode: "P02" },
  { email: "lanhdao.hue@example.vn", name: "Trương Thị Ngọc", role: "ORG_LEADER", organizationCode: "P02" },
  { email: "xem.hanoi@example.vn", name: "Đỗ Thị Mai", role: "ORG_VIEWER", organizationCode: "P01" },
];

// Who records (or, for MOFA units, approves) plans in the demo.
export const DEMO_REVIEWER_EMAIL = "bcd@example.vn";

export type DemoTaskUpdate = { at: string; status: TaskStatus; progress: number; note: string };

export type DemoTask = {
  code: string;
  titleVi: string;
  titleEn: string;
  taskGroupCode: string;
  objectiveCodes: string[];
  indicatorCodes: string[];
  leadOrganizationCode?: string; // defaults to the plan's organization
  coordinatorCodes?: string[];
  startDate: string;
  dueDate: string;
  budgetVnd?: bigint;
  fundingSource?: FundingSource;
  expectedOutputs?: string;
  isBreakthrough?: boolean;
  breakthroughPhase?: string;
  updates: DemoTaskUpdate[]; // oldest first; the last one is the task's current status and progress
};

export type DemoPlan = {
  organizationCode: string;
  authorEmail: string;
  title: string;
  titleEn: string;
  periodStart: number;
  periodEnd: number;
  status: PlanStatus;
  createdAt: string;
  submittedAt?: string;
  approvedAt?: string; // recorded (or, for MOFA units, approved) by MOFA
  reviewComment?: string;
  tasks: DemoTask[];
};

const assigned = (at: string): DemoTaskUpdate => ({
  at,
  status: "NOT_STARTED",
  progress: 0,
  note: "Giao nhiệm vụ theo kế hoạch được phê duyệt",
});
const drafted = (at: string): DemoTaskUpdate => ({ at, status: "NOT_STARTED", progress: 0, note: "Khởi tạo nhiệm vụ trong kế hoạch" });

export const DEMO_PLANS: DemoPlan[] = [
  {
    organizationCode: "BVHTTDL",
    authorEmail: "bvhttdl@example.vn",
    title: "Kế hoạch hành động thực hiện Chiến lược Ngoại giao văn hóa đến năm 2030 của Bộ Văn hóa, Thể thao và Du lịch (dữ liệu minh họa)",
    titleEn:
      "Action plan of the Ministry of Culture, Sports and Tourism implementing the Cultural Diplomacy Strategy to 2030 (illustrative data)",
    periodStart: 2022,
    periodEnd: 2030,
    status: "RECORDED",
    createdAt: "2022-03-15",
    submittedAt: "2022-04-20",
    approvedAt: "2022-05-20",
    reviewComment: "Kế hoạch phù hợp với định hướng của Chiến lược; đề nghị triển khai.",
    tasks: [
      {
        code: "VH01",
        titleVi: "Tổ chức Ngày Văn hóa Việt Nam tại các nước đối tác chiến lược toàn diện",
        titleEn: "Vietnam Culture Days in comprehensive strategic partner countries",
        taskGroupCode: "TG1",
        objectiveCodes: ["SO1"],
        indicatorCodes: ["IND_EVENTS_ABROAD"],
        coordinatorCodes: ["BNG"],
        startDate: "2022-06-01",
        dueDate: "2030-12-31",
        budgetVnd: 24_000_000_000n,
        fundingSource: "STATE_BUDGET",
        expectedOutputs: "Chương trình nghệ thuật, triển lãm và ẩm thực Việt Nam tổ chức tại nước sở tại",
        updates: [
          assigned("2022-05-20"),
          { at: "2022-09-30", status: "IN_PROGRESS", progress: 10, note: "Xây dựng đề án, lựa chọn địa bàn tổ chức" },
          { at: "2023-12-20", status: "IN_PROGRESS", progress: 30, note: "Hoàn thành chương trình năm 2023" },
          { at: "2025-12-18", status: "IN_PROGRESS", progress: 50, note: "Hoàn thành chương trình năm 2025" },
        ],
      },
      {
        code: "VH02",
        titleVi: "Xây dựng hồ sơ đề nghị UNESCO ghi danh di sản văn hóa phi vật thể",
        titleEn: "Prepare a nomination file for UNESCO intangible cultural heritage",
        taskGroupCode: "TG4",
        objectiveCodes: ["SO4"],
        indicatorCodes: ["IND_UNESCO_DOSSIERS", "IND_UNESCO_TOTAL"],
        coordinatorCodes: ["BNG"],
        startDate: "2022-06-01",
        dueDate: "2025-12-31",
        budgetVnd: 3_500_000_000n,
        fundingSource: "STATE_BUDGET",
        expectedOutputs: "Hồ sơ hoàn chỉnh gửi UNESCO theo đúng thời hạn",
        updates: [
          assigned("2022-05-20"),
          { at: "2023-06-30", status: "IN_PROGRESS", progress: 40, note: "Hoàn thành kiểm kê và nghiên cứu khoa học" },
          { at: "2024-09-27", status: "IN_PROGRESS", progress: 80, note: "Hoàn thiện hồ sơ, xin ý kiến các bộ, ngành" },
          { at: "2025-12-15", status: "COMPLETED", progress: 100, note: "Hoàn thành các hạng mục của nhiệm vụ" },
        ],
      },
      {
        code: "VH03",
        titleVi: "Xây dựng nền tảng số quảng bá di sản văn hóa Việt Nam bằng nhiều ngôn ngữ",
        titleEn: "Multilingual digital platform promoting Vietnam's cultural heritage",
        taskGroupCode: "TG3",
        objectiveCodes: ["SO3"],
        indicatorCodes: ["IND_SOFT_POWER_RANK"],
        startDate: "2023-01-01",
        dueDate: "2025-12-31",
        budgetVnd: 8_500_000_000n,
        fundingSource: "MIXED",
        expectedOutputs: "Nền tảng trực tuyến đa ngôn ngữ giới thiệu di sản, vận hành ổn định",
        isBreakthrough: true,
        breakthroughPhase: "2023–2025",
        updates: [
          assigned("2022-05-20"),
          { at: "2023-09-29", status: "IN_PROGRESS", progress: 20, note: "Hoàn thành thiết kế hệ thống" },
          { at: "2024-12-20", status: "IN_PROGRESS", progress: 45, note: "Số hóa đợt đầu các tư liệu di sản" },
          { at: "2025-12-31", status: "DELAYED", progress: 65, note: "Chậm tiến độ do điều chỉnh nội dung số hóa; đề nghị gia hạn" },
        ],
      },
      {
        code: "VH04",
        titleVi: "Tham gia các chương trình hợp tác văn hóa trong khuôn khổ Cộng đồng Văn hóa – Xã hội ASEAN",
        titleEn: "Take part in cultural cooperation programmes of the ASEAN Socio-Cultural Community",
        taskGroupCode: "TG2",
        objectiveCodes: ["SO2"],
        indicatorCodes: ["IND_EVENTS_ABROAD"],
        coordinatorCodes: ["BNG"],
        startDate: "2022-06-01",
        dueDate: "2030-12-31",
        updates: [
          assigned("2022-05-20"),
          {
            at: "2023-12-22",
            status: "IN_PROGRESS",
            progress: 30,
            note: "Tham gia các hội nghị, liên hoan trong khuôn khổ ASEAN năm 2023",
          },
          { at: "2025-12-19", status: "IN_PROGRESS", progress: 55, note: "Tiếp tục tham gia theo lịch hợp tác ASEAN" },
        ],
      },
      {
        code: "VH05",
        titleVi: "Tổ chức tọa đàm tiếp thu kinh nghiệm quốc tế về phát triển công nghiệp văn hóa",
        titleEn: "Seminars on international experience in developing cultural industries",
        taskGroupCode: "TG5",
        objectiveCodes: ["SO5"],
        indicatorCodes: ["IND_EVENTS_DOMESTIC"],
        startDate: "2027-01-01",
        dueDate: "2028-12-31",
        budgetVnd: 1_200_000_000n,
        fundingSource: "STATE_BUDGET",
        updates: [assigned("2022-05-20")],
      },
      {
        code: "VH06",
        titleVi: "Tổ chức Tuần phim Việt Nam lưu động tại một số nước châu Âu",
        titleEn: "Travelling Vietnamese film week in European countries",
        taskGroupCode: "TG3",
        objectiveCodes: ["SO3"],
        indicatorCodes: ["IND_EVENTS_ABROAD"],
        startDate: "2023-03-01",
        dueDate: "2024-12-31",
        budgetVnd: 2_000_000_000n,
        fundingSource: "MIXED",
        updates: [
          assigned("2022-05-20"),
          { at: "2023-06-30", status: "IN_PROGRESS", progress: 10, note: "Liên hệ các đối tác tổ chức" },
          { at: "2024-06-28", status: "CANCELLED", progress: 10, note: "Dừng thực hiện; nội dung lồng ghép vào nhiệm vụ VH01" },
        ],
      },
    ],
  },
  {
    organizationCode: "P01",
    authorEmail: "songoaivu.hanoi@example.vn",
    title:
      "Kế hoạch thực hiện Chiến lược Ngoại giao văn hóa đến năm 2030 trên địa bàn Thành phố Hà Nội giai đoạn 2022–2025 (dữ liệu minh họa)",
    titleEn: "Hanoi plan implementing the Cultural Diplomacy Strategy to 2030, 2022–2025 (illustrative data)",
    periodStart: 2022,
    periodEnd: 2025,
    status: "RECORDED",
    createdAt: "2022-04-01",
    submittedAt: "2022-05-10",
    approvedAt: "2022-06-10",
    reviewComment: "Thống nhất nội dung kế hoạch.",
    tasks: [
      {
        code: "HN01",
        titleVi: "Tổ chức chương trình quảng bá văn hóa Hà Nội tại các thành phố kết nghĩa",
        titleEn: "Promote Hanoi's culture in its twinned cities abroad",
        taskGroupCode: "TG1",
        objectiveCodes: ["SO1"],
        indicatorCodes: ["IND_EVENTS_ABROAD"],
        coordinatorCodes: ["BNG", "BVHTTDL"],
        startDate: "2022-09-01",
        dueDate: "2025-06-30",
        budgetVnd: 6_000_000_000n,
        fundingSource: "STATE_BUDGET",
        updates: [
          assigned("2022-06-10"),
          { at: "2023-11-30", status: "IN_PROGRESS", progress: 50, note: "Hoàn thành chương trình tại hai thành phố đối tác" },
          { at: "2025-06-27", status: "COMPLETED", progress: 100, note: "Hoàn thành nhiệm vụ" },
        ],
      },
      {
        code: "HN02",
        titleVi: "Quảng bá danh hiệu Thành phố sáng tạo UNESCO trong lĩnh vực thiết kế của Hà Nội",
        titleEn: "Promote Hanoi's title of UNESCO Creative City of Design",
        taskGroupCode: "TG3",
        objectiveCodes: ["SO3", "SO4"],
        indicatorCodes: ["IND_EVENTS_DOMESTIC"],
        startDate: "2022-07-01",
        dueDate: "2025-12-31",
        budgetVnd: 3_000_000_000n,
        fundingSource: "MIXED",
        updates: [
          assigned("2022-06-10"),
          { at: "2023-12-15", status: "IN_PROGRESS", progress: 60, note: "Tổ chức các hoạt động hưởng ứng tại không gian sáng tạo" },
          { at: "2025-12-12", status: "COMPLETED", progress: 100, note: "Hoàn thành nhiệm vụ" },
        ],
      },
      {
        code: "HN03",
        titleVi: "Đón tiếp các đoàn khách quốc tế tìm hiểu Khu di tích Hoàng thành Thăng Long",
        titleEn: "Receive international delegations visiting the Imperial Citadel of Thăng Long",
        taskGroupCode: "TG1",
        objectiveCodes: ["SO1"],
        indicatorCodes: ["IND_DELEGATIONS"],
        startDate: "2022-06-15",
        dueDate: "2025-12-31",
        updates: [
          assigned("2022-06-10"),
          { at: "2024-06-28", status: "IN_PROGRESS", progress: 60, note: "Thực hiện thường xuyên theo lịch đón đoàn" },
          { at: "2025-12-30", status: "COMPLETED", progress: 100, note: "Hoàn thành nhiệm vụ giai đoạn 2022–2025" },
        ],
      },
      {
        code: "HN04",
        titleVi: "Phối hợp xây dựng hồ sơ di sản đề nghị UNESCO ghi danh trên địa bàn Thủ đô",
        titleEn: "Support UNESCO nomination files for heritage in the capital",
        taskGroupCode: "TG4",
        objectiveCodes: ["SO4"],
        indicatorCodes: ["IND_UNESCO_DOSSIERS"],
        coordinatorCodes: ["BVHTTDL"],
        startDate: "2023-01-01",
        dueDate: "2025-12-31",
        budgetVnd: 1_500_000_000n,
        fundingSource: "STATE_BUDGET",
        updates: [
          assigned("2022-06-10"),
          { at: "2024-03-29", status: "IN_PROGRESS", progress: 45, note: "Hoàn thành khảo sát, lập danh mục tư liệu" },
          { at: "2025-12-31", status: "DELAYED", progress: 80, note: "Chờ ý kiến thẩm định của cơ quan chuyên môn" },
        ],
      },
      {
        code: "HN05",
        titleVi: "Tập huấn kỹ năng ngoại giao văn hóa cho cán bộ các sở, ngành và phường, xã",
        titleEn: "Cultural-diplomacy skills training for city departments, wards and communes",
        taskGroupCode: "TG2",
        objectiveCodes: ["SO2"],
        indicatorCodes: ["IND_EVENTS_DOMESTIC"],
        startDate: "2022-10-01",
        dueDate: "2024-12-31",
        budgetVnd: 800_000_000n,
        fundingSource: "STATE_BUDGET",
        updates: [
          assigned("2022-06-10"),
          { at: "2023-10-31", status: "IN_PROGRESS", progress: 50, note: "Tổ chức các lớp tập huấn đợt 1" },
          { at: "2024-12-20", status: "COMPLETED", progress: 100, note: "Hoàn thành các lớp tập huấn" },
        ],
      },
    ],
  },
  {
    organizationCode: "P01",
    authorEmail: "songoaivu.hanoi@example.vn",
    title:
      "Kế hoạch thực hiện Chiến lược Ngoại giao văn hóa đến năm 2030 trên địa bàn Thành phố Hà Nội giai đoạn 2026–2030 (dự thảo, dữ liệu minh họa)",
    titleEn: "Hanoi plan implementing the Cultural Diplomacy Strategy to 2030, 2026–2030 (draft, illustrative data)",
    periodStart: 2026,
    periodEnd: 2030,
    status: "DRAFT",
    createdAt: "2026-09-15",
    tasks: [
      {
        code: "HN01",
        titleVi: "Tổ chức Tuần Văn hóa Hà Nội tại các thủ đô ASEAN",
        titleEn: "Hanoi Culture Weeks in ASEAN capitals",
        taskGroupCode: "TG1",
        objectiveCodes: ["SO1"],
        indicatorCodes: ["IND_EVENTS_ABROAD"],
        coordinatorCodes: ["BNG"],
        startDate: "2027-03-01",
        dueDate: "2030-12-31",
        budgetVnd: 10_000_000_000n,
        fundingSource: "STATE_BUDGET",
        updates: [drafted("2026-09-15")],
      },
      {
        code: "HN02",
        titleVi: "Xây dựng bản đồ số di sản Thủ đô phục vụ quảng bá quốc tế",
        titleEn: "Digital map of the capital's heritage for international promotion",
        taskGroupCode: "TG3",
        objectiveCodes: ["SO3"],
        indicatorCodes: [],
        startDate: "2027-01-01",
        dueDate: "2028-12-31",
        budgetVnd: 2_500_000_000n,
        fundingSource: "MIXED",
        updates: [drafted("2026-09-15")],
      },
    ],
  },
  {
    organizationCode: "P02",
    authorEmail: "songoaivu.hue@example.vn",
    title: "Kế hoạch thực hiện Chiến lược Ngoại giao văn hóa đến năm 2030 của Thành phố Huế giai đoạn 2026–2030 (dữ liệu minh họa)",
    titleEn: "Huế plan implementing the Cultural Diplomacy Strategy to 2030, 2026–2030 (illustrative data)",
    periodStart: 2026,
    periodEnd: 2030,
    status: "COMMENTED",
    createdAt: "2026-08-20",
    submittedAt: "2026-10-15",
    approvedAt: "2026-10-29",
    reviewComment: "Đề nghị bổ sung kinh phí dự kiến và đơn vị phối hợp của từng nhiệm vụ (ý kiến minh họa).",
    tasks: [
      {
        code: "HUE01",
        titleVi: "Mời các đoàn nghệ thuật quốc tế tham gia các kỳ Festival Huế",
        titleEn: "Invite international art troupes to the Huế Festival",
        taskGroupCode: "TG1",
        objectiveCodes: ["SO1"],
        indicatorCodes: ["IND_EVENTS_DOMESTIC", "IND_DELEGATIONS"],
        coordinatorCodes: ["BNG"],
        startDate: "2027-01-01",
        dueDate: "2030-12-31",
        budgetVnd: 15_000_000_000n,
        fundingSource: "MIXED",
        updates: [drafted("2026-08-20")],
      },
      {
        code: "HUE02",
        titleVi: "Quảng bá Quần thể di tích Cố đô Huế và Nhã nhạc cung đình Huế tại các hội chợ du lịch quốc tế",
        titleEn: "Promote the Complex of Huế Monuments and Huế royal court music at international travel fairs",
        taskGroupCode: "TG3",
        objectiveCodes: ["SO3"],
        indicatorCodes: ["IND_EVENTS_ABROAD"],
        coordinatorCodes: ["BVHTTDL"],
        startDate: "2027-01-01",
        dueDate: "2030-12-31",
        budgetVnd: 4_000_000_000n,
        fundingSource: "STATE_BUDGET",
        updates: [drafted("2026-08-20")],
      },
      {
        code: "HUE03",
        titleVi: "Phối hợp xây dựng hồ sơ di sản tư liệu đề nghị UNESCO ghi danh",
        titleEn: "Support a documentary heritage nomination to UNESCO",
        taskGroupCode: "TG4",
        objectiveCodes: ["SO4"],
        indicatorCodes: ["IND_UNESCO_DOSSIERS"],
        coordinatorCodes: ["BVHTTDL", "BNG"],
        startDate: "2027-01-01",
        dueDate: "2029-12-31",
        budgetVnd: 2_000_000_000n,
        fundingSource: "STATE_BUDGET",
        updates: [drafted("2026-08-20")],
      },
      {
        code: "HUE04",
        titleVi: "Hợp tác với các trường đại học nước ngoài trong nghiên cứu, bảo tồn di sản cung đình",
        titleEn: "Cooperate with foreign universities on research and conservation of court heritage",
        taskGroupCode: "TG5",
        objectiveCodes: ["SO5"],
        indicatorCodes: [],
        startDate: "2027-06-01",
        dueDate: "2030-12-31",
        budgetVnd: 1_000_000_000n,
        fundingSource: "FOREIGN",
        updates: [drafted("2026-08-20")],
      },
    ],
  },
  {
    organizationCode: "BNG",
    authorEmail: "admin@example.vn",
    title: "Kế hoạch hành động của Bộ Ngoại giao thực hiện Chiến lược Ngoại giao văn hóa đến năm 2030 (dữ liệu minh họa)",
    titleEn: "Action plan of the Ministry of Foreign Affairs implementing the Cultural Diplomacy Strategy to 2030 (illustrative data)",
    periodStart: 2022,
    periodEnd: 2030,
    status: "RECORDED",
    createdAt: "2022-02-20",
    submittedAt: "2022-03-10",
    approvedAt: "2022-03-25",
    reviewComment: "Đồng ý ban hành.",
    tasks: [
      {
        code: "NG01",
        titleVi: "Tổ chức chương trình Ngày Việt Nam ở nước ngoài hằng năm",
        titleEn: "Annual Vietnam Day abroad programme",
        taskGroupCode: "TG1",
        objectiveCodes: ["SO1"],
        indicatorCodes: ["IND_EVENTS_ABROAD"],
        leadOrganizationCode: "BNG-CNVNGVH",
        coordinatorCodes: ["BVHTTDL"],
        startDate: "2022-03-01",
        dueDate: "2030-12-31",
        budgetVnd: 30_000_000_000n,
        fundingSource: "STATE_BUDGET",
        updates: [
          assigned("2022-03-25"),
          { at: "2022-12-16", status: "IN_PROGRESS", progress: 12, note: "Hoàn thành chương trình năm 2022" },
          { at: "2024-12-13", status: "IN_PROGRESS", progress: 35, note: "Hoàn thành chương trình năm 2024" },
          { at: "2025-12-12", status: "IN_PROGRESS", progress: 50, note: "Hoàn thành chương trình năm 2025" },
        ],
      },
      {
        code: "NG02",
        titleVi: "Vận động các nước ủng hộ hồ sơ của Việt Nam tại các kỳ họp của các ủy ban UNESCO",
        titleEn: "Lobby member states to support Vietnam's files at UNESCO committee sessions",
        taskGroupCode: "TG4",
        objectiveCodes: ["SO4"],
        indicatorCodes: ["IND_UNESCO_DOSSIERS", "IND_UNESCO_TOTAL"],
        leadOrganizationCode: "BNG-CNVNGVH",
        coordinatorCodes: ["BVHTTDL"],
        startDate: "2022-03-01",
        dueDate: "2030-12-31",
        updates: [
          assigned("2022-03-25"),
          { at: "2023-12-29", status: "IN_PROGRESS", progress: 30, note: "Vận động tại các kỳ họp năm 2023" },
          { at: "2025-12-26", status: "IN_PROGRESS", progress: 60, note: "Vận động tại các kỳ họp năm 2025" },
        ],
      },
      {
        code: "NG03",
        titleVi: "Nghiên cứu xu hướng ngoại giao văn hóa của các nước, đề xuất chính sách cho Việt Nam",
        titleEn: "Study cultural-diplomacy trends abroad and propose policies for Vietnam",
        taskGroupCode: "TG5",
        objectiveCodes: ["SO5", "GO"],
        indicatorCodes: [],
        leadOrganizationCode: "BNG-CNVNGVH",
        startDate: "2022-06-01",
        dueDate: "2026-12-31",
        budgetVnd: 900_000_000n,
        fundingSource: "STATE_BUDGET",
        isBreakthrough: true,
        breakthroughPhase: "2022–2026",
        updates: [
          assigned("2022-03-25"),
          { at: "2023-06-30", status: "IN_PROGRESS", progress: 35, note: "Hoàn thành báo cáo nghiên cứu chuyên đề đầu tiên" },
          { at: "2025-06-30", status: "IN_PROGRESS", progress: 75, note: "Trình đề xuất chính sách để lấy ý kiến" },
        ],
      },
      {
        code: "NG04",
        titleVi: "Tổ chức hội nghị về công tác ngoại giao văn hóa với các Trưởng Cơ quan đại diện Việt Nam ở nước ngoài",
        titleEn: "Cultural-diplomacy conference with the heads of Vietnam's representative missions abroad",
        taskGroupCode: "TG2",
        objectiveCodes: ["SO2"],
        indicatorCodes: ["IND_EVENTS_DOMESTIC"],
        leadOrganizationCode: "BNG-CNVNGVH",
        startDate: "2024-01-01",
        dueDate: "2024-12-31",
        budgetVnd: 1_500_000_000n,
        fundingSource: "STATE_BUDGET",
        updates: [
          assigned("2022-03-25"),
          { at: "2024-04-26", status: "IN_PROGRESS", progress: 50, note: "Hoàn thành công tác chuẩn bị" },
          { at: "2024-08-30", status: "COMPLETED", progress: 100, note: "Tổ chức hội nghị, tổng hợp kiến nghị" },
        ],
      },
    ],
  },
];
