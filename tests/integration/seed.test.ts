// The seed against a real, freshly migrated database: the reference facts arrive complete, with sources,
// and running either part twice changes nothing.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { verifyPassword } from "../../lib/security/password";
import { seedDemo } from "../../prisma/seed/demo";
import { seedReference } from "../../prisma/seed/reference";
import { resetDatabase } from "../factories/reset";

const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });

async function countReferenceRows() {
  const [organizations, indicators, observations, objectives, taskGroups, reportTypes, strategies] = await Promise.all([
    prisma.organization.count(),
    prisma.indicator.count(),
    prisma.indicatorObservation.count(),
    prisma.objective.count(),
    prisma.taskGroup.count(),
    prisma.reportType.count(),
    prisma.strategy.count(),
  ]);
  return { organizations, indicators, observations, objectives, taskGroups, reportTypes, strategies };
}

async function countDemoRows() {
  const [users, plans, tasks, taskUpdates, submissions] = await Promise.all([
    prisma.user.count(),
    prisma.actionPlan.count(),
    prisma.planTask.count(),
    prisma.taskUpdate.count(),
    prisma.planSubmission.count(),
  ]);
  return { users, plans, tasks, taskUpdates, submissions };
}

beforeAll(async () => {
  await resetDatabase();
});

afterAll(async () => {
  await resetDatabase();
  await prisma.$disconnect();
});

