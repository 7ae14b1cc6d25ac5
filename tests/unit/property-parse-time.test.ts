// Every schema in lib/schemas and every form parser in lib/domain answers long hostile text in bounded time:
// a quadratic pattern or a refinement that runs on an unbounded string freezes the whole server (one event loop)
// for everybody. The schemas and parsers are found by enumerating the modules' exports, so a new one is timed
// without being listed here.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fuzzRuns } from "../factories/hostile";

// Generous: a linear parse of a megabyte takes a few milliseconds; the quadratic ones took seconds.
const MAX_PARSE_MS = 50;

const schemaModules = import.meta.glob<Record<string, unknown>>(["../../lib/schemas/*.ts", "!../../lib/schemas/*.test.ts"], {
  eager: true,
});
const domainModules = import.meta.glob<Record<string, unknown>>(["../../lib/domain/*.ts", "!../../lib/domain/*.test.ts"], { eager: true });

// Text shaped after each trap: an unclosed tag repeated, digit runs (number and date patterns), separators,
// whitespace (trim), non-Latin letters, and controls after a long prefix (the storability checks).
const PATTERNS = ["<a", "<a ", "1", "1.", "1,", "9.999", " ", "\u00a0", "ạ", "😀", "a,", ";", "-", "%", "</", "<!", ":", "x/"];
const LENGTHS = [100_000, 1_000_000];

function adversarialTexts(): string[] {
  const texts: string[] = [];
  for (const length of LENGTHS) {
    for (const pattern of PATTERNS) {
      const body = pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);
      texts.push(body, `${body}x`, `${body}\u0000`);
    }
  }
  return texts;
}

// An input for a schema with every string place holding `text` (objects field by field, arrays one element).
function inputFor(schema: z.ZodType, text: string, depth = 0): unknown {
  if (depth > 8) return text;
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case "object":
      return Object.fromEntries(
        Object.entries((schema as z.ZodObject).shape).map(([key, field]) => [key, inputFor(field as z.ZodType, text, depth + 1)]),
      );
    case "array":
      return [inputFor(def.element as z.ZodType, text, depth + 1), inputFor(def.element as z.ZodType, text, depth + 1)];
    case "record":
      return { key: inputFor(def.valueType as z.ZodType, text, depth + 1) };
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
      return inputFor(def.innerType as z.ZodType, text, depth + 1);
    case "pipe": {
      // A preprocess or transform: its input side is a transform (anything goes in), so shape by its output side.
      const input = def.in as z.ZodType;
      const inputType = (input as unknown as { _zod: { def: { type: string } } })._zod.def.type;
      return inputFor((inputType === "transform" ? def.out : input) as z.ZodType, text, depth + 1);
    }
    default:
      return text;
  }
}

function once(run: () => unknown): number {
  const started = performance.now();
  try {
    run();
  } catch {
    // Refusing is fine; only the time counts here.
  }
  return performance.now() - started;
}

// The best of three when the first run is over the bound: a linear parse on a busy machine (the tests share two
// cores with builds) is sometimes descheduled once; a quadratic one is slow every time.
function elapsed(run: () => unknown): number {
  let best = once(run);
  for (let attempt = 1; attempt < 3 && best > MAX_PARSE_MS; attempt++) best = Math.min(best, once(run));
  return best;
}

const schemas = Object.entries(schemaModules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => value instanceof z.ZodType)
    .map(([name, schema]) => ({ name: `${file.replace(/^.*\//, "")} ${name}`, schema: schema as z.ZodType })),
);

// Form parsers: the exported functions named parse… or read… of lib/domain and lib/schemas. Each is called with
// the text itself, with the text under the field names the forms use, and as search parameters.
type Parser = (...args: unknown[]) => unknown;
const parsers = [...Object.entries(domainModules), ...Object.entries(schemaModules)].flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([name, value]) => typeof value === "function" && /^(parse|read)[A-Z]/.test(name) && !(value instanceof z.ZodType))
    .map(([name, fn]) => ({ name: `${file.replace(/^.*\//, "")} ${name}`, fn: fn as Parser })),
);

