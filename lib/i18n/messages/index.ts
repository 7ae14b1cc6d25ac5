// Message catalogues, one JSON file per feature area and language, merged here. Every key must exist in both
// languages (tests/unit/i18n-catalogues.test.ts checks it). To add a feature's strings: add vi/<area>.json and
// en/<area>.json and one import line per language below.
import type { Locale } from "../config";
import viCore from "./vi/core.json";
import enCore from "./en/core.json";

export const catalogues: Record<Locale, Record<string, unknown>> = {
  vi: { ...viCore },
  en: { ...enCore },
};
