// Random and hostile values for the property tests (tests/**/property-*.test.ts): what a careless or malicious
// client may send in a JSON body, a form field, a query string or a path segment.
// FUZZ_RUNS=5000 runs that many cases per property instead of the quick default; FUZZ_SEED replays a failure.
import fc from "fast-check";

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });

export function fuzzRuns(quick: number): number {
  const requested = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(requested) && requested > 0 ? requested : quick;
}

// Per-test timeout: roomy for the quick runs on a busy machine, unbounded in practice for long fuzzing.
export const FUZZ_TIMEOUT_MS = process.env.FUZZ_RUNS ? 6 * 3_600_000 : 60_000;

export const ONE_MEGABYTE = 1_048_576;

// Strings a parser or a database is most likely to mishandle, each named for the trap it sets.
export const HOSTILE_STRINGS = [
  "",
  " ",
  "\t\n\r ",
  "\u0000",
  "a\u0000b",
  "\u0007bell\u001b[31m",
  "\u007f",
  "e\u0301\u0301\u0301", // combining marks
  "\u200f\u202eevil\u202c", // right-to-left marks and overrides
  "\u200b\ufeff", // zero-width space and BOM
  "\ud800", // lone high surrogate
  "x\udfffy", // lone low surrogate
  "😀👨‍👩‍👧",
  "Hà Nội – Thừa Thiên Huế",
  "' OR 1=1 --",
  '\'; DROP TABLE "Plan"; --',
  "\\'; SELECT pg_sleep(10); --",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e309",
  "-1",
  "-0",
  "0x10",
  "9".repeat(400),
  "2026-02-30",
  "0000-01-01",
  "99999-01-01",
  "30/02/2026",
  "29/02/2025",
  "00/00/0000",
  "31/12/99999",
  "__proto__",
  "constructor",
  "../../etc/passwd",
  "%00",
  "true",
  "on",
] as const;

const hugeString = fc.constantFrom("x".repeat(ONE_MEGABYTE), "ạ".repeat(ONE_MEGABYTE / 2), `${"a\u0301".repeat(1000)}\u0000`);

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const controlChar = fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code));

// Strings mixing ordinary text with the characters above, in random places.
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc.string({ unit: fc.oneof(fc.constantFrom("a", " ", "<", "'", "/", "-", "1"), controlChar, loneSurrogate), maxLength: 30 }),
  },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
  { weight: 1, arbitrary: hugeString },
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    -1,
    1,
    0.5,
    -0.5,
    100,
    101,
    2 ** 31,
    2 ** 53,
    2 ** 53 + 2,
    -(2 ** 63),
    1e308,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    Number.NaN,
    Infinity,
    -Infinity,
  ),
  fc.integer(),
  fc.double(),
);

// Anything JSON.parse can produce, plus the hostile scalars above.
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, [], {}) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

// A valid object with some of its fields replaced by hostile values (and maybe an unknown extra field), so
// properties reach the refinements behind the first type check as well as the accepting path.
export function mutated<T extends Record<string, unknown>>(valid: T): fc.Arbitrary<Record<string, unknown>> {
  const keys = [...Object.keys(valid), "__proto__", "extra"];
  return fc
    .dictionary(fc.constantFrom(...keys), hostileValue, { maxKeys: 3 })
    .map((changes) => ({ ...valid, ...Object.fromEntries(Object.entries(changes)) }));
}

// Ids that should find nothing: random text, other syntaxes, huge and control-laden ones.
export const hostileId: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "0",
    "-1",
    "null",
    "undefined",
    "1e309",
    "9".repeat(100),
    "x".repeat(10_000),
    "a\u0000b",
    "\ud800",
    "' OR 1=1 --",
    "%",
    "*",
    "c" + "0".repeat(24),
  ),
  fc.string({ unit: "binary", minLength: 1, maxLength: 50 }),
  fc.string({ unit: fc.oneof(controlChar, loneSurrogate, fc.constantFrom("a", "'", "%", "_")), minLength: 1, maxLength: 20 }),
);
