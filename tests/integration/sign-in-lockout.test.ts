// The sign-in lockout (issue 12 item 3) against the real PostgreSQL: the lookup is exact (no ILIKE, where `_`
// matches any character), failures count per account as well as per typed address, parallel guesses are
// counted atomically, the change-password form's current-password check is throttled the same way, and old
// attempt rows are purged.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/domain/errors";
import { LOCKOUT_LOOKBACK_MS, LOCKOUT_MAX_FAILURES } from "@/lib/domain/lockout";
import { hashPassword } from "@/lib/security/password";
import { db } from "@/lib/server/db";
import { authenticateWithPassword } from "@/lib/server/services/authenticate";
import { changeOwnPassword } from "@/lib/server/services/passwords";
import { createUser } from "@/lib/server/services/users";
import { resetDatabase } from "../factories/reset";
import { actorFor } from "../factories/world";

const VICTIM = "rt.victim1@test.vn";
const PASSWORD = "Demo@2030abc";
let victimId: string;
let adminId: string;
let organizationId: string;

beforeEach(async () => {
  await resetDatabase();
  const org = await db.organization.create({ data: { code: "BNG", kind: "MINISTRY", nameVi: "Bộ Ngoại giao" } });
  organizationId = org.id;
  const passwordHash = await hashPassword(PASSWORD);
  victimId = (await db.user.create({ data: { email: VICTIM, name: "Victim", role: "ORG_EDITOR", organizationId, passwordHash } })).id;
  adminId = (await db.user.create({ data: { email: "admin@test.vn", name: "Admin", role: "ADMIN", organizationId } })).id;
});
afterAll(() => db.$disconnect());

const wrong = (email: string, i = 0) => authenticateWithPassword({ email, password: `wrong-${i}-password` });

describe("the sign-in lookup", () => {
  it("is exact: `_` in a typed address matches no other character", async () => {
    for (const lookAlike of ["rt_victim1@test.vn", "rt.victim_@test.vn", "rt%victim1@test.vn"]) {
      expect((await authenticateWithPassword({ email: lookAlike, password: PASSWORD })).outcome).toBe("invalid");
    }
    expect((await authenticateWithPassword({ email: "RT.Victim1@Test.VN", password: PASSWORD })).outcome).toBe("ok");
  });

  it("leaves a look-alike address no budget of its own against a locked account", async () => {
    for (let i = 0; i < LOCKOUT_MAX_FAILURES; i++) expect((await wrong(VICTIM, i)).outcome).toBe("invalid");
    expect((await authenticateWithPassword({ email: VICTIM, password: PASSWORD })).outcome).toBe("locked");
    for (const lookAlike of ["rt_victim1@test.vn", "rt.victim_@test.vn"]) {
      expect((await authenticateWithPassword({ email: lookAlike, password: PASSWORD })).outcome).not.toBe("ok");
    }
  });

  it("keys the lockout on the account: failures recorded against it lock every way of typing its address", async () => {
    for (let i = 0; i < LOCKOUT_MAX_FAILURES; i++) await wrong(i % 2 ? VICTIM.toUpperCase() : ` ${VICTIM} `, i);
    const attempts = await db.loginAttempt.findMany({ select: { email: true, userId: true } });
    expect(attempts).toHaveLength(LOCKOUT_MAX_FAILURES);
    for (const attempt of attempts) expect(attempt).toEqual({ email: VICTIM, userId: victimId });
    expect((await authenticateWithPassword({ email: "Rt.Victim1@test.vn", password: PASSWORD })).outcome).toBe("locked");
  });
});

describe("parallel guesses", () => {
  it("are counted atomically: of 15 at once, at most 5 are verified", async () => {
    const results = await Promise.all(Array.from({ length: 15 }, (_, i) => wrong(VICTIM, i)));
    const outcomes = results.map((r) => r.outcome);
    expect(outcomes.filter((o) => o === "invalid")).toHaveLength(LOCKOUT_MAX_FAILURES);
    expect(outcomes.filter((o) => o === "locked")).toHaveLength(15 - LOCKOUT_MAX_FAILURES);
    expect(await db.loginAttempt.count()).toBe(LOCKOUT_MAX_FAILURES);
    expect((await authenticateWithPassword({ email: VICTIM, password: PASSWORD })).outcome).toBe("locked");
  });
});

describe("the change-password form", () => {
  const change = async (currentPassword: string) =>
    changeOwnPassword(await actorFor(victimId), { currentPassword, newPassword: "MatKhauMoi2026", confirmPassword: "MatKhauMoi2026" }).then(
      () => "changed",
      (error: unknown) => (error instanceof ValidationError ? error.fieldErrors.currentPassword?.[0] : error),
    );

  it("counts wrong current passwords: after 5 it refuses even the right one, and sign-in is locked too", async () => {
    for (let i = 0; i < LOCKOUT_MAX_FAILURES; i++) expect(await change(`wrong-${i}-password`)).toBe("wrong_password");
    expect(await change(PASSWORD)).toBe("too_many_attempts");
    expect((await authenticateWithPassword({ email: VICTIM, password: PASSWORD })).outcome).toBe("locked");
  });

  it("changes the password with the right current one", async () => {
    expect(await change(PASSWORD)).toBe("changed");
  });
});

describe("e-mail uniqueness", () => {
  it("is checked exactly too: an address differing only where the other has `_` is free, one differing in case is taken", async () => {
    const actor = await actorFor(adminId);
    await expect(
      createUser(actor, { name: "Other", email: "rt_victim1@test.vn", role: "ORG_VIEWER", organizationId }),
    ).resolves.toMatchObject({ id: expect.any(String) });
    const taken = await createUser(actor, { name: "Again", email: "RT.VICTIM1@test.vn", role: "ORG_VIEWER", organizationId }).catch(
      (e: unknown) => e,
    );
    expect((taken as ValidationError).fieldErrors.email).toEqual(["email_taken"]);
  });
});

describe("old attempt rows", () => {
  it("are purged once they can no longer decide a lockout", async () => {
    const now = new Date(Date.now() + 5 * 60_000);
    const old = new Date(now.getTime() - LOCKOUT_LOOKBACK_MS - 60_000);
    const recent = new Date(now.getTime() - 60_000);
    await db.loginAttempt.createMany({
      data: [
        { email: "old@test.vn", succeeded: false, createdAt: old },
        { email: "recent@test.vn", succeeded: false, createdAt: recent },
      ],
    });
    await authenticateWithPassword({ email: VICTIM, password: PASSWORD, now });
    const emails = (await db.loginAttempt.findMany({ select: { email: true }, orderBy: { id: "asc" } })).map((a) => a.email);
    expect(emails).toEqual(["recent@test.vn", VICTIM]);
  });
});
