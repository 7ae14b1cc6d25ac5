import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { redirect } from "next/navigation";
import { z } from "zod";
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidStateError,
  NotFoundError,
  PayloadTooLargeError,
  RateLimitedError,
  UnauthenticatedError,
  ValidationError,
} from "@/lib/domain/errors";
import { catalogues } from "@/lib/i18n/messages";
import { formList, formText } from "@/lib/schemas/form-fields";
import type { Actor, SessionUser } from "./auth/session";

// The session lookup is the only thing replaced: requireActor, the form reading and the mapping are the real ones.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("./auth/session", () => ({
  getSessionUser: async () => session.user,
  requestMeta: async () => ({ ip: "203.0.113.9", userAgent: "vitest" }),
}));

const { runAction, runPublicAction, withActionContext } = await import("./action");

const vi_ = catalogues.vi as {
  actions: { errors: Record<string, string> };
  validation: Record<string, string>;
  plans: { errors: Record<string, string> };
};
const en_ = catalogues.en as typeof vi_;
const sentence = (key: string, values: Record<string, string | number> = {}) =>
  Object.entries(values).reduce((text, [name, value]) => text.replace(`{${name}}`, String(value)), vi_.actions.errors[key]!);

function userOf(overrides: Partial<SessionUser> = {}): SessionUser {
  return {
    id: "u1",
    email: "editor@example.vn",
    name: "Biên tập viên",
    role: "ORG_EDITOR",
    locale: "vi",
    isActive: true,
    mustChangePassword: false,
    sessionVersion: 1,
    organizationId: "o1",
    readableOrganizationIds: ["o1"],
    organization: { id: "o1", code: "HN", nameVi: "Hà Nội", nameEn: "Hanoi", kind: "CITY" },
    ...overrides,
  };
}

const actor: Actor = { user: userOf(), ip: "203.0.113.5", userAgent: "vitest", via: "session" };

function form(entries: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  return data;
}

const titleForm = z.object({ title: formText(20), codes: formList(5, 10) });

// Runs `fail` as the service and returns the state the form would get.
function failWith(error: unknown, options: Partial<Parameters<typeof runAction>[1]> = {}, locale: "vi" | "en" = "vi") {
  return withActionContext({ actor, locale }, () =>
    runAction(form({ title: "Kế hoạch", codes: ["A", "B"] }), {
      name: "test",
      schema: titleForm,
      ...options,
      async run() {
        throw error;
      },
    }),
  );
}

describe("runAction: who acts", () => {
  beforeEach(() => {
    session.user = null;
  });

  it("refuses a caller without a session before reading or parsing the form, and before running the service", async () => {
    const data = form({ title: "x" });
    const reads = [vi.spyOn(data, "get"), vi.spyOn(data, "getAll"), vi.spyOn(data, "entries")];
    const refine = vi.fn(() => true);
    const run = vi.fn();
    const state = await withActionContext({ locale: "vi" }, () =>
      runAction(data, { name: "test", schema: z.object({ title: formText(20).refine(refine) }), run }),
    );
    expect(state).toEqual({ status: "error", kind: "unauthenticated", message: sentence("unauthenticated"), values: {} });
    for (const read of reads) expect(read).not.toHaveBeenCalled();
    expect(refine).not.toHaveBeenCalled();
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses the same way when a test supplies nobody", async () => {
    const run = vi.fn();
    const state = await withActionContext({ actor: null }, () => runAction(form({ title: "x" }), { name: "test", schema: titleForm, run }));
    expect(state.kind).toBe("unauthenticated");
    expect(run).not.toHaveBeenCalled();
  });

  it("acts as the session's user, with the request's address", async () => {
    session.user = userOf({ id: "u7" });
    const run = vi.fn(async ({ actor: acting }: { actor: Actor }) => ({ message: `${acting.user.id} ${acting.ip}` }));
    const state = await withActionContext({ locale: "vi" }, () =>
      runAction(form({ title: "x" }), { name: "test", schema: titleForm, run }),
    );
    expect(state).toMatchObject({ status: "success", message: "u7 203.0.113.9" });
  });

  it("lets an account that must change its password do only the password change", async () => {
    session.user = userOf({ mustChangePassword: true });
    const run = vi.fn(async () => undefined);
    const refused = await withActionContext({ locale: "vi" }, () => runAction(form({}), { name: "test", schema: titleForm, run }));
    expect(refused.kind).toBe("forbidden");
    expect(run).not.toHaveBeenCalled();
    const allowed = await withActionContext({ locale: "vi" }, () =>
      runAction(form({}), { name: "test", schema: titleForm, allowPasswordChange: true, run }),
    );
    expect(allowed.status).toBe("success");
    expect(run).toHaveBeenCalledOnce();
  });
});

