// A small, explicit world for integration tests: the strategy's skeleton, a few organizations (one with a
// predecessor), one user per role, and helpers to build actors and plans. Names follow the real data.
import { db } from "@/lib/server/db";
import { loadSessionUser, type Actor } from "@/lib/server/auth/session";
import type { Role } from "@/lib/domain/roles";
import { reviewPlan, sendPlan, submitPlan } from "@/lib/server/services/plans";

export async function createWorld() {
  const strategy = await db.strategy.create({
    data: {
      code: "QD-2013-TTg-2021",
      number: "2013/QĐ-TTg",
      titleVi: "Chiến lược Ngoại giao văn hóa đến năm 2030",
      titleEn: "Cultural Diplomacy Strategy to 2030",
      issuedDate: new Date("2021-11-30"),
      effectiveDate: new Date("2021-11-30"),
      issuerVi: "Thủ tướng Chính phủ",
      horizonYear: 2030,
    },
  });
  const verbs = ["Thúc đẩy", "Hội nhập", "Quảng bá", "Vận động", "Tiếp thu"];
  await db.objective.create({
    data: {
      strategyId: strategy.id,
      code: "GO",
      level: "GENERAL",
      sortOrder: 0,
      titleVi: "Mục tiêu tổng quát",
      titleEn: "General objective",
    },
  });
  for (let i = 1; i <= 5; i++) {
    const objective = await db.objective.create({
      data: {
        strategyId: strategy.id,
        code: `SO${i}`,
        level: "SPECIFIC",
        sortOrder: i,
        titleVi: `Mục tiêu cụ thể ${i}`,
        titleEn: `Specific objective ${i}`,
      },
    });
    await db.taskGroup.create({
      data: {
        strategyId: strategy.id,
        code: `TG${i}`,
        sortOrder: i,
        verbVi: verbs[i - 1]!,
        nameVi: verbs[i - 1]!,
        nameEn: `Group ${i}`,
        objectiveId: objective.id,
      },
    });
  }
  await db.indicator.create({
    data: {
      strategyId: strategy.id,
      code: "IND_UNESCO_TOTAL",
      nameVi: "Tổng số danh hiệu UNESCO",
      nameEn: "Total UNESCO titles",
      unitVi: "danh hiệu",
      unitEn: "titles",
    },
  });
  await db.indicator.create({
    data: {
      strategyId: strategy.id,
      code: "IND_EVENTS_ABROAD",
      nameVi: "Số hoạt động ở nước ngoài",
      nameEn: "Events abroad",
      unitVi: "hoạt động",
      unitEn: "events",
      isReportable: true,
      aggregation: "SUM",
    },
  });

  const org = (
    code: string,
    kind: "MINISTRY" | "PROVINCE" | "CITY" | "FORMER_PROVINCE" | "STEERING_COMMITTEE",
    nameVi: string,
    extra: object = {},
  ) => db.organization.create({ data: { code, kind, nameVi, nameEn: nameVi, ...extra } });
  const mofa = await org("BNG", "MINISTRY", "Bộ Ngoại giao");
  const culture = await org("BVHTTDL", "MINISTRY", "Bộ Văn hóa, Thể thao và Du lịch");
  const steering = await org("BCD-NGVH", "STEERING_COMMITTEE", "Ban Chỉ đạo công tác Ngoại giao văn hóa");
  const hanoi = await org("P01", "CITY", "Thành phố Hà Nội");
  const hue = await org("P02", "CITY", "Thành phố Huế");
  const tuyenQuang = await org("P12", "PROVINCE", "Tuyên Quang");
  const haGiang = await org("FP-HA-GIANG", "FORMER_PROVINCE", "Hà Giang", {
    validTo: new Date("2025-06-30"),
    successorId: tuyenQuang.id,
    isActive: false,
  });

  const user = async (email: string, role: Role, organizationId: string) => {
    const row = await db.user.create({ data: { email, name: email.split("@")[0]!, role, organizationId } });
    return actorFor(row.id);
  };
  const actors = {
    admin: await user("admin@test.vn", "ADMIN", mofa.id),
    steering: await user("bcd@test.vn", "STEERING_COMMITTEE", steering.id),
    hanoiEditor: await user("editor.hanoi@test.vn", "ORG_EDITOR", hanoi.id),
    hanoiLeader: await user("leader.hanoi@test.vn", "ORG_LEADER", hanoi.id),
    hanoiViewer: await user("viewer.hanoi@test.vn", "ORG_VIEWER", hanoi.id),
    hueEditor: await user("editor.hue@test.vn", "ORG_EDITOR", hue.id),
    hueLeader: await user("leader.hue@test.vn", "ORG_LEADER", hue.id),
    cultureEditor: await user("editor.culture@test.vn", "ORG_EDITOR", culture.id),
    tuyenQuangEditor: await user("editor.tq@test.vn", "ORG_EDITOR", tuyenQuang.id),
  };
  return { strategy, orgs: { mofa, culture, steering, hanoi, hue, tuyenQuang, haGiang }, actors };
}

