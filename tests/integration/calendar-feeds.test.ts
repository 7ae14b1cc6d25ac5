// Calendar subscriptions: the feed shows what its owner may read (one organization's or all), as RFC 5545
// text; a revoked or unknown secret, or an owner who left, gets nothing.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/domain/errors";
import { db } from "@/lib/server/db";
import { listUpcomingActivities } from "@/lib/server/queries/activity-timeline";
import { createCalendarFeed, renderCalendarFeed, revokeCalendarFeed } from "@/lib/server/services/calendar-feeds";
import * as feedRoute from "@/app/feeds/[token]/route";
import { forceSignOut, resetUserPassword } from "@/lib/server/services/users";
import { resetDatabase } from "../factories/reset";
import { actorFor, createWorld } from "../factories/world";

let world: Awaited<ReturnType<typeof createWorld>>;
const NOW = new Date("2026-03-01T02:00:00Z");

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
  const add = (leadOrganizationId: string, titleVi: string, start: string, end: string, status = "PLANNED") =>
    db.activity.create({
      data: {
        titleVi,
        titleKey: titleVi.toLowerCase(),
        kind: "EXHIBITION",
        status: status as "PLANNED",
        startDate: new Date(start),
        endDate: new Date(end),
        countryCode: "JP",
        city: "Tokyo",
        leadOrganizationId,
      },
    });
  await add(world.orgs.hanoi.id, "Triển lãm ảnh Hà Nội, mùa xuân", "2026-03-10", "2026-03-12");
  await add(world.orgs.hanoi.id, "Tuần phim xa", "2026-08-01", "2026-08-05");
  await add(world.orgs.hue.id, "Festival Huế tại Nhật", "2026-04-01", "2026-04-03");
});
afterAll(() => db.$disconnect());

describe("calendar feeds and the timeline", () => {
  it("lists the next 90 days of the caller's visible activities", async () => {
    expect((await listUpcomingActivities(world.actors.hanoiViewer, NOW)).map((a) => a.titleVi)).toEqual(["Triển lãm ảnh Hà Nội, mùa xuân"]);
    expect((await listUpcomingActivities(world.actors.steering, NOW)).map((a) => a.titleVi)).toEqual([
      "Triển lãm ảnh Hà Nội, mùa xuân",
      "Festival Huế tại Nhật",
    ]);
  });

  it("serves the owner's visible activities as iCalendar, and nothing once revoked", async () => {
    const { id, token } = await createCalendarFeed(world.actors.hanoiEditor, null);
    const ics = (await renderCalendarFeed(token, NOW, "https://portal.example"))!;
    expect(ics).toContain("SUMMARY:Triển lãm ảnh Hà Nội\\, mùa xuân\r\n");
    expect(ics).toContain("DTSTART;VALUE=DATE:20260310\r\nDTEND;VALUE=DATE:20260313\r\n");
    expect(ics).toContain("STATUS:TENTATIVE");
    expect(ics).not.toContain("Festival Huế");
    const response = await feedRoute.GET(new Request(`https://portal.example/feeds/${token}.ics`), {
      params: Promise.resolve({ token: `${token}.ics` }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    await expect(revokeCalendarFeed(world.actors.hueEditor, id)).rejects.toBeInstanceOf(NotFoundError);
    await revokeCalendarFeed(world.actors.hanoiEditor, id);
    expect(await renderCalendarFeed(token, NOW, "https://portal.example")).toBeNull();
    const gone = await feedRoute.GET(new Request(`https://portal.example/feeds/${token}.ics`), {
      params: Promise.resolve({ token: `${token}.ics` }),
    });
    expect(gone.status).toBe(404);
    expect(await renderCalendarFeed("ngvhcal_guessed", NOW, "https://portal.example")).toBeNull();
  });

  it("limits an organization's feed to it, and stops when the owner is deactivated", async () => {
    const { token } = await createCalendarFeed(world.actors.steering, world.orgs.hue.id);
    const ics = (await renderCalendarFeed(token, NOW, "https://portal.example"))!;
    expect(ics).toContain("Festival Huế tại Nhật");
    expect(ics).not.toContain("Tuần phim xa");
    await db.user.update({ where: { id: world.actors.steering.user.id }, data: { isActive: false } });
    expect(await renderCalendarFeed(token, NOW, "https://portal.example")).toBeNull();
  });

  it("ends, like a personal API token, when the owner's password is reset or they are signed out everywhere", async () => {
    const admin = world.actors.admin;
    const first = await createCalendarFeed(world.actors.steering, null);
    expect(await renderCalendarFeed(first.token, NOW, "https://portal.example")).toContain("Festival Huế tại Nhật");
    await forceSignOut(admin, world.actors.steering.user.id);
    expect(await renderCalendarFeed(first.token, NOW, "https://portal.example")).toBeNull();

    const steering = await actorFor(world.actors.steering.user.id);
    const second = await createCalendarFeed(steering, null);
    expect(await renderCalendarFeed(second.token, NOW, "https://portal.example")).not.toBeNull();
    await resetUserPassword(admin, steering.user.id);
    expect(await renderCalendarFeed(second.token, NOW, "https://portal.example")).toBeNull();
  });
});
