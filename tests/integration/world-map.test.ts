// The world map's numbers: activities per country from the caller's visible rows, cancelled ones left out,
// filtered by year, kind and organizer, and fresh after a write although they are served from the roll-up cache.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { countActivitiesByCountry, listMissionsByCountry } from "@/lib/server/queries/world-map";
import { resetDatabase } from "../factories/reset";
import { createWorld } from "../factories/world";

let world: Awaited<ReturnType<typeof createWorld>>;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});
afterAll(() => db.$disconnect());

function activity(leadOrganizationId: string, countryCode: string, start: string, extra: Record<string, unknown> = {}) {
  return db.activity.create({
    data: {
      titleVi: `Hoạt động ${countryCode} ${start}`,
      titleKey: `hoat dong ${countryCode} ${start}`,
      kind: "EXHIBITION",
      startDate: new Date(start),
      endDate: new Date(start),
      countryCode,
      leadOrganizationId,
      status: "HELD",
      ...extra,
    },
  });
}

describe("countActivitiesByCountry", () => {
  it("counts each visible activity once per country, leaving out cancelled ones and other organizations' rows", async () => {
    const { hanoi, hue } = world.orgs;
    await activity(hanoi.id, "JP", "2026-03-01");
    await activity(hanoi.id, "JP", "2026-05-01", { kind: "FILM_WEEK" });
    await activity(hanoi.id, "FR", "2025-05-01");
    await activity(hanoi.id, "FR", "2026-06-01", { status: "CANCELLED" });
    await activity(hue.id, "KR", "2026-04-01");
    expect(await countActivitiesByCountry(world.actors.steering, {})).toEqual([
      { countryCode: "JP", count: 2 },
      { countryCode: "FR", count: 1 },
      { countryCode: "KR", count: 1 },
    ]);
    expect(await countActivitiesByCountry(world.actors.hanoiViewer, {})).toEqual([
      { countryCode: "JP", count: 2 },
      { countryCode: "FR", count: 1 },
    ]);
    expect(await countActivitiesByCountry(world.actors.steering, { year: 2026, kind: "EXHIBITION" })).toEqual([
      { countryCode: "JP", count: 1 },
      { countryCode: "KR", count: 1 },
    ]);
    expect(await countActivitiesByCountry(world.actors.steering, { organizationId: hue.id })).toEqual([{ countryCode: "KR", count: 1 }]);
    // A write moves the data version: the cached numbers are not served again.
    await activity(hue.id, "KR", "2026-09-01");
    expect((await countActivitiesByCountry(world.actors.steering, { organizationId: hue.id }))[0]?.count).toBe(2);
  });
});

describe("listMissionsByCountry", () => {
  it("lists Vietnam's missions by host country and the countries they are accredited to, for any reader, fresh after a change", async () => {
    const mission = (code: string, nameVi: string, hostCountryCode: string | null, accreditedCountryCodes: string[] = []) =>
      db.organization.create({ data: { code, kind: "REPRESENTATIVE_MISSION", nameVi, hostCountryCode, accreditedCountryCodes } });
    const tokyo = await mission("CQDD-JP", "Đại sứ quán Việt Nam tại Nhật Bản", "JP");
    await mission("CQDD-OSAKA", "Tổng Lãnh sự quán Việt Nam tại Osaka", "JP");
    await mission("CQDD-FR", "Đại sứ quán Việt Nam tại Pháp", "FR", ["MC"]);
    await mission("CQDD-NONE", "Cơ quan chưa ghi nước sở tại", null);
    const byCode = async () =>
      Object.fromEntries(
        (await listMissionsByCountry(world.actors.hueEditor)).map((c) => [c.countryCode, c.missions.map((m) => [m.code, m.isResident])]),
      );
    expect(await byCode()).toEqual({
      FR: [["CQDD-FR", true]],
      JP: [
        ["CQDD-JP", true],
        ["CQDD-OSAKA", true],
      ],
      MC: [["CQDD-FR", false]],
    });
    await db.organization.update({ where: { id: tokyo.id }, data: { isActive: false } });
    expect((await byCode()).JP).toEqual([["CQDD-OSAKA", true]]);
  });
});
