import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { countActivities, countFor } from "@/lib/domain/activity-counts";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import { db } from "@/lib/server/db";
import { computeActivityCounts, getActivity, listActivities, listActivitiesHeldBy } from "@/lib/server/queries/activities";
import {
  addActivityEvidenceLink,
  createActivity,
  joinActivity,
  LikelyDuplicateError,
  updateActivity,
} from "@/lib/server/services/activities";
import { createApiToken } from "@/lib/server/services/api-tokens";
import * as collectionRoute from "@/app/api/v1/activities/route";
import * as itemRoute from "@/app/api/v1/activities/[id]/route";
import * as joinRoute from "@/app/api/v1/activities/[id]/join/route";
import { resetDatabase } from "../factories/reset";
import { actorFor, createWorld } from "../factories/world";

let world: Awaited<ReturnType<typeof createWorld>>;
let missionEditor: Awaited<ReturnType<typeof actorFor>>;
let mofaUnitViewer: Awaited<ReturnType<typeof actorFor>>;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
  const mission = await db.organization.create({
    data: { code: "CQDD-JP", kind: "REPRESENTATIVE_MISSION", nameVi: "Đại sứ quán Việt Nam tại Nhật Bản" },
  });
  const unit = await db.organization.create({ data: { code: "BNG-NGVH", kind: "MOFA_UNIT", nameVi: "Cục Ngoại giao văn hóa và UNESCO" } });
  missionEditor = await actorFor(
    (await db.user.create({ data: { email: "editor.jp@test.vn", name: "jp", role: "ORG_EDITOR", organizationId: mission.id } })).id,
  );
  mofaUnitViewer = await actorFor(
    (await db.user.create({ data: { email: "viewer.ngvh@test.vn", name: "ngvh", role: "ORG_VIEWER", organizationId: unit.id } })).id,
  );
});
afterAll(() => db.$disconnect());

const cultureWeek = (overrides: Record<string, unknown> = {}) => ({
  titleVi: "Tuần Văn hóa Việt Nam tại Nhật Bản",
  kind: "CULTURE_DAYS_ABROAD",
  startDate: "2026-10-05",
  endDate: "2026-10-11",
  countryCode: "jp",
  city: "Tokyo",
  coOrganizerCodes: ["BVHTTDL"],
  taskGroupCodes: ["TG3"],
  partners: [{ name: "Japan Foundation", countryCode: "JP" }],
  participants: "12000",
  budgetVnd: "1.500.000.000",
  ...overrides,
});

