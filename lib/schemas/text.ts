import { z } from "zod";

// PostgreSQL refuses NUL in text (a 500 instead of a message), other C0 controls (but tab, newline and carriage
// return) and DEL have no place in administrative text, and the database driver silently turns a lone UTF-16
// surrogate (JSON can carry "\ud800") into U+FFFD, so the stored text would differ from what was sent.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /\p{Cs}/u;

export function isStorableText(value: string): boolean {
  return !CONTROL_CHARS.test(value) && !LONE_SURROGATE.test(value);
}

export function storable<S extends z.ZodString>(schema: S): S {
  return schema
    .refine((v) => !CONTROL_CHARS.test(v), { error: "control_characters" })
    .refine((v) => !LONE_SURROGATE.test(v), { error: "invalid_characters" });
}
