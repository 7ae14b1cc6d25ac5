// Property tests of the services behind the server actions (administration, reporting calendar, tokens,
// imports), fed hostile input and ids: a refusal is a DomainError (which the pages turn into a message) that
// wrote nothing; an acceptance stored the schema's reading of what was sent. Never a database error.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/domain/errors";
import { createOrganizationSchema, updateOrganizationSchema } from "@/lib/schemas/organizations";
import { createHolidaySchema, holidayNamesSchema, reportTypeSettingsSchema } from "@/lib/schemas/reporting-config";
import { createUserSchema, updateUserSchema } from "@/lib/schemas/users";
import { db } from "@/lib/server/db";
import { createApiToken, revokeApiToken } from "@/lib/server/services/api-tokens";
import { createOrganization, updateOrganization } from "@/lib/server/services/organizations";
import { importTasksFromSpreadsheet } from "@/lib/server/services/plan-import";
import { createPlan, createTask, deleteTask, revisePlan, submitPlan } from "@/lib/server/services/plans";
import {
  createPublicHoliday,
  deletePublicHoliday,
  renamePublicHoliday,
  updateReportExpectations,
  updateReportTypeSettings,
} from "@/lib/server/services/reporting-config";
import { openReport } from "@/lib/server/services/reports";
import { createUser, deactivateUser, forceSignOut, reactivateUser, resetUserPassword, updateUser } from "@/lib/server/services/users";
import { fingerprint } from "../factories/fingerprint";
import { FUZZ_TIMEOUT_MS, fuzzRuns, hostileId, hostileValue, mutated } from "../factories/hostile";
import { createReportingCalendar } from "../factories/reporting";
import { resetDatabase } from "../factories/reset";
import { createWorld, planInput, taskInput } from "../factories/world";

const RUNS = fuzzRuns(15);

let world: Awaited<ReturnType<typeof createWorld>>;
let reportTypeId: string;
let holidayId: string;
let draftPlanId: string;
let serial = 0;

beforeAll(async () => {
  await resetDatabase();
  world = await createWorld();
  reportTypeId = (await createReportingCalendar({ defaults: false })).quarterly.id;
  holidayId = (await createPublicHoliday(world.actors.admin, { nameVi: "Quốc khánh", nameEn: "National Day", date: "02/09/2026" })).id;
  const plan = await createPlan(world.actors.hanoiEditor, planInput());
  await createTask(world.actors.hanoiEditor, plan.id, taskInput("T1"));
  draftPlanId = plan.id;
});
afterAll(() => db.$disconnect());

// Runs a service once: it returns, or throws a DomainError after writing nothing.
async function outcome<T>(run: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
  const before = await fingerprint();
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(DomainError);
    expect(await fingerprint()).toEqual(before);
    return { ok: false };
  }
}

// Every field the schema accepted is stored as it read it.
function expectStored(expected: Record<string, unknown>, stored: Record<string, unknown>, skip: string[] = ["version"]) {
  for (const [key, value] of Object.entries(expected)) if (!skip.includes(key)) expect(stored[key], key).toEqual(value);
}