describe("one record per real activity", () => {
  it("proposes the existing activity to a second organization, which joins it; the count sees it once", async () => {
    const { hanoiEditor, cultureEditor, hueEditor, steering } = world.actors;
    const week = await createActivity(missionEditor, cultureWeek());
    expect(week).toMatchObject({
      countryCode: "JP",
      titleKey: "tuan van hoa viet nam tai nhat ban",
      budgetVnd: 1_500_000_000n,
      participants: 12000,
    });

    // Hà Nội types the same week without diacritics: the register proposes it instead of creating a copy.
    const refused = await createActivity(
      hanoiEditor,
      cultureWeek({
        titleVi: "Tuan van hoa Viet Nam tai Nhat Ban 2026",
        coOrganizerCodes: [],
        startDate: "2026-10-07",
        endDate: "2026-10-08",
      }),
    ).catch((e) => e);
    expect(refused).toBeInstanceOf(LikelyDuplicateError);
    expect((refused as ConflictError).current).toMatchObject({ duplicates: [{ id: week.id, leadOrganization: { code: "CQDD-JP" } }] });
    expect(await db.activity.count()).toBe(1);

    await joinActivity(hanoiEditor, week.id);
    await joinActivity(hanoiEditor, week.id); // twice is still one co-organizer
    const joined = await getActivity(hanoiEditor, week.id);
    expect(joined.coOrganizers.map((o) => o.code).sort()).toEqual(["BVHTTDL", "P01"]);
    expect(joined.partners).toEqual([{ name: "Japan Foundation", countryCode: "JP" }]);

    // Co-organizers add evidence but do not change core fields; the lead does.
    await addActivityEvidenceLink(cultureEditor, week.id, { url: "https://example.vn/tuan-van-hoa", label: "Bài báo" });
    const held = cultureWeek({ status: "HELD", coOrganizerCodes: ["BVHTTDL", "P01"] });
    await expect(updateActivity(cultureEditor, week.id, { ...held, version: 2 })).rejects.toBeInstanceOf(ForbiddenError);
    // An edit based on the version read before Hà Nội joined is stale: it would have dropped Hà Nội.
    await expect(updateActivity(missionEditor, week.id, { ...cultureWeek({ status: "HELD" }), version: 1 })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await updateActivity(missionEditor, week.id, { ...held, version: 2 });

    const counts = await computeActivityCounts();
    expect(countFor(counts, "EVENTS_ABROAD", 2026)).toBe(1);
    expect(countFor(counts, "EVENTS_ABROAD", 2026, "TG3")).toBe(1);
    expect(countFor(counts, "COUNTRIES_REACHED", 2026)).toBe(1);

    // The drill-down behind the number lists the record once, for the Steering Committee.
    const drill = await listActivities(steering, { indicator: "EVENTS_ABROAD", year: "2026", taskGroup: "TG3" });
    expect(drill.activities.map((a) => a.id)).toEqual([week.id]);
    expect(drill.total).toBe(1);

    // Another province neither sees it nor can change it.
    await expect(getActivity(hueEditor, week.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateActivity(hueEditor, week.id, { ...cultureWeek(), version: 3 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addActivityEvidenceLink(hueEditor, week.id, { url: "https://example.vn/x" })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listActivities(hueEditor, {})).total).toBe(0);
    // MOFA units see every activity.
    expect((await listActivities(mofaUnitViewer, {})).total).toBe(1);

    // The report annex of each organization lists it: lead and co-organizers alike.
    const period = { start: new Date("2026-07-01"), end: new Date("2026-12-31") };
    expect((await listActivitiesHeldBy(world.orgs.hanoi.id, period)).map((a) => a.id)).toEqual([week.id]);
    expect(await listActivitiesHeldBy(world.orgs.hue.id, period)).toEqual([]);

    const audit = await db.auditLog.findMany({ where: { entity: "Activity", entityId: week.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["create", "join", "update"]);
  });

  it("creates a second activity when the user confirms it is a different one", async () => {
    await createActivity(missionEditor, cultureWeek());
    await createActivity(world.actors.hanoiEditor, cultureWeek({ coOrganizerCodes: [], confirmNew: true }));
    expect(await db.activity.count()).toBe(2);
  });

  it.each([
    { name: "end before start", input: { endDate: "2026-10-01" }, field: "endDate", code: "end_before_start" },
    { name: "a 3-letter country", input: { countryCode: "JPN" }, field: "countryCode", code: "invalid_country" },
    { name: "a province abroad", input: { provinceCode: "P01" }, field: "provinceCode", code: "province_outside_vietnam" },
    { name: "an unknown co-organizer", input: { coOrganizerCodes: ["NOPE"] }, field: "coOrganizerCodes", code: "unknown_organization" },
    {
      name: "a ministry as the place",
      input: { countryCode: "VN", provinceCode: "BVHTTDL" },
      field: "provinceCode",
      code: "unknown_province",
    },
    { name: "a 10,000-character title", input: { titleVi: "a".repeat(10_000) }, field: "titleVi", code: "too_long" },
    { name: "negative participants", input: { participants: -1 }, field: "participants", code: "invalid_number" },
  ])("refuses $name and saves nothing", async ({ input, field, code }) => {
    const error = await createActivity(missionEditor, cultureWeek(input)).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors[field]).toContain(code);
    expect(await db.activity.count()).toBe(0);
  });

  it("does not let viewers or the Steering Committee record activities", async () => {
    await expect(createActivity(world.actors.hanoiViewer, cultureWeek())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createActivity(world.actors.steering, cultureWeek())).rejects.toBeInstanceOf(ForbiddenError);
  });
});

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(
  handler: Handler,
  token: string,
  options: { method?: string; body?: unknown; params?: Record<string, string>; query?: string } = {},
) {
  const request = new Request(`http://localhost/api/v1/activities${options.query ?? ""}`, {
    method: options.method ?? "GET",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "accept-language": "vi" },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe("/api/v1/activities", () => {
  it("creates, proposes duplicates (409), joins, patches with versions and refuses other organizations", async () => {
    const mission = (await createApiToken(missionEditor, { name: "t" })).token;
    const hanoi = (await createApiToken(world.actors.hanoiEditor, { name: "t" })).token;
    const hue = (await createApiToken(world.actors.hueEditor, { name: "t" })).token;
    const steering = (await createApiToken(world.actors.steering, { name: "t" })).token;

    const created = await call(collectionRoute.POST as Handler, mission, { method: "POST", body: cultureWeek() });
    expect(created.status).toBe(201);
    const id = created.json.id as string;
    expect(created.json).toMatchObject({ countryCode: "JP", version: 1, budgetVnd: "1500000000", taskGroupCodes: ["TG3"] });

    const duplicate = await call(collectionRoute.POST as Handler, hanoi, { method: "POST", body: cultureWeek({ coOrganizerCodes: [] }) });
    expect(duplicate.status).toBe(409);
    expect(duplicate.json).toMatchObject({ current: { duplicates: [{ id }] } });
    expect(String(duplicate.json.detail)).toContain("tham gia");

    expect((await call(joinRoute.POST as Handler, hanoi, { method: "POST", params: { id } })).status).toBe(200);
    expect((await call(itemRoute.GET as Handler, hanoi, { params: { id } })).status).toBe(200);
    expect((await call(itemRoute.GET as Handler, hue, { params: { id } })).status).toBe(404);
    const held = cultureWeek({ status: "HELD", coOrganizerCodes: ["BVHTTDL", "P01"] });
    expect((await call(itemRoute.PATCH as Handler, hue, { method: "PATCH", params: { id }, body: { ...held, version: 2 } })).status).toBe(
      404,
    );
    expect((await call(itemRoute.PATCH as Handler, hanoi, { method: "PATCH", params: { id }, body: { ...held, version: 2 } })).status).toBe(
      403,
    );

    const patched = await call(itemRoute.PATCH as Handler, mission, { method: "PATCH", params: { id }, body: { ...held, version: 2 } });
    expect(patched).toMatchObject({ status: 200, json: { status: "HELD", version: 3 } });
    const stale = await call(itemRoute.PATCH as Handler, mission, { method: "PATCH", params: { id }, body: { ...held, version: 2 } });
    expect(stale).toMatchObject({ status: 409, json: { current: { status: "HELD", version: 3 } } });

    const list = await call(collectionRoute.GET as Handler, steering, { query: "?indicator=EVENTS_ABROAD&year=2026" });
    expect(list.json).toMatchObject({ total: 1, activities: [{ id }] });
    expect((await call(collectionRoute.GET as Handler, hue, {})).json).toMatchObject({ total: 0 });
  });
});

describe("the count indicators in PostgreSQL", () => {
  it("equal the domain's reference count over a varied register (kinds, places, statuses, years, task groups, co-organizers)", async () => {
    const kinds = ["CULTURE_DAYS_ABROAD", "FESTIVAL", "DELEGATION_VISIT", "UNESCO_EVENT", "ONLINE_CAMPAIGN", "OTHER"] as const;
    const statuses = ["HELD", "HELD", "PLANNED", "CANCELLED"] as const;
    const countries = ["VN", "vn", "JP", "FR", "JP", "US", "KR"];
    const groups = await db.taskGroup.findMany({ select: { id: true } });
    const { mofa, culture, hanoi } = world.orgs;
    for (let i = 0; i < 60; i++) {
      const activity = await db.activity.create({
        data: {
          titleVi: `Hoạt động ${i}`,
          titleKey: `hoat dong ${i}`,
          kind: kinds[i % kinds.length]!,
          status: statuses[i % statuses.length]!,
          startDate: new Date(Date.UTC(2024 + (i % 3), i % 12, 1 + (i % 27))),
          endDate: new Date(Date.UTC(2024 + (i % 3), i % 12, 2 + (i % 27))),
          countryCode: countries[i % countries.length]!,
          leadOrganizationId: [mofa, culture, hanoi][i % 3]!.id,
          taskGroups: { connect: groups.filter((_, g) => (i + g) % 3 === 0).map(({ id }) => ({ id })) },
          coOrganizers: i % 4 === 0 ? { create: [{ organizationId: [culture, hanoi, mofa][i % 3]!.id }] } : undefined,
        },
      });
      expect(activity.id).toBeTruthy();
    }
    const rows = await db.activity.findMany({
      select: { id: true, status: true, kind: true, countryCode: true, startDate: true, taskGroups: { select: { code: true } } },
    });
    const reference = countActivities(rows.map((r) => ({ ...r, taskGroupCodes: r.taskGroups.map((t) => t.code) })));
    expect(await computeActivityCounts()).toEqual(reference);
    expect(await computeActivityCounts({ from: 2025, to: 2025 })).toEqual(
      countActivities(
        rows.filter((r) => r.startDate.getUTCFullYear() === 2025).map((r) => ({ ...r, taskGroupCodes: r.taskGroups.map((t) => t.code) })),
      ),
    );
  });
});
