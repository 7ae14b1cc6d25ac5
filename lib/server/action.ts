import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { createTranslator } from "next-intl";
import { getLocale } from "next-intl/server";
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
  type FieldErrors,
} from "@/lib/domain/errors";
import { toLocale, type Locale } from "@/lib/i18n/config";
import { catalogues } from "@/lib/i18n/messages";
import type { ActionErrorKind, ActionState, FormValues } from "@/lib/schemas/action-state";
import type { Actor } from "./auth/session";
import { isDatabaseUnavailable } from "./database-errors";
import { checkActingUser, requireActor } from "./guards";
import { parseInput } from "./validation";

// The one shape of a server action (ARCHITECTURE.md, "Server actions"): who acts, what the form says (read by a
// zod schema of bounded strings), the service call, and every failure turned into an ActionState here — in the
// user's language, with the input kept, and unexpected errors logged with a request id the user can quote.

export type Translate = ((key: string, values?: Record<string, string | number | Date>) => string) & { has: (key: string) => boolean };

// How failures read for one action. Keys are full catalogue paths (e.g. "plans.errors.planLocked").
export type FailureOptions = {
  // A namespace with the action's own sentences (conflict, invalidState, notFound, …); missing ones fall back to
  // the shared `actions.errors`.
  errors?: string;
  // The sentence for one kind of refusal, e.g. { invalid_state: "plans.errors.cannotSubmit" }.
  messages?: Partial<Record<ActionErrorKind, string>>;
  // A more precise sentence for a validation code, by "field.code" or by "code".
  fieldMessages?: Record<string, string>;
  // The service's error keys (e.g. "taskRows.3.progress") as the form's field names, before translation.
  fieldNames?: (fieldErrors: FieldErrors) => FieldErrors;
  // The sentence above the marked fields, chosen by their codes (e.g. "the report is incomplete").
  validationMessage?: (codes: string[]) => string | undefined;
};

type Context = { values: FormValues; locale: Locale; t: Translate };

export type ActionContext<I, D> = Context & {
  actor: Actor;
  input: I;
  // The one mapping of an error to a state, for an action that handles a failure itself (e.g. a save that went
  // through before the submit that followed it was refused); `state` is merged into the answer.
  failure: (error: unknown, options?: FailureOptions & { state?: ActionState<FormValues, D> }) => Promise<ActionState<FormValues, D>>;
};

export type ActionSpec<S extends z.ZodType, D> = FailureOptions & {
  // For the server log.
  name: string;
  schema: S;
  // Only the password change runs while a change is forced.
  allowPasswordChange?: boolean;
  // Which input goes back to the form: all (the default), none, or only the named fields. Secrets (passwords)
  // are never sent back.
  keepValues?: boolean | readonly string[];
  // The service call. Return the success state, or nothing; `redirect()` may be called here.
  run: (context: ActionContext<z.output<S>, D>) => Promise<ActionState<FormValues, D> | void>;
};

export type PublicActionSpec<S extends z.ZodType, D> = Omit<ActionSpec<S, D>, "run" | "allowPasswordChange"> & {
  run: (context: Omit<ActionContext<z.output<S>, D>, "actor">) => Promise<ActionState<FormValues, D> | void>;
};

// What an integration test supplies instead of a session cookie and a request: the acting user (null: nobody is
// signed in) and the language. Only tests call withActionContext; requests never have one.
type SuppliedContext = { actor?: Actor | null; locale?: Locale };
const supplied = new AsyncLocalStorage<SuppliedContext>();

export function withActionContext<T>(context: SuppliedContext, run: () => Promise<T>): Promise<T> {
  return supplied.run(context, run);
}

// A signed-in user's form: refuses before reading the form when nobody (or an account that must first change
// its password) is signed in.
export async function runAction<S extends z.ZodType, D = unknown>(
  formData: FormData,
  spec: ActionSpec<S, D>,
): Promise<ActionState<FormValues, D>> {
  const locale = await currentLocale();
  const t = translator(locale);
  let actor: Actor;
  try {
    actor = await actingUser(spec.allowPasswordChange ?? false);
  } catch (error) {
    return failureState<D>(error, { values: {}, locale, t }, spec);
  }
  return runWith(formData, spec, { locale, t }, (context) => spec.run({ ...context, actor }));
}