describe("runAction: reading the form", () => {
  it('passes the schema\'s fields to the service (absent text as "", lists as arrays) and ignores other fields', async () => {
    const run = vi.fn(async (_context: unknown) => undefined);
    await withActionContext({ actor }, () =>
      runAction(form({ codes: ["A", "B"], extra: "ignored" }), { name: "test", schema: titleForm, run }),
    );
    expect(run.mock.calls[0]![0]).toMatchObject({ input: { title: "", codes: ["A", "B"] }, values: { title: "", codes: ["A", "B"] } });
  });

  it("refuses text over the bound with the field's code, keeps what was typed (cut at the bound), and does not run the service", async () => {
    const run = vi.fn();
    const state = await withActionContext({ actor }, () =>
      runAction(form({ title: "a".repeat(5000), codes: ["A"] }), { name: "test", schema: titleForm, run }),
    );
    expect(state).toMatchObject({
      status: "error",
      kind: "validation",
      message: vi_.validation.generic,
      fieldErrors: { title: [vi_.validation.too_long] },
    });
    expect(state.values).toEqual({ title: "a".repeat(20), codes: ["A"] });
    expect(run).not.toHaveBeenCalled();
  });

  it("keeps the input on a refusal by the service, and never sends back fields it is told to keep to itself", async () => {
    const error = new ValidationError({ title: ["required"] });
    expect((await failWith(error)).values).toEqual({ title: "Kế hoạch", codes: ["A", "B"] });
    expect((await failWith(error, { keepValues: false })).values).toEqual({});
    expect((await failWith(error, { keepValues: ["title"] })).values).toEqual({ title: "Kế hoạch" });
  });

  it("reads every text field of a record schema, without React's own fields", async () => {
    const run = vi.fn(async (_context: unknown) => undefined);
    const data = form({ "section:limitations": "Hạn chế", "task:t1:progress": "40" });
    data.append("$ACTION_ID_abc", "");
    await withActionContext({ actor }, () => runAction(data, { name: "test", schema: z.record(formText(100), formText(100)), run }));
    expect(run.mock.calls[0]![0]).toMatchObject({ input: { "section:limitations": "Hạn chế", "task:t1:progress": "40" } });
  });
});

describe("runAction: every expected error mapped in one place", () => {
  it.each([
    [new UnauthenticatedError(), "unauthenticated", "unauthenticated"],
    [new ForbiddenError(), "forbidden", "forbidden"],
    [new NotFoundError(), "not_found", "notFound"],
    [new ConflictError(), "conflict", "conflict"],
    [new InvalidStateError("English text"), "invalid_state", "invalidState"],
    [new PayloadTooLargeError("English text"), "too_large", "tooLarge"],
    [new DomainError("English text"), "domain", "generic"],
  ] as const)("%s → %s, a Vietnamese sentence, not the service's English", async (error, kind, key) => {
    const state = await failWith(error);
    expect(state).toMatchObject({ status: "error", kind, message: sentence(key), values: { title: "Kế hoạch" } });
    expect(state.message).not.toContain("English");
  });

  it("says how long to wait when rate limited", async () => {
    expect((await failWith(new RateLimitedError(undefined, 42))).message).toBe(sentence("rateLimited", { seconds: 42 }));
  });

  it("answers a database outage as a temporary unavailability", async () => {
    const outage = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(await failWith(outage)).toMatchObject({ kind: "unavailable", message: sentence("unavailable") });
    spy.mockRestore();
  });

  it("translates into the user's language", async () => {
    expect((await failWith(new ForbiddenError(), {}, "en")).message).toBe(en_.actions.errors.forbidden);
  });

  it("uses the action's own sentences: its namespace, then a message per kind", async () => {
    expect((await failWith(new NotFoundError(), { errors: "plans.errors" })).message).toBe(vi_.plans.errors.notFound);
    // A key the namespace lacks falls back to the shared sentence.
    expect((await failWith(new PayloadTooLargeError("x"), { errors: "plans.errors" })).message).toBe(sentence("tooLarge"));
    expect(
      (await failWith(new InvalidStateError("x"), { errors: "plans.errors", messages: { invalid_state: "plans.errors.cannotSubmit" } }))
        .message,
    ).toBe(vi_.plans.errors.cannotSubmit);
  });

  it("returns what someone else saved and the version to send next on a concurrent edit", async () => {
    const state = await failWith(new ConflictError(undefined, { title: "Bản của người khác", version: 7 }));
    expect(state).toMatchObject({ kind: "conflict", current: { title: "Bản của người khác", version: 7 }, version: 7 });
  });

  it("translates field codes next to each field, a form-level code as the message, with per-field overrides and renamed fields", async () => {
    const state = await failWith(
      new ValidationError({ title: ["too_long", "too_long"], "rows.0.code": ["code_taken"], _form: ["plan_without_tasks"] }),
      {
        fieldNames: (fieldErrors) =>
          Object.fromEntries(Object.entries(fieldErrors).map(([field, codes]) => [field.replace("rows.0.", "row:t1:"), codes])),
        fieldMessages: { "row:t1:code.code_taken": "plans.validation.taskCodeTaken" },
      },
    );
    expect(state.fieldErrors).toEqual({
      title: [vi_.validation.too_long],
      "row:t1:code": [(catalogues.vi as { plans: { validation: Record<string, string> } }).plans.validation.taskCodeTaken],
    });
    expect(state.message).toBe(vi_.validation.plan_without_tasks);
  });

  it("chooses the sentence above the marked fields by their codes when the action says how", async () => {
    const state = await failWith(new ValidationError({ title: ["unknown_code_xyz"] }), {
      validationMessage: (codes) => (codes.includes("unknown_code_xyz") ? "plans.errors.generic" : undefined),
    });
    expect(state.message).toBe(vi_.plans.errors.generic);
    // Unknown codes read as "invalid value".
    expect(state.fieldErrors).toEqual({ title: [vi_.validation.invalid_value] });
  });
});