describe("reference seed", () => {
  let countsAfterFirstRun: Awaited<ReturnType<typeof countReferenceRows>>;

  beforeAll(async () => {
    await seedReference(prisma);
    countsAfterFirstRun = await countReferenceRows();
    await seedReference(prisma);
  });

  it("is idempotent: a second run adds and changes nothing", async () => {
    expect(await countReferenceRows()).toEqual(countsAfterFirstRun);
    const touched = await prisma.organization.count({ where: { version: { gt: 1 } } });
    expect(touched).toBe(0);
  });

  it("holds the 34 provincial units operating since 01/07/2025", async () => {
    const units = await prisma.organization.findMany({ where: { kind: { in: ["PROVINCE", "CITY"] } } });
    expect(units).toHaveLength(34);
    expect(units.filter((u) => u.kind === "CITY")).toHaveLength(6);
    expect(units.every((u) => u.region !== null)).toBe(true);
    const hanoi = units.find((u) => u.code === "P01");
    expect(hanoi).toMatchObject({ nameVi: "Thành phố Hà Nội", kind: "CITY", region: "RED_RIVER_DELTA", validFrom: null });
  });

  it("keeps the 52 former provinces, each ended on 30/06/2025 and succeeded by a current unit", async () => {
    const former = await prisma.organization.findMany({
      where: { kind: "FORMER_PROVINCE" },
      include: { successor: true },
    });
    expect(former).toHaveLength(52);
    for (const unit of former) {
      expect(unit.validTo?.toISOString().slice(0, 10)).toBe("2025-06-30");
      expect(["PROVINCE", "CITY"]).toContain(unit.successor?.kind);
    }
    // A merged unit that kept its name is still a new legal unit: the old one has its own record.
    const oldTuyenQuang = former.find((u) => u.code === "FP-TUYEN-QUANG");
    expect(oldTuyenQuang?.successor?.code).toBe("P12");
    expect(former.find((u) => u.code === "FP-HA-GIANG")?.successor?.code).toBe("P12");
  });

  it("holds 14 ministries and 3 ministerial-level agencies, and the 7 bodies that existed until 28/02/2025 with their successors", async () => {
    expect(await prisma.organization.count({ where: { kind: "MINISTRY", validTo: null } })).toBe(14);
    expect(await prisma.organization.count({ where: { kind: "MINISTERIAL_AGENCY", validTo: null } })).toBe(3);
    const former = await prisma.organization.findMany({
      where: { kind: { in: ["MINISTRY", "MINISTERIAL_AGENCY"] }, validTo: { not: null } },
      include: { successor: true },
    });
    expect(former.map((o) => `${o.nameVi} → ${o.successor?.code}`).sort()).toEqual([
      "Bộ Giao thông vận tải → BXD",
      "Bộ Kế hoạch và Đầu tư → BTC",
      "Bộ Lao động - Thương binh và Xã hội → BNV",
      "Bộ Nông nghiệp và Phát triển nông thôn → BNNMT",
      "Bộ Thông tin và Truyền thông → BKHCN",
      "Bộ Tài nguyên và Môi trường → BNNMT",
      "Ủy ban Dân tộc → BDTTG",
    ]);
    expect(former.every((o) => o.validTo?.toISOString().slice(0, 10) === "2025-02-28" && o.sourceUrls.length > 0)).toBe(true);
    // Created on 01/03/2025: they owe no report for 2022–2024.
    const created = await prisma.organization.findMany({ where: { code: { in: ["BNNMT", "BDTTG"] } } });
    expect(created.map((o) => o.validFrom?.toISOString().slice(0, 10))).toEqual(["2025-03-01", "2025-03-01"]);
  });

  it("keeps Huế's former name and the national bodies of cultural diplomacy with sources", async () => {
    const hue = await prisma.organization.findUniqueOrThrow({ where: { code: "P02" }, include: { names: true } });
    expect(hue.names.map((n) => [n.nameVi, n.unitType, n.validTo?.toISOString().slice(0, 10), n.basisVi])).toEqual([
      ["Thừa Thiên Huế", "PROVINCE", "2024-12-31", "Nghị quyết 175/2024/QH15"],
    ]);
    const bodies = await prisma.organization.findMany({
      where: { code: { in: ["VTV", "VOV", "TTXVN", "VUFO", "UBQG-UNESCO", "BNG-UBNVNONN"] } },
    });
    expect(bodies).toHaveLength(6);
    expect(bodies.every((b) => b.sourceUrls.length > 0)).toBe(true);
  });

  it("links the five task groups to SO1–SO5 with their verbs", async () => {
    const groups = await prisma.taskGroup.findMany({ orderBy: { sortOrder: "asc" }, include: { objective: true } });
    expect(groups.map((g) => g.verbVi)).toEqual(["Thúc đẩy", "Hội nhập", "Quảng bá", "Vận động", "Tiếp thu"]);
    expect(groups.map((g) => g.objective?.code)).toEqual(["SO1", "SO2", "SO3", "SO4", "SO5"]);
  });

  it("seeds the UNESCO titles from the Strategy's start: 58 derived for end-2021, 65 / 71, and 77 with the target of 60 from the minister's interview", async () => {
    const indicator = await prisma.indicator.findUniqueOrThrow({
      where: { code: "IND_UNESCO_TOTAL" },
      include: { observations: { where: { organizationId: null }, orderBy: { year: "asc" } } },
    });
    expect(indicator.observations.map((o) => [o.year, o.value.toNumber(), o.confidence])).toEqual([
      [2021, 58, "PARTIAL"],
      [2023, 65, "CONFIRMED"],
      [2024, 71, "CONFIRMED"],
      [2025, 77, "PARTIAL"],
    ]);
    expect(indicator.observations[0]?.sourceNote).toMatch(/^Giá trị suy ra/);
    expect(indicator.observations[3]?.sourceUrls[0]).toMatch(/vietnamplus\.vn\/cong-tac-doi-ngoai-nam-2025/);
    expect(indicator).toMatchObject({
      measure: "COUNT",
      isPortalDefined: false,
      baselineYear: 2021,
      targetYear: 2030,
      targetConfidence: "PARTIAL",
    });
    expect(indicator.baselineValue?.toNumber()).toBe(58);
    expect(indicator.targetValue?.toNumber()).toBe(60);
    expect(indicator.targetSourceUrls).toEqual([expect.stringMatching(/vietnamplus\.vn/)]);
    expect(indicator.targetNote).toMatch(/Lê Hoài Trung/);
  });

  it("derives the UNESCO category indicators from the seeded dossiers, each year, and keeps MOFA's published total", async () => {
    const latest = await prisma.indicatorObservation.findMany({
      where: { organizationId: null, year: 2025, indicator: { code: { startsWith: "IND_UNESCO_" } } },
      select: { value: true, isDerived: true, indicator: { select: { code: true } } },
      orderBy: { indicator: { code: "asc" } },
    });
    expect(latest.map((o) => [o.indicator.code, o.value.toNumber(), o.isDerived])).toEqual([
      ["IND_UNESCO_BR", 11, true],
      ["IND_UNESCO_CC", 4, true],
      ["IND_UNESCO_DH", 11, true],
      ["IND_UNESCO_GGP", 4, true],
      ["IND_UNESCO_ICH", 17, true],
      ["IND_UNESCO_TOTAL", 77, false],
      ["IND_UNESCO_WH", 9, true],
    ]);
    const wh = await prisma.indicatorObservation.findMany({
      where: { organizationId: null, indicator: { code: "IND_UNESCO_WH" } },
      orderBy: { year: "asc" },
      select: { year: true, value: true },
    });
    expect(wh.map((o) => [o.year, o.value.toNumber()]).filter(([year]) => year === 1993 || year === 2014 || year === 2024)).toEqual([
      [1993, 1],
      [2014, 8],
      [2024, 8],
    ]);
  });

  it("says nothing in any indicator note about how the project was briefed, and no note is in English", async () => {
    const indicators = await prisma.indicator.findMany({ include: { observations: true } });
    const notes = indicators
      .flatMap((i) => [i.targetNote, ...i.observations.map((o) => o.sourceNote)])
      .filter((n): n is string => n !== null);
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      expect(note).not.toMatch(/brief|CEO|client|unconfirmed|no source|issue/i);
      expect(note).not.toMatch(/\b(the|derived|count|source)\b/i);
    }
  });

  it("names the Strategy's signer as the Decision does, gives the general objective in full, and tags back-translated objectives PARTIAL", async () => {
    const strategy = await prisma.strategy.findFirstOrThrow({ include: { objectives: { orderBy: { sortOrder: "asc" } } } });
    expect(strategy.signer).toBe("Phó Thủ tướng Thường trực Phạm Bình Minh (KT. Thủ tướng)");
    const byCode = new Map(strategy.objectives.map((o) => [o.code, o]));
    expect(byCode.get("GO")?.titleVi).toMatch(/^Sử dụng các công cụ văn hóa .* nâng cao vị thế quốc gia\.$/);
    expect(byCode.get("GO")?.titleVi).not.toContain("...");
    expect(byCode.get("SO1")?.titleVi).not.toContain("NGVH");
    expect(strategy.objectives.map((o) => [o.code, o.confidence])).toEqual([
      ["GO", "PARTIAL"],
      ["SO1", "CONFIRMED"],
      ["SO2", "PARTIAL"],
      ["SO3", "CONFIRMED"],
      ["SO4", "PARTIAL"],
      ["SO5", "PARTIAL"],
    ]);
  });

  it("derives the cumulative count of comprehensive strategic partners from the dated upgrades", async () => {
    const observations = await prisma.indicatorObservation.findMany({
      where: { indicator: { code: "IND_CSP_COUNT" } },
      orderBy: { year: "asc" },
    });
    expect(observations.map((o) => [o.year, o.value.toNumber()])).toEqual([
      [2022, 4],
      [2023, 6],
      [2024, 9],
      [2025, 14],
    ]);
  });

  it("gives every observation at least one source URL", async () => {
    const observations = await prisma.indicatorObservation.findMany();
    expect(observations.length).toBeGreaterThan(0);
    for (const observation of observations) {
      expect(observation.sourceUrls.length).toBeGreaterThan(0);
      for (const url of observation.sourceUrls) expect(url).toMatch(/^https?:\/\//);
    }
  });

  it("seeds no observation and no target for the reportable indicators, tagged as the portal's own definitions", async () => {
    const reportable = await prisma.indicator.findMany({ where: { isReportable: true }, include: { observations: true } });
    expect(reportable.every((i) => i.isPortalDefined)).toBe(true);
    expect(await prisma.indicator.count({ where: { isPortalDefined: true, isReportable: false } })).toBe(0);
    expect(reportable.map((i) => i.code).sort()).toEqual([
      "IND_DELEGATIONS",
      "IND_EVENTS_ABROAD",
      "IND_EVENTS_DOMESTIC",
      "IND_UNESCO_DOSSIERS",
    ]);
    for (const indicator of reportable) {
      expect(indicator.aggregation).toBe("SUM");
      expect(indicator.observations).toHaveLength(0);
      expect(indicator.targetValue).toBeNull();
    }
  });
});