// A form anyone may send (sign-in, language switch, sign-out): the same reading, mapping and logging.
export async function runPublicAction<S extends z.ZodType, D = unknown>(
  formData: FormData,
  spec: PublicActionSpec<S, D>,
): Promise<ActionState<FormValues, D>> {
  const locale = await currentLocale();
  return runWith(formData, spec, { locale, t: translator(locale) }, spec.run);
}

async function runWith<S extends z.ZodType, D>(
  formData: FormData,
  spec: Omit<ActionSpec<S, D>, "run">,
  { locale, t }: Omit<Context, "values">,
  run: (context: Omit<ActionContext<z.output<S>, D>, "actor">) => Promise<ActionState<FormValues, D> | void>,
): Promise<ActionState<FormValues, D>> {
  const { raw, values } = readForm(formData, spec.schema);
  const keep = spec.keepValues ?? true;
  const kept =
    keep === true ? values : keep === false ? {} : Object.fromEntries(Object.entries(values).filter(([name]) => keep.includes(name)));
  const context: Context = { values: kept, locale, t };
  try {
    const input = parseInput(spec.schema, raw);
    const failure = (error: unknown, options: FailureOptions & { state?: ActionState<FormValues, D> } = {}) =>
      failureState<D>(error, context, { ...spec, ...options }).then((state) => ({ ...state, ...options.state }));
    const state: ActionState<FormValues, D> = { status: "success", ...(await run({ ...context, input, failure })) };
    // A refusal the action answers itself keeps the input too.
    if (state.status === "error" && state.values === undefined) state.values = kept;
    return state;
  } catch (error) {
    return failureState<D>(error, context, spec);
  }
}

async function actingUser(allowPasswordChange: boolean): Promise<Actor> {
  const context = supplied.getStore();
  if (context && "actor" in context) {
    const user = checkActingUser(context.actor?.user ?? null, { allowPasswordChange });
    return { ...context.actor!, user };
  }
  return requireActor({ allowPasswordChange });
}

async function currentLocale(): Promise<Locale> {
  const context = supplied.getStore();
  if (context) return context.locale ?? "vi";
  return toLocale(await getLocale());
}

function translator(locale: Locale): Translate {
  const translate = createTranslator({ locale, messages: catalogues[locale] });
  return Object.assign((key: string, values?: Record<string, string | number | Date>) => translate(key as never, values as never), {
    has: (key: string) => translate.has(key as never),
  });
}

// ---- reading the form -------------------------------------------------------------------------------------

// Longest text sent back to a form whose field has no bound of its own.
const MAX_ECHO = 50_000;

function unwrap(schema: z.ZodType): z.ZodType {
  let inner: z.ZodType = schema;
  for (let depth = 0; depth < 8; depth++) {
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodDefault)
      inner = inner.unwrap() as z.ZodType;
    else if (inner instanceof z.ZodPipe) inner = inner.in as z.ZodType;
    else break;
  }
  return inner;
}

// The controls the schema names (absent text controls as "", lists as arrays), or for a record schema every
// text control; `values` is the text as typed, to put back into the form.
function readForm(formData: FormData, schema: z.ZodType): { raw: Record<string, unknown>; values: FormValues } {
  const raw: Record<string, unknown> = {};
  const values: FormValues = {};
  const shape = unwrap(schema);
  if (shape instanceof z.ZodObject) {
    for (const [name, fieldSchema] of Object.entries<z.ZodType>(shape.shape)) {
      const field = unwrap(fieldSchema);
      const max = field instanceof z.ZodString && field.maxLength !== null ? field.maxLength : MAX_ECHO;
      if (field instanceof z.ZodArray) {
        const list = formData.getAll(name).filter((v): v is string => typeof v === "string");
        raw[name] = list;
        values[name] = list.map((v) => v.slice(0, MAX_ECHO));
        continue;
      }
      const value = formData.get(name);
      raw[name] = value ?? "";
      if (typeof value === "string") values[name] = value.slice(0, max);
      else if (value === null) values[name] = "";
    }
    return { raw, values };
  }
  for (const [name, value] of formData.entries()) {
    // React's own fields for progressively enhanced actions.
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    raw[name] = value;
    values[name] = value.slice(0, MAX_ECHO);
  }
  return { raw, values };
}

