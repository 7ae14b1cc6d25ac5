// Who issues and who signs a report's official document comes from the report's data: the province's choice of
// issuing body (Organization.reportIssuer) and the unit leader who sent the report. A draft leaves the name blank.
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import viReports from "@/lib/i18n/messages/vi/reports.json";
import { db } from "@/lib/server/db";
import { buildReportDocumentModel } from "@/lib/server/documents/report-document-model";
import { getReportDetail } from "@/lib/server/queries/reports";
import { saveReportDraft, submitReport } from "@/lib/server/services/reports";
import { completedDraft, createFilledReport } from "../factories/report-cycle";
import { resetDatabase } from "../factories/reset";
import { createWorld } from "../factories/world";

// getTranslations needs Next's request scope; the document is Vietnamese whatever the interface language.
vi.mock("next-intl/server", () => ({
  getTranslations: async () => {
    const translate = createTranslator({ locale: "vi", messages: viReports, namespace: "reports" });
    return (key: string, values?: Record<string, string | number>) =>
      translate(key as Parameters<typeof translate>[0], values as Parameters<typeof translate>[1]);
  },
}));

let world: Awaited<ReturnType<typeof createWorld>>;
let reportId: string;

beforeAll(async () => {
  await resetDatabase();
  world = await createWorld();
  await db.organization.update({ where: { id: world.orgs.hanoi.id }, data: { reportIssuer: "FOREIGN_AFFAIRS_DEPARTMENT" } });
  const filled = await createFilledReport(world, 2);
  reportId = filled.reportId;
  await saveReportDraft(world.actors.hanoiEditor, reportId, completedDraft(filled.version, filled.taskIds));
});
afterAll(() => db.$disconnect());

async function model() {
  const { steering } = world.actors;
  return buildReportDocumentModel(steering.user, await getReportDetail(steering, reportId), new Date("2026-06-25T03:00:00Z"));
}

describe("a report's official document", () => {
  it("is issued by the body the province chose, and leaves a draft's signer blank", async () => {
    const draft = await model();
    expect(draft.issuingBody).toEqual(["UBND THÀNH PHỐ HÀ NỘI", "SỞ NGOẠI VỤ"]);
    expect(draft.numberLine).toContain("/BC-SNgV");
    expect(draft.signature).toEqual({ lines: ["GIÁM ĐỐC"], name: null });
  });

  it("cites in its basis line the document its report type names, not a fixed text", async () => {
    expect((await model()).basis).toMatch(/^Thực hiện Quyết định số 2013\/QĐ-TTg/);
    const { report } = await getReportDetail(world.actors.steering, reportId);
    const period = await db.reportingPeriod.findUniqueOrThrow({ where: { id: report.period.id } });
    await db.reportType.update({
      where: { id: period.reportTypeId },
      data: { basisVi: "Công văn số 1510/BNG-NGVH ngày 20/05/2026 của Bộ Ngoại giao" },
    });
    const cited = await model();
    expect(cited.basis).toMatch(
      /^Căn cứ Công văn số 1510\/BNG-NGVH ngày 20\/05\/2026 của Bộ Ngoại giao, Sở Ngoại vụ thành phố Hà Nội báo cáo /,
    );
    await db.reportType.update({ where: { id: period.reportTypeId }, data: { basisVi: null } });
  });

  it("is signed by the unit leader who sent it", async () => {
    const { hanoiEditor, hanoiLeader } = world.actors;
    const { report } = await getReportDetail(hanoiEditor, reportId);
    await submitReport(hanoiLeader, reportId, { version: report.version }, new Date("2026-06-18T03:00:00Z"));
    const sent = await model();
    expect(sent.signature.name).toBe(hanoiLeader.user.name);
    expect(sent.draftMark).toBeNull();
  });
});
