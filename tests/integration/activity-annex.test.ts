// The activity annex of a periodic report against PostgreSQL: prefilled from the register (the organization's
// activities held in the period, as lead or co-organizer), confirmed by the editor with the draft, locked once
// the report is submitted, refused to other organizations.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ForbiddenError, InvalidStateError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import { db } from "@/lib/server/db";
import { confirmReportActivityAnnex, getReportActivityAnnex } from "@/lib/server/services/activity-annex";
import { createActivity } from "@/lib/server/services/activities";
import { resetDatabase } from "../factories/reset";
import { createReportingPeriod } from "../factories/report-cycle";
import { createProgressReport } from "../factories/reporting";
import { createWorld } from "../factories/world";

vi.mock("@/lib/server/auth", () => ({ auth: async () => null }));

let world: Awaited<ReturnType<typeof createWorld>>;
beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});
afterAll(() => db.$disconnect());

const iso = (d: Date) => d.toISOString().slice(0, 10);
const day = (d: Date, offset: number) => iso(new Date(d.getTime() + offset * 86_400_000));

async function setup() {
  const period = await createReportingPeriod(2026);
  const report = await createProgressReport(world.orgs.hanoi.id, period.id);
  const { hanoiEditor, cultureEditor } = world.actors;
  const inPeriod = { startDate: day(period.cutoffStart, 10), endDate: day(period.cutoffStart, 12), status: "HELD" };
  const led = await createActivity(hanoiEditor, { ...inPeriod, titleVi: "Lễ hội Hà Nội tại Pháp", kind: "FESTIVAL", countryCode: "FR" });
  const coOrganized = await createActivity(cultureEditor, {
    ...inPeriod,
    titleVi: "Tuần phim Việt Nam tại Hàn Quốc",
    kind: "FILM_WEEK",
    countryCode: "KR",
    coOrganizerCodes: ["P01"],
  });
  const planned = await createActivity(hanoiEditor, {
    ...inPeriod,
    status: "PLANNED",
    titleVi: "Triển lãm dự kiến",
    kind: "EXHIBITION",
    countryCode: "DE",
  });
  const after = await createActivity(hanoiEditor, {
    titleVi: "Hội thảo sau kỳ",
    kind: "SEMINAR_CONFERENCE",
    countryCode: "JP",
    status: "HELD",
    startDate: day(period.cutoffEnd, 5),
    endDate: day(period.cutoffEnd, 6),
  });
  return { report, led, coOrganized, planned, after };
}

describe("the report's activity annex", () => {
  it("proposes the activities held in the period (lead and co-organizer), and stores the editor's confirmation", async () => {
    const { report, led, coOrganized } = await setup();
    const { hanoiEditor, steering } = world.actors;
    const annex = await getReportActivityAnnex(hanoiEditor, report.id);
    expect(annex.proposed.map((a) => a.id)).toEqual(expect.arrayContaining([led.id, coOrganized.id]));
    expect(annex.proposed).toHaveLength(2);
    expect(annex.confirmed).toBeNull();

    expect(await confirmReportActivityAnnex(hanoiEditor, report.id, { activityIds: [led.id] })).toEqual({ count: 1 });
    const seen = await getReportActivityAnnex(steering, report.id);
    expect(seen.confirmed?.activities.map((a) => a.titleVi)).toEqual(["Lễ hội Hà Nội tại Pháp"]);
    // Confirmed again with both: the annex is replaced, not appended to.
    await confirmReportActivityAnnex(hanoiEditor, report.id, { activityIds: [led.id, coOrganized.id, led.id] });
    expect((await getReportActivityAnnex(hanoiEditor, report.id)).confirmed?.activities).toHaveLength(2);
    const audit = await db.auditLog.findMany({
      where: { entity: "ProgressReport", entityId: report.id, action: "confirm-activity-annex" },
    });
    expect(audit).toHaveLength(2);
  });

  it("refuses activities outside the period or not held, and saves nothing", async () => {
    const { report, planned, after } = await setup();
    for (const id of [planned.id, after.id]) {
      const error = await confirmReportActivityAnnex(world.actors.hanoiEditor, report.id, { activityIds: [id] }).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors.activityIds).toEqual(["activity_not_in_period"]);
    }
    expect(await db.reportActivityAnnex.count()).toBe(0);
  });

  it("refuses other organizations, the report's viewers, and any change once the report is submitted", async () => {
    const { report, led } = await setup();
    await expect(confirmReportActivityAnnex(world.actors.hueEditor, report.id, { activityIds: [led.id] })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(getReportActivityAnnex(world.actors.hueEditor, report.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(confirmReportActivityAnnex(world.actors.hanoiViewer, report.id, { activityIds: [led.id] })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await db.progressReport.update({ where: { id: report.id }, data: { status: "SUBMITTED" } });
    await expect(confirmReportActivityAnnex(world.actors.hanoiEditor, report.id, { activityIds: [led.id] })).rejects.toBeInstanceOf(
      InvalidStateError,
    );
    expect(await db.reportActivityAnnex.count()).toBe(0);
  });
});
