import { z } from "zod";

// PostgreSQL refuses NUL in text (a 500 instead of a message), other C0 controls (but tab, newline and carriage
// return) and DEL have no place in administrative text, and the database driver silently turns a lone UTF-16
// surrogate (JSON can carry "\ud800") into U+FFFD, so the stored text would differ from what was sent.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /\p{Cs}/u;

export function isStorableText(value: string): boolean {
  return !CONTROL_CHARS.test(value) && !LONE_SURROGATE.test(value);
}

// A string of at most `max` characters (after trimming, when asked), checked before anything else looks at it.
// zod runs every later check and refinement even when `max()` has failed, unless that check aborts: without
// `abort`, a pattern meant for 500 characters would run on the 25 MB an attacker sends. Every schema of free
// text starts from here (or from a `.max(n, { abort: true })` of its own).
// Trimming is bounded too: a first, looser bound (room for the spaces around a full-length text) comes before it.
export function boundedString(max: number, options: { trim?: boolean; error?: string; typeError?: string } = {}) {
  const error = options.error ?? "too_long";
  const base = z.string(options.typeError ? { error: options.typeError } : undefined);
  if (options.trim === false) return base.max(max, { error, abort: true });
  return base.max(untrimmedBound(max), { error, abort: true }).trim().max(max, { error, abort: true });
}

export function untrimmedBound(max: number): number {
  return max * 2 + 1_000;
}

export function storable<S extends z.ZodString>(schema: S): S {
  return schema
    .refine((v) => !CONTROL_CHARS.test(v), { error: "control_characters" })
    .refine((v) => !LONE_SURROGATE.test(v), { error: "invalid_characters" });
}

// An array of at most `max` elements. zod walks every element before it refuses the length (a 2 MB JSON body
// of 700,000 empty objects blocked the event loop ~90 ms); only one element more than allowed is looked at.
export function boundedArray<T extends z.ZodType>(element: T, max: number, options: { error?: string } = {}) {
  return z.preprocess(
    (value) => (Array.isArray(value) && value.length > max + 1 ? value.slice(0, max + 1) : value),
    z.array(element).max(max, options.error ? { error: options.error } : undefined),
  );
}