type World = Awaited<ReturnType<typeof createWorld>>;

// One of MOFA's own units (the only organizations whose plans MOFA approves), with an officer and a leader.
// Separate from the world: the dashboards count every operating organization.
export async function createMofaUnit(world: World) {
  const unit = await db.organization.create({
    data: { code: "BNG-CNVNGVH", kind: "MOFA_UNIT", nameVi: "Cục Ngoại vụ và Ngoại giao văn hóa", parentId: world.orgs.mofa.id },
  });
  const user = async (email: string, role: Role) =>
    actorFor((await db.user.create({ data: { email, name: email.split("@")[0]!, role, organizationId: unit.id } })).id);
  return { unit, editor: await user("editor.cnv@test.vn", "ORG_EDITOR"), leader: await user("leader.cnv@test.vn", "ORG_LEADER") };
}

export const sendingInput = (version: number, overrides: Record<string, unknown> = {}) => ({
  version,
  documentNumber: "275/KH-UBND",
  documentDate: "01/04/2026",
  signerName: "Nguyễn Văn Phó",
  ...overrides,
});

// Hà Nội's plan through the whole sending: the officer submits it, the leader sends it with its issuing
// document, MOFA records it; it is then in force.
export async function putPlanInForce(
  world: World,
  planId: string,
  { editor = world.actors.hanoiEditor, leader = world.actors.hanoiLeader } = {},
) {
  const sent = await sendToMofa(planId, editor, leader);
  return reviewPlan(world.actors.steering, planId, { decision: "record", version: sent.version });
}

// The officer submits the plan to the leader, who sends it to MOFA.
export async function sendToMofa(planId: string, editor: Actor, leader: Actor) {
  await submitPlan(editor, planId);
  const awaiting = await db.actionPlan.findUniqueOrThrow({ where: { id: planId } });
  return sendPlan(leader, planId, sendingInput(awaiting.version));
}

// Every organization of the world owes reports of this type (report-obligations: expected and existing).
export async function expectReportsFromEveryone(reportTypeId: string) {
  const organizations = await db.organization.findMany({ select: { id: true } });
  await db.reportExpectation.createMany({ data: organizations.map((o) => ({ reportTypeId, organizationId: o.id })), skipDuplicates: true });
}

export async function actorFor(userId: string): Promise<Actor> {
  const user = await loadSessionUser(userId);
  if (!user) throw new Error(`no active user ${userId}`);
  return { user, ip: "203.0.113.7", userAgent: "vitest", via: "session" };
}

export function taskInput(code: string, overrides: Record<string, unknown> = {}) {
  return {
    code,
    titleVi: `Nhiệm vụ ${code}`,
    taskGroupCode: "TG3",
    objectiveCodes: ["SO3"],
    indicatorCodes: [],
    coordinatorCodes: [],
    startDate: "01/01/2026",
    dueDate: "31/12/2026",
    budgetVnd: "1.500.000.000",
    fundingSource: "STATE_BUDGET",
    status: "NOT_STARTED",
    progress: 0,
    ...overrides,
  };
}

export const planInput = (overrides: Record<string, unknown> = {}) => ({
  title: "Kế hoạch thực hiện Chiến lược Ngoại giao văn hóa giai đoạn 2026–2030",
  periodStart: 2026,
  periodEnd: 2030,
  documentNumber: "407/QĐ-UBND",
  documentDate: "01/04/2026",
  ...overrides,
});
