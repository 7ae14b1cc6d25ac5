// Illustrative activities for the demo (DEMO_MODE=true only): invented, marked isDemo and "(minh họa)" in the
// title, so that nobody takes them for real events. Idempotent: nothing is added once any demo activity exists.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { titleKeyOf } from "../../lib/domain/activity-duplicates";

type DemoActivity = {
  titleVi: string;
  kind: "CULTURE_DAYS_ABROAD" | "FILM_WEEK" | "DELEGATION_VISIT" | "UNESCO_EVENT" | "CUISINE_PROMOTION";
  status: "PLANNED" | "HELD" | "CANCELLED";
  start: string;
  end: string;
  countryCode: string;
  city: string;
  lead: string;
  coOrganizers: string[];
  taskGroups: string[];
};

const DEMO_ACTIVITIES: DemoActivity[] = [
  {
    titleVi: "Ngày Văn hóa Hà Nội tại Pháp (minh họa)",
    kind: "CULTURE_DAYS_ABROAD",
    status: "HELD",
    start: "2026-04-10",
    end: "2026-04-12",
    countryCode: "FR",
    city: "Paris",
    lead: "P01",
    coOrganizers: ["BVHTTDL", "BNG"],
    taskGroups: ["TG3"],
  },
  {
    titleVi: "Tuần phim Việt Nam (minh họa)",
    kind: "FILM_WEEK",
    status: "HELD",
    start: "2026-06-01",
    end: "2026-06-07",
    countryCode: "KR",
    city: "Seoul",
    lead: "BVHTTDL",
    coOrganizers: [],
    taskGroups: ["TG3"],
  },
  {
    titleVi: "Đón đoàn nghệ sĩ quốc tế tại Hà Nội (minh họa)",
    kind: "DELEGATION_VISIT",
    status: "HELD",
    start: "2026-09-15",
    end: "2026-09-18",
    countryCode: "VN",
    city: "Hà Nội",
    lead: "P01",
    coOrganizers: [],
    taskGroups: ["TG5"],
  },
  {
    titleVi: "Hội thảo về bảo vệ di sản (minh họa)",
    kind: "UNESCO_EVENT",
    status: "PLANNED",
    start: "2027-03-20",
    end: "2027-03-20",
    countryCode: "VN",
    city: "Hà Nội",
    lead: "BVHTTDL",
    coOrganizers: ["P01"],
    taskGroups: ["TG1"],
  },
  {
    titleVi: "Quảng bá ẩm thực Việt Nam (minh họa)",
    kind: "CUISINE_PROMOTION",
    status: "CANCELLED",
    start: "2026-11-05",
    end: "2026-11-08",
    countryCode: "DE",
    city: "Berlin",
    lead: "BNG",
    coOrganizers: [],
    taskGroups: ["TG3"],
  },
];

export async function seedDemoActivities(prisma: PrismaClient): Promise<void> {
  if (await prisma.activity.findFirst({ where: { isDemo: true }, select: { id: true } })) return;
  const codes = [...new Set(DEMO_ACTIVITIES.flatMap((a) => [a.lead, ...a.coOrganizers]))];
  const organizations = new Map(
    (await prisma.organization.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } })).map((o) => [o.code, o.id]),
  );
  await prisma.$transaction(async (tx) => {
    for (const a of DEMO_ACTIVITIES) {
      const lead = organizations.get(a.lead);
      if (!lead) continue;
      await tx.activity.create({
        data: {
          titleVi: a.titleVi,
          titleKey: titleKeyOf(a.titleVi),
          kind: a.kind,
          status: a.status,
          startDate: new Date(`${a.start}T00:00:00Z`),
          endDate: new Date(`${a.end}T00:00:00Z`),
          countryCode: a.countryCode,
          city: a.city,
          leadOrganizationId: lead,
          isDemo: true,
          coOrganizers: {
            create: a.coOrganizers.flatMap((code) => (organizations.get(code) ? [{ organizationId: organizations.get(code)! }] : [])),
          },
          taskGroups: { connect: a.taskGroups.map((code) => ({ code })) },
        },
      });
    }
  });
}