describe("administration services with hostile input", () => {
  it(
    "createOrganization stores what was sent or refuses without writing",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constant(null).chain(() =>
            mutated({
              code: `FZ${++serial}`,
              kind: "PROVINCE",
              nameVi: "Tỉnh Thử",
              nameEn: "",
              region: "SOUTHEAST",
              validFrom: "01/07/2025",
              isActive: "on",
            }),
          ),
          async (input) => {
            const result = await outcome(() => createOrganization(world.actors.admin, input));
            if (result.ok)
              expectStored(
                createOrganizationSchema.parse(input),
                await db.organization.findUniqueOrThrow({ where: { id: result.value.id } }),
              );
          },
        ),
        { numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    "updateOrganization stores what was sent or refuses without writing",
    async () => {
      const id = world.orgs.hue.id;
      await fc.assert(
        fc.asyncProperty(
          mutated({ version: 0, nameVi: "Thành phố Huế", nameEn: "Hue City", validFrom: "2025-07-01", successorId: "", isActive: true }),
          async (changes) => {
            const input = {
              ...changes,
              version: changes.version === 0 ? (await db.organization.findUniqueOrThrow({ where: { id } })).version : changes.version,
            };
            const result = await outcome(() => updateOrganization(world.actors.admin, id, input));
            if (result.ok) expectStored(updateOrganizationSchema.parse(input), await db.organization.findUniqueOrThrow({ where: { id } }));
          },
        ),
        { numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    "createUser and updateUser store what was sent or refuse without writing",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc
            .constant(null)
            .chain(() =>
              mutated({ name: "Nguyễn Văn A", email: `fuzz${++serial}@test.vn`, role: "ORG_VIEWER", organizationId: world.orgs.hanoi.id }),
            ),
          async (input) => {
            const result = await outcome(() => createUser(world.actors.admin, input));
            if (!result.ok) return;
            const { id } = result.value;
            expectStored(createUserSchema.parse(input), await db.user.findUniqueOrThrow({ where: { id } }));
            const update = {
              name: input.name,
              role: "ORG_EDITOR",
              organizationId: input.organizationId,
              ...(input.extra === undefined ? {} : { name: input.extra }),
            };
            if ((await outcome(() => updateUser(world.actors.admin, id, update))).ok)
              expectStored(updateUserSchema.parse(update), await db.user.findUniqueOrThrow({ where: { id } }));
          },
        ),
        { numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    "createApiToken stores the name as sent or refuses without writing",
    async () => {
      await fc.assert(
        fc.asyncProperty(mutated({ name: "Đồng bộ báo cáo" }), async (input) => {
          const result = await outcome(() => createApiToken(world.actors.hanoiEditor, input));
          if (result.ok)
            expect((await db.apiToken.findUniqueOrThrow({ where: { id: result.value.id } })).name).toBe(String(input.name).trim());
        }),
        { numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe("reporting calendar services with hostile input", () => {
  it(
    "holidays and report type settings store what was sent or refuse without writing",
    async () => {
      const date = fc
        .date({ min: new Date("1890-01-01"), max: new Date("2110-12-31"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
      await fc.assert(
        fc.asyncProperty(
          mutated({ nameVi: "Giỗ Tổ", nameEn: "Hung Kings", date: "2026-04-26" }),
          date,
          mutated({ deadlineWorkingDays: "5", isActive: "on" }),
          async (holiday, day, settings) => {
            const input = { ...holiday, date: holiday.date === "2026-04-26" ? day : holiday.date };
            const created = await outcome(() => createPublicHoliday(world.actors.admin, input));
            if (created.ok)
              expectStored(createHolidaySchema.parse(input), await db.publicHoliday.findUniqueOrThrow({ where: { id: created.value.id } }));
            if ((await outcome(() => renamePublicHoliday(world.actors.admin, holidayId, holiday))).ok) {
              expectStored(holidayNamesSchema.parse(holiday), await db.publicHoliday.findUniqueOrThrow({ where: { id: holidayId } }));
            }
            if ((await outcome(() => updateReportTypeSettings(world.actors.admin, reportTypeId, settings))).ok) {
              expectStored(
                reportTypeSettingsSchema.parse(settings),
                await db.reportType.findUniqueOrThrow({ where: { id: reportTypeId } }),
              );
            }
          },
        ),
        { numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    "updateReportExpectations answers or refuses without writing",
    async () => {
      const cell = fc.oneof(fc.constant(`${world.orgs.hanoi.id}:${reportTypeId}`), hostileValue);
      await fc.assert(
        fc.asyncProperty(
          mutated({ organizationIds: [world.orgs.hanoi.id], cells: [`${world.orgs.hanoi.id}:${reportTypeId}`] }),
          fc.array(cell, { maxLength: 3 }),
          async (input, cells) => {
            await outcome(() => updateReportExpectations(world.actors.admin, input));
            await outcome(() => updateReportExpectations(world.actors.admin, { organizationIds: [world.orgs.hanoi.id, "x"], cells }));
          },
        ),
        { numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe("services called with hostile ids", () => {
  const { admin, hanoiEditor } = { admin: () => world.actors.admin, hanoiEditor: () => world.actors.hanoiEditor };
  const calls: [string, (id: string) => Promise<unknown>][] = [
    ["deleteTask", (id) => deleteTask(hanoiEditor(), id, 1)],
    ["submitPlan", (id) => submitPlan(hanoiEditor(), id)],
    ["revisePlan", (id) => revisePlan(hanoiEditor(), id)],
    ["openReport", (id) => openReport(hanoiEditor(), id)],
    ["revokeApiToken", (id) => revokeApiToken(hanoiEditor(), id)],
    ["updateUser", (id) => updateUser(admin(), id, { name: "X", role: "ORG_VIEWER", organizationId: world.orgs.hanoi.id })],
    ["deactivateUser", (id) => deactivateUser(admin(), id)],
    ["reactivateUser", (id) => reactivateUser(admin(), id)],
    ["resetUserPassword", (id) => resetUserPassword(admin(), id)],
    ["forceSignOut", (id) => forceSignOut(admin(), id)],
    ["updateOrganization", (id) => updateOrganization(admin(), id, { version: 1, nameVi: "X", isActive: true })],
    ["renamePublicHoliday", (id) => renamePublicHoliday(admin(), id, { nameVi: "X", nameEn: "X" })],
    ["deletePublicHoliday", (id) => deletePublicHoliday(admin(), id)],
    ["updateReportTypeSettings", (id) => updateReportTypeSettings(admin(), id, { deadlineWorkingDays: 5, isActive: true })],
    ["importTasksFromSpreadsheet", (id) => importTasksFromSpreadsheet(hanoiEditor(), id, new Uint8Array([0x50, 0x4b, 3, 4]))],
  ];

  it(
    "refuse with a DomainError and write nothing",
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...calls), hostileId, async ([, run], id) => {
          expect((await outcome(() => run(id))).ok).toBe(false);
        }),
        { numRuns: RUNS * 4 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    "importTasksFromSpreadsheet refuses arbitrary bytes with a message",
    async () => {
      const bytes = fc.oneof(
        fc.uint8Array({ maxLength: 2_000 }),
        fc.uint8Array({ maxLength: 200 }).map((tail) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail])),
      );
      await fc.assert(
        fc.asyncProperty(bytes, async (file) => {
          expect((await outcome(() => importTasksFromSpreadsheet(world.actors.hanoiEditor, draftPlanId, file))).ok).toBe(false);
        }),
        { numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