// ---- the one mapping of errors to states ------------------------------------------------------------------

const MESSAGE_KEY: Record<ActionErrorKind, string> = {
  validation: "validation",
  unauthenticated: "unauthenticated",
  forbidden: "forbidden",
  not_found: "notFound",
  conflict: "conflict",
  invalid_state: "invalidState",
  too_large: "tooLarge",
  rate_limited: "rateLimited",
  domain: "generic",
  unavailable: "unavailable",
  unexpected: "unexpected",
};

function errorKind(error: unknown): ActionErrorKind {
  if (error instanceof ValidationError) return "validation";
  if (error instanceof UnauthenticatedError) return "unauthenticated";
  if (error instanceof ForbiddenError) return "forbidden";
  if (error instanceof NotFoundError) return "not_found";
  if (error instanceof ConflictError) return "conflict";
  if (error instanceof InvalidStateError) return "invalid_state";
  if (error instanceof PayloadTooLargeError) return "too_large";
  if (error instanceof RateLimitedError) return "rate_limited";
  if (error instanceof DomainError) return "domain";
  if (isDatabaseUnavailable(error)) return "unavailable";
  return "unexpected";
}

function messageFor(kind: ActionErrorKind, t: Translate, options: FailureOptions, values?: Record<string, string | number>): string {
  const own = options.messages?.[kind];
  if (own) return t(own, values);
  const key = MESSAGE_KEY[kind];
  if (options.errors && t.has(`${options.errors}.${key}`)) return t(`${options.errors}.${key}`, values);
  return t(`actions.errors.${key}`, values);
}

function codeText(field: string, code: string, t: Translate, options: FailureOptions): string {
  const own = options.fieldMessages?.[`${field}.${code}`] ?? options.fieldMessages?.[code];
  if (own) return t(own);
  return t.has(`validation.${code}`) ? t(`validation.${code}`) : t("validation.invalid_value");
}

async function failureState<D>(
  error: unknown,
  { values, t }: Context,
  options: FailureOptions & { name?: string },
): Promise<ActionState<FormValues, D>> {
  // redirect(), notFound() and the like are how Next.js ends an action, not failures.
  unstable_rethrow(error);
  const kind = errorKind(error);
  const state: ActionState<FormValues, D> = { status: "error", kind, values };
  if (error instanceof ValidationError) {
    const mapped = options.fieldNames ? options.fieldNames(error.fieldErrors) : error.fieldErrors;
    const { _form: formCodes, ...fieldCodes } = mapped;
    state.fieldErrors = Object.fromEntries(
      Object.entries(fieldCodes).map(([field, codes]) => [field, [...new Set(codes.map((code) => codeText(field, code, t, options)))]]),
    );
    const ownKey = formCodes?.[0] ? undefined : options.validationMessage?.(Object.values(fieldCodes).flat());
    state.message = formCodes?.[0] ? codeText("_form", formCodes[0], t, options) : ownKey ? t(ownKey) : messageFor(kind, t, options);
    return state;
  }
  if (error instanceof ConflictError) {
    const current = error.current && typeof error.current === "object" ? (error.current as Record<string, unknown>) : undefined;
    if (current) state.current = current;
    if (typeof current?.version === "number") state.version = current.version;
  }
  if (kind === "unexpected") {
    state.requestId = randomBytes(6).toString("hex");
    console.error(`[action] ${options.name ?? "server action"} failed unexpectedly (request id ${state.requestId})`, error);
    state.message = messageFor(kind, t, {}, { requestId: state.requestId });
    return state;
  }
  if (kind === "unavailable") console.error(`[action] ${options.name ?? "server action"}: the database is unavailable`);
  const retryAfter = error instanceof RateLimitedError ? (error.retryAfterSeconds ?? 60) : 60;
  state.message = messageFor(kind, t, options, { seconds: retryAfter });
  return state;
}