describe("demo seed", () => {
  const accounts = [
    { email: "admin@example.vn", role: "ADMIN", organization: "BNG" },
    { email: "bcd@example.vn", role: "STEERING_COMMITTEE", organization: "BCD-NGVH" },
    { email: "bvhttdl@example.vn", role: "ORG_EDITOR", organization: "BVHTTDL" },
    { email: "songoaivu.hanoi@example.vn", role: "ORG_EDITOR", organization: "P01" },
    { email: "songoaivu.hue@example.vn", role: "ORG_EDITOR", organization: "P02" },
    { email: "xem.hanoi@example.vn", role: "ORG_VIEWER", organization: "P01" },
  ] as const;

  let countsAfterFirstRun: Awaited<ReturnType<typeof countDemoRows>>;

  beforeAll(async () => {
    await seedReference(prisma);
    await seedDemo(prisma);
    countsAfterFirstRun = await countDemoRows();
    await seedDemo(prisma);
  });

  it("creates each demo account once, with its role and organization", async () => {
    for (const account of accounts) {
      const users = await prisma.user.findMany({
        where: { email: { equals: account.email, mode: "insensitive" } },
        include: { organization: true },
      });
      expect(users, account.email).toHaveLength(1);
      expect(users[0]).toMatchObject({ role: account.role, isDemo: true, mustChangePassword: false });
      expect(users[0]?.organization.code).toBe(account.organization);
    }
  });

  it("lets the demo accounts sign in with the documented password", async () => {
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@example.vn" } });
    expect(await verifyPassword(admin.passwordHash ?? "", "Demo@2030")).toBe(true);
  });

  it("adds nothing on a second run", async () => {
    expect(await countDemoRows()).toEqual(countsAfterFirstRun);
  });

  it("marks every plan as demo and keeps each task's state equal to its latest update", async () => {
    const plans = await prisma.actionPlan.findMany({
      include: { tasks: { include: { updates: { orderBy: { createdAt: "desc" }, take: 1 } } } },
    });
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) {
      expect(plan.isDemo).toBe(true);
      for (const task of plan.tasks) {
        expect(task.updates[0]).toMatchObject({ status: task.status, progress: task.progress });
      }
    }
  });
});
