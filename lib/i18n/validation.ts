// Turns validation codes (zod messages such as "required") into sentences in the user's language.
// zod's own messages (for codes we did not name) fall back to the generic "invalid value" sentence.
import type { Locale } from "./config";
import { catalogues } from "./messages";

export function translateValidationCode(code: string, locale: Locale): string {
  const table = (catalogues[locale] as { validation?: Record<string, string> }).validation ?? {};
  return table[code] ?? table.invalid_value ?? code;
}

export function translateFieldErrors(fieldErrors: Record<string, string[]>, locale: Locale): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, codes]) => [field, [...new Set(codes.map((c) => translateValidationCode(c, locale)))]]),
  );
}