const FIELD_NAMES = [
  "version",
  "documentNumber",
  "section:overview",
  "task:t1:progress",
  "task:t1:status",
  "indicator:I1:value",
  "indicator:I1:note",
  "reason:section:overview",
  "reason:task:t1",
  "year",
  "period",
  "page",
  "q",
  "comment",
];

// How a parser takes its input, from its first parameter's name: form entries, search parameters, or text.
function parserCalls(fn: Parser, text: string): (() => unknown)[] {
  const firstParameter = /^[^(]*\(\s*([A-Za-z_$][\w$]*)/.exec(fn.toString())?.[1] ?? "";
  const entries = FIELD_NAMES.map((name): [string, string] => [name, text]);
  if (firstParameter === "entries") return [() => fn(entries, "vi"), () => fn(entries, "en"), () => fn([[text, text]], "vi")];
  if (firstParameter === "params") return [() => fn(Object.fromEntries(entries)), () => fn({ [text]: text })];
  return [() => fn(text, "vi"), () => fn(text, "en")];
}

describe("parse time on long hostile text", () => {
  it("finds the schemas and parsers it times, and how to call each parser", () => {
    const byName = Object.fromEntries(parsers.map((p) => [p.name, p.fn]));
    expect(parserCalls(byName["report-form.ts readReportForm"]!, "x")).toHaveLength(3);
    expect(parserCalls(byName["dashboard.ts parseDashboardFilters"]!, "x")).toHaveLength(2);
    expect(schemas.map((s) => s.name)).toEqual(
      expect.arrayContaining(["plans.ts planInputSchema", "reports.ts reportDraftSchema", "auth.ts signInSchema"]),
    );
    expect(parsers.map((p) => p.name)).toEqual(
      expect.arrayContaining(["report-form.ts readReportForm", "report-form.ts parseLocalizedNumber", "dates.ts parseCalendarDate"]),
    );
  });

  const texts = adversarialTexts();

  it.each(schemas)("$name parses every long hostile text within the bound", { timeout: 120_000 }, ({ schema }) => {
    const slow: string[] = [];
    for (const text of texts) {
      // A body holds at most a few megabytes: a megabyte in every field of an object is not a request anyone can send.
      const inputs = text.length > 200_000 ? [text] : [text, inputFor(schema, text)];
      for (const input of inputs) {
        const ms = elapsed(() => schema.safeParse(input));
        if (ms > MAX_PARSE_MS) slow.push(`${JSON.stringify(text.slice(0, 6))}×${text.length}: ${Math.round(ms)} ms`);
      }
      // One slow text is enough to fail; a quadratic parse of the longer ones would take minutes.
      if (slow.length) break;
    }
    expect(slow).toEqual([]);
  });

  it.each(parsers)("$name reads every long hostile text within the bound", { timeout: 120_000 }, ({ fn }) => {
    const slow: string[] = [];
    for (const text of texts) {
      for (const call of parserCalls(fn, text)) {
        const ms = elapsed(call);
        if (ms > MAX_PARSE_MS) slow.push(`${JSON.stringify(text.slice(0, 6))}×${text.length}: ${Math.round(ms)} ms`);
      }
      if (slow.length) break;
    }
    expect(slow).toEqual([]);
  });

  it("times random mixtures of the traps as well", () => {
    const piece = fc.constantFrom(...PATTERNS);
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 4 }), fc.integer({ min: 20_000, max: 200_000 }), (pieces, length) => {
        const unit = pieces.join("");
        const text = unit.repeat(Math.ceil(length / unit.length));
        for (const { schema } of schemas) expect(elapsed(() => schema.safeParse(inputFor(schema, text)))).toBeLessThan(MAX_PARSE_MS);
        for (const { fn } of parsers) for (const call of parserCalls(fn, text)) expect(elapsed(call)).toBeLessThan(MAX_PARSE_MS);
      }),
      { numRuns: fuzzRuns(10), endOnFailure: true },
    );
  }, 120_000);
});