describe("runAction: unexpected errors", () => {
  let log: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    log = vi.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => log.mockRestore());

  it("logs the error with a request id that the user is shown, never the raw message", async () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'secret_column')");
    const state = await failWith(error);
    expect(state.kind).toBe("unexpected");
    expect(state.requestId).toMatch(/^[0-9a-f]{12}$/);
    expect(state.message).toContain(`Mã lỗi: ${state.requestId}`);
    expect(state.message).not.toContain("secret_column");
    expect(state.values).toEqual({ title: "Kế hoạch", codes: ["A", "B"] });
    expect(log).toHaveBeenCalledOnce();
    expect(String(log.mock.calls[0]![0])).toContain(state.requestId!);
    expect(log.mock.calls[0]![1]).toBe(error);
  });

  it("gives every failure its own request id", async () => {
    const [a, b] = [await failWith(new Error("x")), await failWith(new Error("x"))];
    expect(a.requestId).not.toBe(b.requestId);
  });
});

describe("runAction: how an action ends", () => {
  it("lets redirect() through (Next.js ends an action by throwing it)", async () => {
    const attempt = withActionContext({ actor }, () =>
      runAction(form({}), {
        name: "test",
        schema: titleForm,
        async run() {
          redirect("/plans/p1?notice=created");
        },
      }),
    );
    await expect(attempt).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
  });

  it("answers success with the action's state and translator", async () => {
    const state = await withActionContext({ actor, locale: "en" }, () =>
      runAction(form({ title: "T" }), {
        name: "test",
        schema: titleForm,
        async run({ t, values }) {
          return { message: t("actions.errors.forbidden"), values, data: { id: 1 } };
        },
      }),
    );
    expect(state).toEqual({ status: "success", message: en_.actions.errors.forbidden, values: { title: "T", codes: [] }, data: { id: 1 } });
  });

  it("keeps the input when the action answers a refusal itself", async () => {
    const state = await withActionContext({ actor }, () =>
      runAction(form({ title: "T", password: "bí mật" }), {
        name: "test",
        schema: titleForm.extend({ password: formText(100) }),
        keepValues: ["title"],
        run: async () => ({ status: "error", message: "refused" }),
      }),
    );
    expect(state).toEqual({ status: "error", message: "refused", values: { title: "T" } });
  });

  it("lets an action map a failure it catches itself the same way, with more state", async () => {
    const state = await withActionContext({ actor }, () =>
      runAction(form({}), {
        name: "test",
        schema: titleForm,
        async run({ failure }) {
          return failure(new ConflictError(), { state: { version: 3, data: { isSaved: true } } });
        },
      }),
    );
    expect(state).toMatchObject({ status: "error", kind: "conflict", message: sentence("conflict"), version: 3, data: { isSaved: true } });
  });

  it("runs public forms without an actor, with the same mapping", async () => {
    const state = await withActionContext({}, () =>
      runPublicAction(form({ title: "a".repeat(30) }), {
        name: "test",
        schema: titleForm,
        keepValues: ["title"],
        run: async () => undefined,
      }),
    );
    expect(state).toMatchObject({ kind: "validation", values: { title: "a".repeat(20) } });
  });
});
